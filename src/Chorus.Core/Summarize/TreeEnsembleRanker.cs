using Chorus.Ingest;
using System.Buffers;
using System.Numerics;
using System.Reflection;
using System.Text.Json;

namespace Chorus.Summarize;

/// <summary>One regression tree: internal nodes split on "feature ≤ threshold"; a negative child index ~k names leaf k.</summary>
public sealed record RegressionTreeModel(int[] Feature, float[] Threshold, int[] Left, int[] Right, double[] Leaves, double Weight);

/// <summary>How the selector weighs the ranker's scores against concept coverage; chosen with the model on
/// held-out clusters, so it ships with it.</summary>
/// <param name="Window">See <see cref="ConceptCoverageSelector.Window"/>; measured on the training sentences.</param>
/// <param name="ExactPool">See <see cref="ConceptCoverageSelector.ExactPool"/>.</param>
/// <param name="OpenerChoices">See <see cref="ConceptCoverageSelector.OpenerChoices"/>.</param>
/// <param name="LeadConceptBonus">See <see cref="ConceptCoverageSelector.LeadConceptBonus"/>.</param>
public sealed record SelectionSettings(double ScoreWeight, double CostExponent, double MaxSimilarity, int Window = 0, bool OpenWithAgreedLead = false,
    double ConceptPower = 1, int ExactPool = ConceptCoverageSelector.DefaultExactPool, int OpenerChoices = ConceptCoverageSelector.DefaultOpenerChoices,
    double LeadConceptBonus = ConceptCoverageSelector.DefaultLeadConceptBonus)
{
    public ConceptCoverageSelector ToSelector() => new()
    {
        ScoreWeight = ScoreWeight, CostExponent = CostExponent, MaxSimilarity = MaxSimilarity, Window = Window, OpenWithAgreedLead = OpenWithAgreedLead, ConceptPower = ConceptPower,
        ExactPool = ExactPool, OpenerChoices = OpenerChoices, LeadConceptBonus = LeadConceptBonus,
    };
}

