using Microsoft.Data.Sqlite;

namespace Chorus.Tests.Cli;

/// <summary>What must hold across runs, checked across two processes: a hash seeded per process (as .NET's string
/// hashing is) would pass any comparison made inside one.</summary>
public class SecondProcessTests
{
    [Fact]
    public void MinHash_signatures_stored_by_two_separate_processes_are_identical()
    {
        using var tmp = new TempFolder();
        var article = tmp.Write("bridge.txt", CliFixtures.Text("Harwick bridge jams open", CliFixtures.BridgeParagraphs, 5));
        string Profile(string store)
        {
            var run = CliRunner.RunProcess("", "ingest", article, "--store", store, "--quiet");
            Assert.Equal(0, run.ExitCode);
            using var db = new SqliteConnection($"Data Source={store};Pooling=False");
            db.Open();
            using var query = db.CreateCommand();
            query.CommandText = "SELECT profile FROM articles";
            return (string)query.ExecuteScalar()!;
        }
        var first = Profile(Path.Combine(tmp.Path, "a.db"));
        var second = Profile(Path.Combine(tmp.Path, "b.db"));
        var signature = first[(first.LastIndexOf('|') + 1)..];
        Assert.Equal(64 * 16, signature.Length);
        Assert.Equal(first, second);
    }
}
