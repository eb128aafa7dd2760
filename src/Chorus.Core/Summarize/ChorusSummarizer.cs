using Chorus.Link;

namespace Chorus.Summarize;

/// <summary>
/// Chorus's default method. Scores each sentence by what multi-document news summaries are made of: the
/// opening of the leading articles, facts several outlets repeat, and centrality to the cluster; penalizes
/// sentences that cannot stand alone (opening with a pronoun or a quotation). A budgeted selector then
/// removes redundancy and orders the result as it would be read.
/// </summary>
public sealed class ChorusSummarizer : ISummarizer
{
    public string Name => "chorus";

    public string Description => "default: lead position + cross-outlet support + centrality, redundancy-aware";

    /// <summary>The shipped learned ranker; the hand-weighted one stands in only if a build lacks the model.</summary>
    public ISentenceRanker Ranker { get; init; } = TreeEnsembleRanker.HasShippedModel ? TreeEnsembleRanker.Default : new HeuristicRanker();

    public BudgetedSelector Selector { get; init; } = new() { MaxSimilarity = 0.5, MinNovelty = 0.5 };

    public Summary Summarize(LinkedCluster cluster, Budget budget)
    {
        if (cluster.Sentences.Count == 0) return new Summary(Name, budget, []);
        var features = new SentenceFeatures(cluster);
        var scores = Ranker.Score(features.Rows);
        var ranking = Enumerable.Range(0, scores.Length).OrderByDescending(s => scores[s]).ThenBy(s => s).ToList();
        return Selector.Select(Name, cluster, ranking, budget, features.Vectors);
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
