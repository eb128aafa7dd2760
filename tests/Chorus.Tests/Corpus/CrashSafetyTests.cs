using System.Diagnostics;
using Chorus.Store;
using Microsoft.Data.Sqlite;

namespace Chorus.Tests.Corpus;

public class CrashSafetyTests
{
    /// <summary>Every dev document under a unique name: enough for an ingest to be killed halfway.</summary>
    private static string BuildInput(TempFolder temp)
    {
        var folder = Path.Combine(temp.Path, "in");
        Directory.CreateDirectory(folder);
        foreach (var cluster in Directory.EnumerateDirectories(SharedData.MultiNewsDev))
            foreach (var file in Directory.EnumerateFiles(Path.Combine(cluster, "docs")))
                File.Copy(file, Path.Combine(folder, $"{Path.GetFileName(cluster)}-{Path.GetFileName(file)}"));
        return folder;
    }

    private static Process Start(string folder, string store) => ChorusProcess.Start(["ingest", folder, "--store", store]);

    private static int StoredVersions(string store)
    {
        if (!File.Exists(store)) return 0;
        try
        {
            using var connection = new SqliteConnection($"Data Source={store};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM articles";
            return Convert.ToInt32(command.ExecuteScalar());
        }
        catch (SqliteException) { return 0; } // not created yet
    }

    private static (List<string> Ids, int Versions, int Unclustered, string Integrity, List<string> Stories) Contents(string store)
    {
        using var opened = ArticleStore.Open(store);
        var articles = opened.CurrentArticles();
        // Each story as its sorted article ids: story numbers may differ between stores, the grouping may not.
        var stories = articles.Where(a => a.StoryId is not null).GroupBy(a => a.StoryId)
            .Select(g => string.Join(",", g.Select(a => a.DocId).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal).ToList();
        var (_, versions, _) = opened.Counts();
        using var connection = new SqliteConnection($"Data Source={store};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        var integrity = (string)check.ExecuteScalar()!;
        check.CommandText = "SELECT COUNT(*) FROM articles WHERE is_current = 1 AND non_article IS NULL AND story_id IS NULL";
        int unclustered = Convert.ToInt32(check.ExecuteScalar());
        return (articles.Select(a => a.DocId).Order(StringComparer.Ordinal).ToList(), versions, unclustered, integrity, stories);
    }

    [Fact]
    public void An_ingest_killed_mid_run_then_rerun_ends_with_exactly_the_articles_and_stories_of_a_clean_run()
    {
        using var temp = new TempFolder();
        var folder = BuildInput(temp);
        int total = Directory.GetFiles(folder).Length;
        var crashed = Path.Combine(temp.Path, "crashed.db");
        var clean = Path.Combine(temp.Path, "clean.db");

        using (var victim = Start(folder, crashed))
        {
            var clock = Stopwatch.StartNew();
            int seen = 0;
            while ((seen = StoredVersions(crashed)) < 40 && !victim.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2)) Thread.Sleep(5);
            victim.Kill(entireProcessTree: true); // SIGKILL: no handler, no cleanup
            victim.WaitForExit();
            Assert.InRange(seen, 40, total - 1); // the kill landed mid-run, with work stored and work left
        }
        int afterKill = StoredVersions(crashed);
        Assert.InRange(afterKill, 40, total - 1);

        using (var rerun = Start(folder, crashed)) { Assert.True(rerun.WaitForExit(300_000)); Assert.Equal(0, rerun.ExitCode); }
        using (var reference = Start(folder, clean)) { Assert.True(reference.WaitForExit(300_000)); Assert.Equal(0, reference.ExitCode); }
        SqliteConnection.ClearAllPools();

        var recovered = Contents(crashed);
        var expected = Contents(clean);
        Assert.Equal("ok", recovered.Integrity);
        Assert.Equal(expected.Ids, recovered.Ids);
        Assert.Equal(recovered.Ids.Count, recovered.Versions); // nothing stored twice
        Assert.Equal(0, recovered.Unclustered);                // every article kept its story
        Assert.True(expected.Ids.Count > total * 9 / 10);
        // The resumed run rebuilt its story index from the store in the order articles were stored: the stories
        // are those of the uninterrupted run, article for article.
        Assert.Equal(expected.Stories, recovered.Stories);
    }

    private static int StoredVersionsAnywhere(string store)
    {
        try
        {
            using var opened = ArticleStore.OpenExisting(store);
            return opened.Counts().Versions;
        }
        catch (StoreException) { return 0; } // not created yet
    }

    private static List<string> StoriesOf(string store)
    {
        using var opened = ArticleStore.OpenExisting(store);
        return opened.CurrentArticles().Where(a => a.StoryId is not null).GroupBy(a => a.StoryId)
            .Select(g => string.Join(",", g.Select(a => a.DocId).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal).ToList();
    }

    [SkippableFact]
    public void On_postgres_a_killed_then_resumed_ingest_gives_the_stories_of_an_uninterrupted_one()
    {
        using var temp = new TempFolder();
        var folder = BuildInput(temp);
        int total = Directory.GetFiles(folder).Length;
        var crashed = StoreLocations.Fresh("postgres", temp);
        var clean = StoreLocations.Fresh("postgres", temp);
        using (var victim = Start(folder, crashed))
        {
            var clock = Stopwatch.StartNew();
            int seen = 0;
            while ((seen = StoredVersionsAnywhere(crashed)) < 40 && !victim.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2)) Thread.Sleep(20);
            victim.Kill(entireProcessTree: true);
            victim.WaitForExit();
            Assert.InRange(seen, 40, total - 1);
        }
        using (var rerun = Start(folder, crashed)) { Assert.True(rerun.WaitForExit(300_000)); Assert.Equal(0, rerun.ExitCode); }
        using (var reference = Start(folder, clean)) { Assert.True(reference.WaitForExit(300_000)); Assert.Equal(0, reference.ExitCode); }
        var expected = StoriesOf(clean);
        Assert.True(expected.Count > 100);
        Assert.Equal(expected, StoriesOf(crashed));
    }
}
