using System.Text.Json;
using Chorus.Store;
using Chorus.Tests.Cli;

namespace Chorus.Tests.Corpus;

public class CorpusStoreTests
{
    /// <summary>An invented article, long enough to be one, about an invented event.</summary>
    private static string Article(string title, string place, string extra = "") =>
        $"{title}\n\n" +
        $"Firefighters in {place} battled a warehouse blaze on the harbour front through the night, the county fire service said on Tuesday. " +
        $"No one was hurt, but the {place} warehouse, which stored paper and paint, was destroyed and smoke closed two schools. {extra}\n\n" +
        $"Fire chief Dana Okoro said crews from four stations reached the {place} harbour within ten minutes of the first call. " +
        "Investigators have not yet said what started the fire, and the owners declined to comment.";

    [SkippableTheory]
    [MemberData(nameof(StoreLocations.Kinds), MemberType = typeof(StoreLocations))]
    public void Ingest_is_idempotent_versions_changed_articles_and_groups_stories(string kind)
    {
        using var temp = new TempFolder();
        var store = StoreLocations.Fresh(kind, temp);
        var feedA = temp.Write("in/fire-herald.txt", Article("Warehouse fire destroys Brookhaven harbour store", "Brookhaven"));
        temp.Write("in/fire-courier.txt", Article("Brookhaven harbour warehouse burns overnight", "Brookhaven", "Residents were told to keep windows shut."));
        temp.Write("in/notice.txt", "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive. Flowing in every day, these data are added to the Wayback Machine after an embargo period.");

        var first = CliRunner.Run("ingest", Path.Combine(temp.Path, "in"), "--store", store);
        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("3 new, 0 updated, 0 unchanged, 0 failed (1 not articles)", first.Stdout);
        Assert.Contains("notice.txt: not an article", first.Stderr);

        // Twice the same input: nothing new; a copy under another name is the same article.
        temp.Write("in/fire-herald-copy.txt", Article("Warehouse fire destroys Brookhaven harbour store", "Brookhaven"));
        var again = CliRunner.Run("ingest", Path.Combine(temp.Path, "in"), "--store", store);
        Assert.StartsWith("0 new, 0 updated, 4 unchanged, 0 failed", again.Stdout);

        // A changed article at the same source is a new version, not a new article.
        File.WriteAllText(feedA, Article("Warehouse fire destroys Brookhaven harbour store", "Brookhaven", "Police later closed the harbour road."));
        var changed = CliRunner.Run("ingest", feedA, "--store", store);
        Assert.StartsWith("0 new, 1 updated, 0 unchanged", changed.Stdout);
        using (var opened = ArticleStore.Open(store))
        {
            var (current, versions, stories) = opened.Counts();
            Assert.Equal(3, current);
            Assert.Equal(4, versions);
            Assert.Equal(1, stories);
            Assert.Equal(Migrations.Latest, opened.SchemaVersion);
        }

        var list = CliRunner.Run("stories", "--store", store, "--format", "json");
        Assert.Equal(0, list.ExitCode);
        using var json = JsonDocument.Parse(list.Stdout);
        var story = Assert.Single(json.RootElement.GetProperty("stories").EnumerateArray());
        // Articles are listed by headline and source, never by the store's internal id.
        var titles = story.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("title").GetString()).Order().ToList();
        Assert.Equal(["Brookhaven harbour warehouse burns overnight", "Warehouse fire destroys Brookhaven harbour store"], titles);
        Assert.All(story.GetProperty("articles").EnumerateArray(), a => Assert.False(a.TryGetProperty("id", out _)));
        // The listing is the public versioned model, the same records the web API pages through.
        Assert.Equal("1", json.RootElement.GetProperty("schemaVersion").GetString());
        Assert.Equal(2, story.GetProperty("articleCount").GetInt32());
        Assert.Contains("Brookhaven", story.GetProperty("title").GetString());

