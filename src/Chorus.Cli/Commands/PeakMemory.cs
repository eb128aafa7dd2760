using System.Diagnostics;

namespace Chorus.Cli.Commands;

/// <summary>Time and the highest working set seen while one piece of work runs (sampled every few milliseconds).</summary>
public static class PeakMemory
{
    public static (T Result, TimeSpan Elapsed, double PeakMb) Measure<T>(Func<T> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long peak = Environment.WorkingSet;
        using var stop = new CancellationTokenSource();
        var sampler = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                long now = Environment.WorkingSet;
                if (now > Interlocked.Read(ref peak)) Interlocked.Exchange(ref peak, now);
                Thread.Sleep(5);
            }
        }) { IsBackground = true };
        sampler.Start();
        var clock = Stopwatch.StartNew();
        var result = work();
        var elapsed = clock.Elapsed;
        stop.Cancel();
        sampler.Join();
        peak = Math.Max(peak, Environment.WorkingSet);
        return (result, elapsed, peak / 1048576.0);
    }
}
