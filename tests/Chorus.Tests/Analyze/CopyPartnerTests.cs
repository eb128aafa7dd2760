using System.Text.Json;
using Chorus.Analyze;
using Chorus.Link;

namespace Chorus.Tests.Analyze;

/// <summary>
/// Copy detection compares only the article pairs that share a link group or a word 4-gram (issue 16: comparing
/// every pair took 45 s for a 4 MB input). The pairs it reports must be exactly those of comparing every pair.
/// </summary>
public class CopyPartnerTests
{
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
        foreach (var dev in DevClusters.All)
        {
            var (indexed, everyPair, found) = BothWays(DevClusters.Link(dev.Documents));
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
            var documents = DevClusters.MergedHalf(half);
            var (indexed, everyPair, found) = BothWays(DevClusters.Link(documents));
            Assert.True(found >= 5, $"{found} pairs");
            Assert.Equal(everyPair, indexed);
        }
    }
}
