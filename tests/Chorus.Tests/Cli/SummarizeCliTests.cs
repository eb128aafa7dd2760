using System.Text.Json;
using Chorus.Ingest;

namespace Chorus.Tests.Cli;

public class SummarizeCliTests
{
    [Fact]
    public void Versailles_json_summary_keeps_the_budget_cites_sources_and_excludes_removed_lines()
    {
        var result = CliRunner.Run("summarize", SharedData.Versailles, "--format", "json", "--words", "120");
        Assert.Equal(0, result.ExitCode);
        var json = JsonDocument.Parse(result.Stdout).RootElement;
        var summary = json.GetProperty("summary").EnumerateArray().ToList();
        Assert.NotEmpty(summary);
        Assert.InRange(json.GetProperty("words").GetInt32(), 1, 120);
        Assert.InRange(summary.Sum(s => TextStats.CountWords(s.GetProperty("text").GetString()!)), 1, 120);
        var ids = json.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToHashSet();
        Assert.All(summary, s => Assert.All(s.GetProperty("sources").EnumerateArray(), id => Assert.Contains(id.GetString(), ids)));
        Assert.All(summary, s => Assert.NotEmpty(s.GetProperty("sources").EnumerateArray()));

        var removed = json.GetProperty("documents").EnumerateArray()
            .SelectMany(d => d.GetProperty("removed").EnumerateArray()).Select(r => r.GetProperty("text").GetString()!).ToList();
        Assert.Contains(removed, r => r.StartsWith("More news:"));
        Assert.Contains(removed, r => r.StartsWith("Other reports by"));
        Assert.Contains(removed, r => r.Contains("Zachary Reyes"));
        Assert.All(summary, s => Assert.DoesNotContain(removed, r => s.GetProperty("text").GetString()!.Contains(r)));
    }

    [Fact]
    public void A_sentence_two_outlets_carry_lists_both_when_it_is_summarized()
    {
        // With a budget large enough to hold most sentences, the copied sentences must appear with both sources.
        var result = CliRunner.Run("summarize", SharedData.Versailles, "--format", "json", "--sentences", "40");
        var summary = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("summary").EnumerateArray().ToList();
        var shared = summary.Where(s => s.GetProperty("sources").GetArrayLength() >= 2).ToList();
        Assert.NotEmpty(shared);
        var combat = summary.Single(s => s.GetProperty("text").GetString()!.Contains("essential for comba"));
        Assert.Equal(2, combat.GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public void Text_and_markdown_formats_and_out_file()
    {
        using var tmp = new TempFolder();
        var file = Path.Combine(tmp.Path, "summary.md");
        var result = CliRunner.Run("summarize", RepoPaths.Sample, "--format", "markdown", "--out", file);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.StartsWith("## Summary", File.ReadAllText(file));
        var text = CliRunner.Run("summarize", RepoPaths.Sample);
        Assert.Contains("Sources:", text.Stdout);
        Assert.Contains("04_archive-notice.txt: not an article", text.Stderr);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("markdown")]
    [InlineData("text")]
    public void An_out_file_holds_the_bytes_standard_output_gets(string format)
    {
        // --out writes the report's UTF-8 straight from a buffer; stdout prints it as text. Same report, same bytes,
        // no byte-order mark; the sample's curly quotes and dashes exercise the encoding.
        using var tmp = new TempFolder();
        var file = Path.Combine(tmp.Path, "report." + format);
        Assert.Equal(0, CliRunner.Run("summarize", RepoPaths.Sample, "--format", format, "--out", file).ExitCode);
        var printed = CliRunner.Run("summarize", RepoPaths.Sample, "--format", format).Stdout;
        Assert.Equal(new System.Text.UTF8Encoding(false).GetBytes(printed), File.ReadAllBytes(file));
    }

    [Theory]
    [InlineData("summarize")]
    [InlineData("summarize", "x", "--words", "10", "--bytes", "100")]
    [InlineData("summarize", "x", "--format", "pdf")]
    [InlineData("summarize", "x", "--method", "magic")]
    [InlineData("summarize", "x", "--words", "-5")]
    [InlineData("frobnicate")]
    public void Usage_errors_exit_2_with_a_message(params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("chorus: ", result.Stderr);
    }

    [Fact]
    public void When_nothing_usable_is_read_the_exit_code_is_1_and_no_stack_trace_is_printed()
    {
        using var tmp = new TempFolder();
        tmp.Write("empty.txt", "");
        tmp.WriteBytes("blob.txt", [0, 1, 2, 3, 0, 0, 7]);
        var result = CliRunner.RunProcess("", "summarize", tmp.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("empty.txt: file is empty", result.Stderr);
        Assert.Contains("blob.txt: binary file, not text", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.DoesNotContain("Exception", result.Stderr);
    }

    [Fact]
    public void Bad_files_beside_good_ones_warn_and_the_run_goes_on_from_stdin_too()
    {
        using var tmp = new TempFolder();
        var bad = tmp.Write("bad.txt", "");
        var article = File.ReadAllText(Path.Combine(RepoPaths.Sample, "02_coastal-wire.txt"));
        var result = CliRunner.RunProcess(article, "summarize", "-", bad, "--words", "50");
        Assert.Equal(3, result.ExitCode); // done, but an input could not be used
        Assert.Contains("bad.txt: file is empty", result.Stderr);
        Assert.Contains("[1]", result.Stdout);
    }
}
