using System.Text;
using System.Text.Json;

namespace Chorus.Tests.Cli;

/// <summary>Standard input is bytes like a file, and is decoded the same way: byte-order marks, UTF-8 when valid,
/// else the detected legacy encoding.</summary>
public class StdinTests
{
    static StdinTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Article => CliFixtures.Text("Café owners on Harwick Quay count the cost of the jammed bridge",
        CliFixtures.BridgeParagraphs.Select(p => p.Replace("commuters", "café regulars and commuters")).ToArray(), 5);

    public static TheoryData<string> Encodings() => new() { "windows-1252", "utf-8-bom", "utf-16le-bom", "utf-8" };

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "windows-1252" => Encoding.GetEncoding(1252).GetBytes(text),
        "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. new UTF8Encoding(false).GetBytes(text)],
        "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        _ => new UTF8Encoding(false).GetBytes(text),
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Standard_input_is_decoded_like_a_file(string encoding)
    {
        using var tmp = new TempFolder();
        var bytes = Encode(Article, encoding);
        var file = tmp.WriteBytes("article.txt", bytes);
        var fromFile = CliRunner.Run("summarize", file, "--format", "json", "--sentences", "3");
        var fromStdin = CliRunner.RunProcess(bytes, new Dictionary<string, string>(), "summarize", "-", "--format", "json", "--sentences", "3");
        Assert.Equal(0, fromStdin.ExitCode);
        string Title(CliResult r) => JsonDocument.Parse(r.Stdout).RootElement.GetProperty("documents")[0].GetProperty("title").GetString()!;
        Assert.Equal("Café owners on Harwick Quay count the cost of the jammed bridge", Title(fromStdin));
        Assert.Equal(Title(fromFile), Title(fromStdin));
        Assert.DoesNotContain("\uFFFD", fromStdin.Stdout);
    }

    [Fact]
    public void Empty_and_binary_standard_input_get_one_warning_line_like_files()
    {
        var empty = CliRunner.RunProcess([], new Dictionary<string, string>(), "summarize", "-");
        Assert.Equal(1, empty.ExitCode);
        Assert.Contains("stdin: standard input is empty", empty.Stderr);
        var binary = CliRunner.RunProcess([0, 1, 2, 3, 0, 0, 9, 0], new Dictionary<string, string>(), "summarize", "-");
        Assert.Equal(1, binary.ExitCode);
        Assert.Contains("stdin: binary data, not text", binary.Stderr);
    }

    [Fact]
    public void Ingest_reads_standard_input_as_one_article_decoded_like_a_file()
    {
        using var tmp = new TempFolder();
        var store = Path.Combine(tmp.Path, "s.db");
        var bytes = Encode(Article, "windows-1252");
        var first = CliRunner.RunProcess(bytes, new Dictionary<string, string>(), "ingest", "-", "--store", store);
        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("1 new,", first.Stdout);
        var again = CliRunner.RunProcess(bytes, new Dictionary<string, string>(), "ingest", "-", "--store", store);
        Assert.StartsWith("0 new, 0 updated, 1 unchanged", again.Stdout);
        var stories = CliRunner.Run("stories", "--store", store, "--format", "json");
        var title = JsonDocument.Parse(stories.Stdout).RootElement.GetProperty("stories")[0].GetProperty("title").GetString();
        Assert.Equal("Café owners on Harwick Quay count the cost of the jammed bridge", title);
    }

    [Fact]
    public void Ingest_gives_standard_input_the_named_outlet_and_counts_an_empty_pipe_as_nothing_lost()
    {
        using var tmp = new TempFolder();
        var store = Path.Combine(tmp.Path, "s.db");
        var named = CliRunner.RunProcess(Encode(Article, "utf-8"), new Dictionary<string, string>(), "ingest", "-", "--store", store, "--outlet", "Quay Courier");
        Assert.Equal(0, named.ExitCode);
        var stories = CliRunner.Run("stories", "--store", store, "--format", "json");
        var outlets = JsonDocument.Parse(stories.Stdout).RootElement.GetProperty("stories")[0].GetProperty("outlets").EnumerateArray().Select(o => o.GetString()).ToList();
        Assert.Equal(["Quay Courier"], outlets);
        // An empty pipe into a store that has articles: a warning, nothing failed, nothing lost.
        var empty = CliRunner.RunProcess([], new Dictionary<string, string>(), "ingest", "-", "--store", store);
        Assert.Contains("stdin: standard input is empty", empty.Stderr);
        Assert.NotEqual(3, empty.ExitCode);
    }
}
