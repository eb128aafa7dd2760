using Chorus.Report;
using Spectre.Console;

namespace Chorus.Cli.Commands;

/// <summary>What a running task tells the reader: how far it is, and warnings about single inputs.</summary>
public sealed class ProgressSink(Action<int> advance, Action<string> warn)
{
    public void Advance(int done) => advance(done);

    /// <summary>On a terminal the line goes above the live bar (Spectre redraws the bar under it) instead of
    /// being drawn over by it.</summary>
    public void Warn(string line) => warn(line);
}

/// <summary>
/// A progress bar on standard error when it is a terminal; plain occasional lines when it goes to a pipe, a file or
/// CI; nothing at all under --quiet. Warnings are printed in every case.
/// </summary>
public static class Progress
{
    private static readonly AsyncLocal<bool> quiet = new();

    public static bool IsQuiet => quiet.Value;

    /// <summary>--quiet for the command run inside the scope (an async-local, so parallel in-process runs in tests
    /// do not see each other's setting).</summary>
    public static IDisposable QuietScope(bool on)
    {
        bool before = quiet.Value;
        quiet.Value = on;
        return new Restore(() => quiet.Value = before);
    }

    /// <summary>An informational line ("wrote FILE", "preparing …"): dropped under --quiet.</summary>
    public static void Note(TextWriter stderr, string line)
    {
        if (!IsQuiet) stderr.WriteLine(line);
    }

    public static T Run<T>(string label, int total, TextWriter stderr, Func<Action<int>, T> work) =>
        Run(label, (int?)total, stderr, sink => work(sink.Advance));

    /// <summary>For streams of unknown length: a spinning counter on a terminal, a line every <paramref name="every"/> items otherwise.</summary>
    public static T Count<T>(string label, TextWriter stderr, Func<Action<int>, T> work, int every = 1000) =>
        Run(label, null, stderr, sink => work(sink.Advance), every);

    /// <param name="total">The number of items when known (a bar with a count and an estimate), null when not (a spinner with a count).</param>
    public static T Run<T>(string label, int? total, TextWriter stderr, Func<ProgressSink, T> work, int every = 1000)
    {
        if (IsQuiet) return work(new ProgressSink(_ => { }, w => stderr.WriteLine(w)));
        if (ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            if (console.Profile.Capabilities.Interactive) return Live(console, label, total, work);
        }
        return Plain(label, total, stderr, work, every);
    }

    /// <summary>The live bar on a given console (the terminal, or a test console).</summary>
    public static T Live<T>(IAnsiConsole console, string label, int? total, Func<ProgressSink, T> work)
    {
        T result = default!;
        var columns = total is null
            ? new ProgressColumn[] { new TaskDescriptionColumn(), new SpinnerColumn(), new ElapsedTimeColumn() }
            : [new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn()];
        console.Progress().AutoClear(true).Columns(columns).Start(ctx =>
        {
            var task = ctx.AddTask(Markup.Escape(label), maxValue: Math.Max(1, total ?? 1));
            task.IsIndeterminate = total is null;
            var gate = new object();
            result = work(new ProgressSink(
                done => { lock (gate) { task.Value = done; task.Description = Markup.Escape(total is null ? $"{label}: {done}" : $"{label}: {done}/{total}"); } },
                line => { lock (gate) console.MarkupLine(Markup.Escape(TerminalText.Safe(line))); }));
        });
        return result;
    }

    private static T Plain<T>(string label, int? total, TextWriter stderr, Func<ProgressSink, T> work, int every)
    {
        int lastReported = 0;
        var gate = new object();
        return work(new ProgressSink(done =>
        {
            lock (gate)
            {
                bool due = total is { } n ? done == n || done - lastReported >= Math.Max(1, n / 4) : done - lastReported >= every;
                if (!due) return;
                lastReported = done;
                stderr.WriteLine(total is null ? $"{label}: {done}" : $"{label}: {done}/{total}");
            }
        }, line => { lock (gate) stderr.WriteLine(line); }));
    }

    private sealed class Restore(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}
