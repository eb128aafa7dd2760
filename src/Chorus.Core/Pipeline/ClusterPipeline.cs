using Chorus.Clean;
using Chorus.Ingest;
using Chorus.Link;
using Chorus.Segment;
using Chorus.Summarize;

namespace Chorus.Pipeline;

/// <summary>Everything one run over a cluster produced, stage by stage.</summary>
public sealed record ClusterResult(
    IReadOnlyList<CleanDocument> Documents,
    LinkedCluster Linked,
    Summary Summary);

/// <summary>
/// The one-way flow clean → segment → link → summarize over one cluster of already-read articles. Each stage is
/// replaceable through the properties, in the manner of Markdig's pipeline builder.
/// </summary>
public sealed class ClusterPipeline
{
    public ArticleCleaner Cleaner { get; init; } = new();
    public SentenceLinker Linker { get; init; } = new();
    public ISummarizer Summarizer { get; init; } = new ChorusSummarizer();

    public ClusterResult Run(IReadOnlyList<SourceDocument> documents, Budget budget)
    {
        var cleaned = Cleaner.Clean(documents);
        var segmented = Segmenter.Segment(cleaned);
        var linked = Linker.Link(segmented);
        var summary = Summarizer.Summarize(linked, budget);
        return new ClusterResult(cleaned, linked, summary);
    }
}
