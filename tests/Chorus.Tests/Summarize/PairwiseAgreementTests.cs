using Chorus.Link;
using Chorus.Summarize;

namespace Chorus.Tests.Summarize;

/// <summary>
/// The agreed lead (issue 16): above <see cref="BudgetedSelector.PairwiseAgreementCap"/> leads, a lead's agreement
/// with the other articles' leads is one dot product with the sum of their unit vectors instead of a sum over every
/// pair. Both are run here on real clusters, which stay under the cap: they must put the leads in the same order.
/// </summary>
public class PairwiseAgreementTests
{
    /// <summary>The leads in agreed order both ways, and the largest gap between the two sums of one lead.</summary>
    private static (List<int> Pairwise, List<int> OnePass, int Leads, double Gap) BothWays(LinkedCluster cluster)
    {
        var vectors = new TermVectors(cluster);
        var filter = new CandidateFilter(cluster);
        var ranking = Enumerable.Range(0, cluster.Sentences.Count).ToList();
        var pairwise = new BudgetedSelector().AgreedLeads(cluster, ranking, vectors, filter);
        var onePass = new BudgetedSelector { PairwiseAgreementLimit = 0 }.AgreedLeads(cluster, ranking, vectors, filter);
        double gap = 0;
        if (pairwise.Count > 0)
        {
            var exact = BudgetedSelector.Agreement(cluster, pairwise, vectors, pairwise: true);
            var summed = BudgetedSelector.Agreement(cluster, pairwise, vectors, pairwise: false);
            gap = exact.Zip(summed, (a, b) => Math.Abs(a - b)).Max();
        }
        return (pairwise.Select(u => u.First).ToList(), onePass.Select(u => u.First).ToList(), pairwise.Count, gap);
    }

    [Fact]
    public void Every_dev_cluster_gets_the_same_lead_order_from_the_one_pass_sum()
    {
        int most = 0, compared = 0;
        foreach (var dev in DevClusters.All)
        {
            var (pairwise, onePass, leads, gap) = BothWays(DevClusters.Link(dev.Documents));
            Assert.True(pairwise.SequenceEqual(onePass), $"{dev.Id}: {string.Join(",", pairwise)} vs {string.Join(",", onePass)}");
            Assert.True(gap < 1e-6, $"{dev.Id}: sums differ by {gap}");
            most = Math.Max(most, leads);
            if (leads > 1) compared++;
        }
        // Real clusters never reach the cap, so the shipped summaries keep the pairwise sums.
        Assert.True(most < BudgetedSelector.PairwiseAgreementCap, $"{most} leads");
        Assert.True(compared >= 90, $"only {compared} clusters with two or more leads");
    }

    [Fact]
    public void Merged_dev_clusters_with_hundreds_of_leads_get_the_same_order()
    {
        // Two halves of the dev set, each linked as one cluster: hundreds of leads from many stories, most of them
        // agreeing with few others, the shape of a large input.
        foreach (var half in new[] { 0, 1 })
        {
            var documents = DevClusters.MergedHalf(half);
            var (pairwise, onePass, leads, gap) = BothWays(DevClusters.Link(documents));
            Assert.True(leads > 100, $"{leads} leads");
            Assert.Equal(pairwise, onePass);
            Assert.True(gap < 1e-6, $"sums differ by {gap}");
        }
    }
}
