using System.CommandLine;
using System.Diagnostics;
using Chorus.Evaluate;
using Chorus.Pipeline;
using Chorus.Store;

namespace Chorus.Cli.Commands;

public static class BenchIngestCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dataset = new Argument<string>("DATASET") { Description = "Dataset folder whose documents the synthetic corpus is built from" };
        var articles = new Option<int>("--articles") { Description = "How many articles to ingest (default 10000)", DefaultValueFactory = _ => 10000 };
        var every = new Option<int>("--every") { Description = "Report a line every this many articles (default 1000)", DefaultValueFactory = _ => 1000 };
        var store = new Option<string?>("--store") { Description = "Store to fill (default: a new SQLite file in the temp folder, deleted afterwards); must be empty" };
        var command = new Command("bench-ingest", "Throughput and memory of corpus ingest (clean, profile, cluster, commit) as the store grows, single-threaded")
        {
            dataset, articles, every, store,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dataset)!;
            if (!Directory.Exists(folder)) { stderr.WriteLine($"chorus: {folder}: no such folder"); return Program.InputError; }
            int total = parse.GetValue(articles), step = parse.GetValue(every);
            if (total <= 0 || step <= 0) throw new UsageException("--articles and --every must be positive");
            var originals = StoryClusteringEvaluation.Load(folder, []).Select(i => i.Source.Document!).ToList();
            if (originals.Count == 0) { stderr.WriteLine($"chorus: {folder}: no documents"); return Program.InputError; }
            var location = parse.GetValue(store);
            var temp = location is null ? Path.Combine(Path.GetTempPath(), $"chorus-bench-{Environment.ProcessId}.db") : null;
            try
            {
                using var opened = ArticleStore.Open(location ?? temp);
                if (opened.Counts().Versions > 0) throw new UsageException($"{opened.Description} is not empty");
                var corpus = new CorpusPipeline(opened);
                stdout.WriteLine($"{opened.Description}; synthetic corpus from {originals.Count} documents; one thread");
                stdout.WriteLine($"{"articles",9} {"ms/article",10} {"articles/s",10} {"working set MB",14} {"GC heap MB",10} {"stories in memory",17} {"articles in window",18}");
                var clock = Stopwatch.StartNew();
                var last = TimeSpan.Zero;
                var overall = Stopwatch.StartNew();
                corpus.Ingest(new SyntheticCorpus(originals).Take(total), _ => { }, done =>
                {
                    if (done % step != 0 && done != total) return;
                    var now = clock.Elapsed;
                    int block = done % step == 0 ? step : done % step;
                    double ms = (now - last).TotalMilliseconds / block;
                    last = now;
                    stdout.WriteLine($"{done,9} {ms,10:0.000} {1000 / ms,10:0} {Environment.WorkingSet / 1048576.0,14:0} {GC.GetTotalMemory(false) / 1048576.0,10:0} " +
                                     $"{corpus.Index.StoriesInMemory,17} {corpus.Index.ArticlesInWindow,18}");
                });
                var elapsed = overall.Elapsed;
                var (current, _, stories) = opened.Counts();
                stdout.WriteLine($"total: {total} articles in {elapsed.TotalSeconds:0.0} s = {total / elapsed.TotalSeconds:0} articles/s; {current} stored, {stories} stories; " +
                                 $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB");
                var scores = StoryClusteringEvaluation.ScoreSyntheticStream(opened);
                stdout.WriteLine($"stories against their sources (each copy of a dataset cluster is one story): B-cubed P {scores.Precision:0.000} " +
                                 $"R {scores.Recall:0.000} F1 {scores.F1:0.000}, adjusted Rand {scores.AdjustedRand:0.000}");
                return Program.Ok;
            }
            finally
            {
                if (temp is not null) ArticleStore.DeleteSqliteFiles(temp);
            }
        });
        return command;
    }
}
