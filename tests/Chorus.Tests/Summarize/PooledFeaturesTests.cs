using Chorus.Ingest;
using Chorus.Link;
using Chorus.Segment;
using Chorus.Summarize;
using Chorus.Tests.Summarize.Reference;

namespace Chorus.Tests.Summarize;

/// <summary>
/// The features, vectors, concepts and LexRank scores built over pooled arrays and term ids (issue 16) equal, bit
/// for bit, those of the string-and-dictionary implementation they replaced (<see cref="ReferenceSentenceFeatures"/>):
/// the shipped ranker was trained on those values. Real dev clusters, the Versailles sample, one merged cluster long
/// enough for the posting cut-off of <see cref="TermVectors.MaxPostingsForPairs"/>, and clusters from one outlet.
/// </summary>
public class PooledFeaturesTests
{
    public static TheoryData<int> DevSlices() => new(0, 1, 2, 3);

    [Theory]
    [MemberData(nameof(DevSlices))]
    public void Dev_cluster_features_equal_the_string_implementation(int slice)
    {
        var clusters = DevClusters.All.Where((_, i) => i % 8 == slice).ToList();
        Assert.NotEmpty(clusters);
        foreach (var cluster in clusters) AssertSame(DevClusters.Link(cluster.Documents), cluster.Id);
    }

    [Fact]
    public void The_Versailles_sample_features_equal_the_string_implementation() =>
        AssertSame(DevClusters.Link(new ArticleReader().Read([SharedData.Versailles]).Documents), "versailles");

    [Fact]
    public void A_long_merged_cluster_cut_at_the_posting_limit_equals_the_string_implementation()
    {
        var documents = DevClusters.Merged(DevClusters.All.Take(12));
        var linked = DevClusters.Link(documents);
        Assert.True(linked.Sentences.Count > 2 * TermVectors.MaxPostingsForPairs, $"{linked.Sentences.Count} sentences");
        AssertSame(linked, "merged");
    }

    [Fact]
    public void A_merged_cluster_past_the_neighbour_cap_equals_the_plain_cap()
    {
        // Forty dev clusters as one: some sentences share terms with more than MaxNeighbours others, so their lists
        // are cut (rarest terms first) and the features take the pass that meets each pair from both sides.
        var documents = DevClusters.Merged(DevClusters.All.Skip(20).Take(40));
        var linked = DevClusters.Link(documents);
        var vectors = new TermVectors(linked);
        using (var scan = new NeighbourScan(vectors))
        {
            int cut = Enumerable.Range(0, linked.Sentences.Count).Count(s => scan.Of(s).Length == NeighbourScan.MaxNeighbours);
            Assert.True(cut >= 10, $"{cut} sentences at the cap of {linked.Sentences.Count}");
        }
        Assert.Equal(ReferenceTermVectors.MaxNeighbours, NeighbourScan.MaxNeighbours);
        AssertSame(linked, "merged past the cap");
    }

    [Fact]
    public void Clusters_of_one_family_equal_the_string_implementation()
    {
        // One family (an article and its reprints): every concept counts from its first report, not its second.
        foreach (var cluster in DevClusters.All.Skip(40).Take(3))
        {
            var first = cluster.Documents[0];
            var reprints = Enumerable.Range(0, 3).Select(k => first with { Id = $"{first.Id}-{k}", Outlet = $"Outlet {k}" }).ToList();
            var linked = DevClusters.Link(reprints);
            Assert.Equal(1, new OutletFamilies(linked).Count);
            AssertSame(linked, cluster.Id + " one family");
        }
    }

    [Fact]
    public void Interleaved_documents_equal_the_string_implementation()
    {
        // The link stage lays each document's sentences out together; a cluster built otherwise takes the path that
        // meets every pair from both sides.
        foreach (var cluster in DevClusters.All.Skip(60).Take(3))
        {
            var linked = DevClusters.Link(cluster.Documents);
            var order = Enumerable.Range(0, linked.Sentences.Count).OrderBy(s => linked.Sentences[s].Position).ThenBy(s => s).ToArray();
            var interleaved = linked with
            {
                Sentences = order.Select(s => linked.Sentences[s]).ToList(),
                GroupOf = order.Select(s => linked.GroupOf[s]).ToList(),
            };
            var docIds = interleaved.Sentences.Select(x => x.DocId).ToList();
            int changes = docIds.Zip(docIds.Skip(1)).Count(p => p.First != p.Second);
            Assert.True(changes > docIds.Distinct().Count() - 1, $"{cluster.Id}: documents still contiguous");
            AssertSame(interleaved, cluster.Id + " interleaved");
        }
    }

    private static void AssertSame(LinkedCluster linked, string name)
    {
        var expected = new ReferenceSentenceFeatures(linked);
        var actual = new SentenceFeatures(linked);
        int n = linked.Sentences.Count;
        Assert.True(n > 0, name);
        Assert.Equal(expected.Rows.Length, actual.Rows.Length);
        for (int s = 0; s < n; s++)
            for (int f = 0; f < SentenceFeatures.Names.Length; f++)
                Assert.True(BitConverter.SingleToInt32Bits(expected.Rows[s][f]) == BitConverter.SingleToInt32Bits(actual.Rows[s][f]),
                    $"{name}: sentence {s} {SentenceFeatures.Names[f]}: {expected.Rows[s][f]:R} expected, {actual.Rows[s][f]:R}");

        Assert.Equal(expected.Vectors.VocabularySize, actual.Vectors.VocabularySize);
        Assert.Equal(expected.Vectors.Idf, actual.Vectors.Idf);
        Assert.Equal(expected.Vectors.Norms, actual.Vectors.Norms);
        Assert.Equal(expected.Vectors.Centroid.Ids, actual.Vectors.Centroid.Ids);
        Assert.Equal(expected.Vectors.Centroid.Weights, actual.Vectors.Centroid.Weights);
        // The concepts are the reference's bigrams of positive weight, numbered in the reference's id order (the
        // bigrams of no weight, which no sentence lists, are left out).
        var conceptOf = new Dictionary<int, int>();
        for (int id = 0; id < expected.Concepts.Weight.Count; id++)
            if (expected.Concepts.Weight[id] > 0) conceptOf[id] = conceptOf.Count;
        // The features give their vectors' term sequences back once read: new vectors of the cluster show them.
        var sequences = new TermVectors(linked);
        using var scan = new NeighbourScan(actual.Vectors);
        for (int s = 0; s < n; s++)
        {
            Assert.Equal(expected.Vectors.TermSequences[s], sequences.TermSequence(s).ToArray());
            Assert.Equal(expected.Vectors.NeighboursOf(s).Select(x => (x.Sentence, x.Cosine)), scan.Of(s).ToArray().Select(x => (x.Sentence, x.Cosine)));
            Assert.Equal(expected.Concepts.OfSentence[s].Select(id => conceptOf[id]), actual.Concepts.OfSentence[s]);
        }
        Assert.Equal(expected.Concepts.Weight.Where(w => w > 0), actual.Concepts.Weight);
        Assert.Equal(expected.Concepts.TotalWeight, actual.Concepts.TotalWeight);
        Assert.Equal(ReferenceLexRank.Scores(expected.Vectors, n), LexRankSummarizer.Scores(actual.Vectors, n));
    }
}
