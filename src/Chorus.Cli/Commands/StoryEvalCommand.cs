using System.CommandLine;
using Chorus.Evaluate;
using Chorus.Ingest;
using Chorus.Store;

namespace Chorus.Cli.Commands;

public static class StoryEvalCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dataset = new Argument<string>("DATASET") { Description = "Folder of clusters (<cluster>/docs/*.txt): every document is mixed into one stream" };
        var orders = new Option<int>("--orders") { Description = "How many random arrival orders to try (default 3)", DefaultValueFactory = _ => 3 };
        var seed = new Option<int>("--seed") { Description = "Seed of the first order; the others follow it (default 1)", DefaultValueFactory = _ => 1 };
        var command = new Command("eval-stories", "Ingest every document of a dataset, in random orders, into empty stores and score the stories against the clusters (B-cubed, adjusted Rand)")
        {
            dataset, orders, seed,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dataset)!;
            if (!Directory.Exists(folder)) { stderr.WriteLine($"chorus: {folder}: no such folder"); return Program.InputError; }
            if (parse.GetValue(orders) <= 0) throw new UsageException("--orders must be positive");
            var warnings = new List<IngestWarning>();
            var items = StoryClusteringEvaluation.Load(folder, warnings);
            foreach (var w in warnings) stderr.WriteLine(w);
            if (items.Count == 0) { stderr.WriteLine($"chorus: {folder}: no documents"); return Program.InputError; }
            stdout.WriteLine($"{items.Count} documents in {items.Select(i => i.Cluster).Distinct().Count()} clusters, ingested into empty SQLite stores");
            stdout.WriteLine($"{"order",-6} {"stories",7} {"B3 P",6} {"B3 R",6} {"B3 F1",6} {"ARI",6} | {"all docs: F1",12} {"ARI",6} | {"ingest/s",8} {"refresh",8}");
            var runs = new List<StoryClusteringRun>();
            for (int k = 0; k < parse.GetValue(orders); k++)
            {
                var path = Path.Combine(Path.GetTempPath(), $"chorus-eval-{Environment.ProcessId}-{k}.db");
                try
                {
                    StoryClusteringRun run;
                    using (var store = ArticleStore.Open(path))
                        run = StoryClusteringEvaluation.Run(items, parse.GetValue(seed) + k, store);
                    runs.Add(run);
                    stdout.WriteLine($"{run.Seed,-6} {run.Stories,7} {run.Articles.Precision,6:0.000} {run.Articles.Recall,6:0.000} {run.Articles.F1,6:0.000} {run.Articles.AdjustedRand,6:0.000} | " +
                                     $"{run.AllDocuments.F1,12:0.000} {run.AllDocuments.AdjustedRand,6:0.000} | {run.ArticlesPerSecond,8:0} {run.RefreshTime.TotalSeconds,7:0.0}s");
                }
                finally
                {
                    ArticleStore.DeleteSqliteFiles(path);
                }
            }
            stdout.WriteLine($"{"mean",-6} {runs.Average(r => r.Stories),7:0} {runs.Average(r => r.Articles.Precision),6:0.000} {runs.Average(r => r.Articles.Recall),6:0.000} " +
                             $"{runs.Average(r => r.Articles.F1),6:0.000} {runs.Average(r => r.Articles.AdjustedRand),6:0.000} | {runs.Average(r => r.AllDocuments.F1),12:0.000} " +
                             $"{runs.Average(r => r.AllDocuments.AdjustedRand),6:0.000} | {runs.Average(r => r.ArticlesPerSecond),8:0}");
            stdout.WriteLine($"non-articles (no story): {runs[0].NonArticles} of {runs[0].Documents} documents");
            return Program.Ok;
        });
        return command;
    }
}
