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
        var scaling = new Option<bool>("--scaling") { Description = "Instead: story refresh time and peak memory against story size (10, 100, 1,000 articles) and ingest of one article against its size (1 KB to 16 MB)" };
        var command = new Command("bench-ingest", "Throughput and memory of corpus ingest (clean, profile, cluster, commit) as the store grows, single-threaded")
        {
            dataset, articles, every, store, scaling,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dataset)!;
            if (!Directory.Exists(folder)) { stderr.WriteLine($"chorus: {folder}: no such folder"); return Program.InputError; }
            int total = parse.GetValue(articles), step = parse.GetValue(every);
            if (total <= 0 || step <= 0) throw new UsageException("--articles and --every must be positive");
            var originals = StoryClusteringEvaluation.Load(folder, []).Select(i => i.Source.Document!).ToList();
            if (originals.Count == 0) { stderr.WriteLine($"chorus: {folder}: no documents"); return Program.InputError; }
            if (parse.GetValue(scaling)) return Scaling(originals, stdout);
            var location = parse.GetValue(store);
            var temp = location is null ? Path.Combine(Path.GetTempPath(), $"chorus-bench-{Environment.ProcessId}.db") : null;
            try
            {
                using var opened = ArticleStore.Open(location ?? temp);
                if (opened.Counts().Versions > 0) throw new UsageException($"{opened.Description} is not empty");
                var corpus = new CorpusPipeline(opened);
                int copies = (total + originals.Count - 1) / originals.Count;
                stdout.WriteLine($"{opened.Description}; synthetic corpus: the first {total} articles of copies of the dataset's {originals.Count} documents " +
                                 $"({copies} cop{(copies == 1 ? "y" : "ies")}, copy k dated 20·k days later, 3 % of its words altered); one thread");
                // ProcessorCount honours the affinity mask (taskset): 1 means the collector and JIT share the one core.
                stdout.WriteLine($"{Environment.ProcessorCount} core{(Environment.ProcessorCount == 1 ? "" : "s")} available to the process; " +
                                 $"GC {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}" +
                                 (Environment.ProcessorCount == 1 ? "" : "; not pinned: pin with taskset -c 0 for a per-core figure"));
                stdout.WriteLine($"{"articles",9} {"ms/article",10} {"articles/s",10} {"cpu ms/article",14} {"working set MB",14} {"GC heap MB",10} {"stories in memory",17} {"articles in window",18}");
                var clock = Stopwatch.StartNew();
                var last = TimeSpan.Zero;
                // CPU time beside wall time: on a shared machine the wall clock also counts the time other processes
                // held the core, the process's own CPU time does not.
                var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
                var cpuLast = cpuStart;
                var overall = Stopwatch.StartNew();
                corpus.Ingest(new SyntheticCorpus(originals).Take(total), _ => { }, done =>
                {
                    if (done % step != 0 && done != total) return;
                    var now = clock.Elapsed;
                    int block = done % step == 0 ? step : done % step;
                    double ms = (now - last).TotalMilliseconds / block;
                    last = now;
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    double cpuMs = (cpu - cpuLast).TotalMilliseconds / block;
                    cpuLast = cpu;
                    stdout.WriteLine($"{done,9} {ms,10:0.000} {1000 / ms,10:0} {cpuMs,14:0.000} {Environment.WorkingSet / 1048576.0,14:0} {GC.GetTotalMemory(false) / 1048576.0,10:0} " +
                                     $"{corpus.Index.StoriesInMemory,17} {corpus.Index.ArticlesInWindow,18}");
                });
                var elapsed = overall.Elapsed;
                var cpuTotal = Process.GetCurrentProcess().TotalProcessorTime - cpuStart;
                var (current, _, stories) = opened.Counts();
                stdout.WriteLine($"total: {total} articles in {elapsed.TotalSeconds:0.0} s = {total / elapsed.TotalSeconds:0} articles/s " +
                                 $"(CPU {cpuTotal.TotalSeconds:0.0} s = {total / cpuTotal.TotalSeconds:0} articles per CPU second); {current} stored, {stories} stories; " +
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

    /// <summary>What corpus mode's caps are for: refresh cost flat in story size, ingest cost linear in article size.</summary>
    private static int Scaling(IReadOnlyList<Chorus.Ingest.SourceDocument> originals, TextWriter stdout)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"chorus-scaling-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        try
        {
            stdout.WriteLine("story refresh (summary, analysis, title) against story size; one thread; SQLite in the temp folder");
            stdout.WriteLine($"{"articles",9} {"refresh s",10} {"peak working set MB",20}");
            foreach (int size in new[] { 10, 100, 1000 })
            {
                var path = Path.Combine(folder, $"story-{size}.db");
                using (var opened = ArticleStore.Open(path))
                {
                    long storyId = FillOneStory(opened, originals, size);
                    var corpus = new CorpusPipeline(opened);
                    if (size == 10) corpus.RefreshStory(storyId); // warm-up: the first refresh loads the models
                    var (_, elapsed, peak) = PeakMemory.Measure(() => corpus.RefreshStory(storyId));
                    stdout.WriteLine($"{size,9} {elapsed.TotalSeconds,10:0.00} {peak,20:0}");
                }
                ArticleStore.DeleteSqliteFiles(path);
            }
            stdout.WriteLine();
            stdout.WriteLine("ingest of one plain-text article (read, clean, profile, store, refresh its story) against its size");
            stdout.WriteLine($"{"size",9} {"ingest s",10} {"peak working set MB",20}");
            foreach (long bytes in new long[] { 1 << 10, 16 << 10, 256 << 10, 1 << 20, 4 << 20, 16 << 20 })
            {
                var file = Path.Combine(folder, $"article-{bytes}.txt");
                File.WriteAllText(file, ArticleOfSize(originals, bytes - bytes / 64));
                var path = Path.Combine(folder, $"article-{bytes}.db");
                using (var opened = ArticleStore.Open(path))
                {
                    var corpus = new CorpusPipeline(opened);
                    var stream = new Chorus.Ingest.SourceStream(new Chorus.Ingest.ArticleReader(), () => throw new InvalidOperationException("no web input here"));
                    var (tally, elapsed, peak) = PeakMemory.Measure(() =>
                    {
                        var t = corpus.Ingest(stream.Read([file]), _ => { });
                        corpus.RefreshStories();
                        return t;
                    });
                    var label = bytes >= 1 << 20 ? $"{bytes >> 20} MB" : $"{bytes >> 10} KB";
                    stdout.WriteLine($"{label,9} {elapsed.TotalSeconds,10:0.00} {peak,20:0}" + (tally.New == 1 ? "" : "  (not stored)"));
                }
                ArticleStore.DeleteSqliteFiles(path);
                File.Delete(file);
            }
            return Program.Ok;
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    /// <summary>A story of <paramref name="size"/> articles placed directly (clustering is not what is measured): the
    /// dataset's documents, each copy altered so no two are one text.</summary>
    private static long FillOneStory(ArticleStore store, IReadOnlyList<Chorus.Ingest.SourceDocument> originals, int size)
    {
        var cleaner = new Chorus.Clean.ArticleCleaner();
        var profiler = new Chorus.Link.Stories.ArticleProfiler();
        long? storyId = null;
        int k = 0;
        foreach (var item in new SyntheticCorpus(originals).Take(size * 2))
        {
            if (k >= size) break;
        {
            var doc = item.Document!;
            var clean = cleaner.CleanOne(doc);
            long ts = doc.Published!.Value.ToUnixTimeMilliseconds();
            var profile = profiler.Profile(clean, ts);
            var hash = CorpusPipeline.TextHash(doc);
            if (store.HasCurrentText(hash)) continue; // a short document no alteration touched
            var row = new NewArticle(ArticleIdentity.Of(item.Key!, hash), item.Key!, doc.Origin, null, doc.Title, null, $"Outlet {k++ % 40}", doc.Published,
                ts, ts, hash, string.Join("\n\n", doc.Paragraphs), null, profile.Serialize());
            storyId = store.UnderWriterLock(tx => store.Add(tx, row, storyId, storyId is null, null, null).StoryId);
        }
        }
        return storyId!.Value;
    }

    private static string ArticleOfSize(IReadOnlyList<Chorus.Ingest.SourceDocument> originals, long bytes)
    {
        var text = new System.Text.StringBuilder("A long report on many things at once\n\n");
        foreach (var item in new SyntheticCorpus(originals).Take(int.MaxValue))
        {
            foreach (var p in item.Document!.Paragraphs) text.Append(p).Append("\n\n");
            if (text.Length >= bytes) break;
        }
        text.Length = (int)Math.Max(1, Math.Min(text.Length, bytes));
        // Under the limit in UTF-8 bytes, not only in characters.
        var result = text.ToString();
        while (System.Text.Encoding.UTF8.GetByteCount(result) > bytes) result = result[..(int)(result.Length * 0.99)];
        return result;
    }
}
