using System.CommandLine;
using Chorus.Evaluate;
using Chorus.Summarize;
using Chorus.Training;

namespace Chorus.Cli.Commands;

public static class TrainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dataset = new Argument<string>("DATASET") { Description = "Folder of clusters with references (the eval layout)" };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds over clusters (0: skip)", DefaultValueFactory = _ => 5 };
        var output = new Option<string?>("--out") { Description = "Write the model trained on all clusters to this JSON file" };
        var words = new Option<int>("--words") { Description = "Budget used for the cross-validated scores", DefaultValueFactory = _ => 250 };
        var defaults = new RankerTrainer();
        var leaves = new Option<int>("--leaves") { Description = $"Leaves per tree (default {defaults.Leaves})", DefaultValueFactory = _ => defaults.Leaves };
        var iterations = new Option<int>("--iterations") { Description = $"Boosting rounds (default {defaults.Iterations})", DefaultValueFactory = _ => defaults.Iterations };
        var rate = new Option<double>("--learning-rate") { Description = $"Shrinkage per round (default {defaults.LearningRate})", DefaultValueFactory = _ => defaults.LearningRate };
        var bags = new Option<int>("--bags") { Description = $"Bagged models averaged (default {defaults.Bags})", DefaultValueFactory = _ => defaults.Bags };
        var foldSeed = new Option<int>("--fold-seed") { Description = "Assign clusters to folds by a shuffle with this seed (default 0: cluster i in fold i mod k)", DefaultValueFactory = _ => 0 };
        var seed = new Option<int>("--seed") { Description = $"Seed of the first bag's subsampling; bag i uses seed + i (default {defaults.Seed}). Rerun with other seeds to see how much a figure owes to chance", DefaultValueFactory = _ => defaults.Seed };
        var minLeaf = new Option<int>("--min-leaf") { Description = $"Fewest sentences in a leaf (default {defaults.MinExamplesPerLeaf})", DefaultValueFactory = _ => defaults.MinExamplesPerLeaf };
        var split = new Option<string>("--split") { Description = "JSON Lines datasets: the split to train on (default train)", DefaultValueFactory = _ => "train" };
        var val = new Option<string>("--val") { Description = "JSON Lines datasets: the split that chooses the selection settings (default val)", DefaultValueFactory = _ => "val" };
        var sample = new Option<int>("--clusters") { Description = $"JSON Lines datasets: train on this many clusters, a seeded sample (0: all; default {JsonLinesTraining.DefaultClusters})", DefaultValueFactory = _ => JsonLinesTraining.DefaultClusters };
        var valSample = new Option<int>("--val-clusters") { Description = $"JSON Lines datasets: held-out clusters scored per selection setting (default {JsonLinesTraining.DefaultValClusters})", DefaultValueFactory = _ => JsonLinesTraining.DefaultValClusters };
        var cache = new Option<string>("--cache") { Description = "Folder for prepared feature rows, reused when nothing they depend on changed", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "chorus-training") };
        var heldOut = new Option<string?>("--write-held-out") { Description = "JSON Lines datasets: instead of training, write --held-out-clusters validation clusters the selection never sees to DIR in the eval layout" };
        var heldOutCount = new Option<int>("--held-out-clusters") { Description = $"How many clusters --write-held-out writes (default {JsonLinesTraining.DefaultHeldOutClusters})", DefaultValueFactory = _ => JsonLinesTraining.DefaultHeldOutClusters };
        var command = new Command("train", "Train the sentence ranker (LightGBM) on a dataset; report k-fold cross-validated ROUGE, or for a JSON Lines dataset (train/val splits) choose the selection settings on val")
        {
            dataset, folds, output, words, leaves, iterations, rate, minLeaf, bags, foldSeed, seed, split, val, sample, valSample, cache, heldOut, heldOutCount,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dataset)!;
            if (!Directory.Exists(folder)) { stderr.WriteLine($"chorus: {folder}: no such folder"); return Program.InputError; }
            if (JsonLinesDatasetReader.IsJsonLinesDataset(folder))
            {
                if (parse.GetValue(heldOut) is { } target)
                    return new JsonLinesTraining(stdout, stderr).WriteHeldOut(folder, parse.GetValue(val)!, parse.GetValue(valSample), parse.GetValue(heldOutCount), parse.GetValue(seed), target);
                var streamed = new RankerTrainer
                {
                    Leaves = parse.GetValue(leaves), Iterations = parse.GetValue(iterations),
                    LearningRate = parse.GetValue(rate), MinExamplesPerLeaf = parse.GetValue(minLeaf), Bags = Math.Max(1, parse.GetValue(bags)), Seed = parse.GetValue(seed),
                };
                return new JsonLinesTraining(stdout, stderr).Run(folder, parse.GetValue(split)!, parse.GetValue(val)!, parse.GetValue(sample),
                    parse.GetValue(valSample), parse.GetValue(cache)!, streamed, parse.GetValue(output));
            }
            var clusters = DatasetEvaluator.Load(folder);
            if (clusters.Count == 0) { stderr.WriteLine($"chorus: {folder}: no cluster with docs/ and refs/"); return Program.InputError; }
            Progress.Note(stderr, $"preparing {clusters.Count} clusters (features and oracle labels)");
            var training = RankerTrainingSet.Build(clusters);
            if (parse.GetValue(leaves) < 2 || parse.GetValue(iterations) < 1 || parse.GetValue(rate) <= 0 || parse.GetValue(minLeaf) < 1)
                throw new UsageException("--leaves must be at least 2; --iterations, --learning-rate and --min-leaf positive");
            var trainer = new RankerTrainer
            {
                Leaves = parse.GetValue(leaves), Iterations = parse.GetValue(iterations),
                LearningRate = parse.GetValue(rate), MinExamplesPerLeaf = parse.GetValue(minLeaf), Bags = Math.Max(1, parse.GetValue(bags)), Seed = parse.GetValue(seed),
            };
            int k = parse.GetValue(folds);
            if (k >= 2)
            {
                int limit = parse.GetValue(words);
                var report = Progress.Run($"{k}-fold cross-validation", k, stderr,
                    p => trainer.CrossValidate(training, k, Budget.Words(limit), RougeOptions.MN250 with { WordLimit = limit }, p, parse.GetValue(foldSeed)));
                stdout.Write(EvalCommand.Text(report, limit));
            }
            var model = trainer.Train(training, out var exportError);
            Progress.Note(stderr, $"trained on all {clusters.Count} clusters: {model.Trees.Length} trees, export check max |ML.NET - native| = {exportError:0.0e0}");
            if (exportError > 1e-3) { stderr.WriteLine("chorus: exported trees disagree with the trained model"); return Program.InputError; }
            if (parse.GetValue(output) is { } file)
            {
                File.WriteAllText(file, model.ToJson());
                Progress.Note(stderr, $"wrote {file}");
            }
            return Program.Ok;
        });
        return command;
    }
}
