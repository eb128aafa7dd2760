using Chorus.Analyze;
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
    Summary? Summary,
    ClusterAnalysis? Analysis);

/// <summary>
/// The one-way flow clean → segment → link → analyze → summarize over one cluster of already-read articles. Each
/// stage is replaceable through the properties, in the manner of Markdig's pipeline builder; analysis and
/// summary are opt-in (null skips them).
/// </summary>
public sealed class ClusterPipeline
{
    public ArticleCleaner Cleaner { get; init; } = new();
    public SentenceLinker Linker { get; init; } = new();
    public ClusterAnalyzer? Analyzer { get; init; }
    public ISummarizer? Summarizer { get; init; } = new ChorusSummarizer();

    public ClusterResult Run(IReadOnlyList<SourceDocument> documents, Budget budget)
    {
        var cleaned = Cleaner.Clean(PublicationOrder.Of(documents));
        var segmented = Segmenter.Segment(cleaned);
        var linked = Linker.Link(segmented);
        var analysis = Analyzer?.Analyze(linked);
        // Forward flow: the summarizer reuses what the analysis found (the quotes) instead of finding it again.
        var summary = Summarizer?.Summarize(linked, budget, analysis);
        return new ClusterResult(cleaned, linked, summary, analysis);
    }
}
