using Chorus.Clean;
using Chorus.Evaluate;
using Chorus.Link;
using Chorus.Segment;
using Chorus.Summarize;

namespace Chorus.Tests.Summarize;

/// <summary>
/// <see cref="TreeEnsembleRanker.Score"/> finds each row's exit leaves by sorted thresholds and leaf masks instead of
/// walking the trees; its scores must be the walk's (<see cref="TreeEnsembleRanker.PredictRow"/>) to the bit, on real
/// rows and on rows that sit exactly on a threshold, are NaN or infinite.
/// </summary>
public class TreeEnsembleScoringTests
{
    private static void AssertScoresAsTheWalk(TreeEnsembleRanker ranker, float[][] rows)
    {
        var scores = ranker.Score(rows);
        Assert.Equal(rows.Length, scores.Length);
        for (int r = 0; r < rows.Length; r++)
            Assert.Equal(BitConverter.DoubleToInt64Bits(ranker.PredictRow(rows[r])), BitConverter.DoubleToInt64Bits(scores[r]));
    }

    /// <summary>Each row again with one column set to each value the trees test it against, and to the edge values.</summary>
    private static IEnumerable<float[]> OnThresholds(TreeEnsembleModel model, IEnumerable<float[]> rows)
    {
        var thresholds = new Dictionary<int, HashSet<float>>();
        foreach (var tree in model.Trees)
            for (int i = 0; i < tree.Feature.Length; i++)
            {
                int column = SentenceFeatures.Index(model.Features[tree.Feature[i]]);
                if (!thresholds.TryGetValue(column, out var set)) thresholds[column] = set = [];
                set.Add(tree.Threshold[i]);
            }
        foreach (var row in rows)
            foreach (var (column, values) in thresholds)
                foreach (var value in values.Concat([float.NaN, float.PositiveInfinity, float.NegativeInfinity, -0f]))
                {
                    var changed = (float[])row.Clone();
                    changed[column] = value;
                    yield return changed;
                }
    }

    [Fact]
    public void The_shipped_model_scores_dev_rows_as_the_walk()
    {
        var ranker = TreeEnsembleRanker.Default;
        var clusters = DatasetEvaluator.Load(SharedData.MultiNewsDev).Where((_, i) => i % 10 == 0).ToList();
        Assert.True(clusters.Count >= 10);
        var rows = new List<float[]>();
        foreach (var cluster in clusters)
            rows.AddRange(new SentenceFeatures(new SentenceLinker().Link(Segmenter.Segment(new ArticleCleaner().Clean(cluster.Documents)))).Rows);
        Assert.True(rows.Count > 500, $"{rows.Count} rows");
        AssertScoresAsTheWalk(ranker, [.. rows]);
        AssertScoresAsTheWalk(ranker, [.. OnThresholds(ranker.Model, rows.Take(3))]);
    }

    private static RegressionTreeModel Chain(int depth, int feature, bool leftDeep)
    {
        // Internal node i tests feature ≤ i; its deep child is node i + 1, the other a leaf of its own.
        var features = Enumerable.Repeat(feature, depth).ToArray();
        var thresholds = Enumerable.Range(0, depth).Select(i => (float)i).ToArray();
        var deep = Enumerable.Range(0, depth).Select(i => i + 1 < depth ? i + 1 : ~depth).ToArray();
        var shallow = Enumerable.Range(0, depth).Select(i => ~i).ToArray();
        var leaves = Enumerable.Range(0, depth + 1).Select(i => 0.25 * i - 1).ToArray();
        return leftDeep
            ? new RegressionTreeModel(features, thresholds, deep, shallow, leaves, 0.5)
            : new RegressionTreeModel(features, thresholds, shallow, deep, leaves, 0.5);
    }

    private static float[][] Rows(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, SentenceFeatures.Names.Length)
            .Select(_ => random.Next(8) == 0 ? (float)random.Next(-2, 80) : (float)(random.NextDouble() * 80 - 5)).ToArray())];
    }

    [Fact]
    public void Invented_trees_of_every_shape_score_as_the_walk()
    {
        // Chains leaning left and right, a balanced tree, a tree that is one leaf, and a tree of 70 leaves (more than
        // a mask holds: the whole ensemble then walks).
        var balanced = new RegressionTreeModel([1, 2, 3], [10f, 5f, 40f], [1, ~0, ~2], [2, ~1, ~3], [0.1, -0.2, 0.3, 0.7], 1);
        var stump = new RegressionTreeModel([], [], [], [], [1.5], 0.3);
        var features = new[] { "position", "words", "softSupport", "centroid", "lexrank" };
        var small = new TreeEnsembleModel(features, 0.125, [Chain(12, 0, true), balanced, Chain(12, 4, false), stump, Chain(30, 3, true)]);
        var wide = small with { Trees = [.. small.Trees, Chain(69, 1, false)] };
        foreach (var model in new[] { small, wide })
        {
            var ranker = new TreeEnsembleRanker(model);
            var rows = Rows(400, seed: 7);
            AssertScoresAsTheWalk(ranker, rows);
            AssertScoresAsTheWalk(ranker, [.. OnThresholds(model, rows.Take(5))]);
            Assert.Equal(BitConverter.DoubleToInt64Bits(ranker.Predict(features.Select(f => rows[0][SentenceFeatures.Index(f)]).ToArray())),
                BitConverter.DoubleToInt64Bits(ranker.Score([rows[0]])[0]));
        }
    }
}
