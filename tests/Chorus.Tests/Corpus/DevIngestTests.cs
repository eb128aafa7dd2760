using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Chorus.Evaluate;
using Chorus.Store;
using Chorus.Tests.Cli;

namespace Chorus.Tests.Corpus;

/// <summary>The whole dev set ingested once, as a new user would type it: `chorus ingest multinews-dev/*/docs`.</summary>
public sealed class DevStoreFixture : IDisposable
{
    public TempFolder Temp { get; } = new();
    public string Store { get; }
    public string[] DocsFolders { get; } = Directory.EnumerateDirectories(SharedData.MultiNewsDev).Order(StringComparer.Ordinal)
        .Select(c => Path.Combine(c, "docs")).ToArray();
    public CliResult Ingest { get; }

    public DevStoreFixture()
    {
        Store = Path.Combine(Temp.Path, "dev.db");
        Ingest = CliRunner.Run([.. new[] { "ingest" }, .. DocsFolders, "--store", Store]);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Temp.Dispose();
    }
}

public partial class DevIngestTests(DevStoreFixture dev) : IClassFixture<DevStoreFixture>
{
    [Fact]
    public void The_dev_set_ingests_with_exit_0_and_every_story_reads_without_internal_ids()
    {
        Assert.True(dev.Ingest.ExitCode == 0, dev.Ingest.Stderr);
        Assert.DoesNotContain("internal error", dev.Ingest.Stderr);
        using var store = ArticleStore.OpenExisting(dev.Store);
        var stories = store.Stories();
        Assert.InRange(stories.Count, 100, 200);
        Assert.All(stories, s => Assert.False(s.Stale));
        Assert.All(stories, s => Assert.Null(s.RefreshError));
        foreach (var s in stories)
        {
            var shown = CliRunner.Run("story", s.Id.ToString(), "--store", dev.Store);
            Assert.True(shown.ExitCode == 0, $"story {s.Id}: {shown.Stderr}");
            // Files named 01.txt in every folder: citations must not be file names or the store's hashes.
            Assert.DoesNotMatch(InternalId(), shown.Stdout);
            Assert.DoesNotContain("01.txt", shown.Stdout);
        }
    }

