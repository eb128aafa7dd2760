using Chorus.Link;

namespace Chorus.Summarize;

/// <summary>Baseline: centroid-based selection (Radev et al., MEAD): sentences closest to the cluster's TF-IDF
/// centroid first, redundancy removed by the selector.</summary>
public sealed class CentroidSummarizer : ISummarizer
{
    public string Name => "centroid";

    public string Description => "baseline: TF-IDF centroid similarity (MEAD-style)";

    public Summary Summarize(LinkedCluster cluster, Budget budget)
    {
        var vectors = new TermVectors(cluster);
        var ranking = Enumerable.Range(0, cluster.Sentences.Count)
            .OrderByDescending(vectors.CosineToCentroid).ThenBy(s => s).ToList();
        return SurnameAttribution.Settle(LeaningConnective.Settle(cluster, new BudgetedSelector().Select(Name, cluster, ranking, budget, vectors)));
    }
}
