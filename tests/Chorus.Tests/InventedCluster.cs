using Chorus.Clean;
using Chorus.Ingest;
using Chorus.Link;
using Chorus.Segment;

namespace Chorus.Tests;

/// <summary>Clusters written for the tests: an article from its paragraphs, and a cluster taken through clean,
/// segment and link as the pipeline does (one place, so every test sees the same stages).</summary>
public static class InventedCluster
{
    public static SourceDocument Doc(string id, params string[] paragraphs) => new(id, id + ".txt", null, null, null, null, null, paragraphs);

    public static LinkedCluster Linked(params SourceDocument[] docs) =>
        new SentenceLinker().Link(Segmenter.Segment(new ArticleCleaner().Clean(docs)));
}
