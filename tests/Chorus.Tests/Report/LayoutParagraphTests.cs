using Chorus.Clean;
using Chorus.Link;
using Chorus.Pipeline;
using Chorus.Report;
using Chorus.Segment;
using Chorus.Tests.Report.Reference;

namespace Chorus.Tests.Report;

/// <summary>The layout finds each paragraph's sentences through an array by paragraph (it was a dictionary per
/// document): the blocks of every dev article are the reference's, sentence for sentence.</summary>
public class LayoutParagraphTests
{
    private static string Shown(IEnumerable<LayoutBlock> blocks) => System.Text.Json.JsonSerializer.Serialize(blocks);

    [Fact]
    public void Every_dev_cluster_lays_out_as_the_reference()
    {
        int sentences = 0;
        foreach (var dev in DevClusters.All)
        {
            var cleaned = new ArticleCleaner().Clean(dev.Documents);
            var linked = new SentenceLinker().Link(Segmenter.Segment(cleaned));
            var layout = SummaryLayout.From(new ClusterResult(cleaned, linked, null, null));
            var reference = ReferenceLayoutBlocks.Of(linked);
            Assert.Equal(reference.Count, layout.Articles.Count);
            for (int a = 0; a < reference.Count; a++)
            {
                Assert.Equal(Shown(reference[a]), Shown(layout.Articles[a].Blocks));
                sentences += layout.Articles[a].Blocks.Sum(b => b.Sentences?.Count ?? 0);
            }
        }
        Assert.True(sentences > 2000, $"{sentences} sentences laid out");
    }

    // A wire story of three paragraphs, the second of two sentences, and a local paper's one-paragraph brief.
    [Fact]
    public void Sentences_sit_in_the_paragraph_they_came_from()
    {
        var cleaned = new ArticleCleaner().Clean([
            InventedCluster.Doc("wire", "Flood waters rose across the valley on Sunday.", "Residents were told to leave by noon. Shelters opened at two schools.", "The river is expected to peak on Tuesday."),
            InventedCluster.Doc("local", "Families packed cars and headed for higher ground as the river rose.")]);
        var linked = new SentenceLinker().Link(Segmenter.Segment(cleaned));
        var layout = SummaryLayout.From(new ClusterResult(cleaned, linked, null, null));
        var wire = layout.Articles[0].Blocks.Select(b => b.Sentences?.Count ?? 0).ToList();
        Assert.Equal([1, 2, 1], wire);
        Assert.Equal([1], layout.Articles[1].Blocks.Select(b => b.Sentences?.Count ?? 0));
    }
}
