using System.Reflection;
using System.Text.Json;

namespace Chorus.Summarize;

/// <summary>One regression tree: internal nodes split on "feature ≤ threshold"; a negative child index ~k names leaf k.</summary>
public sealed record RegressionTreeModel(int[] Feature, float[] Threshold, int[] Left, int[] Right, double[] Leaves, double Weight);

/// <summary>A boosted tree ensemble as exported after training: the features it expects and its trees.</summary>
public sealed record TreeEnsembleModel(string[] Features, double Bias, RegressionTreeModel[] Trees, string? Trainer = null, string? Label = null)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = false };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static TreeEnsembleModel FromJson(string json) =>
        JsonSerializer.Deserialize<TreeEnsembleModel>(json, Json) ?? throw new InvalidDataException("empty ranker model");
}

/// <summary>
/// Scores sentences with a boosted tree ensemble trained offline (<c>chorus train</c>, ML.NET LightGBM on
/// oracle-derived labels). Evaluating the exported trees here keeps the summarizer free of the ML runtime and
/// costs a few hundred nanoseconds a sentence.
/// </summary>
public sealed class TreeEnsembleRanker : ISentenceRanker
{
    private const string ResourceName = "Chorus.Summarize.Models.chorus-ranker.json";

    private static readonly Lazy<TreeEnsembleRanker> Shipped = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("the shipped ranker model is missing from the build");
        using var reader = new StreamReader(stream);
        return new TreeEnsembleRanker(TreeEnsembleModel.FromJson(reader.ReadToEnd()));
    });

    /// <summary>The model trained on all dev clusters and shipped in the repository.</summary>
    public static TreeEnsembleRanker Default => Shipped.Value;

    public static bool HasShippedModel => Assembly.GetExecutingAssembly().GetManifestResourceInfo(ResourceName) is not null;

    public TreeEnsembleModel Model { get; }

    private readonly int[] _columns;

    public TreeEnsembleRanker(TreeEnsembleModel model)
    {
        Model = model;
        _columns = model.Features.Select(f =>
        {
            int i = SentenceFeatures.Index(f);
            return i >= 0 ? i : throw new InvalidDataException($"ranker model uses unknown feature '{f}'");
        }).ToArray();
    }

    public double[] Score(float[][] rows)
    {
        var scores = new double[rows.Length];
        var x = new float[_columns.Length];
        for (int r = 0; r < rows.Length; r++)
        {
            for (int c = 0; c < _columns.Length; c++) x[c] = rows[r][_columns[c]];
            scores[r] = Predict(x);
        }
        return scores;
    }

    /// <param name="x">Feature values in the model's own column order.</param>
    public double Predict(ReadOnlySpan<float> x)
    {
        double sum = Model.Bias;
        var trees = Model.Trees;
        for (int t = 0; t < trees.Length; t++)
        {
            var tree = trees[t];
            var feature = tree.Feature;
            if (feature.Length == 0) { sum += tree.Weight * tree.Leaves[0]; continue; }
            var threshold = tree.Threshold;
            var left = tree.Left;
            var right = tree.Right;
            int node = 0;
            while (node >= 0)
                node = x[feature[node]] <= threshold[node] ? left[node] : right[node];
            sum += tree.Weight * tree.Leaves[~node];
        }
        return sum;
    }
}
