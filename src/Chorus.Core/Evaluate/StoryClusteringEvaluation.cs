using System.Diagnostics;
using Chorus.Ingest;
using Chorus.Pipeline;
using Chorus.Store;

namespace Chorus.Evaluate;

/// <summary>One arrival order's outcome: clustering quality against the dataset's clusters, and speed.</summary>
/// <param name="Articles">Scores over the documents Chorus kept as articles (non-articles belong to no story).</param>
/// <param name="AllDocuments">Scores over every document, each non-article counted as a story of its own.</param>
public sealed record StoryClusteringRun(int Seed, int Documents, int NonArticles, int Stories,
    ClusteringScores Articles, ClusteringScores AllDocuments, TimeSpan IngestTime, TimeSpan RefreshTime)
{
    public double ArticlesPerSecond => Documents / IngestTime.TotalSeconds;
}

/// <summary>
/// The corpus-mode check: every document of every dataset cluster, given a unique id, is ingested in a random
/// order into an empty store, and the stories are compared with the clusters.
/// </summary>
public static class StoryClusteringEvaluation
{
    public sealed record Item(string Cluster, SourceItem Source);

    public static List<Item> Load(string datasetFolder, List<IngestWarning> warnings)
    {
        var reader = new ArticleReader();
        var items = new List<Item>();
        foreach (var cluster in Directory.EnumerateDirectories(datasetFolder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(cluster);
            foreach (var file in ArticleReader.FilesOfFolder(cluster))
            {
                var docs = new List<SourceDocument>();
                reader.ReadFile(file, docs, warnings);
                foreach (var doc in docs)
                    items.Add(new Item(name, new SourceItem(doc with { Id = $"{name}-{doc.Id}" }, $"{Path.GetFullPath(file)}#{doc.Id}", null)));
            }
        }
        return items;
    }

    public static StoryClusteringRun Run(IReadOnlyList<Item> items, int seed, ArticleStore store, bool refresh = true)
    {
        if (store.Counts().Versions > 0) throw new StoreException($"{store.Description}: the evaluation needs an empty store");
        var order = items.ToArray();
        new Random(seed).Shuffle(order);
        var corpus = new CorpusPipeline(store);
        var clock = Stopwatch.StartNew();
        corpus.Ingest(order.Select(i => i.Source), _ => { });
        var ingest = clock.Elapsed;
        clock.Restart();
        if (refresh) corpus.RefreshStories();
        var refreshTime = clock.Elapsed;

        // Matched by source key: the store's ids are its own, and Load gives each document a key of its own.
        var stored = store.CurrentArticles().ToDictionary(a => a.SourceKey, a => a.StoryId);
        var gold = new List<string>();
        var predicted = new List<string>();
        var goldArticles = new List<string>();
        var predictedArticles = new List<string>();
        foreach (var item in items)
        {
            var id = item.Source.Key!;
            var story = stored.GetValueOrDefault(id);
            gold.Add(item.Cluster);
            predicted.Add(story is long s ? $"s{s}" : $"alone:{id}");
            if (story is long t)
            {
                goldArticles.Add(item.Cluster);
                predictedArticles.Add($"s{t}");
            }
        }
        return new StoryClusteringRun(seed, items.Count, items.Count - goldArticles.Count, predictedArticles.Distinct().Count(),
            ClusteringScores.Of(goldArticles, predictedArticles), ClusteringScores.Of(gold, predicted), ingest, refreshTime);
    }

    /// <summary>Scores the stories of a store filled from a <see cref="SyntheticCorpus"/> of <see cref="Load"/>ed
    /// documents: each copy of a dataset cluster is one true story (ids "cluster-doc-cK"), so the clustering is
    /// checked at scale, with dates, the time window and eviction at work.</summary>
    public static ClusteringScores ScoreSyntheticStream(ArticleStore store)
    {
        var gold = new List<string>();
        var predicted = new List<string>();
        foreach (var article in store.CurrentArticles())
        {
            if (article.StoryId is not long story) continue;
            // Load gives a document the id "cluster-doc"; a copy of it is keyed "synthetic:cluster-doc-cK".
            if (SyntheticCorpus.ParseKey(article.SourceKey) is not var (original, copy)) continue;
            int doc = original.LastIndexOf('-');
            if (doc <= 0) continue;
            gold.Add($"{original[..doc]}|{copy}");
            predicted.Add($"s{story}");
        }
        return ClusteringScores.Of(gold, predicted);
    }
}
