using System.Text.Json;
using Chorus.Analyze;
using Chorus.Clean;
using Chorus.Evaluate;
using Chorus.Ingest;
using Chorus.Link;
using Chorus.Segment;

namespace Chorus.Tests.Analyze;

/// <summary>
/// Copy detection compares only the article pairs that share a link group or a word 4-gram (issue 16: comparing
/// every pair took 45 s for a 4 MB input). The pairs it reports must be exactly those of comparing every pair.
/// </summary>
public class CopyPartnerTests
{
    private static readonly Lazy<IReadOnlyList<DatasetCluster>> Dev = new(() => DatasetEvaluator.Load(SharedData.MultiNewsDev));

    private static LinkedCluster Link(IReadOnlyList<SourceDocument> documents) =>
        new SentenceLinker().Link(Segmenter.Segment(new ArticleCleaner().Clean(documents)));

    private static (string Indexed, string EveryPair, int Pairs) BothWays(LinkedCluster cluster)
    {
        var indexed = new CopyDetector().Detect(cluster);
        var everyPair = new CopyDetector { CompareEveryPair = true }.Detect(cluster);
        return (JsonSerializer.Serialize(indexed), JsonSerializer.Serialize(everyPair), indexed.Count);
    }

    [Fact]
    public void Every_dev_cluster_reports_the_pairs_of_comparing_every_pair()
    {
        int pairs = 0, clustersWithPairs = 0;
        foreach (var dev in Dev.Value)
        {
            var (indexed, everyPair, found) = BothWays(Link(dev.Documents));
            Assert.True(indexed == everyPair, dev.Id);
            pairs += found;
            if (found > 0) clustersWithPairs++;
        }
        Assert.True(clustersWithPairs >= 10, $"copies in {clustersWithPairs} clusters ({pairs} pairs)");
    }

    [Fact]
    public void Merged_dev_clusters_report_the_pairs_of_comparing_every_pair()
    {
        // Half the dev set as one cluster: 170 articles, most pairs from different stories sharing only common
        // phrasing, the shape of a large input.
        foreach (var half in new[] { 0, 1 })
        {
            var documents = Dev.Value.Where((_, i) => i % 2 == half)
                .SelectMany(c => c.Documents.Select(d => d with { Id = $"{c.Id}-{d.Id}" })).ToList();
            var (indexed, everyPair, found) = BothWays(Link(documents));
            Assert.True(found >= 5, $"{found} pairs");
            Assert.Equal(everyPair, indexed);
        }
    }
}
