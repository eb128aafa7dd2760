using Chorus.Evaluate;

namespace Chorus.Tests.Analyze;

/// <summary>What every span-annotated part must hold: its clusters are the shared data's, every document of a cluster
/// is listed, and every span still points at the text it was annotated on (its check), so a changed file or a wrong
/// offset fails here rather than quietly scoring against other text.</summary>
public static class AnnotationSpans
{
    /// <returns>How many spans were checked.</returns>
    public static int AssertAllMatchSharedData(IReadOnlyList<ClusterAnnotation> clusters)
    {
        int spans = 0;
        foreach (var cluster in clusters)
        {
            var docs = Path.Combine(SharedData.MultiNewsDev, cluster.Cluster, "docs");
            Assert.True(Directory.Exists(docs), $"{cluster.Cluster}: no such cluster in ../shared");
            Assert.Equal(Directory.EnumerateFiles(docs, "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)).Order().ToList(), cluster.Docs.Order().ToList());
            var raw = cluster.Docs.ToDictionary(d => d, d => RawText.Read(Path.Combine(docs, d + ".txt")));
            foreach (var span in cluster.Spans)
            {
                var text = raw[span.Doc].Slice(span.Start, span.End);
                Assert.True(text is not null && RawText.Check(text) == span.Check, $"{cluster.Cluster}/{span.Doc} {span.Start}-{span.End}: check {span.Check} does not match");
                spans++;
            }
        }
        return spans;
    }
}
