using Chorus.Analyze;
using Chorus.Evaluate;
using Chorus.Ingest;
using Chorus.Pipeline;
using Xunit.Abstractions;

namespace Chorus.Tests.Analyze;

/// <summary>
/// Precision of each path of the cited-outlet finder (wording × name evidence) on both tuning parts
/// (Annotations/tune and tune2), so a loose path shows up on its own rather than hidden in the total. The table is
/// printed; the test holds the total and every path with enough examples to the held-out target.
/// </summary>
public class OutletCitationPathTests(ITestOutputHelper output)
{
    private static readonly string[] Parts = ["tune", "tune2"];

    [Fact]
    public void Every_citation_path_is_precise_on_the_tuning_parts()
    {
        var tally = new Dictionary<(CitationWording, NameEvidence), (int Right, int Wrong)>();
        var wrong = new List<string>();
        foreach (var part in Parts)
        {
            var (clusters, problems) = AnalysisAnnotations.LoadFolder(Path.Combine(RepoPaths.Root, "tests", "Chorus.Tests", "Analyze", "Annotations", part));
            Assert.Empty(problems);
            foreach (var cluster in clusters)
                foreach (var (mention, backed) in Judge(cluster))
                {
                    var key = (mention.Wording, mention.Evidence);
                    var (r, w) = tally.GetValueOrDefault(key);
                    tally[key] = backed ? (r + 1, w) : (r, w + 1);
                    output.WriteLine($"{(backed ? "right" : "WRONG")}: {cluster.Cluster}/{mention.Sentence.DocId} {mention.Wording}/{mention.Evidence} {mention.Name}: {mention.Sentence.Text}");
                    if (!backed) wrong.Add($"{cluster.Cluster}/{mention.Sentence.DocId} {mention.Wording}/{mention.Evidence} {mention.Name}: {mention.Sentence.Text}");
                }
        }
        foreach (var ((wording, evidence), (r, w)) in tally.OrderBy(t => t.Key.Item1).ThenBy(t => t.Key.Item2))
            output.WriteLine($"{wording,-16} {evidence,-16} n {r + w,3}  right {r,3}  wrong {w,3}");
        foreach (var line in wrong) output.WriteLine("wrong: " + line);
        int right = tally.Values.Sum(v => v.Right), all = tally.Values.Sum(v => v.Right + v.Wrong);
        output.WriteLine($"all paths: {right}/{all}");
        Assert.True(all >= 40, $"only {all} mentions");
        Assert.True(right >= 0.95 * all, $"precision {right}/{all}");
    }

    /// <summary>Each mention the finder accepts in one annotated cluster, and whether an annotation backs it. A
    /// mention of the article's own outlet counts on neither side, as in <see cref="AnalysisEvaluation"/>.</summary>
    private static IEnumerable<(OutletMention Mention, bool Right)> Judge(ClusterAnnotation annotation)
    {
        var folder = Path.Combine(SharedData.MultiNewsDev, annotation.Cluster, "docs");
        var raw = Directory.EnumerateFiles(folder, "*.txt").ToDictionary(f => Path.GetFileNameWithoutExtension(f), RawText.Read);
        var read = new ArticleReader().Read([folder]);
        var linked = new ClusterPipeline { Summarizer = null }.Run(read.Documents, Chorus.Summarize.Budget.Default).Linked;
        var locator = new AnalysisItemLocator(linked, raw);
        foreach (var mention in new OutletCitationFinder().Mentions(linked))
        {
            var span = locator.Mention(new SentenceRef(mention.Sentence.DocId, mention.Sentence.Position, mention.Sentence.Text), mention.Name);
            bool Covers(AnnotatedOutlet a) => span is not null && AnalysisEvaluation.Overlaps(span, a.Span);
            if (annotation.CitedOutlets.Any(a => a.OwnOutlet && Covers(a))) continue;
            yield return (mention, annotation.CitedOutlets.Any(a => !a.OwnOutlet && Covers(a)));
        }
    }
}
