using Chorus.Evaluate;
using Chorus.Summarize;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace Chorus.Training;

/// <summary>
/// Trains Chorus's sentence ranker with ML.NET's LightGBM regression and exports the trees to the plain
/// <see cref="TreeEnsembleModel"/> the summarizer evaluates by itself. Cross-validation is by cluster: each
/// cluster is scored by a model that never saw it.
/// </summary>
public sealed class RankerTrainer
{
    public int Seed { get; init; } = 1;
    public int Leaves { get; init; } = 16;
    public int Iterations { get; init; } = 300;
    public int MinExamplesPerLeaf { get; init; } = 30;
    public double LearningRate { get; init; } = 0.05;

    private sealed class Row
    {
        public float[] Features { get; set; } = [];
        public float Label { get; set; }
    }

    private sealed class Prediction
    {
        public float Score { get; set; }
    }

    public TreeEnsembleModel Train(IEnumerable<TrainingCluster> clusters, out double maxExportError)
    {
        var ml = new MLContext(Seed);
        var rows = clusters.SelectMany(c => c.Features.Rows.Select((r, s) => new Row { Features = r, Label = c.Labels[s] })).ToList();
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, SentenceFeatures.Names.Length);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.Regression.Trainers.LightGbm(new LightGbmRegressionTrainer.Options
        {
            NumberOfLeaves = Leaves,
            NumberOfIterations = Iterations,
            MinimumExampleCountPerLeaf = MinExamplesPerLeaf,
            LearningRate = LearningRate,
            NumberOfThreads = 1,
            Seed = Seed,
            Deterministic = true,
        });
        var transformer = trainer.Fit(data);
        var model = Export(transformer.Model);

        // The exported trees must predict what ML.NET predicts, or the shipped model is not the trained one.
        var engine = ml.Model.CreatePredictionEngine<Row, Prediction>(transformer, inputSchemaDefinition: schema);
        var native = new TreeEnsembleRanker(model);
        maxExportError = rows.Take(2000).Max(r => Math.Abs(engine.Predict(r).Score - native.Predict(r.Features)));
        return model;
    }

    private static TreeEnsembleModel Export(LightGbmRegressionModelParameters parameters)
    {
        var ensemble = parameters.TrainedTreeEnsemble;
        var trees = ensemble.Trees.Select((t, i) => new RegressionTreeModel(
            t.NumericalSplitFeatureIndexes.ToArray(),
            t.NumericalSplitThresholds.ToArray(),
            t.LeftChild.ToArray(),
            t.RightChild.ToArray(),
            t.LeafValues.ToArray(),
            ensemble.TreeWeights[i])).ToArray();
        return new TreeEnsembleModel(SentenceFeatures.Names, ensemble.Bias, trees, "ML.NET LightGBM regression", RankerTrainingSet.LabelDescription);
    }

    /// <summary>k-fold cross-validation over clusters (cluster i is in fold i mod k).</summary>
    public EvaluationReport CrossValidate(IReadOnlyList<TrainingCluster> clusters, int folds, Budget budget, RougeOptions rouge, Action<int>? progress = null)
    {
        var scores = new ClusterScore[clusters.Count];
        for (int k = 0; k < folds; k++)
        {
            var model = Train(clusters.Where((_, i) => i % folds != k), out _);
            var summarizer = new ChorusSummarizer { Ranker = new TreeEnsembleRanker(model) };
            for (int i = k; i < clusters.Count; i += folds)
            {
                var summary = summarizer.Summarize(clusters[i].Linked, budget);
                scores[i] = new ClusterScore(clusters[i].Cluster.Id, summary, DatasetEvaluator.Score(summary, clusters[i].Cluster.References, rouge));
            }
            progress?.Invoke(k + 1);
        }
        return new EvaluationReport($"chorus ({folds}-fold cross-validated)", clusters.Count, DatasetEvaluator.Average(scores.Select(s => s.Rouge).ToList()), scores);
    }
}
