using Chorus.Clean;
using Chorus.Evaluate;
using Chorus.Link;
using Chorus.Segment;
using Chorus.Summarize;

namespace Chorus.Training;

/// <summary>One training cluster reduced to what the ranker learns from: a feature row and a label per sentence.</summary>
public sealed record PreparedCluster(string Id, float[][] Rows, float[] Labels)
{
    /// <summary>Cleans, segments and links a cluster, extracts its features and labels each sentence a summary may
    /// show with <see cref="RankerTrainingSet.Label"/> against the references.</summary>
    public static (PreparedCluster Prepared, LinkedCluster Linked, SentenceFeatures Features) Prepare(DatasetCluster cluster, ArticleCleaner cleaner)
    {
        var linked = new SentenceLinker().Link(Segmenter.Segment(cleaner.Clean(cluster.Documents)));
        var features = new SentenceFeatures(linked);
        var scorer = new RougeScorer(RougeOptions.MN250 with { WordLimit = null });
        var refs = cluster.References.Select(r => (IReadOnlyList<string>)DatasetEvaluator.ReferenceUnits(r)).ToList();
        // Only sentences a summary may show (CandidateFilter) are learned from, as in RankerTrainingSet.
        var candidates = new CandidateFilter(linked).Mask();
        var kept = Enumerable.Range(0, linked.Sentences.Count).Where(s => candidates[s]).ToArray();
        var labels = kept.Select(s => RankerTrainingSet.Label(scorer.Score([linked.Sentences[s].Text], refs))).ToArray();
        return (new PreparedCluster(cluster.Id, kept.Select(s => features.Rows[s]).ToArray(), labels), linked, features);
    }
}
