using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Chorus.Cli.Commands.Bench;

/// <summary>The stages a bench pass times one by one, in the order the data flows.</summary>
public enum BenchStage { Read, Clean, Segment, Link, Analyze, Summarize, Report }

/// <summary>
/// Time, bytes allocated and garbage collections per stage. Allocation is counted on the calling thread
/// (<see cref="GC.GetAllocatedBytesForCurrentThread"/>), which is exact for the single-threaded pass; collection
/// counts are process-wide, which is also exact there because nothing else runs.
/// </summary>
public sealed class StageMeter
{
    private static readonly int StageCount = Enum.GetValues<BenchStage>().Length;
    private readonly long[] ticks = new long[StageCount];
    private readonly long[] bytes = new long[StageCount];
    private readonly long[] cpuNanoseconds = new long[StageCount];
    private readonly int[,] collections = new int[StageCount, 3];

    public T Measure<T>(BenchStage stage, Func<T> work)
    {
        int s = (int)stage;
        int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        long cpu = ThreadCpu.Nanoseconds();
        long start = Stopwatch.GetTimestamp();
        var result = work();
        ticks[s] += Stopwatch.GetTimestamp() - start;
        cpuNanoseconds[s] += ThreadCpu.Nanoseconds() - cpu;
        bytes[s] += GC.GetAllocatedBytesForCurrentThread() - allocated;
        collections[s, 0] += GC.CollectionCount(0) - g0;
        collections[s, 1] += GC.CollectionCount(1) - g1;
        collections[s, 2] += GC.CollectionCount(2) - g2;
        return result;
    }

    /// <param name="textBytesPerCluster">A cluster's article text, for each stage's rate in MB/s: the article text
    /// the stage would get through per second if it ran alone, so a stage's distance from the whole-pipeline target
    /// shows.</param>
    public IReadOnlyList<StageFigures> Figures(int clusters, double textBytesPerCluster) =>
        Enum.GetValues<BenchStage>().Select(stage =>
        {
            int s = (int)stage;
            double ms = ticks[s] * 1000.0 / Stopwatch.Frequency / clusters;
            return new StageFigures(stage.ToString().ToLowerInvariant(), ms,
                ms > 0 ? textBytesPerCluster / (1024.0 * 1024) / (ms / 1000) : null, bytes[s] / (double)clusters,
                collections[s, 0], collections[s, 1], collections[s, 2],
                ThreadCpu.Available ? cpuNanoseconds[s] / 1e6 / clusters : null);
        }).ToList();
}

/// <summary>One stage's share of a measured pass, per cluster; collections are totals over the pass.</summary>
/// <param name="CpuMsPerCluster">The stage's own CPU time on its thread (Linux): unlike the wall clock, not inflated
/// when other processes share the core.</param>
public sealed record StageFigures(string Stage, double MsPerCluster, double? MegabytesPerSecond, double BytesPerCluster, int Gen0, int Gen1, int Gen2, double? CpuMsPerCluster);

/// <summary>The calling thread's CPU time (CLOCK_THREAD_CPUTIME_ID); zero where the clock is not available.</summary>
internal static class ThreadCpu
{
    public static bool Available { get; } = OperatingSystem.IsLinux() && Read(out _);

    public static long Nanoseconds() => Available && Read(out long ns) ? ns : 0;

    private static bool Read(out long nanoseconds)
    {
        nanoseconds = 0;
        try
        {
            if (clock_gettime(ThreadCpuClock, out var ts) != 0) return false;
            nanoseconds = ts.Seconds * 1_000_000_000 + ts.Nanoseconds;
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { return false; }
    }

    private const int ThreadCpuClock = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec { public long Seconds; public long Nanoseconds; }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out TimeSpec time);
}
