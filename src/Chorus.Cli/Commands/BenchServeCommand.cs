using System.CommandLine;
using System.Diagnostics;
using Chorus.Evaluate;
using Chorus.Pipeline;
using Chorus.Store;
using Chorus.Web;

namespace Chorus.Cli.Commands;

public static class BenchServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dataset = new Argument<string?>("DATASET") { Description = "Dataset folder the synthetic corpus is built from (not needed with a filled --store)", Arity = ArgumentArity.ZeroOrOne };
        var articles = new Option<int>("--articles") { Description = "Articles in the store it builds (default 10000)", DefaultValueFactory = _ => 10000 };
        var clients = new Option<int>("--clients") { Description = "Concurrent clients (default 200, at most 1000)", DefaultValueFactory = _ => 200 };
        var requests = new Option<int>("--requests") { Description = "Requests per page kind (default 4000, at most 100000)", DefaultValueFactory = _ => 4000 };
        var seconds = new Option<int>("--seconds") { Description = "Time limit per page kind in seconds (default 60)", DefaultValueFactory = _ => 60 };
        var store = new Option<string?>("--store") { Description = "Store to read (built first when empty; default a temporary SQLite file, deleted afterwards)" };
        var command = new Command("bench-serve", "Load check of the web reader on loopback: story list, search, story page, article page and API under concurrent clients")
        {
            dataset, articles, clients, requests, seconds, store,
        };
        command.SetAction(parse =>
        {
            int total = parse.GetValue(articles), concurrency = parse.GetValue(clients), count = parse.GetValue(requests), limit = parse.GetValue(seconds);
            if (total <= 0 || concurrency is <= 0 or > 1000 || count is <= 0 or > 100_000 || limit is <= 0 or > 600)
                throw new UsageException("--articles, --clients (≤ 1000), --requests (≤ 100000) and --seconds (≤ 600) must be positive");
            var location = parse.GetValue(store);
            var temp = location is null ? Path.Combine(Path.GetTempPath(), $"chorus-bench-serve-{Environment.ProcessId}.db") : null;
            try
            {
                using (var opened = ArticleStore.Open(location ?? temp))
                {
                    if (opened.Counts().Versions == 0 && !Fill(opened, parse.GetValue(dataset), total, stdout, stderr)) return Program.InputError;
                    var (current, _, stories) = opened.Counts();
                    stdout.WriteLine($"store {opened.Description}: {current} articles, {stories} stories");
                }
                return Measure(location ?? temp!, concurrency, count, TimeSpan.FromSeconds(limit), stdout).GetAwaiter().GetResult();
            }
            finally
            {
                if (temp is not null) ArticleStore.DeleteSqliteFiles(temp);
            }
        });
        return command;
    }

    private static bool Fill(ArticleStore opened, string? folder, int total, TextWriter stdout, TextWriter stderr)
    {
        if (folder is null || !Directory.Exists(folder)) { stderr.WriteLine($"chorus: {folder ?? "DATASET"}: no such folder (an empty store needs a dataset to build from)"); return false; }
        var originals = StoryClusteringEvaluation.Load(folder, []).Select(i => i.Source.Document!).ToList();
        if (originals.Count == 0) { stderr.WriteLine($"chorus: {folder}: no documents"); return false; }
        var clock = Stopwatch.StartNew();
        var corpus = new CorpusPipeline(opened);
        corpus.Ingest(new SyntheticCorpus(originals).Take(total), _ => { });
        stdout.WriteLine($"ingested {total} synthetic articles in {clock.Elapsed.TotalSeconds:0} s; summarizing every story…");
        clock.Restart();
        int refreshed = corpus.RefreshStories((done, all) => { if (done % 500 == 0) stdout.WriteLine($"  {done}/{all} stories"); }).Refreshed;
        stdout.WriteLine($"summarized {refreshed} stories in {clock.Elapsed.TotalSeconds:0} s");
        return true;
    }

    private static async Task<int> Measure(string store, int clients, int requests, TimeSpan limit, TextWriter stdout)
    {
        var (app, address) = await WebReader.StartAsync(new WebReaderOptions(store, "http://127.0.0.1:0"));
        try
        {
            var queries = new StoryQueries(store);
            queries.EnsureSearchIndex();
            var ids = new List<long>();
            for (int page = 1; ids.Count < 200; page++)
            {
                var (rows, _) = queries.Stories(new StoryFilter(Page: page, PageSize: 100));
                if (rows.Count == 0) break;
                ids.AddRange(rows.Select(r => r.Id));
            }
            // Spread over the whole store, not just the newest stories.
            var sample = ids.Count <= 200 ? ids : Enumerable.Range(0, 200).Select(i => ids[i * ids.Count / 200]).ToList();
            var words = new[] { "police", "president", "fire", "court", "school", "election", "storm", "company" };
            var targets = new[]
            {
                new LoadTarget("story list", Enumerable.Range(1, 5).Select(p => p == 1 ? "/" : $"/?page={p}").ToList()),
                new LoadTarget("search", words.Select(w => $"/?q={w}").ToList()),
                new LoadTarget("story page", sample.Select(id => $"/stories/{id}").ToList()),
                new LoadTarget("article page", sample.Select(id => $"/stories/{id}/articles/1").ToList()),
                new LoadTarget("API story", sample.Select(id => $"/api/v1/stories/{id}").ToList()),
            };
            stdout.WriteLine($"{clients} concurrent clients on {address}, {requests} requests per kind (at most {limit.TotalSeconds:0} s); times in ms");
            stdout.WriteLine("server: admitted to first byte; +queue: including the wait for a turn inside the reader; client: the whole request on loopback");
            stdout.WriteLine($"{"kind",-14} {"requests",8} {"errors",6} {"req/s",7} {"server p50",10} {"server p99",10} {"+queue p99",10} {"client p50",10} {"client p99",10}");
            bool met = true;
            foreach (var target in targets)
            {
                await ServeLoad.RunAsync(address, target, Math.Min(clients, 20), Math.Min(requests, 300), limit); // warm-up, not counted
                var f = await ServeLoad.RunAsync(address, target, clients, requests, limit);
                met &= f.Errors == 0 && f.ServerP99 < 100;
                stdout.WriteLine($"{f.Name,-14} {f.Requests,8} {f.Errors,6} {f.PerSecond,7:0} {f.ServerP50,10:0.0} {f.ServerP99,10:0.0} {f.InServerP99,10:0.0} {f.ClientP50,10:0.0} {f.ClientP99,10:0.0}");
            }
            stdout.WriteLine($"target (server p99 < 100 ms, 0 errors): {(met ? "met" : "NOT met")}");
            return Program.Ok;
        }
        finally { await WebReader.StopAsync(app); }
    }
}
