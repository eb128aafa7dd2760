using System.Globalization;
using Chorus.Tests.Cli;

namespace Chorus.Tests.Corpus;

/// <summary>bench-ingest's shape, read from its output (never timed here): how it reaches the article count it was
/// asked for, and CPU time beside wall time on every line and in the total.</summary>
public sealed class BenchIngestCliTests
{
    [Fact]
    public void It_says_how_it_reaches_the_article_count_and_reports_cpu_beside_wall_time()
    {
        using var temp = new TempFolder();
        // Two events, two outlets each, written for this test.
        string[] events =
        [
            "The harbor board of Lakeport voted on Tuesday to raise ferry fares by {0} percent, citing fuel costs that rose for the third year in a row. Commuters said the increase would hurt families who cross daily.",
            "A landslide closed the mountain road above Brookhaven on Friday after two days of heavy rain, and crews said it could stay shut for {0} days while engineers inspect the slope.",
        ];
        for (int e = 0; e < events.Length; e++)
            for (int d = 0; d < 2; d++)
                temp.Write($"c{e}/docs/0{d}.txt", $"Report {e}{d}\n\n" + string.Format(CultureInfo.InvariantCulture, events[e], 10 + d));

        var run = CliRunner.Run("bench-ingest", temp.Path, "--articles", "10", "--every", "5");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("the first 10 articles of copies of the dataset's 4 documents (3 copies", run.Stdout);
        Assert.Contains("cpu ms/article", run.Stdout);
        var rows = run.Stdout.Split('\n').Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length == 8 && (f[0] == "5" || f[0] == "10")).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, f => Assert.True(double.Parse(f[3], CultureInfo.InvariantCulture) >= 0));
        Assert.Matches(@"total: 10 articles in [\d.]+ s = \d+ articles/s \(CPU [\d.]+ s = \d+ articles per CPU second\)", run.Stdout);
    }
}
