using System.Text.Json;

namespace Chorus.Tests.Cli;

/// <summary>A summary says what limits it: inputs from unrelated stories, or a single outlet.</summary>
public class ClusterNotesTests
{
    private static void TwoStories(TempFolder tmp)
    {
        tmp.Write("mixed/herald.txt", CliFixtures.Text("Harwick bridge jams open, stranding commuters", CliFixtures.BridgeParagraphs, 4));
        tmp.Write("mixed/wire.txt", CliFixtures.Text("Commuters stranded as Harwick swing bridge sticks", CliFixtures.BridgeParagraphs, 4, skip: 1));
        tmp.Write("mixed/valley.txt", CliFixtures.Text("Late frost ruins Penmore apple blossom", CliFixtures.OrchardParagraphs, 4));
        tmp.Write("mixed/growers.txt", CliFixtures.Text("Penmore growers fear smallest harvest in a decade", CliFixtures.OrchardParagraphs, 4, skip: 1));
    }

    [Fact]
    public void Inputs_from_two_unrelated_stories_get_a_warning_naming_both_groups()
    {
        using var tmp = new TempFolder();
        TwoStories(tmp);
        var result = CliRunner.Run("summarize", Path.Combine(tmp.Path, "mixed"));
        Assert.Equal(0, result.ExitCode);
        var warning = Assert.Single(result.Stderr.Split(Environment.NewLine), l => l.Contains("different stories"));
        Assert.Contains("2 different stories", warning);
        // Sources are numbered in file order: growers, herald, valley, wire.
        Assert.Contains("[1], [3] \"Penmore growers fear", warning);
        Assert.Contains("[2], [4] \"Harwick bridge jams open", warning);
        Assert.Contains("Note: the inputs look like 2 different stories", result.Stdout);

        var json = JsonDocument.Parse(CliRunner.Run("summarize", Path.Combine(tmp.Path, "mixed"), "--format", "json").Stdout).RootElement;
        Assert.Contains(json.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("2 different stories"));
    }

    [Fact]
    public void One_story_told_by_several_outlets_gets_no_note()
    {
        foreach (var cluster in new[] { RepoPaths.Sample, SharedData.Versailles })
        {
            var result = CliRunner.Run("summarize", cluster);
            Assert.DoesNotContain("Note:", result.Stdout);
            Assert.DoesNotContain("different stories", result.Stderr);
        }
    }

    [Fact]
    public void A_single_article_or_a_single_outlet_is_noted_in_the_report()
    {
        using var tmp = new TempFolder();
        var one = tmp.Write("one.txt", CliFixtures.Text("Harwick bridge jams open", CliFixtures.BridgeParagraphs, 5));
        var text = CliRunner.Run("summarize", one);
        Assert.Equal(0, text.ExitCode);
        Assert.StartsWith("Note: only one article: nothing in this summary is confirmed by another outlet", text.Stdout);
        var md = CliRunner.Run("summarize", one, "--format", "markdown");
        Assert.StartsWith("> **Note:** only one article", md.Stdout);

        var lines = string.Join("\n", new[] { 0, 1 }.Select(i => JsonSerializer.Serialize(new
        {
            id = $"calder-{i}", source = "Calder Times", title = "Harwick bridge jams open",
            text = string.Join("\n\n", CliFixtures.BridgeParagraphs.Skip(i).Take(4)),
        })));
        var feed = tmp.Write("calder.jsonl", lines + "\n");
        var sameOutlet = CliRunner.Run("summarize", feed);
        Assert.StartsWith("Note: all 2 articles are from one outlet (Calder Times)", sameOutlet.Stdout);
    }
}
