using Spectre.Console;

namespace Chorus.Cli.Commands;

/// <summary>A progress bar on a terminal; plain occasional lines on stderr when output goes to a pipe or CI.</summary>
public static class Progress
{
    public static T Run<T>(string label, int total, TextWriter stderr, Func<Action<int>, T> work)
    {
        bool terminal = !Console.IsErrorRedirected && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        if (terminal && ReferenceEquals(stderr, Console.Error))
        {
            T result = default!;
            AnsiConsole.Progress().AutoClear(true).Start(ctx =>
            {
                var task = ctx.AddTask(Markup.Escape(label), maxValue: total);
                result = work(done => task.Value = done);
            });
            return result;
        }
        int lastReported = 0;
        var gate = new object();
        return work(done =>
        {
            lock (gate)
            {
                if (done == total || done - lastReported >= Math.Max(1, total / 4))
                {
                    lastReported = done;
                    stderr.WriteLine($"{label}: {done}/{total}");
                }
            }
        });
    }

    /// <summary>For streams of unknown length: a spinning counter on a terminal, a line every <paramref name="every"/> items otherwise.</summary>
    public static T Count<T>(string label, TextWriter stderr, Func<Action<int>, T> work, int every = 1000)
    {
        bool terminal = !Console.IsErrorRedirected && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        if (terminal && ReferenceEquals(stderr, Console.Error))
        {
            T result = default!;
            AnsiConsole.Progress().AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask(Markup.Escape(label));
                    task.IsIndeterminate = true;
                    result = work(done => task.Description = Markup.Escape($"{label}: {done}"));
                });
            return result;
        }
        return work(done => { if (done % every == 0) stderr.WriteLine($"{label}: {done}"); });
    }
}
