using Chorus.Analyze;
using Chorus.Link;

namespace Chorus.Tests.Analyze;

/// <summary>
/// Restated figures are searched through a length-aware prefix filter (issue 16: the old filter met every pair of
/// figure sentences sharing a common word, quadratic in a long input). It must find exactly the restatements of
/// comparing every two sentences, on real clusters alone and merged.
/// </summary>
public class RestatedPrefixTests
{
    private static List<string> Shown(IReadOnlyList<Restatement> found) =>
        found.Select(r => $"{r.A.DocId}/{r.A.Position} {r.B.DocId}/{r.B.Position} {r.ValueA.Text} {r.ValueB.Text} {r.Context} {r.Shared}/{r.Of}").ToList();

    [Fact]
    public void Every_dev_cluster_gives_the_restatements_of_comparing_every_pair()
    {
        int found = 0;
        foreach (var dev in DevClusters.All)
        {
            var cluster = DevClusters.Link(dev.Documents);
            var filtered = Shown(RestatedFigureFinder.Find(cluster));
            Assert.Equal(Shown(RestatedFigureFinder.Find(cluster, everyPair: true)), filtered);
            found += filtered.Count;
        }
        // Not vacuous: dev has one, a clock time told 4:20 and 4:30; two blocks of one street that one article gives
        // both of are two places since the article-level rule, and punitive damages against the whole award two
        // quantities since the narrowing-word rule.
        Assert.True(found >= 1, $"{found} restatements on dev");
    }

    [Fact]
    public void Merged_dev_halves_give_the_restatements_of_comparing_every_pair()
    {
        int found = 0;
        foreach (var half in new[] { 0, 1 })
        {
            var documents = DevClusters.MergedHalf(half);
            var cluster = DevClusters.Link(documents);
            var filtered = Shown(RestatedFigureFinder.Find(cluster));
            found += filtered.Count;
            Assert.Equal(Shown(RestatedFigureFinder.Find(cluster, everyPair: true)), filtered);
        }
        Assert.True(found >= 1, "no restatement in either half");
    }
}
