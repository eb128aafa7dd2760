using System.Text.Json;
using Chorus.Analyze;
using Chorus.Link;
using Chorus.Segment;

namespace Chorus.Tests.Analyze;

/// <summary>The copy detector takes a sentence's index in the cluster from the running count of the documents'
/// sentences, checked against the list, and builds a dictionary only when the list is ordered otherwise: both ways
/// give the same copies.</summary>
public class CopySentencePositionTests
{
    /// <summary>The same cluster with its sentence list reversed and the group of each sentence carried with it.</summary>
    private static LinkedCluster Reversed(LinkedCluster cluster)
    {
        int n = cluster.Sentences.Count;
        var sentences = new Sentence[n];
        var groupOf = new int[n];
        for (int i = 0; i < n; i++) (sentences[n - 1 - i], groupOf[n - 1 - i]) = (cluster.Sentences[i], cluster.GroupOf[i]);
        return cluster with { Sentences = sentences, GroupOf = groupOf };
    }

    [Fact]
    public void Copies_are_the_same_when_the_sentence_list_is_ordered_otherwise()
    {
        int clustersWithCopies = 0;
        foreach (var dev in DevClusters.All)
        {
            var cluster = DevClusters.Link(dev.Documents);
            var inOrder = new CopyDetector().Detect(cluster);
            var reordered = new CopyDetector().Detect(Reversed(cluster));
            Assert.Equal(JsonSerializer.Serialize(inOrder), JsonSerializer.Serialize(reordered));
            if (inOrder.Count > 0) clustersWithCopies++;
        }
        Assert.True(clustersWithCopies >= 10, $"copies in only {clustersWithCopies} clusters");
    }

    // A wire story and a local paper that carries its opening sentence word for word, further down.
    [Fact]
    public void An_invented_copy_is_found_both_ways()
    {
        var wire = InventedCluster.Doc("wire", "Firefighters battled the blaze at the old textile mill on Harbour Road for more than six hours before bringing it under control late on Tuesday night.",
            "No injuries were reported, the county fire service said.");
        var local = InventedCluster.Doc("local", "Crews spent the evening at the scene.",
            "Firefighters battled the blaze at the old textile mill on Harbour Road for more than six hours before bringing it under control late on Tuesday night.");
        var cluster = InventedCluster.Linked(wire, local);
        var copies = new CopyDetector().Detect(cluster);
        Assert.Single(copies);
        Assert.Equal(JsonSerializer.Serialize(copies), JsonSerializer.Serialize(new CopyDetector().Detect(Reversed(cluster))));
    }
}
