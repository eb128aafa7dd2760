using System.Text.Json;
using Chorus.Analyze;
using Chorus.Clean;
using Chorus.Ingest;
using Chorus.Link;
using Chorus.Segment;

namespace Chorus.Tests.Analyze;

/// <summary>What the annotation tests share: the annotation files, and a dev cluster read, cleaned, segmented,
/// linked and analysed exactly as the annotations' sentence numbers assume.</summary>
public static class DevClusterAnnotations
{
    public static JsonElement Load(string file) => JsonDocument.Parse(
        File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Chorus.Tests", "Analyze", "Annotations", file))).RootElement;

    public static LinkedCluster Link(string cluster)
    {
        var docs = new ArticleReader().Read([Path.Combine(SharedData.MultiNewsDev, cluster)]).Documents;
        return new SentenceLinker().Link(Segmenter.Segment(new ArticleCleaner().Clean(docs)));
    }

    public static ClusterAnalysis Analyze(string cluster) => new ClusterAnalyzer().Analyze(Link(cluster));

    /// <summary>Annotations give speakers by surname; the analysis gives the fullest name the cluster uses.</summary>
    public static string Surname(string speaker) => speaker.Split(' ')[^1];
}
