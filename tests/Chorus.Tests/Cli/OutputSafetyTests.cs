using System.Text.Json;
using Markdig;
using Markdig.Syntax;

namespace Chorus.Tests.Cli;

/// <summary>
/// Article text, titles and outlet names come from whoever wrote the page: they must not drive the reader's
/// terminal (escape sequences, bidirectional overrides) nor add markup to a Markdown report.
/// </summary>
public class OutputSafetyTests
{
    private const string Esc = "\u001b";

    /// <summary>The same hostile characters through every input kind: a .txt title line, JSON Lines escapes,
    /// HTML character references.</summary>
    private static string HostileCluster(TempFolder tmp)
    {
        var p = CliFixtures.BridgeParagraphs;
        tmp.Write("in/herald.txt", $"Harwick bridge {Esc}[2Jjams{Esc}]0;pwned\u0007 open\n\n" +
            string.Join("\n\n", p.Take(3).Select((s, i) => i == 1 ? s.Replace("gearbox", $"gear{Esc}[31mbox\u009b1m") : s)) + "\n");
        var body = string.Join("\n\n", p.Skip(1).Take(4)).Replace("bridge keeper", "bridge\u202e keeper");
        var json = JsonSerializer.Serialize(new { id = "wire-1", title = $"Calder {Esc}[5mbridge{Esc}[0m stuck", source = $"Wire{Esc}]0;x\u0007 Service", text = body });
        tmp.Write("in/wire.jsonl", json + "\n");
        var html = $"<html><head><title>Bridge &#27;[2J stuck &#7; again</title></head><body><article><h1>Bridge &#27;[2J stuck &#7; again</h1>" +
                   string.Join("", p.Take(4).Select(s => $"<p>{System.Net.WebUtility.HtmlEncode(s).Replace("commuters", "commuters&#27;]0;owned&#7;").Replace("engineers", "&#x9b;engineers")}</p>")) +
                   "</article></body></html>";
        tmp.Write("in/gazette.html", html);
        return Path.Combine(tmp.Path, "in");
    }

    private static void AssertNoControlCharacters(string output)
    {
        foreach (var c in output)
        {
            bool control = (c < 0x20 && c is not '\n' and not '\r' and not '\t') || c is >= '\u007f' and <= '\u009f'
                           || c is >= '\u202a' and <= '\u202e' || c is >= '\u2066' and <= '\u2069';
            Assert.False(control, $"control character U+{(int)c:X4} in output");
        }
    }

    [Theory]
    [InlineData("summarize", "text")]
    [InlineData("summarize", "markdown")]
    [InlineData("analyze", "text")]
    [InlineData("analyze", "markdown")]
    public void Control_characters_from_every_input_kind_never_reach_text_or_markdown_output(string command, string format)
    {
        using var tmp = new TempFolder();
        var input = HostileCluster(tmp);
        var result = command == "summarize" ? CliRunner.Run(command, input, "--format", format, "--sentences", "20") : CliRunner.Run(command, input, "--format", format);
        Assert.Equal(0, result.ExitCode);
        // The inputs were read: their words are there, only the control characters are gone.
        Assert.Contains("bridge", result.Stdout);
        Assert.Contains("pwned open", result.Stdout);
        AssertNoControlCharacters(result.Stdout);
        AssertNoControlCharacters(result.Stderr);
    }

    [Fact]
    public void Json_output_keeps_the_text_as_data()
    {
        using var tmp = new TempFolder();
        var result = CliRunner.Run("summarize", HostileCluster(tmp), "--format", "json");
        var titles = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("documents").EnumerateArray()
            .Select(d => d.TryGetProperty("title", out var t) ? t.GetString() : null).ToList();
        Assert.Contains(titles, t => t is not null && t.Contains(Esc + "[2J"));
    }

    [Fact]
    public void Markdown_escapes_with_backslashes_so_rendered_text_reads_as_written_and_adds_no_markup()
    {
        using var tmp = new TempFolder();
        var p = CliFixtures.BridgeParagraphs;
        string Article(string title, params string[] extra) => title + "\n\n" + string.Join("\n\n", p.Take(3).Concat(extra)) + "\n";
        tmp.Write("a.txt", Article("Harwick bridge jams open at 7_30 & *stays* shut",
            "# Not a heading: the keeper said \"This doesn't happen\" & left *quickly* at 7_30 `now` | done."));
        tmp.Write("b.txt", Article("1. Harwick bridge stuck > again", "- The council's ![img](http://x.invalid/p.png) statement, see www.example.invalid or https://example.invalid/a, followed."));
        var result = CliRunner.Run("summarize", tmp.Path, "--format", "markdown", "--sentences", "20");
        Assert.Equal(0, result.ExitCode);
        var md = result.Stdout;
        Assert.DoesNotContain("&quot;", md);
        Assert.DoesNotContain("&#39;", md);
        Assert.DoesNotContain("&amp;", md);

        var pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
        var html = Markdown.ToHtml(md, pipeline);
        var document = Markdown.Parse(md, pipeline);
        // Only the report's own structure: its headings, no link, image, raw HTML or code span from the text.
        Assert.DoesNotContain("<a ", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<b>", html);
        Assert.DoesNotContain("<code>", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<em>")); // the report's own "*N words, method …*"
        Assert.All(document.Descendants<HeadingBlock>(), h => Assert.Equal(2, h.Level));
        // What the reader sees is the text as written (HTML-encoded once by the renderer).
        var plain = System.Net.WebUtility.HtmlDecode(html);
        Assert.Contains("Harwick bridge jams open at 7_30 & *stays* shut", plain);
        Assert.Contains("\"This doesn't happen\" & left *quickly* at 7_30 `now` | done.", plain);
        Assert.Contains("1. Harwick bridge stuck > again", plain);
        Assert.Contains("# Not a heading", plain);
        Assert.Contains("see www.example.invalid or https://example.invalid/a, followed", plain);
    }

    // A title carrying markup is no headline: the sources list leaves it out rather than show a link or a tag, even
    // escaped ("Markdown_sources_leave_out_a_title_that_is_no_headline" covers furniture titles).
    [Fact]
    public void Markdown_leaves_out_a_title_made_of_markup()
    {
        using var tmp = new TempFolder();
        var p = CliFixtures.BridgeParagraphs;
        tmp.Write("a.txt", "[x](javascript:alert(1)) Harwick bridge <b>jams</b> open\n\n" + string.Join("\n\n", p.Take(3)) + "\n");
        tmp.Write("b.txt", "Harwick bridge stuck again\n\n" + string.Join("\n\n", p.Skip(1).Take(3)) + "\n");
        var result = CliRunner.Run("summarize", tmp.Path, "--format", "markdown");
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("javascript", result.Stdout);
        Assert.DoesNotContain("jams", result.Stdout);
        Assert.Contains("Harwick bridge stuck again", result.Stdout);
    }
}