    [Fact]
    public void Every_dev_story_title_is_a_headline_of_3_to_30_words_with_no_furniture_byline_caption_or_quotation()
    {
        using var store = ArticleStore.OpenExisting(dev.Store);
        var bad = new List<string>();
        foreach (var s in store.Stories())
        {
            var t = s.Title;
            int words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words is < 3 or > 30) bad.Add($"{s.Id} length {words}: {t}");
            else if (Regex.IsMatch(t, @"^\s*[""“‘'«]")) bad.Add($"{s.Id} quotation: {t}");
            else if (Regex.IsMatch(t, @"^by\s|\bstaff (writer|reporter)\b", RegexOptions.IgnoreCase)) bad.Add($"{s.Id} byline: {t}");
            else if (Regex.IsMatch(t, @"\b(photo|image|getty|caption|copyright|credit)\b\s*[:/)]|image caption|getty images|\(.*/.*\)\s*$", RegexOptions.IgnoreCase)) bad.Add($"{s.Id} caption: {t}");
            else if (Regex.IsMatch(t, @"\b(subscribe|newsletter|inbox|share tweet|share this|sign up|click|advertisement|javascript|cookies?)\b|^\d+\s+shares|^(CLOSE|PLAY|Play Facebook)\b|buzz60|^abstract$", RegexOptions.IgnoreCase)) bad.Add($"{s.Id} furniture: {t}");
            else if (t.EndsWith('…') || t.EndsWith("...") || t.StartsWith("...") || t.StartsWith('(')) bad.Add($"{s.Id} cut: {t}");
            else if (Regex.IsMatch(t, @"https?://|\b\d{1,2}:\d{2}\s*(am|pm)\b", RegexOptions.IgnoreCase)) bad.Add($"{s.Id} debris: {t}");
        }
        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Fact]
    public void Stories_list_newest_first_and_honour_sort_and_limit()
    {
        var listed = CliRunner.Run("stories", "--store", dev.Store, "--format", "json", "--limit", "5");
        Assert.Equal(0, listed.ExitCode);
        using var json = JsonDocument.Parse(listed.Stdout);
        var seen = json.RootElement.GetProperty("stories").EnumerateArray().Select(s => (s.GetProperty("id").GetInt64(), s.GetProperty("lastSeen").GetDateTimeOffset())).ToList();
        Assert.Equal(5, seen.Count);
        Assert.Equal(seen.OrderByDescending(s => s.Item2).ThenByDescending(s => s.Item1), seen);

        var bySize = CliRunner.Run("stories", "--store", dev.Store, "--format", "json", "--sort", "size");
        using var sized = JsonDocument.Parse(bySize.Stdout);
        var counts = sized.RootElement.GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("articleCount").GetInt32()).ToList();
        Assert.Equal(counts.OrderByDescending(c => c), counts);
        Assert.Equal(2, CliRunner.Run("stories", "--store", dev.Store, "--sort", "random").ExitCode);
    }

    [Fact]
    public void A_dataset_root_reads_recursively_and_gives_the_same_articles()
    {
        using var temp = new TempFolder();
        var root = Path.Combine(temp.Path, "root");
        // Three clusters of the dataset layout under one root: refs/ are never read.
        foreach (var cluster in Directory.EnumerateDirectories(SharedData.MultiNewsDev).Order(StringComparer.Ordinal).Take(3))
        {
            var name = Path.GetFileName(cluster);
            Directory.CreateDirectory(Path.Combine(root, name, "docs"));
            Directory.CreateDirectory(Path.Combine(root, name, "refs"));
            foreach (var f in Directory.EnumerateFiles(Path.Combine(cluster, "docs"))) File.Copy(f, Path.Combine(root, name, "docs", Path.GetFileName(f)));
            File.WriteAllText(Path.Combine(root, name, "refs", "ref.txt"), "A reference summary that is never input: it is long enough to be taken for an article if it were read by mistake, which it must not be.");
        }
        var store = Path.Combine(temp.Path, "r.db");
        var run = CliRunner.Run("ingest", root, "--store", store);
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var opened = ArticleStore.OpenExisting(store);
        var keys = opened.CurrentArticles().Select(a => a.SourceKey).ToList();
        Assert.DoesNotContain(keys, k => k.Contains("refs"));
        int expected = Directory.EnumerateDirectories(root).Sum(c => Directory.GetFiles(Path.Combine(c, "docs")).Length);
        // Every docs file is stored, or found to be the same text as one that is.
        Assert.Equal(expected, keys.Count + ParseUnchanged(run.Stdout));
    }

    private static int ParseUnchanged(string stdout) => int.Parse(Regex.Match(stdout, @"(\d+) unchanged").Groups[1].Value);

    [GeneratedRegex(@"\ba[0-9a-f]{16}\b")]
    private static partial Regex InternalId();

    private static Process Start(string store, IEnumerable<string> folders, System.Text.StringBuilder errors) =>
        ChorusProcess.Start([.. new[] { "ingest" }, .. folders, "--store", store], errors);

    /// <summary>Two real processes ingest the two halves of dev into one store at once; the stories must be those of
    /// the one ingest of everything (the fixture's), since each places its articles under the writer lock after
    /// catching up with the other's.</summary>
    [SkippableTheory]
    [MemberData(nameof(StoreLocations.Kinds), MemberType = typeof(StoreLocations))]
    public void Two_concurrent_ingests_of_the_halves_give_the_stories_of_one_ingest(string kind)
    {
        using var temp = new TempFolder();
        var store = StoreLocations.Fresh(kind, temp);
        // Alternate clusters, so both processes run the whole time.
        var halves = dev.DocsFolders.Select((f, i) => (f, i)).GroupBy(x => x.i % 2).Select(g => g.Select(x => x.f).ToList()).ToList();
        var errors = new System.Text.StringBuilder();
        using var a = Start(store, halves[0], errors);
        using var b = Start(store, halves[1], errors);
        Assert.True(a.WaitForExit(600_000) && b.WaitForExit(600_000));
        a.WaitForExit();
        b.WaitForExit();
        Assert.True(a.ExitCode == 0 && b.ExitCode == 0, errors.ToString());

        using var together = ArticleStore.OpenExisting(store);
        using var alone = ArticleStore.OpenExisting(dev.Store);
        var (current, _, stories) = together.Counts();
        var (aloneCurrent, _, aloneStories) = alone.Counts();
        Assert.Equal(aloneCurrent, current);
        Assert.InRange(stories, aloneStories * 0.95, aloneStories * 1.05);
        // Each process refreshed its own stories after its last article: none is left out of date.
        Assert.All(together.Stories(), s => Assert.False(s.Stale, $"story {s.Id} stale"));
        // The groupings agree, not only their number.
        var reference = alone.CurrentArticles().Where(x => x.StoryId is not null).ToDictionary(x => x.SourceKey, x => $"s{x.StoryId}");
        var mine = together.CurrentArticles().Where(x => x.StoryId is not null).ToList();
        var scores = ClusteringScores.Of(mine.Select(x => reference.GetValueOrDefault(x.SourceKey, "missing")).ToList(), mine.Select(x => $"s{x.StoryId}").ToList());
        Assert.True(scores.F1 >= 0.97, $"B-cubed F1 against one ingest {scores.F1:0.000}");
    }
}
