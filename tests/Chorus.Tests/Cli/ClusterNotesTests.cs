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
    [Fact]
    public void A_story_of_many_articles_is_named_by_its_first_numbers_and_how_many_it_has()
    {
        // Thirteen outlets' takes on the bridge (files b01..b13: sources 1-13) and three on the orchard (14-16).
        using var tmp = new TempFolder();
        for (int i = 1; i <= 13; i++)
            tmp.Write($"many/b{i:00}.txt", CliFixtures.Text($"Harwick bridge report {i}: span stuck open", CliFixtures.BridgeParagraphs, 4, skip: i % 2));
        for (int i = 1; i <= 3; i++)
            tmp.Write($"many/o{i}.txt", CliFixtures.Text($"Penmore frost report {i}", CliFixtures.OrchardParagraphs, 4, skip: i % 2));
        var result = CliRunner.Run("summarize", Path.Combine(tmp.Path, "many"));
        var warning = Assert.Single(result.Stderr.Split(Environment.NewLine), l => l.Contains("different stories"));
        Assert.Contains("2 different stories", warning);
        Assert.Contains("[1], [2], [3], [4], [5], [6], [7], [8], [9], [10] … and 3 more (13 articles) \"Harwick bridge report 1", warning);
        Assert.DoesNotContain("[11]", warning);
        Assert.Contains("[14], [15], [16] \"Penmore frost report 1", warning);
        Assert.True(warning.Length < 400, $"{warning.Length} characters");
        Assert.Contains("Note: the inputs look like 2 different stories", result.Stdout);
    }

    [Fact]
    public void Every_dev_cluster_as_one_input_gives_a_short_line()
    {
        // All 116 Multi-News dev clusters at once: single link joins most of them into one story of hundreds of
        // articles, whose numbers once filled the line.
        var clusters = Directory.GetDirectories(SharedData.MultiNewsDev).Order(StringComparer.Ordinal).ToArray();
        var result = CliRunner.Run(["summarize", .. clusters]);
        var warning = Assert.Single(result.Stderr.Split(Environment.NewLine), l => l.Contains("different stories"));
        var large = System.Text.RegularExpressions.Regex.Match(warning, @"(\[\d+\], ){9}\[\d+\] … and (\d+) more \((\d+) articles\) """);
        Assert.True(large.Success, warning);
        int more = int.Parse(large.Groups[2].Value), all = int.Parse(large.Groups[3].Value);
        Assert.True(all > 100, warning);
        Assert.Equal(all - 10, more);
        Assert.True(warning.Length < 600, $"{warning.Length} characters");
    }

    [Fact]
    public void Many_stories_in_one_input_are_named_ten_at_most_and_the_rest_counted()
    {
        // Twelve one-article stories that share no word (each its own invented vocabulary).
        using var tmp = new TempFolder();
        var random = new Random(12);
        string Word() => new(Enumerable.Range(0, 7).Select(_ => (char)('a' + random.Next(26))).ToArray());
        for (int story = 0; story < 12; story++)
        {
            var words = Enumerable.Range(0, 30).Select(_ => Word()).ToArray();
            string Sentence() => char.ToUpperInvariant(words[random.Next(30)][0]) + words[random.Next(30)][1..] + " " +
                                 string.Join(" ", Enumerable.Range(0, 14).Select(_ => words[random.Next(30)])) + ".";
            var paragraphs = Enumerable.Range(0, 4).Select(_ => string.Join(" ", Enumerable.Range(0, 3).Select(_ => Sentence()))).ToArray();
            tmp.Write($"twelve/s{story:00}.txt", CliFixtures.Text($"Story {story} {words[0]} {words[1]}", paragraphs, 4));
        }
        var result = CliRunner.Run("summarize", Path.Combine(tmp.Path, "twelve"));
        var warning = Assert.Single(result.Stderr.Split(Environment.NewLine), l => l.Contains("different stories"));
        Assert.Contains("look like 12 different stories", warning);
        Assert.Contains("[10] \"Story 9 ", warning);
        Assert.DoesNotContain("[11]", warning);
        Assert.Contains("; … and 2 more stories. Summarize each story on its own", warning);
    }
}
