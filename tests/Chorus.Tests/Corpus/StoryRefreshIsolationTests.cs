using System.Diagnostics;
using Chorus.Ingest;
using Chorus.Link;
using Chorus.Pipeline;
using Chorus.Store;
using Chorus.Summarize;
using Chorus.Tests.Cli;

namespace Chorus.Tests.Corpus;

public class StoryRefreshIsolationTests
{
    /// <summary>A summarizer that breaks on one story's text, as a bug meeting one odd article would.</summary>
    private sealed class BreaksOn(string word) : ISummarizer
    {
        public string Name => "breaks";
        public string Description => "test";
        public Summary Summarize(LinkedCluster cluster, Budget budget)
        {
            if (cluster.Sentences.Any(s => s.Text.Contains(word, StringComparison.Ordinal))) throw new IndexOutOfRangeException("a bug met this story");
            return new LeadSummarizer().Summarize(cluster, budget);
        }
    }

    private static SourceItem Item(string key, string title, string body) =>
        new(new SourceDocument(key, key, title, null, null, null, "Test Wire", body.Split("\n\n")), key, null);

    private static IEnumerable<SourceItem> TwoEvents() =>
    [
        Item("/in/quake-1.txt", "Earthquake shakes Valdoria coast overnight",
            "A strong earthquake shook the Valdoria coast overnight, damaging harbour walls in Port Senna and cutting power to thousands of homes, officials said.\n\n" +
            "The national seismic office measured the quake at magnitude 6.1 and said aftershocks were likely through the week. No deaths were reported."),
        Item("/in/quake-2.txt", "Valdoria coast quake damages Port Senna harbour",
            "Residents of Port Senna spent the night outdoors after an earthquake of magnitude 6.1 struck off the Valdoria coast and cracked the harbour walls.\n\n" +
            "Power was restored to most homes by morning, the seismic office and the regional grid operator said."),
        Item("/in/budget-1.txt", "Maridon council passes school budget",
            "The Maridon city council passed a school budget of 40 million crowns on Thursday after a six-hour session, adding funds for teachers and buses.\n\n" +
            "Councillor Ines Faro said the budget keeps class sizes under twenty-five pupils and repairs three roofs before winter."),
    ];

