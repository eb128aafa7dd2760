using Chorus.Evaluate;
using Chorus.Summarize;

namespace Chorus.Training;

/// <summary>
/// <c>chorus train</c> on a dataset of JSON Lines splits (multinews-plus): prepares a seeded sample of the
/// training split (cached), trains the ranker on it, chooses the selection settings on the validation split, and
/// writes the model with those settings.
/// </summary>
public sealed class JsonLinesTraining(TextWriter stdout, TextWriter stderr)
{
    /// <summary>Exit code when no usable training data was read.</summary>
    public const int InputError = 1;

    /// <summary>All of the training split (issue 13: the shipped model learns from all training data). Preparing
    /// multinews-plus's 44,970 clusters takes about 15 minutes on two shared cores, once: the features are cached.</summary>
    public const int DefaultClusters = 0;

    public const int DefaultValClusters = 600;

    /// <summary>Validation clusters that <c>--write-held-out</c> writes by default: the next ones after the tuning
    /// sample in the seeded order, never used for tuning.</summary>
    public const int DefaultHeldOutClusters = 300;

    /// <summary>More tuning clusters, taken after the held-out ones: on 600 clusters the best selection settings
    /// were within 0.01 ROUGE of each other, noise rather than a choice.</summary>
    public const int ExtraValClusters = 1400;

    public static readonly int[] ValBudgets = [50, 100, 250];

    /// <summary>Ranker weight against concept coverage, and the cost exponent of the greedy. The summary always
    /// opens with the lead outlets agree on (issue 12's opening target; on val it cost 0.0–0.3 ROUGE F).</summary>
    public static IEnumerable<SelectionSettings> Grid(int window) =>
        from weight in new[] { 0.25, 0.5, 1, 2 }
        from exponent in new[] { 0.5, 1.0 }
        from power in new[] { 1.0, 2.0 }
        select new SelectionSettings(weight, exponent, 0.5, window, OpenWithAgreedLead: true, ConceptPower: power);

    /// <summary>One past the position in its article below which 95 % of the training sentences sit.</summary>
    public static int WindowOf(IReadOnlyList<PreparedCluster> clusters)
    {
        int column = SentenceFeatures.Index("position");
        var positions = clusters.SelectMany(c => c.Rows.Select(r => r[column])).Order().ToArray();
        return positions.Length == 0 ? 0 : (int)positions[(int)(0.95 * (positions.Length - 1))] + 1;
    }

    public int Run(string folder, string split, string val, int clusters, int valClusters, string cacheDirectory, RankerTrainer trainer, string? output)
    {
        var trainFile = JsonLinesDatasetReader.SplitFile(folder, split);
        var valFile = JsonLinesDatasetReader.SplitFile(folder, val);
        if (trainFile is null) { stderr.WriteLine($"chorus: {folder}: no {split}.jsonl(.gz)"); return InputError; }
        var started = DateTime.UtcNow;
        var prepared = FeatureCache.LoadOrPrepare(trainFile, clusters, trainer.Seed, cacheDirectory, stderr);
        if (prepared.Count == 0) { stderr.WriteLine($"chorus: {trainFile}: no usable cluster"); return InputError; }
        var model = trainer.Train(prepared, out var exportError);
        stderr.WriteLine($"trained on {prepared.Count} clusters ({prepared.Sum(c => c.Rows.Length)} sentences) of {trainFile}: {model.Trees.Length} trees, export check max |ML.NET - native| = {exportError:0.0e0}");
        if (exportError > 1e-3) { stderr.WriteLine("chorus: exported trees disagree with the trained model"); return InputError; }

        var selection = new ConceptCoverageSelector();
        int window = WindowOf(prepared);
        stderr.WriteLine($"candidate window: the first {window} sentences of each article (95 % of training sentences)");
        var settings = new SelectionSettings(selection.ScoreWeight, selection.CostExponent, selection.MaxSimilarity, window);
        if (valFile is not null && valClusters > 0)
        {
            var tuning = ClusterSample.Read(valFile, valClusters, trainer.Seed, w => stderr.WriteLine(w))
                .Concat(ClusterSample.Read(valFile, ExtraValClusters, trainer.Seed, w => stderr.WriteLine(w), skip: valClusters + DefaultHeldOutClusters));
            var tuner = new SelectionTuner(tuning);
            stdout.WriteLine($"selection settings on {tuner.Count} clusters of {valFile} (ROUGE F at {string.Join(" and ", ValBudgets)} words)");
            stdout.WriteLine($"{"weight",7} {"exp",5} {"power",5} {"words",6} {"R-1 F",7} {"R-2 F",7}");
            var outcomes = tuner.Evaluate(model, Grid(window), ValBudgets).ToList();
            foreach (var o in outcomes)
                stdout.WriteLine($"{o.Settings.ScoreWeight,7:0.##} {o.Settings.CostExponent,5:0.##} {o.Settings.ConceptPower,5:0.##} {o.Words,6} {o.Rouge1F,7:0.00} {o.Rouge2F,7:0.00}");
            settings = outcomes.GroupBy(o => o.Settings).OrderByDescending(g => g.Average(o => o.Objective)).First().Key;
            stdout.WriteLine($"chosen: ranker weight {settings.ScoreWeight}, cost exponent {settings.CostExponent}, concept power {settings.ConceptPower}");
        }
        model = model with
        {
            Selection = settings,
            TrainedOn = $"{Path.GetFileName(trainFile)}: {prepared.Count} clusters ({(clusters <= 0 ? "all usable" : "seeded sample")}, seed {trainer.Seed}); selection chosen on {(valFile is null ? "defaults" : Path.GetFileName(valFile))}",
        };
        stderr.WriteLine($"done in {(DateTime.UtcNow - started).TotalSeconds:0} s");
        if (output is not null)
        {
            File.WriteAllText(output, model.ToJson());
            stderr.WriteLine($"wrote {output}");
        }
        return 0;
    }

    /// <summary>Writes validation clusters that the selection never saw in the <c>&lt;cluster&gt;/docs</c>,
    /// <c>&lt;cluster&gt;/refs</c> layout, for <c>chorus eval</c> (a check held out from training and tuning).</summary>
    public int WriteHeldOut(string folder, string val, int valClusters, int count, int seed, string target)
    {
        var valFile = JsonLinesDatasetReader.SplitFile(folder, val);
        if (valFile is null) { stderr.WriteLine($"chorus: {folder}: no {val}.jsonl(.gz)"); return InputError; }
        int written = 0;
        foreach (var cluster in ClusterSample.ReadOthers(valFile, valClusters, count, seed, w => stderr.WriteLine(w)))
        {
            var dir = Path.Combine(target, cluster.Id);
            Directory.CreateDirectory(Path.Combine(dir, "docs"));
            Directory.CreateDirectory(Path.Combine(dir, "refs"));
            for (int d = 0; d < cluster.Documents.Count; d++)
                File.WriteAllText(Path.Combine(dir, "docs", $"{d + 1:00}.txt"), string.Join("\n\n", cluster.Documents[d].Paragraphs) + "\n");
            File.WriteAllText(Path.Combine(dir, "refs", "A.txt"), cluster.References[0] + "\n");
            written++;
        }
        stderr.WriteLine($"wrote {written} held-out clusters of {valFile} to {target}");
        return 0;
    }
}
