using Chorus.Summarize;

namespace Chorus.Tests.Summarize;

/// <summary>
/// The summarizer's per-cluster buffers given back and reused (issue 16): feature rows released after scoring and
/// taken by the next cluster's features, and the term postings released after the pair pass and rebuilt when asked
/// again, leave nothing of one cluster in the next.
/// </summary>
public class ReusedBuffersTests
{
    [Fact]
    public void Features_on_released_rows_equal_features_on_new_rows()
    {
        var clusters = DevClusters.All.Where((_, i) => i % 20 == 3).Take(5).Select(c => DevClusters.Link(c.Documents)).ToList();
        Assert.True(clusters.Count >= 3);
        // Fresh rows first (the rows of a features object never released are its own), then each cluster again after
        // the one before it gave its rows back.
        var fresh = clusters.Select(c => new SentenceFeatures(c).Rows.Select(r => r.ToArray()).ToArray()).ToList();
        new SentenceFeatures(clusters[^1]).ReleaseRows();
        for (int i = 0; i < clusters.Count; i++)
        {
            var features = new SentenceFeatures(clusters[i]);
            var rows = features.Rows;
            Assert.Equal(fresh[i].Length, rows.Length);
            for (int s = 0; s < rows.Length; s++)
                Assert.Equal(fresh[i][s].Select(BitConverter.SingleToInt32Bits), rows[s].Select(BitConverter.SingleToInt32Bits));
            features.ReleaseRows();
            Assert.Empty(features.Rows);
        }
    }

    [Fact]
    public void Neighbours_after_the_features_released_the_postings_equal_those_before()
    {
        foreach (var cluster in DevClusters.All.Skip(7).Take(3))
        {
            var linked = DevClusters.Link(cluster.Documents);
            var fresh = new TermVectors(linked);
            var before = Enumerable.Range(0, linked.Sentences.Count).Select(fresh.NeighboursOf).ToList();
            // The features' pair pass builds the postings and gives them back; the vectors then build them again.
            var vectors = new SentenceFeatures(linked).Vectors;
            for (int s = 0; s < linked.Sentences.Count; s++) Assert.Equal(before[s], vectors.NeighboursOf(s));
        }
    }
}