    [SkippableTheory]
    [MemberData(nameof(StoreLocations.Kinds), MemberType = typeof(StoreLocations))]
    public void A_story_whose_refresh_fails_is_recorded_shown_and_retried_while_the_others_refresh(string kind)
    {
        using var temp = new TempFolder();
        var location = StoreLocations.Fresh(kind, temp);
        using (var store = ArticleStore.Open(location))
        {
            var broken = new CorpusPipeline(store) { Summarizer = new BreaksOn("Maridon") };
            broken.Ingest(TwoEvents(), _ => { });
            var tally = broken.RefreshStories();
            Assert.Equal(1, tally.Refreshed);
            var (failedId, reason) = Assert.Single(tally.Failed);
            Assert.Contains("IndexOutOfRangeException", reason);

            var stories = store.Stories();
            Assert.Equal(2, stories.Count);
            var failed = stories.Single(s => s.Id == failedId);
            Assert.True(failed.Stale);
            Assert.Contains("a bug met this story", failed.RefreshError);
            var good = stories.Single(s => s.Id != failedId);
            Assert.Null(good.RefreshError);
            Assert.Contains("Valdoria", good.Title);
        }

        // `stories` shows the failure; a later ingest (the bug fixed) retries the story and clears it.
        var listed = CliRunner.Run("stories", "--store", location);
        Assert.Equal(0, listed.ExitCode);
        Assert.Contains("refresh failed: IndexOutOfRangeException", listed.Stdout);
        var later = temp.Write("later/other.txt", "Lighthouse keeper retires after forty years on Skerra rock\n\n" +
            "Tomas Reyl, the last keeper of the Skerra rock lighthouse, retired on Friday after forty years, and the light will now be run from the mainland.\n\n" +
            "The coastguard thanked him at a small ceremony in the harbour of Vessby, where he plans to live with his sister.");
        var run = CliRunner.Run("ingest", later, "--store", location);
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var after = ArticleStore.OpenExisting(location);
        Assert.All(after.Stories(), s => { Assert.Null(s.RefreshError); Assert.False(s.Stale); });
        Assert.Contains(after.Stories(), s => s.Title.Contains("Maridon"));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreLocations.Kinds), MemberType = typeof(StoreLocations))]
    public void A_report_computed_before_another_ingest_added_an_article_leaves_the_story_stale(string kind)
    {
        using var temp = new TempFolder();
        using var store = ArticleStore.Open(StoreLocations.Fresh(kind, temp));
        var corpus = new CorpusPipeline(store);
        corpus.Ingest(TwoEvents().Take(1), _ => { });
        long story = store.Stories().Single().Id;
        long before = store.StoryRevision(story);
        // Another ingest's article lands while this refresh is summarizing the older revision.
        corpus.Ingest(TwoEvents().Skip(1).Take(1), _ => { });
        Assert.Equal(story, store.Stories().Single().Id);
        store.SaveStoryReport(story, before, "Earthquake shakes Valdoria coast overnight", "{}");
        Assert.True(store.Stories().Single().Stale);
        corpus.RefreshStories();
        Assert.False(store.Stories().Single().Stale);
    }

    [Fact]
    public void Exit_code_3_says_some_inputs_failed_and_an_empty_file_loses_nothing()
    {
        using var temp = new TempFolder();
        const string article = "Warehouse fire destroys Brookhaven harbour store\n\nFirefighters in Brookhaven battled a warehouse blaze on the harbour front through the night, the county fire service said on Tuesday. No one was hurt, but the warehouse was destroyed.\n\nFire chief Dana Okoro said crews from four stations reached the harbour within ten minutes of the first call.";
        temp.Write("ok/01.txt", article);
        temp.Write("ok/02.txt", "");
        var clean = CliRunner.Run("ingest", Path.Combine(temp.Path, "ok"), "--store", Path.Combine(temp.Path, "a.db"));
        Assert.Equal(0, clean.ExitCode);
        Assert.Contains("02.txt: file is empty", clean.Stderr);
        Assert.StartsWith("1 new, 0 updated, 0 unchanged, 0 failed (1 not articles)", clean.Stdout);

        temp.Write("partly/01.txt", article.Replace("Tuesday", "Monday"));
        temp.WriteBytes("partly/02.txt", [0, 1, 2, 3, 0, 0, 255, 254, 0, 7]);
        var partly = CliRunner.Run("ingest", Path.Combine(temp.Path, "partly"), "--store", Path.Combine(temp.Path, "b.db"));
        Assert.Equal(3, partly.ExitCode);
        Assert.StartsWith("1 new, 0 updated, 0 unchanged, 1 failed", partly.Stdout);
    }

    [Fact]
    public void Reading_commands_never_create_a_store_and_a_bad_connection_string_is_one_line()
    {
        using var temp = new TempFolder();
        var missing = Path.Combine(temp.Path, "none.db");
        foreach (var args in new[] { new[] { "stories", "--store", missing }, ["story", "1", "--store", missing] })
        {
            var run = CliRunner.Run(args);
            Assert.Equal(1, run.ExitCode);
            Assert.Equal($"chorus: {missing}: no corpus store here yet (`chorus ingest SOURCE --store {missing}` creates one)", run.Stderr.Trim());
            Assert.False(File.Exists(missing));
        }
        foreach (var bad in new[] { "Host=127.0.0.1;Port=abc;Database=x", "Port=abc" })
        {
            var run = CliRunner.Run("stories", "--store", bad);
            Assert.Equal(1, run.ExitCode);
            var line = Assert.Single(run.Stderr.Trim().Split('\n'));
            Assert.StartsWith("chorus: --store: not a valid PostgreSQL connection string", line);
        }
    }

    [SkippableFact]
    public void A_read_only_command_on_an_empty_postgres_database_creates_no_tables()
    {
        using var temp = new TempFolder();
        var location = StoreLocations.Fresh("postgres", temp);
        var run = CliRunner.Run("stories", "--store", location);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no corpus store here yet", run.Stderr);
        using var connection = new Npgsql.NpgsqlConnection(location);
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()";
        Assert.Equal(0L, Convert.ToInt64(count.ExecuteScalar()));
    }

    [SkippableFact]
    public async Task Two_first_ingests_into_an_empty_postgres_database_both_succeed()
    {
        using var temp = new TempFolder();
        var location = StoreLocations.Fresh("postgres", temp);
        var a = temp.Write("a/fire.txt", "Warehouse fire destroys Brookhaven harbour store\n\nFirefighters in Brookhaven battled a warehouse blaze on the harbour front through the night, the county fire service said on Tuesday. No one was hurt, but the warehouse was destroyed.\n\nFire chief Dana Okoro said crews from four stations reached the harbour within ten minutes of the first call.");
        var b = temp.Write("b/vote.txt", "Lakeside council approves new tram line\n\nThe Lakeside city council voted 9 to 2 on Monday to build a tram line from the rail station to the university campus. Mayor Ilse Brandt called the vote historic.\n\nOpponents argued the tram would cost more than the city can borrow and asked for a referendum, which the majority rejected.");
        var runs = await Task.WhenAll(Task.Run(() => CliRunner.Run("ingest", a, "--store", location)), Task.Run(() => CliRunner.Run("ingest", b, "--store", location)));
        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.Stderr));
        using var store = ArticleStore.OpenExisting(location);
        Assert.Equal(Migrations.Latest, store.SchemaVersion);
        Assert.Equal(2, store.Counts().Stories);
    }
}

