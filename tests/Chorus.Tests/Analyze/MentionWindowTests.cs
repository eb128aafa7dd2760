using System.Text.Json;
using Chorus.Analyze;
using Chorus.Link;

namespace Chorus.Tests.Analyze;

/// <summary>
/// Discrepancies compare each mention of a topic with at most <see cref="DiscrepancyFinder.DefaultMentionWindow"/>
/// mentions after it (issue 16: every pair of a large input's thousands of tolls took 22 s for 16 MB). On real
/// clusters, alone and merged by the dozen, the window must change nothing: the same discrepancies as every pair.
/// </summary>
public class MentionWindowTests
{
    private static (string Windowed, string EveryPair, int Found) BothWays(LinkedCluster cluster) =>
        (JsonSerializer.Serialize(new DiscrepancyFinder().Find(cluster)),
         JsonSerializer.Serialize(new DiscrepancyFinder { MentionWindow = 1_000_000 }.Find(cluster)),
         new DiscrepancyFinder().Find(cluster).Count);

    [Fact]
    public void Every_dev_cluster_finds_the_discrepancies_of_comparing_every_pair()
    {
        int found = 0;
        foreach (var dev in DevClusters.All)
        {
            var (windowed, everyPair, count) = BothWays(DevClusters.Link(dev.Documents));
            Assert.True(windowed == everyPair, dev.Id);
            found += count;
        }
        Assert.True(found >= 10, $"{found} discrepancies on dev");
    }

    [Fact]
    public void Dev_clusters_merged_by_the_dozen_find_the_discrepancies_of_comparing_every_pair()
    {
        for (int start = 0; start < 48; start += 12)
        {
            var documents = DevClusters.Merged(DevClusters.All.Skip(start).Take(12));
            var (windowed, everyPair, _) = BothWays(DevClusters.Link(documents));
            Assert.Equal(everyPair, windowed);
        }
    }
}
