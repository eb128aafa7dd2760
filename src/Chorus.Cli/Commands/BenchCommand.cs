using System.CommandLine;
using System.Diagnostics;
using Chorus.Ingest;
using Chorus.Pipeline;
using Chorus.Summarize;

namespace Chorus.Cli.Commands;

/// <summary>
/// Whole-pipeline throughput (read, clean, segment, link, summarize) on a dataset, single-threaded and on all
/// cores, with peak memory. The hot stages have BenchmarkDotNet benchmarks in bench/Chorus.Bench.
/// </summary>
public static class BenchCommand
{
    /// <summary>The npm <c>lexrank</c> 1.0.5 peer takes about 25 ms per cluster on this machine (issue 3).</summary>
    public const double NpmLexRankMsPerCluster = 25.0;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dataset = new Argument<string>("DATASET") { Description = "Folder of clusters (<cluster>/docs/*) or of article folders" };
        var repeat = new Option<int>("--repeat") { Description = "Passes over the dataset per measurement", DefaultValueFactory = _ => 5 };
        var words = new Option<int>("--words") { Description = "Summary budget", DefaultValueFactory = _ => 250 };
        var method = CommonOptions.Method();
        var command = new Command("bench", "Measure whole-pipeline throughput (clusters/s, MB/s) and peak memory") { dataset, repeat, words, method };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dataset)!;
            if (!Directory.Exists(folder)) { stderr.WriteLine($"chorus: {folder}: no such folder"); return Program.InputError; }
            var clusters = Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal)
                .Select(d => ArticleReader.FilesOfFolder(d)).Where(f => f.Count > 0).ToList();
            if (clusters.Count == 0) { stderr.WriteLine($"chorus: {folder}: no clusters"); return Program.InputError; }
            long bytes = clusters.SelectMany(c => c).Sum(f => new FileInfo(f).Length);
            int passes = Math.Max(1, parse.GetValue(repeat));
            var budget = Budget.Words(parse.GetValue(words));
            var summarizer = CommonOptions.SummarizerOf(parse.GetValue(method)!);

            void RunCluster(List<string> files)
            {
                var read = new ArticleReader().Read(files);
                new ClusterPipeline { Summarizer = summarizer }.Run(read.Documents, budget);
            }

            foreach (var c in clusters.Take(10)) RunCluster(c); // warm-up: JIT and caches
            var single = Stopwatch.StartNew();
            for (int p = 0; p < passes; p++) foreach (var c in clusters) RunCluster(c);
            single.Stop();
            var parallel = Stopwatch.StartNew();
            for (int p = 0; p < passes; p++) Parallel.ForEach(clusters, RunCluster);
            parallel.Stop();

            double n = clusters.Count * (double)passes, mb = bytes * (double)passes / (1024 * 1024);
            double msPerCluster = single.Elapsed.TotalMilliseconds / n;
            stdout.WriteLine($"dataset {folder}: {clusters.Count} clusters, {bytes / 1024.0 / 1024:0.00} MB of article text, {passes} passes, method {summarizer.Name}");
            stdout.WriteLine($"single-threaded : {n / single.Elapsed.TotalSeconds,8:0.0} clusters/s {mb / single.Elapsed.TotalSeconds,7:0.00} MB/s  {msPerCluster:0.00} ms/cluster");
            stdout.WriteLine($"all {Environment.ProcessorCount} cores     : {n / parallel.Elapsed.TotalSeconds,8:0.0} clusters/s {mb / parallel.Elapsed.TotalSeconds,7:0.00} MB/s");
            stdout.WriteLine($"peak memory     : {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024:0} MB (working set)");
            stdout.WriteLine($"vs npm lexrank 1.0.5 ({NpmLexRankMsPerCluster} ms/cluster): {NpmLexRankMsPerCluster / msPerCluster:0.0}x faster single-threaded");
            return Program.Ok;
        });
        return command;
    }
}