/// <summary>A boosted tree ensemble as exported after training: the features it expects and its trees.</summary>
public sealed record TreeEnsembleModel(string[] Features, double Bias, RegressionTreeModel[] Trees, string? Trainer = null, string? Label = null,
    SelectionSettings? Selection = null, string? TrainedOn = null)
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

    /// <summary>The shipped model, or null when the build lacks it or it was trained on other features (a model
    /// left behind by a feature change): the summarizer then falls back rather than failing every command.</summary>
    public static TreeEnsembleRanker? ShippedOrNull
    {
        get
        {
            if (!HasShippedModel) return null;
            try { return Shipped.Value; }
            catch (InvalidDataException) { return null; }
        }
    }

    public TreeEnsembleModel Model { get; }

    private readonly int[] _columns;

    /// <summary>All trees' internal nodes in one array: walking them touches contiguous memory.</summary>
    private readonly Node[] _nodes;
    private readonly double[] _leafValues;
    private readonly int[] _roots;

    /// <param name="Left">Index into the node array, or ~(index into the leaf-value array) for a leaf.</param>
    private readonly record struct Node(int Feature, float Threshold, int Left, int Right);

    public TreeEnsembleRanker(TreeEnsembleModel model)
    {
        Model = model;
        _columns = model.Features.Select(f =>
        {
            int i = SentenceFeatures.Index(f);
            return i >= 0 ? i : throw new InvalidDataException($"ranker model uses unknown feature '{f}'");
        }).ToArray();
        var nodes = new List<Node>();
        var leaves = new List<double>();
        var roots = new List<int>();
        foreach (var tree in model.Trees)
        {
            int nodeBase = nodes.Count, leafBase = leaves.Count;
            leaves.AddRange(tree.Leaves.Select(v => v * tree.Weight));
            int Map(int child) => child >= 0 ? nodeBase + child : ~(leafBase + ~child);
            if (tree.Feature.Length == 0) { roots.Add(~leafBase); continue; }
            roots.Add(nodeBase);
            for (int i = 0; i < tree.Feature.Length; i++)
                nodes.Add(new Node(_columns[tree.Feature[i]], tree.Threshold[i], Map(tree.Left[i]), Map(tree.Right[i])));
        }
        _nodes = nodes.ToArray();
        _leafValues = leaves.ToArray();
        _roots = roots.ToArray();
        (_leafBase, _leafByPosition, _usedColumns, _byColumn) = LeftToRight(model, _columns);
    }

    /// <summary>Per tree, where its leaves start in <see cref="_leafByPosition"/>, which holds each tree's leaf values
    /// (weighted as in the walk) from its leftmost leaf to its rightmost.</summary>
    private readonly int[] _leafBase;
    private readonly double[] _leafByPosition;

    /// <summary>The row columns the trees test, and per column (in that order, from ColumnStart[f]) every internal node
    /// testing it, by ascending threshold. Null when a tree has more leaves than a mask holds (the walk then scores).</summary>
    private readonly int[] _usedColumns;
    private readonly (int[] ColumnStart, NodeTest[] Tests)? _byColumn;

    /// <summary>An internal node as the scan meets it: its threshold, its tree, and the mask that clears its left
    /// subtree's leaves. One array of these is one stream for the scan to read, where three parallel arrays were
    /// three streams and three bounds checks per failed test.</summary>
    private readonly record struct NodeTest(float Threshold, int Tree, ulong RuledOut);

    private static (int[], double[], int[], (int[], NodeTest[])?) LeftToRight(TreeEnsembleModel model, int[] columns)
    {
        var leafBase = new int[model.Trees.Length];
        var byPosition = new List<double>();
        var nodes = new List<(int Column, float Threshold, int Tree, ulong Mask)>();
        bool fits = true;
        for (int t = 0; t < model.Trees.Length; t++)
        {
            var tree = model.Trees[t];
            leafBase[t] = byPosition.Count;
            if (tree.Feature.Length == 0) { byPosition.Add(tree.Leaves[0] * tree.Weight); continue; }
            // In-order: a node's left subtree's leaves take the positions [first, first + count).
            (int First, int Count) Visit(int node)
            {
                if (node < 0)
                {
                    byPosition.Add(tree.Leaves[~node] * tree.Weight);
                    return (byPosition.Count - 1 - leafBase[t], 1);
                }
                var left = Visit(tree.Left[node]);
                var right = Visit(tree.Right[node]);
                if (left.First + left.Count > 64) fits = false;
                else
                {
                    ulong leftLeaves = left.Count == 64 ? ~0UL : ((1UL << left.Count) - 1) << left.First;
                    nodes.Add((columns[tree.Feature[node]], tree.Threshold[node], t, ~leftLeaves));
                }
                return (left.First, left.Count + right.Count);
            }
            if (Visit(0).Count > 64) fits = false;
        }
        var used = nodes.Select(n => n.Column).Distinct().Order().ToArray();
        if (!fits) return (leafBase, byPosition.ToArray(), used, null);
        var sorted = nodes.OrderBy(n => Array.IndexOf(used, n.Column)).ThenBy(n => n.Threshold).ToArray();
        var columnStart = new int[used.Length + 1];
        foreach (var n in sorted) columnStart[Array.IndexOf(used, n.Column) + 1]++;
        for (int f = 0; f < used.Length; f++) columnStart[f + 1] += columnStart[f];
        return (leafBase, byPosition.ToArray(), used, (columnStart, sorted.Select(n => new NodeTest(n.Threshold, n.Tree, n.Mask)).ToArray()));
    }

    /// <summary>Each row's exit leaf in every tree found without walking the trees (QuickScorer, Lucchese et al.
    /// 2015): a node whose test a row fails (x > threshold, the walk goes right) rules out the leaves of its left
    /// subtree, and the exit leaf is the leftmost leaf no failed test rules out. The nodes of all trees are sorted by
    /// threshold per feature, so a row meets only its failed tests, one predictable scan per feature, where the walk
    /// took a hard-to-predict branch at every level. The leaves are then summed tree by tree, in the walk's order, so
    /// the scores are the walk's to the bit (<see cref="PredictRow"/>).</summary>
    public double[] Score(float[][] rows)
    {
        var scores = new double[rows.Length];
        if (_byColumn is null)
        {
            for (int r = 0; r < rows.Length; r++) scores[r] = PredictRow(rows[r]);
            return scores;
        }
        int trees = _leafBase.Length;
        var alive = SmallArrayPool<ulong>.Shared.Rent(Math.Max(1, trees));
        var (columnStart, tests) = _byColumn.Value;
        for (int r = 0; r < rows.Length; r++)
        {
            var row = rows[r];
            Array.Fill(alive, ~0UL, 0, trees);
            for (int f = 0; f < _usedColumns.Length; f++)
            {
                float x = row[_usedColumns[f]];
                foreach (ref readonly var test in tests.AsSpan(columnStart[f], columnStart[f + 1] - columnStart[f]))
                {
                    if (x <= test.Threshold) break;
                    alive[test.Tree] &= test.RuledOut;
                }
            }
            double score = Model.Bias;
            for (int t = 0; t < trees; t++) score += _leafByPosition[_leafBase[t] + BitOperations.TrailingZeroCount(alive[t])];
            scores[r] = score;
        }
        SmallArrayPool<ulong>.Shared.Return(alive);
        return scores;
    }

    /// <summary>Scores one row of <see cref="SentenceFeatures"/> (the features in their own column order).</summary>
    public double PredictRow(float[] row)
    {
        double sum = Model.Bias;
        var nodes = _nodes;
        foreach (var root in _roots)
        {
            int node = root;
            while (node >= 0)
            {
                ref readonly var n = ref nodes[node];
                node = row[n.Feature] <= n.Threshold ? n.Left : n.Right;
            }
            sum += _leafValues[~node];
        }
        return sum;
    }

    /// <param name="x">Feature values in the model's own column order (used to check an export).</param>
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
