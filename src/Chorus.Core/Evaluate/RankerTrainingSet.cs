using Chorus.Clean;
using Chorus.Link;
using Chorus.Segment;
using Chorus.Summarize;

namespace Chorus.Evaluate;

/// <summary>A cluster prepared for training: its linked sentences, their features and their oracle labels.</summary>
/// <param name="Candidates">Which sentences a summary may show (<see cref="CandidateFilter"/>): the ranker learns
/// only among those, so it is not taught to prefer sentences the selector will never take.</param>
public sealed record TrainingCluster(DatasetCluster Cluster, LinkedCluster Linked, SentenceFeatures Features, float[] Labels, bool[] Candidates)
{
    /// <summary>Feature rows and labels of the sentences a reader can be shown.</summary>
    public IEnumerable<(float[] Row, float Label)> CandidateRows() =>
        Features.Rows.Select((r, s) => (r, Labels[s])).Where((_, s) => Candidates[s]);
}

/// <summary>
/// Builds the training data of the learned ranker. A sentence's label is how much of the reference it
/// carries per word it spends: ROUGE-1 precision + 2 × ROUGE-2 precision + ROUGE-SU4 precision against the
/// references (stemmed, no length limit). Precision rather than recall because the budget is in words.
/// </summary>
public static class RankerTrainingSet
{
    public const string LabelDescription = "R1.P + 2*R2.P + SU4.P of the sentence against the references";

    public static IReadOnlyList<TrainingCluster> Build(IReadOnlyList<DatasetCluster> clusters)
    {
        var cleaner = new ArticleCleaner { Boilerplate = DatasetEvaluator.BoilerplateOf(clusters) };
        var result = new TrainingCluster[clusters.Count];
        Parallel.For(0, clusters.Count, i =>
        {
            var cluster = clusters[i];
            var linked = new SentenceLinker().Link(Segmenter.Segment(cleaner.Clean(cluster.Documents)));
            var features = new SentenceFeatures(linked);
            var scorer = new RougeScorer(RougeOptions.MN250 with { WordLimit = null });
            var refs = cluster.References.Select(r => (IReadOnlyList<string>)DatasetEvaluator.ReferenceUnits(r)).ToList();
            var labels = linked.Sentences.Select(s => Label(scorer.Score([s.Text], refs))).ToArray();
            result[i] = new TrainingCluster(cluster, linked, features, labels, new CandidateFilter(linked).Mask());
        });
        return result;
    }

    public static float Label(RougeResult r) => (float)(r["ROUGE-1"].P + 2 * r["ROUGE-2"].P + r["ROUGE-SU4"].P);
}
