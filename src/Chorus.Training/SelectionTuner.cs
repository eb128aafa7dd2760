using Chorus.Clean;
using Chorus.Evaluate;
using Chorus.Link;
using Chorus.Summarize;

namespace Chorus.Training;

/// <summary>
/// Chooses how the selector weighs the ranker against concept coverage, on held-out clusters: every setting of a
/// small grid summarizes every cluster (features and ranker scores computed once) and is scored with ROUGE.
/// </summary>
public sealed class SelectionTuner
{
    private sealed record Held(DatasetCluster Cluster, LinkedCluster Linked, SentenceFeatures Features, CandidateFilter Filter);

    private readonly List<Held> _clusters = [];

    public int Count => _clusters.Count;

    public SelectionTuner(IEnumerable<DatasetCluster> clusters)
    {
        var cleaner = new ArticleCleaner();
        var list = clusters.ToList();
        var held = new Held?[list.Count];
        Parallel.For(0, list.Count, i =>
        {
            var (_, linked, features) = PreparedCluster.Prepare(list[i], cleaner);
            if (linked.Sentences.Count > 0) held[i] = new Held(list[i], linked, features, new CandidateFilter(linked));
        });
        _clusters.AddRange(held.OfType<Held>());
    }

    public sealed record Outcome(SelectionSettings Settings, int Words, double Rouge1F, double Rouge2F)
    {
        public double Objective => Rouge1F + Rouge2F;
    }

    public IEnumerable<Outcome> Evaluate(TreeEnsembleModel model, IEnumerable<SelectionSettings> grid, IReadOnlyList<int> budgets)
    {
        var ranker = new TreeEnsembleRanker(model);
        var scores = _clusters.Select(c => ranker.Score(c.Features.Rows)).ToArray();
        foreach (var settings in grid)
            foreach (var words in budgets)
            {
                var selector = settings.ToSelector();
                var rouge = RougeOptions.MN250 with { WordLimit = words };
                var results = new RougeResult[_clusters.Count];
                Parallel.For(0, _clusters.Count, i =>
                {
                    var c = _clusters[i];
                    var summary = selector.Select("chorus", c.Linked, scores[i], Budget.Words(words), c.Features.Vectors, c.Features.Concepts, c.Filter);
                    results[i] = DatasetEvaluator.Score(summary, c.Cluster.References, rouge);
                });
                var average = DatasetEvaluator.Average(results);
                yield return new Outcome(settings, words, average["ROUGE-1"].F * 100, average["ROUGE-2"].F * 100);
            }
    }
}
