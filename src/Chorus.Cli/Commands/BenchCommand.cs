using System.CommandLine;
using System.Diagnostics;
using System.Runtime;
using System.Text.Json;
using Chorus.Analyze;
using Chorus.Cli.Commands.Bench;
using Chorus.Clean;
using Chorus.Ingest;
using Chorus.Link;
using Chorus.Report;
using Chorus.Segment;
using Chorus.Summarize;

namespace Chorus.Cli.Commands;

/// <summary>
/// Whole-pipeline throughput on a dataset: read, clean, segment, link, analyze, summarize and report each timed,
/// with bytes allocated and collections per stage, per-cluster p50/p99, and peak memory. The figure is per core
/// only when the process is pinned (<c>taskset -c 0</c>): unpinned, the collector and the JIT run on the other
/// cores and flatter it, so the bench says which cores it had. The hot stages also have BenchmarkDotNet
/// benchmarks in bench/Chorus.Bench.
/// </summary>
public static class BenchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dataset = new Argument<string>("DATASET") { Description = "Folder of clusters (<cluster>/docs/*) or of article folders" };
        var repeat = new Option<int>("--repeat") { Description = "Measured passes over the dataset (the median is reported)", DefaultValueFactory = _ => 5 };
        var words = new Option<int>("--words") { Description = "Summary budget in words", DefaultValueFactory = _ => 250 };
        var method = CommonOptions.Method();
        var noAnalysis = new Option<bool>("--no-analysis") { Description = "Leave out the analysis stage (summary only)" };
        var peer = new Option<bool>("--peer") { Description = "Also run the npm lexrank peer (bench/npm-lexrank) on the same cores and report the ratio" };
        var allCores = new Option<bool>("--all-cores") { Description = "Also time a pass with clusters spread over every core available" };
        var format = CommonOptions.Format("text", "json");
        var command = new Command("bench", "Measure whole-pipeline throughput, allocation and memory, per stage")
        {
            dataset, repeat, words, method, noAnalysis, peer, allCores, format,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dataset)!;
            if (!Directory.Exists(folder)) { stderr.WriteLine($"chorus: {folder}: no such folder"); return Program.InputError; }
            var clusters = Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal)
                .Select(d => ArticleReader.FilesOfFolder(d)).Where(f => f.Count > 0).ToList();
            if (clusters.Count == 0) { stderr.WriteLine($"chorus: {folder}: no clusters"); return Program.InputError; }
            // The bytes an article holds, also when the dataset links to it: a symbolic link's own length is its target path.
            long bytes = clusters.SelectMany(c => c).Sum(f => new FileInfo(f) is { LinkTarget: not null } link ? (link.ResolveLinkTarget(true) as FileInfo)?.Length ?? 0 : new FileInfo(f).Length);
            int passes = Math.Max(1, parse.GetValue(repeat));
            var budget = Budget.Words(parse.GetValue(words));
            var summarizer = CommonOptions.SummarizerOf(parse.GetValue(method)!);
            bool analyze = !parse.GetValue(noAnalysis);
            var reader = new ArticleReader();
            var cleaner = new ArticleCleaner();
            var linker = new SentenceLinker();
            var analyzer = new ClusterAnalyzer();
            var writer = new JsonReportWriter();
            // The report goes where a file write would take it: into a buffer reused across clusters (one per
            // thread, for the all-cores pass).
            using var outputs = new ThreadLocal<System.Buffers.ArrayBufferWriter<byte>>(() => new(64 * 1024));

            void RunCluster(List<string> files, StageMeter meter)
            {
                var read = meter.Measure(BenchStage.Read, () => reader.Read(files));
                var cleaned = meter.Measure(BenchStage.Clean, () => cleaner.Clean(PublicationOrder.Of(read.Documents)));
                var segmented = meter.Measure(BenchStage.Segment, () => Segmenter.Segment(cleaned));
                var linked = meter.Measure(BenchStage.Link, () => linker.Link(segmented));
                var analysis = analyze ? meter.Measure(BenchStage.Analyze, () => analyzer.Analyze(linked)) : null;
                var summary = meter.Measure(BenchStage.Summarize, () => summarizer.Summarize(linked, budget, analysis));
                meter.Measure(BenchStage.Report, () =>
                {
                    var output = outputs.Value!;
                    output.ResetWrittenCount();
                    writer.Write(SummaryReport.From(new Pipeline.ClusterResult(cleaned, linked, summary, analysis), read.Warnings), output);
                    return output.WrittenCount;
                });
            }

            // Process CPU time beside the wall clock: on a shared machine a pinned run waits for its core, and the wall
            // clock counts the wait; the CPU time counts only the work (the JIT and the collector included).
            double cpuSeconds = 0;
            double Pass(StageMeter meter, List<double>? perCluster)
            {
                var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
                long passStart = Stopwatch.GetTimestamp();
                foreach (var c in clusters)
                {
                    long start = Stopwatch.GetTimestamp();
                    RunCluster(c, meter);
                    perCluster?.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
                cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalSeconds;
                return Stopwatch.GetElapsedTime(passStart).TotalSeconds;
            }

            // Warm-up until steady state, as BenchmarkDotNet does: tiered JIT keeps promoting hot code for several
            // passes. Two passes of similar time are not enough: pinned to one core, the background compiler shares
            // the core with the passes and the code could still be the first tier's (the same build measured 9.5 and
            // 12.9 ms per cluster, 662 and 773 KB). So passes run until the JIT took under 1 % of a pass's time (code
            // taken once a pass by a few clusters keeps being promoted for dozens of passes, at no measurable cost)
            // and the pass is within 3 % of the one before, at most 30.
            int warmups = 0;
            double previous = double.MaxValue, firstPass = 0, firstPassCpu = 0;
            var jitTime = System.Runtime.JitInfo.GetCompilationTime();
            for (; warmups < 30; warmups++)
            {
                double t = Pass(new StageMeter(), null);
                // The first pass is what a one-off run pays: the JIT compiles every method on its way.
                if (warmups == 0) (firstPass, firstPassCpu) = (t, cpuSeconds);
                var nowJitTime = System.Runtime.JitInfo.GetCompilationTime();
                bool jitSettled = (nowJitTime - jitTime).TotalSeconds < 0.01 * t;
                jitTime = nowJitTime;
                if (warmups >= 2 && jitSettled && Math.Abs(t - previous) <= 0.03 * previous) { warmups++; break; }
                previous = t;
            }
            var passTimes = new List<double>();
            var passCpu = new List<double>();
            var perCluster = new List<double>();
            var meter = new StageMeter();
            for (int p = 0; p < passes; p++) { passTimes.Add(Pass(meter, perCluster)); passCpu.Add(cpuSeconds); }
            double single = Median(passTimes);
            double mb = bytes / (1024.0 * 1024), n = clusters.Count;
            double msPerCluster = single * 1000 / n;
            var stages = meter.Figures(clusters.Count * passes, bytes / n);
            double allocatedPerCluster = stages.Sum(s => s.BytesPerCluster);

            double? parallelMbPerSecond = null;
            if (parse.GetValue(allCores))
            {
                var sw = Stopwatch.StartNew();
                Parallel.ForEach(clusters, c => RunCluster(c, new StageMeter()));
                parallelMbPerSecond = mb / sw.Elapsed.TotalSeconds;
            }

            var cores = AffinityList();
            (double? peerMs, string peerNote) = parse.GetValue(peer) ? LexRankPeer.Run(folder, cores) : (null, "not run (--peer runs it)");
            var result = new BenchResult(
                folder, clusters.Count, bytes, summarizer.Name, analyze, passes, warmups,
                cores, Environment.ProcessorCount, GCSettings.IsServerGC ? "server" : "workstation",
                // The latency mode tells what the runtime settled on, whichever way it was set (runtimeconfig,
                // DOTNET_gcConcurrent): a non-concurrent collector runs in batch mode.
                GCSettings.LatencyMode == GCLatencyMode.Batch ? "non-concurrent" : "concurrent",
                msPerCluster, n / single, mb / single,
                Percentile(perCluster, 0.50), Percentile(perCluster, 0.99),
                allocatedPerCluster, allocatedPerCluster / (bytes / n),
                stages, Median(passCpu) * 1000 / n, firstPass * 1000 / n, firstPassCpu * 1000 / n,
                Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024),
                parallelMbPerSecond, peerMs, peerMs is double pm ? pm / msPerCluster : null, peerNote);

            if (parse.GetValue(format) == "json") stdout.WriteLine(JsonSerializer.Serialize(result, JsonReportWriter.Options));
            else WriteText(stdout, result);
            return Program.Ok;
        });
        return command;
    }

    private static void WriteText(TextWriter o, BenchResult r)
    {
        o.WriteLine($"dataset {r.Dataset}: {r.Clusters} clusters, {r.TextBytes / 1024.0 / 1024:0.00} MB of article text, method {r.Method}{(r.Analysis ? " with analysis" : "")}");
        o.WriteLine($"median of {r.Passes} passes after {r.WarmupPasses} warm-up passes; cores {r.Cores} ({r.MachineCores} available to the process); GC {r.GcMode}, {r.GcConcurrency}");
        if (!r.PerCore)
            o.WriteLine("note: not pinned to one core, so the collector and JIT run beside the pipeline: pin with taskset -c 0 for a per-core figure");
        o.WriteLine($"single-threaded : {r.ClustersPerSecond,8:0.0} clusters/s {r.MegabytesPerSecond,7:0.00} MB/s  {r.MsPerCluster:0.00} ms/cluster");
        o.WriteLine(!r.PerCore
            ? $"per core        : not measured (the run had cores {r.Cores}; pin it to one)"
            : $"per core        : {r.MegabytesPerSecond:0.00} MB/s of article text on core {r.Cores}, whole pipeline (target >= {TargetMegabytesPerSecond} MB/s: {(r.MegabytesPerSecond >= TargetMegabytesPerSecond ? "met" : $"{TargetMegabytesPerSecond / r.MegabytesPerSecond:0.0}x short")})");
        o.WriteLine($"per cluster     : p50 {r.P50Ms:0.00} ms, p99 {r.P99Ms:0.00} ms");
        o.WriteLine($"cpu time        : {r.CpuMsPerCluster:0.00} ms/cluster (process CPU, median pass; the wall clock above also counts waiting for the core)");
        o.WriteLine($"first pass      : {r.FirstPassMsPerCluster:0.00} ms/cluster, cpu {r.FirstPassCpuMsPerCluster:0.00} ms/cluster (JIT included: what a one-off run pays)");
        o.WriteLine($"allocated       : {r.BytesAllocatedPerCluster / 1024:0} KB per cluster = {r.AllocationToTextRatio:0.0}x its text");
        o.WriteLine($"{"stage",-10} {"ms/cluster",10} {"share",6} {"MB/s",8} {"KB/cluster",11} {"x text",7} {"gen0",6} {"gen1",6} {"gen2",6} {"cpu ms",8}");
        double textPerCluster = r.TextBytes / (double)r.Clusters, stageMs = r.Stages.Sum(s => s.MsPerCluster);
        foreach (var s in r.Stages)
            o.WriteLine($"{s.Stage,-10} {s.MsPerCluster,10:0.000} {(stageMs > 0 ? 100 * s.MsPerCluster / stageMs : 0),5:0}% {Rate(s.MegabytesPerSecond),8} " +
                        $"{s.BytesPerCluster / 1024,11:0.0} {s.BytesPerCluster / textPerCluster,7:0.0} {s.Gen0,6} {s.Gen1,6} {s.Gen2,6} {(s.CpuMsPerCluster is double cpu ? cpu.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) : "-"),8}");
        o.WriteLine($"peak memory     : {r.PeakWorkingSetMb:0} MB (working set)");
        if (r.AllCoresMegabytesPerSecond is double p) o.WriteLine($"all cores       : {p:0.00} MB/s");
        if (r.PeerMsPerCluster is double peer)
            o.WriteLine($"vs npm lexrank 1.0.5, same run, same cores ({peer:0.00} ms/cluster): {r.PeerRatio:0.0}x faster");
        else o.WriteLine($"vs npm lexrank: {r.PeerNote}");
    }

    /// <summary>Issue 16's figure: whole-pipeline article text per second on one core.</summary>
    public const double TargetMegabytesPerSecond = 10;

    /// <summary>A stage that took no time (analysis left out) has no rate.</summary>
    private static string Rate(double? megabytesPerSecond) => megabytesPerSecond is double v ? v.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "-";

    /// <summary>The cores this process may run on, as taskset writes them ("0", "0-1").</summary>
    private static string AffinityList()
    {
        long mask;
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsWindows()) return $"0-{Environment.ProcessorCount - 1}";
        try { mask = (long)Process.GetCurrentProcess().ProcessorAffinity; }
        catch (PlatformNotSupportedException) { return $"0-{Environment.ProcessorCount - 1}"; }
        var cores = Enumerable.Range(0, 64).Where(i => (mask >> i & 1) != 0).ToList();
        var ranges = new List<string>();
        for (int i = 0; i < cores.Count;)
        {
            int j = i;
            while (j + 1 < cores.Count && cores[j + 1] == cores[j] + 1) j++;
            ranges.Add(i == j ? $"{cores[i]}" : $"{cores[i]}-{cores[j]}");
            i = j + 1;
        }
        return string.Join(',', ranges);
    }

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double q)
    {
        if (values.Count == 0) return 0;
        var sorted = values.Order().ToList();
        double rank = q * (sorted.Count - 1);
        int lo = (int)Math.Floor(rank), hi = (int)Math.Ceiling(rank);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
    }
}

/// <summary>What <c>chorus bench --format json</c> prints.</summary>
public sealed record BenchResult(
    string Dataset, int Clusters, long TextBytes, string Method, bool Analysis, int Passes, int WarmupPasses,
    string Cores, int MachineCores, string GcMode, string GcConcurrency,
    double MsPerCluster, double ClustersPerSecond, double MegabytesPerSecond, double P50Ms, double P99Ms,
    double BytesAllocatedPerCluster, double AllocationToTextRatio, IReadOnlyList<StageFigures> Stages,
    double CpuMsPerCluster, double FirstPassMsPerCluster, double FirstPassCpuMsPerCluster, double PeakWorkingSetMb, double? AllCoresMegabytesPerSecond, double? PeerMsPerCluster, double? PeerRatio, string PeerNote)
{
    /// <summary>Whether <see cref="MegabytesPerSecond"/> is a per-core figure: the run was pinned to one core.</summary>
    public bool PerCore => !Cores.Contains('-') && !Cores.Contains(',');
}
