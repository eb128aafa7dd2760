using Chorus.Ingest;
using System.Buffers;
using Chorus.Link;

namespace Chorus.Summarize;

/// <summary>Baseline: LexRank (Erkan &amp; Radev, 2004), PageRank over the thresholded TF-IDF cosine graph.</summary>
public sealed class LexRankSummarizer : ISummarizer
{
    public string Name => "lexrank";

    public string Description => "baseline: LexRank graph centrality (threshold 0.1, damping 0.85)";

    public double Threshold { get; init; } = 0.1;

    public double Damping { get; init; } = 0.85;

    public Summary Summarize(LinkedCluster cluster, Budget budget)
    {
        var vectors = new TermVectors(cluster);
        var scores = Scores(vectors, cluster.Sentences.Count, Threshold, Damping);
        var ranking = Enumerable.Range(0, scores.Length).OrderByDescending(s => scores[s]).ThenBy(s => s).ToList();
        return SurnameAttribution.Settle(LeaningConnective.Settle(cluster, new BudgetedSelector().Select(Name, cluster, ranking, budget, vectors)));
    }

    public static double[] Scores(TermVectors vectors, int n, double threshold = DefaultThreshold, double damping = 0.85)
    {
        // Only pairs sharing a term can pass the threshold: the sparse neighbours keep this linear in pairs.
        var edges = new LexRankEdges(n);
        using (var scan = new NeighbourScan(vectors))
            for (int i = 0; i < n; i++)
            {
                foreach (var neighbour in scan.Of(i))
                    if (neighbour.Cosine > threshold) edges.Add(neighbour.Sentence);
                edges.EndSentence();
            }
        using (edges) return Scores(edges, damping);
    }

    public const double DefaultThreshold = 0.1;

    /// <summary>PageRank over edges gathered by the caller (each sentence's neighbours above the threshold, ascending).</summary>
    internal static double[] Scores(LexRankEdges edges, double damping = 0.85)
    {
        int n = edges.Sentences;
        var rank = new double[n];
        Array.Fill(rank, 1.0 / Math.Max(1, n));
        // Two buffers in turn instead of a new one per iteration.
        var next = new double[n];
        // What each sentence passes to each neighbour, divided once per sentence rather than once per edge.
        var share = SmallArrayPool<double>.Shared.Rent(Math.Max(1, n));
        for (int iteration = 0; iteration < 50; iteration++)
        {
            for (int j = 0; j < n; j++) share[j] = rank[j] / edges.Degree(j);
            for (int i = 0; i < n; i++) next[i] = edges.SumOf(i, share);
            double delta = 0;
            for (int i = 0; i < n; i++)
            {
                next[i] = (1 - damping) / n + damping * next[i];
                delta += Math.Abs(next[i] - rank[i]);
            }
            (rank, next) = (next, rank);
            if (delta < 1e-5) break;
        }
        SmallArrayPool<double>.Shared.Return(share);
        return rank;
    }
}
