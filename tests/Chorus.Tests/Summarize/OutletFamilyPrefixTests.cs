using Chorus.Ingest;
using Chorus.Link;
using Chorus.Summarize;

namespace Chorus.Tests.Summarize;

/// <summary>
/// Outlet families count shared sentences only for the pairs of articles a prefix filter lets through (issue 16: a
/// sentence reprinted by thousands of articles made counting every pair of its link group quadratic). The filter
/// must pass every pair that can be a copy: the families are those of counting every pair, on every dev cluster,
/// on dev merged into two large inputs, and on a large invented input whose one lead is in every article.
/// </summary>
public class OutletFamilyPrefixTests
{
    private static void AssertSameFamilies(LinkedCluster cluster, string name)
    {
        var filtered = new OutletFamilies(cluster);
        var everyPair = new OutletFamilies(cluster, everyPair: true);
        Assert.True(everyPair.Count == filtered.Count, $"{name}: {filtered.Count} families against {everyPair.Count}");
        foreach (var article in cluster.Articles)
            Assert.True(everyPair.FamilyOf(article.Id) == filtered.FamilyOf(article.Id), $"{name}: {article.Id}");
    }

    [Fact]
    public void Every_dev_cluster_and_dev_merged_in_halves_give_the_families_of_every_pair()
    {
        int merged = 0;
        foreach (var dev in DevClusters.All)
        {
            var cluster = DevClusters.Link(dev.Documents);
            AssertSameFamilies(cluster, dev.Id);
            merged += cluster.Articles.Count() - new OutletFamilies(cluster).Count;
        }
        // Dev has reprints (wire copies under two outlets): the comparison is not only of articles that are all apart.
        Assert.True(merged > 0, "no dev article shares a family");
        AssertSameFamilies(DevClusters.Link(DevClusters.MergedHalf(0)), "half 0");
        AssertSameFamilies(DevClusters.Link(DevClusters.MergedHalf(1)), "half 1");
    }

    [Fact]
    public void A_lead_in_six_hundred_articles_gives_the_families_of_every_pair_with_near_and_far_reprints()
    {
        const string lead = "The Harbor Line ferry sank near Pine Island on Tuesday with 40 passengers aboard.";
        string[] syllables = ["ka", "lo", "mi", "ren", "to", "sa", "vel", "dor", "pa", "ni", "gru", "zen"];
        var random = new Random(11);
        string Name() => string.Concat(Enumerable.Range(0, 3).Select(_ => syllables[random.Next(syllables.Length)]));
        var docs = new List<SourceDocument>();
        for (int a = 0; a < 600; a++)
        {
            var paragraphs = new List<string> { lead };
            // Articles of a few sentences whose details, written from one template, the linker may join across
            // articles: with the lead, some pairs far apart in the input share more than half their sentences.
            for (int k = 0; k < 1 + a % 4; k++)
                paragraphs.Add($"Crews from {Name()} searched the {Name()} pier while {random.Next(2, 90)} divers checked the {Name()} road.");
            docs.Add(InventedCluster.Doc($"a{a:D4}", [.. paragraphs]));
        }
        // A reprint next to its original, and one 580 articles away.
        docs.Insert(11, docs[10] with { Id = "a0010-copy", Origin = "a0010-copy.txt" });
        docs.Add(docs[20] with { Id = "a0019-copy", Origin = "a0019-copy.txt" });
        var cluster = InventedCluster.Linked([.. docs]);
        Assert.Contains(cluster.Groups, g => g.Sources.Count >= 600);

        AssertSameFamilies(cluster, "invented");
        var families = new OutletFamilies(cluster);
        Assert.Equal(families.FamilyOf("a0010"), families.FamilyOf("a0010-copy"));
        Assert.Equal(families.FamilyOf("a0019"), families.FamilyOf("a0019-copy"));
    }

    // An article whose rarest shared sentence is with a third outlet, and two more with the article that reprints it:
    // the reprint is reached only past the first sentence of the filter's prefix.
    [Fact]
    public void A_reprint_sharing_only_the_later_sentences_of_the_prefix_is_found()
    {
        const string p = "The mayor of Alderton closed the old quarry road to lorries on Friday after a long campaign by parents.";
        const string q = "Engineers found cracks in three of the bridge's five supports during an inspection in the spring.";
        const string r = "The council expects the repairs to cost about four million pounds and to last until next winter.";
        var cluster = InventedCluster.Linked(
            InventedCluster.Doc("x", p, q, r),
            InventedCluster.Doc("z", p, "Shopkeepers on the high street said the closure would cost them a busy summer season of trade."),
            InventedCluster.Doc("y", q, r, "Residents queued at the town hall on Saturday to sign a petition against the closure of the bridge.",
                "A temporary footbridge will open next month, a spokeswoman for the council said on Saturday evening."));
        AssertSameFamilies(cluster, "prefix");
        var families = new OutletFamilies(cluster);
        Assert.Equal(families.FamilyOf("x"), families.FamilyOf("y"));
        Assert.NotEqual(families.FamilyOf("x"), families.FamilyOf("z"));
    }
}
