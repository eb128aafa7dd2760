using Chorus.Clean;
using Chorus.Evaluate;
using Chorus.Ingest;
using Chorus.Link;
using Chorus.Segment;

namespace Chorus.Tests;

/// <summary>The dev clusters as the tests that compare a fast path with its reference read them: loaded once per
/// run, linked as the pipeline links, and merged into one large input (each document's id prefixed with its
/// cluster's, so ids stay distinct).</summary>
public static class DevClusters
{
    private static readonly Lazy<IReadOnlyList<DatasetCluster>> Loaded = new(() => DatasetEvaluator.Load(SharedData.MultiNewsDev));

    public static IReadOnlyList<DatasetCluster> All => Loaded.Value;

    public static LinkedCluster Link(IReadOnlyList<SourceDocument> documents) =>
        new SentenceLinker().Link(Segmenter.Segment(new ArticleCleaner().Clean(documents)));

    public static List<SourceDocument> Merged(IEnumerable<DatasetCluster> clusters) =>
        clusters.SelectMany(c => c.Documents.Select(d => d with { Id = $"{c.Id}-{d.Id}" })).ToList();

    /// <summary>Every other dev cluster (<paramref name="half"/> 0 or 1) as one input.</summary>
    public static List<SourceDocument> MergedHalf(int half) => Merged(All.Where((_, i) => i % 2 == half));
}
