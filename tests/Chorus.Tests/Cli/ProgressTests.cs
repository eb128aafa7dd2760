using Chorus.Cli.Commands;
using Spectre.Console.Testing;

namespace Chorus.Tests.Cli;

/// <summary>Progress when standard error is not a terminal (CI, pipes, tests): plain lines with totals, warnings
/// as lines of their own, nothing under --quiet.</summary>
public class ProgressTests
{
    [Fact]
    public void Plain_progress_counts_against_the_total_and_warnings_are_lines_of_their_own()
    {
        var stderr = new StringWriter();
        int result = Progress.Run("ingest", (int?)8, stderr, sink =>
        {
            for (int i = 1; i <= 8; i++)
            {
                if (i == 3) sink.Warn("warning: c.txt: file is empty");
                sink.Advance(i);
            }
            return 42;
        });
        Assert.Equal(42, result);
        var lines = stderr.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["ingest: 2/8", "warning: c.txt: file is empty", "ingest: 4/8", "ingest: 6/8", "ingest: 8/8"], lines);
    }

    [Fact]
    public void On_a_terminal_warnings_go_above_the_live_bar_which_is_redrawn_below_them()
    {
        var console = new TestConsole().Interactive().EmitAnsiSequences().Width(100);
        Progress.Live(console, "ingest", 4, sink =>
        {
            sink.Advance(1);
            sink.Warn($"warning: b.txt: file is empty \u001b]0;x\u0007[bold]");
            sink.Advance(4);
            return 0;
        });
        var output = console.Output;
        int warning = output.IndexOf("warning: b.txt: file is empty ]0;x[bold]", StringComparison.Ordinal);
        Assert.True(warning >= 0, "the warning is printed whole, control characters dropped and markup shown as text");
        Assert.Equal(warning, output.LastIndexOf("warning: b.txt", StringComparison.Ordinal));
        // The bar is drawn (again) after the warning's own line ends: the warning sits above it.
        var after = output[warning..];
        Assert.True(after.IndexOf('\n') < after.IndexOf("ingest: 4/4", StringComparison.Ordinal));
        Assert.DoesNotContain("\u001b]0;x", output);
    }

    [Fact]
    public void Without_a_total_plain_progress_counts_every_so_many_items()
    {
        var stderr = new StringWriter();
        Progress.Run("ingest", (int?)null, stderr, sink => { for (int i = 1; i <= 25; i++) sink.Advance(i); return 0; }, every: 10);
        Assert.Equal("ingest: 10" + Environment.NewLine + "ingest: 20" + Environment.NewLine, stderr.ToString());
    }

    [Fact]
    public void Quiet_drops_progress_and_notes_but_keeps_warnings()
    {
        var stderr = new StringWriter();
        using (Progress.QuietScope(true))
        {
            Progress.Run("eval", 4, stderr, advance => { for (int i = 1; i <= 4; i++) advance(i); return 0; });
            Progress.Run("ingest", (int?)null, stderr, sink => { sink.Advance(5000); sink.Warn("warning: x: bad"); return 0; });
            Progress.Note(stderr, "wrote x");
        }
        Assert.Equal("warning: x: bad" + Environment.NewLine, stderr.ToString());
        Assert.False(Progress.IsQuiet);
    }

    [Fact]
    public void The_cli_quiet_option_silences_eval_progress()
    {
        using var tmp = new TempFolder();
        foreach (var name in new[] { "a", "b" })
        {
            tmp.Write($"{name}/docs/1.txt", CliFixtures.Text("Harwick bridge jams open", CliFixtures.BridgeParagraphs, 4));
            tmp.Write($"{name}/refs/r.txt", CliFixtures.BridgeParagraphs[0]);
        }
        var loud = CliRunner.Run("eval", tmp.Path);
        Assert.Contains("eval chorus: 2/2", loud.Stderr);
        var quiet = CliRunner.Run("eval", tmp.Path, "--quiet");
        Assert.Equal(0, quiet.ExitCode);
        Assert.Equal("", quiet.Stderr);
        Assert.Equal(loud.Stdout, quiet.Stdout);
    }
}
