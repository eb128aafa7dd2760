using System.Text.Json;
using Chorus.Analyze;
using Chorus.Clean;
using Chorus.Evaluate;
using Chorus.Ingest;
using Chorus.Link;
using Chorus.Segment;

namespace Chorus.Tests.Analyze;

/// <summary>
/// Discrepancies compare each mention of a topic with at most <see cref="DiscrepancyFinder.DefaultMentionWindow"/>
/// mentions after it (issue 16: every pair of a large input's thousands of tolls took 22 s for 16 MB). On real
/// clusters, alone and merged by the dozen, the window must change nothing: the same discrepancies as every pair.
/// </summary>
public class MentionWindowTests
{
    private static readonly Lazy<IReadOnlyList<DatasetCluster>> Dev = new(() => DatasetEvaluator.Load(SharedData.MultiNewsDev));

    private static LinkedCluster Link(IReadOnlyList<SourceDocument> documents) =>
        new SentenceLinker().Link(Segmenter.Segment(new ArticleCleaner().Clean(documents)));

    private static (string Windowed, string EveryPair, int Found) BothWays(LinkedCluster cluster) =>
        (JsonSerializer.Serialize(new DiscrepancyFinder().Find(cluster)),
         JsonSerializer.Serialize(new DiscrepancyFinder { MentionWindow = 1_000_000 }.Find(cluster)),
         new DiscrepancyFinder().Find(cluster).Count);

    [Fact]
    public void Every_dev_cluster_finds_the_discrepancies_of_comparing_every_pair()
    {
        int found = 0;
        foreach (var dev in Dev.Value)
        {
            var (windowed, everyPair, count) = BothWays(Link(dev.Documents));
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
            var documents = Dev.Value.Skip(start).Take(12)
                .SelectMany(c => c.Documents.Select(d => d with { Id = $"{c.Id}-{d.Id}" })).ToList();
            var (windowed, everyPair, _) = BothWays(Link(documents));
            Assert.Equal(everyPair, windowed);
        }
    }
}
