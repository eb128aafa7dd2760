using Chorus.Analyze;
using Chorus.Link;

namespace Chorus.Summarize;

/// <summary>
/// Chorus's default method. A learned ranker scores each sentence by what multi-document news summaries are
/// made of (facts several independent outlets repeat, the cluster's key concepts, centrality, the opening of the
/// reports); a concept-coverage selector then chooses, within the budget, the set of sentences that covers the
/// most of the cluster's weighted concepts together with the best-scored sentences, never paying twice for one
/// fact, and orders the result as it would be read.
/// </summary>
public sealed class ChorusSummarizer : ISummarizer
{
    public string Name => "chorus";

    public string Description => "default: learned sentence scores + concept coverage (bigrams weighted by outlets), budgeted greedy";

    /// <summary>The shipped learned ranker; the hand-weighted one stands in only if a build lacks the model.</summary>
    public ISentenceRanker Ranker { get; init; } = (ISentenceRanker?)TreeEnsembleRanker.ShippedOrNull ?? new HeuristicRanker();

    public ConceptCoverageSelector Selector { get; init; } = TreeEnsembleRanker.ShippedOrNull?.Model.Selection?.ToSelector() ?? new ConceptCoverageSelector();

    public Summary Summarize(LinkedCluster cluster, Budget budget) => Summarize(cluster, budget, null);

    /// <summary>The analysis' quotes, as extracted, tell the candidate filter who speaks (it extracts them itself
    /// when there is no analysis).</summary>
    public Summary Summarize(LinkedCluster cluster, Budget budget, ClusterAnalysis? analysis)
    {
        if (cluster.Sentences.Count == 0) return new Summary(Name, budget, []);
        var (scores, vectors, concepts) = Scored(cluster);
        var filter = new CandidateFilter(cluster, analysis?.ExtractedQuotes);
        return SurnameAttribution.Settle(LeaningConnective.Settle(cluster, Selector.Select(Name, cluster, scores, budget, vectors, concepts, filter)));
    }

    /// <summary>The ranker's scores, and what the selector reads besides them. The feature rows (33 floats a
    /// sentence, 18 MB for a 16 MB input) are garbage once scored: a method of its own, so its locals do not keep
    /// them through the selection (a method run once is not optimized, and its locals live to its end).</summary>
    private (double[] Scores, TermVectors Vectors, BigramConcepts Concepts) Scored(LinkedCluster cluster)
    {
        var features = new SentenceFeatures(cluster);
        var scores = Ranker.Score(features.Rows);
        features.ReleaseRows();
        return (scores, features.Vectors, features.Concepts);
    }
}

/// <summary>Turns feature rows into scores; the default is hand-weighted, a trained model can stand in.</summary>
public interface ISentenceRanker
{
    double[] Score(float[][] rows);
}

public sealed class HeuristicRanker : ISentenceRanker
{
    public double[] Score(float[][] rows)
    {
        int P = SentenceFeatures.Index("position"), R = SentenceFeatures.Index("articleRank"), W = SentenceFeatures.Index("words"),
            S = SentenceFeatures.Index("exactSupport"), SS = SentenceFeatures.Index("softSupport"), C = SentenceFeatures.Index("centroid"),
            D = SentenceFeatures.Index("danglingStart"), Q = SentenceFeatures.Index("startsWithQuote");
        return rows.Select(r =>
        {
            double lead = Math.Exp(-r[P] / 3.0) / (1 + 0.5 * r[R]);
            double score = 1.0 * lead + 0.6 * r[SS] + 0.3 * r[S] + 0.5 * r[C];
            if (r[D] > 0) score -= 0.15;
            if (r[Q] > 0) score -= 0.15;
            if (r[W] < 10) score -= 0.2;
            return score;
        }).ToArray();
    }
}