        var shown = CliRunner.Run("story", story.GetProperty("id").GetInt64().ToString(), "--store", store, "--format", "json");
        Assert.Equal(0, shown.ExitCode);
        using var report = JsonDocument.Parse(shown.Stdout);
        var sentences = report.RootElement.GetProperty("summary").EnumerateArray().ToList();
        Assert.NotEmpty(sentences);
        Assert.All(sentences, s => Assert.NotEqual(0, s.GetProperty("sources").GetArrayLength()));
        // The sentence both outlets carry cites both.
        Assert.Contains(sentences, s => s.GetProperty("sources").GetArrayLength() == 2);
        Assert.True(report.RootElement.TryGetProperty("copies", out _));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreLocations.Kinds), MemberType = typeof(StoreLocations))]
    public void Unrelated_events_become_separate_stories_and_dated_articles_respect_the_window(string kind)
    {
        using var temp = new TempFolder();
        var store = StoreLocations.Fresh(kind, temp);
        temp.Write("a/fire.txt", Article("Warehouse fire destroys Brookhaven harbour store", "Brookhaven"));
        temp.Write("a/vote.txt",
            "Lakeside council approves new tram line\n\nThe Lakeside city council voted 9 to 2 on Monday to build a tram line from the rail station to the university campus. " +
            "Mayor Ilse Brandt called the vote historic and said construction would start next spring.\n\nOpponents on the council argued the tram would cost " +
            "more than the city can borrow and asked for a referendum, which the majority rejected.");
        // The same fire, told a year later: outside the window, so a story of its own.
        temp.Write("b/fire-anniversary.txt", "Warehouse fire destroys Brookhaven harbour store\n\n2024-05-01\n\n" + string.Join("\n\n", Article("x", "Brookhaven", "A year on, the site is still fenced off.").Split("\n\n").Skip(1)));
        temp.Write("b/fire-dated.txt", "Brookhaven warehouse fire\n\n2023-05-02\n\n" + string.Join("\n\n", Article("x", "Brookhaven", "Smoke was seen for miles.").Split("\n\n").Skip(1)));
        var run = CliRunner.Run("ingest", Path.Combine(temp.Path, "a"), Path.Combine(temp.Path, "b"), "--store", store);
        Assert.Equal(0, run.ExitCode);
        using var opened = ArticleStore.Open(store);
        var byId = opened.CurrentArticles().ToDictionary(a => Path.GetFileNameWithoutExtension(a.SourceKey), a => a.StoryId);
        Assert.NotEqual(byId["fire"], byId["vote"]);
        // Undated articles are not held to any window; the two dated ones a year apart are not one story.
        Assert.NotEqual(byId["fire-anniversary"], byId["fire-dated"]);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreLocations.Kinds), MemberType = typeof(StoreLocations))]
    public async Task Two_ingests_of_the_same_articles_at_once_store_each_article_once(string kind)
    {
        using var temp = new TempFolder();
        var store = StoreLocations.Fresh(kind, temp);
        var folder = Path.Combine(temp.Path, "in");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateDirectories(SharedData.MultiNewsDev).Take(30).SelectMany(c => Directory.EnumerateFiles(Path.Combine(c, "docs"))))
            File.Copy(file, Path.Combine(folder, $"{Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(file)))}-{Path.GetFileName(file)}"));
        CliRunner.Run("stories", "--store", store); // creates the schema once, so the two runs race on articles only
        var runs = await Task.WhenAll(Task.Run(() => CliRunner.Run("ingest", folder, "--store", store)), Task.Run(() => CliRunner.Run("ingest", folder, "--store", store)));
        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.Stderr));
        using var opened = ArticleStore.Open(store);
        var articles = opened.CurrentArticles();
        var (current, versions, _) = opened.Counts();
        Assert.Equal(current, versions);
        Assert.Equal(articles.Count, articles.Select(a => a.SourceKey).Distinct().Count());
        // Exactly the articles of one ingest on its own.
        var alone = StoreLocations.Fresh(kind, temp);
        Assert.Equal(0, CliRunner.Run("ingest", folder, "--store", alone).ExitCode);
        using var reference = ArticleStore.Open(alone);
        Assert.Equal(reference.CurrentArticles().Select(a => a.DocId).Order(StringComparer.Ordinal), articles.Select(a => a.DocId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Bad_store_locations_and_sources_are_one_line_each()
    {
        using var temp = new TempFolder();
        var folderStore = CliRunner.Run("stories", "--store", temp.Path);
        Assert.Equal(1, folderStore.ExitCode);
        Assert.Equal($"chorus: {temp.Path}: is a folder, not a store file", folderStore.Stderr.Trim());

        var badServer = CliRunner.Run("stories", "--store", "Host=127.0.0.1;Port=1;Database=none;Username=x;Password=y;Timeout=2");
        Assert.Equal(1, badServer.ExitCode);
        Assert.Single(badServer.Stderr.Trim().Split('\n'));
        Assert.StartsWith("chorus: PostgreSQL none@127.0.0.1: cannot open the store", badServer.Stderr);

        var store = Path.Combine(temp.Path, "s.db");
        temp.WriteBytes("bin/blob.txt", [0, 1, 2, 3, 0, 0, 255, 254, 0, 7]);
        var nothing = CliRunner.Run("ingest", Path.Combine(temp.Path, "bin"), Path.Combine(temp.Path, "missing"), "--store", store);
        Assert.Equal(1, nothing.ExitCode);
        Assert.Contains("blob.txt: binary file, not text", nothing.Stderr);
        Assert.Contains("missing: no such file, folder or URL", nothing.Stderr);
        Assert.DoesNotContain("   at ", nothing.Stderr);
    }
}
