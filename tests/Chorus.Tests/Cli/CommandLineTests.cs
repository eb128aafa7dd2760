using System.Text.RegularExpressions;

namespace Chorus.Tests.Cli;

/// <summary>The command line a newcomer meets: strict options, one-line errors in plain words, documented exit codes.</summary>
public class CommandLineTests
{
    /// <summary>Every registered command, read from the program itself so a command added later is covered too.</summary>
    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        foreach (var c in Chorus.Cli.Program.Commands(TextWriter.Null, TextWriter.Null).Subcommands) data.Add(c.Name);
        return data;
    }

    [Fact]
    public void The_command_list_holds_every_command_the_readme_documents()
    {
        var names = Chorus.Cli.Program.Commands(TextWriter.Null, TextWriter.Null).Subcommands.Select(c => c.Name).ToList();
        foreach (var documented in new[] { "summarize", "analyze", "eval", "rouge", "train", "bench", "ingest", "stories", "story", "eval-stories", "bench-ingest" })
            Assert.Contains(documented, names);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_has_help_with_examples_exit_codes_and_each_default_once(string command)
    {
        var result = CliRunner.Run(command, "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Stdout);
        Assert.Matches(new Regex(@"Examples:\r?\n  chorus " + Regex.Escape(command) + @"\b"), result.Stdout);
        Assert.Contains("Exit codes:", result.Stdout);
        Assert.Contains("3  done, but some inputs could not be used", result.Stdout);
        Assert.DoesNotMatch(new Regex(@"\(default[^)]*\)\s*\[default:"), result.Stdout);
        Assert.Equal("", result.Stderr);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_refuses_an_unknown_option_with_exit_2_and_no_output(string command)
    {
        var result = CliRunner.Run(command, "--no-such-option");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.StartsWith($"chorus: {command}: unknown option '--no-such-option'", result.Stderr);
        Assert.EndsWith($"Try 'chorus {command} --help'.{Environment.NewLine}", result.Stderr);
    }

    [Fact]
    public void A_mistyped_option_after_paths_is_a_usage_error_with_a_suggestion_not_a_missing_file()
    {
        var result = CliRunner.Run("summarize", RepoPaths.Sample, "--wordz", "50");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("unknown option '--wordz' (did you mean '--words'?)", result.Stderr);
        Assert.DoesNotContain("no such file", result.Stderr);

        var ingest = CliRunner.Run("ingest", RepoPaths.Sample, "--retires", "2");
        Assert.Equal(2, ingest.ExitCode);
        Assert.Contains("unknown option '--retires' (did you mean '--retries'?)", ingest.Stderr);
    }

    [Fact]
    public void Extra_arguments_and_mistyped_commands_are_usage_errors_with_suggestions()
    {
        var extra = CliRunner.Run("eval", SharedData.MultiNewsDev, "surplus");
        Assert.Equal(2, extra.ExitCode);
        Assert.Contains("eval: unexpected argument 'surplus'", extra.Stderr);

        var typo = CliRunner.Run("sumarize", RepoPaths.Sample);
        Assert.Equal(2, typo.ExitCode);
        Assert.StartsWith("chorus: unknown command 'sumarize' (did you mean 'summarize'?)", typo.Stderr);
        Assert.Equal(2, typo.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        var analyse = CliRunner.Run("analyse", RepoPaths.Sample);
        Assert.Contains("unknown command 'analyse' (did you mean 'analyze'?)", analyse.Stderr);
    }

    [Theory]
    [InlineData(new[] { "story", "abc" }, "story ID must be a whole number, not 'abc'")]
    [InlineData(new[] { "summarize", "x", "--words", "ten" }, "summarize --words must be a whole number, not 'ten'")]
    [InlineData(new[] { "summarize", "x", "--format", "pdf" }, "--format: 'pdf' is not one of text, markdown, json")]
    [InlineData(new[] { "summarize" }, "summarize needs PATH")]
    [InlineData(new[] { "ingest", "x", "--timeout", "soon" }, "ingest --timeout must be a number, not 'soon'")]
    public void Usage_errors_are_one_line_in_the_users_terms(string[] args, string expected)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        var lines = result.Stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"chorus: {expected}", lines[0]);
        Assert.StartsWith("Try 'chorus ", lines[^1]);
        Assert.DoesNotContain("System.", result.Stderr);
    }

    [Fact]
    public void An_output_file_in_a_missing_folder_is_one_line_naming_the_folder_before_any_work()
    {
        var result = CliRunner.Run("summarize", RepoPaths.Sample, "--out", "/nonexistent-chorus-folder/x.md");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("chorus: --out /nonexistent-chorus-folder/x.md: folder /nonexistent-chorus-folder does not exist", result.Stderr.Split(Environment.NewLine)[0]);
        Assert.Equal("", result.Stdout);

        var train = CliRunner.Run("train", SharedData.MultiNewsDev, "--out", "/nonexistent-chorus-folder/m.json");
        Assert.Equal(2, train.ExitCode);
        Assert.StartsWith("chorus: --out /nonexistent-chorus-folder/m.json: folder /nonexistent-chorus-folder does not exist", train.Stderr);
    }

    [Fact]
    public void A_failure_while_working_is_one_line_and_CHORUS_DEBUG_adds_the_trace()
    {
        // /proc/version exists and its folder does, so only the write itself fails.
        var args = new[] { "summarize", RepoPaths.Sample, "--out", "/proc/version" };
        var plain = CliRunner.RunProcess([], new Dictionary<string, string>(), args);
        Assert.Equal(1, plain.ExitCode);
        var line = Assert.Single(plain.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("chorus: "));
        Assert.Contains("/proc/version", line);
        Assert.DoesNotContain("Exception", plain.Stderr);
        Assert.DoesNotContain("   at ", plain.Stderr);

        var debug = CliRunner.RunProcess([], new Dictionary<string, string> { ["CHORUS_DEBUG"] = "1" }, args);
        Assert.Equal(1, debug.ExitCode);
        Assert.Contains("   at ", debug.Stderr);
        Assert.Contains(line, debug.Stderr);
    }

    [Fact]
    public void Exit_codes_0_all_used_3_some_inputs_failed_1_nothing_usable_for_summarize_and_analyze()
    {
        using var tmp = new TempFolder();
        var good = tmp.Write("bridge.txt", CliFixtures.Text("Harwick bridge jams open", CliFixtures.BridgeParagraphs, 5));
        var empty = tmp.Write("empty.txt", "");
        foreach (var command in new[] { "summarize", "analyze" })
        {
            Assert.Equal(0, CliRunner.Run(command, good).ExitCode);
            var some = CliRunner.Run(command, good, empty, Path.Combine(tmp.Path, "missing.txt"));
            Assert.Equal(3, some.ExitCode);
            Assert.Contains("empty.txt: file is empty", some.Stderr);
            Assert.Contains("missing.txt: no such file or folder", some.Stderr);
            Assert.NotEqual("", some.Stdout);
            Assert.Equal(1, CliRunner.Run(command, empty).ExitCode);
        }
    }

    [Fact]
    public void Eval_exits_3_when_a_cluster_document_cannot_be_read()
    {
        using var tmp = new TempFolder();
        foreach (var (name, title, paragraphs) in new[] { ("bridge", "Harwick bridge jams open", CliFixtures.BridgeParagraphs), ("orchard", "Frost ruins Penmore blossom", CliFixtures.OrchardParagraphs) })
        {
            tmp.Write($"{name}/docs/a.txt", CliFixtures.Text(title, paragraphs, 4));
            tmp.Write($"{name}/docs/b.txt", CliFixtures.Text(title, paragraphs, 4, skip: 1));
            tmp.Write($"{name}/refs/ref.txt", string.Join(" ", paragraphs.Take(2)));
        }
        Assert.Equal(0, CliRunner.Run("eval", tmp.Path, "--quiet").ExitCode);
        tmp.WriteBytes("orchard/docs/c.txt", [0, 1, 2, 0, 0, 5]);
        var some = CliRunner.Run("eval", tmp.Path, "--quiet");
        Assert.Equal(3, some.ExitCode);
        Assert.Contains("c.txt: binary file, not text", some.Stderr);
        Assert.Contains("ROUGE-2", some.Stdout);
    }

    [Fact]
    public void The_readme_documents_the_exit_codes_the_help_prints()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        foreach (var code in new[] { "`0`", "`1`", "`2`", "`3`" }) Assert.Contains(code, readme);
        Assert.Contains("CHORUS_DEBUG=1", readme);
        Assert.Contains("dotnet tool install", readme);
    }
}