public class RefreshCapTests
{
    [Fact]
    public void A_thousand_article_story_refreshes_from_its_most_representative_twenty_in_seconds()
    {
        using var temp = new TempFolder();
        using var store = ArticleStore.Open(Path.Combine(temp.Path, "big.db"));
        var originals = Chorus.Evaluate.StoryClusteringEvaluation.Load(SharedData.MultiNewsDev, []).Select(i => i.Source.Document!).ToList();
        var cleaner = new Chorus.Clean.ArticleCleaner();
        var profiler = new Chorus.Link.Stories.ArticleProfiler();
        long? storyId = null;
        int stored = 0;
        foreach (var item in new Chorus.Evaluate.SyntheticCorpus(originals).Take(1400))
        {
            if (stored == 1000) break;
            var doc = item.Document!;
            var hash = CorpusPipeline.TextHash(doc);
            if (store.HasCurrentText(hash)) continue;
            long ts = doc.Published!.Value.ToUnixTimeMilliseconds();
            var row = new NewArticle(ArticleIdentity.Of(item.Key!, hash), item.Key!, doc.Origin, null, doc.Title, null, $"Outlet {stored % 50}", doc.Published,
                ts, ts, hash, string.Join("\n\n", doc.Paragraphs), null, profiler.Profile(cleaner.CleanOne(doc), ts).Serialize());
            storyId = store.UnderWriterLock(tx => store.Add(tx, row, storyId, storyId is null, null, null).StoryId);
            stored++;
        }
        var corpus = new CorpusPipeline(store);
        corpus.RefreshStory(storyId!.Value); // loads the models
        var clock = Stopwatch.StartNew();
        var report = corpus.RefreshStory(storyId.Value)!;
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(6), $"took {clock.Elapsed}"); // ~0.6 s measured; generous for a loaded machine
        Assert.Equal(new RefreshCaps().MaxArticlesPerRefresh, report.Documents.Count);
        Assert.All(report.Documents, d => Assert.StartsWith("Outlet ", d.Id)); // cited by outlet, never by internal id
        Assert.All(report.Documents, d => Assert.InRange(d.Words, 0, new RefreshCaps().MaxWordsPerArticle));
    }

    [Fact]
    public void Cut_bodies_end_on_a_whole_sentence_and_near_copies_are_chosen_last()
    {
        var caps = new RefreshCaps { MaxWordsPerArticle = 12, MaxArticlesPerRefresh = 2 };
        Assert.Equal(["The bridge reopened on Monday.", "Traffic was light."], caps.CutBody("The bridge reopened on Monday.\n\nTraffic was light. Cyclists crossed first and the mayor spoke."));
        Assert.Equal(["The council met at noon."], caps.CutBody("The council met at noon. It voted on the budget and then on the tram line for an hour."));

        var profile = new Chorus.Link.Stories.ArticleProfile(new Dictionary<string, int> { ["fire"] = 3, ["harbour"] = 2 }, [], 0).Serialize();
        var off = new Chorus.Link.Stories.ArticleProfile(new Dictionary<string, int> { ["tram"] = 3 }, [], 0).Serialize();
        var chosen = caps.ChooseArticles([new StoryMember(1, 10, true, profile), new StoryMember(2, 20, false, profile), new StoryMember(3, 30, false, off), new StoryMember(4, 40, false, profile)]);
        Assert.Equal([4L, 2L], chosen);
    }
}
