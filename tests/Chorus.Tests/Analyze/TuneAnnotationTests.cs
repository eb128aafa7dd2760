using Chorus.Evaluate;
using Xunit.Abstractions;

namespace Chorus.Tests.Analyze;

/// <summary>
/// The second tuning part: 16 dev clusters outside the frozen set, annotated by two annotators by reading
/// (Annotations/tune, rules in Annotations/GUIDE.md). The rules of TuningRuleTests were found on its misses, so its
/// figures show fit, not generality (the frozen set does that). Every span must point at the text it was annotated
/// on, and the figures must not fall below the ones measured at the end of tuning, minus a stated margin.
/// </summary>
public class TuneAnnotationTests(ITestOutputHelper output)
{
    private static string Part(string name) => Path.Combine(RepoPaths.Root, "tests", "Chorus.Tests", "Analyze", "Annotations", name);

    /// <summary>The clusters the named annotation parts hold: a later part must share none with them.</summary>
    private static HashSet<string> ClustersOf(params string[] parts) =>
        parts.SelectMany(part => Directory.EnumerateFiles(Part(part), "*.json")).Select(f => Path.GetFileNameWithoutExtension(f)).ToHashSet();

    private static readonly string Folder = Part("tune");

    private static readonly (IReadOnlyList<ClusterAnnotation> Clusters, IReadOnlyList<string> Problems) Loaded = AnalysisAnnotations.LoadFolder(Folder);

    [Fact]
    public void Every_tuning_annotation_loads_and_every_span_matches_its_check_in_the_shared_data()
    {
        Assert.Empty(Loaded.Problems);
        Assert.Equal(16, Loaded.Clusters.Count);
        var frozen = ClustersOf("frozen");
        Assert.DoesNotContain(Loaded.Clusters, c => frozen.Contains(c.Cluster));
        int spans = AnnotationSpans.AssertAllMatchSharedData(Loaded.Clusters);
        Assert.True(spans > 250, $"only {spans} spans");
    }

    /// <summary>Annotations/tune2: more tuning clusters, annotated after the frozen part by the same rules; its spans
    /// are held to the same checks, and it shares no cluster with the frozen or the first tuning part.</summary>
    [Fact]
    public void Every_annotation_of_the_further_tuning_part_loads_and_every_span_matches_its_check_in_the_shared_data()
    {
        var (clusters, problems) = AnalysisAnnotations.LoadFolder(Part("tune2"));
        Assert.Empty(problems);
        Assert.NotEmpty(clusters);
        var earlier = ClustersOf("frozen", "tune");
        Assert.DoesNotContain(clusters, c => earlier.Contains(c.Cluster));
        Assert.True(AnnotationSpans.AssertAllMatchSharedData(clusters) > 0);
    }

    /// <summary>Annotations/tune3: dev clusters in no earlier part, annotated when the frozen figures showed the
    /// first two tuning parts were overfit; it must share no cluster with any earlier part.</summary>
    [Fact]
    public void Every_annotation_of_the_third_tuning_part_loads_and_every_span_matches_its_check_in_the_shared_data()
    {
        var (clusters, problems) = AnalysisAnnotations.LoadFolder(Part("tune3"));
        Assert.Empty(problems);
        Assert.True(clusters.Count >= 12, $"only {clusters.Count} clusters");
        var earlier = ClustersOf("frozen", "tune", "tune2");
        Assert.DoesNotContain(clusters, c => earlier.Contains(c.Cluster));
        Assert.True(AnnotationSpans.AssertAllMatchSharedData(clusters) > 100);
    }

    [Fact]
    public void The_analysis_holds_its_measured_figures_on_the_third_tuning_part()
    {
        var (clusters, _) = AnalysisAnnotations.LoadFolder(Part("tune3"));
        var report = AnalysisEvaluation.Evaluate(SharedData.MultiNewsDev, clusters);
        output.WriteLine(Chorus.Cli.Commands.AnalysisEvalCommand.Text(report, withMisses: false));
        Assert.Empty(report.Problems);
        // Measured at the end of issue 14's round: quote spans 1.00 (405/406) and 0.96 (405/422), speakers 0.99
        // (246/249) and 0.64 (247/383), cited outlets 1.00 (35/35) and 0.63 (35/56). Before the round (annotated, then
        // measured before any change): speakers 0.96 (236/245), outlets 1.00 (33/33). Margins as for the first part.
        Assert.True(report.QuoteSpans.Precision >= 0.97, $"quote span precision {report.QuoteSpans.Precision:0.00}");
        Assert.True(report.QuoteSpans.Recall >= 0.93, $"quote span recall {report.QuoteSpans.Recall:0.00}");
        Assert.True(report.QuoteSpeakers.Precision >= 0.96, $"quote speaker precision {report.QuoteSpeakers.Precision:0.00}");
        Assert.True(report.QuoteSpeakers.Recall >= 0.61, $"quote speaker recall {report.QuoteSpeakers.Recall:0.00}");
        Assert.True(report.CitedOutlets.Precision >= 0.90, $"cited outlet precision {report.CitedOutlets.Precision:0.00}");
        Assert.True(report.CitedOutlets.Recall >= 0.58, $"cited outlet recall {report.CitedOutlets.Recall:0.00}");
        // Discrepancies 0.67 (2/3) and 1.00 (2/2), before and after the general comparable-figure matcher (issue 14,
        // disc5): it adds nothing here. At most one more wrong, none missed.
        Assert.Equal(2, report.Discrepancies.AnnotatedFound);
        Assert.True(report.Discrepancies.Predicted - report.Discrepancies.PredictedRight <= 2, $"{report.Discrepancies.Predicted - report.Discrepancies.PredictedRight} wrong discrepancies");
    }

    [Fact]
    public void The_discrepancies_hold_their_measured_figures_on_the_second_tuning_part()
    {
        var (clusters, _) = AnalysisAnnotations.LoadFolder(Part("tune2"));
        var report = AnalysisEvaluation.Evaluate(SharedData.MultiNewsDev, clusters);
        output.WriteLine(Chorus.Cli.Commands.AnalysisEvalCommand.Text(report, withMisses: false));
        Assert.Empty(report.Problems);
        // Measured after the general comparable-figure matcher (issue 14, disc5): 1.00 (10/10) and 0.64 (14/22); before
        // it 1.00 (8/8) and 0.55 (12/22) (the date of an allegation told as Oct. 30 and Oct. 29, and "about five weeks"
        // against "six weeks" are the two it adds). Margins: one wrong item, one found item.
        Assert.Equal(22, report.Discrepancies.Annotated);
        Assert.True(report.Discrepancies.AnnotatedFound >= 13, $"{report.Discrepancies.AnnotatedFound} of 22 discrepancies found");
        Assert.True(report.Discrepancies.Predicted - report.Discrepancies.PredictedRight <= 1, $"{report.Discrepancies.Predicted - report.Discrepancies.PredictedRight} wrong discrepancies");
    }

    [Fact]
    public void The_analysis_holds_its_measured_figures_on_the_tuning_part()
    {
        var report = AnalysisEvaluation.Evaluate(SharedData.MultiNewsDev, Loaded.Clusters);
        output.WriteLine(Chorus.Cli.Commands.AnalysisEvalCommand.Text(report, withMisses: false));
        Assert.Empty(report.Problems);
        Assert.Equal(16, report.Clusters);
        // Measured at the end of tuning (chorus eval-analysis --annotations …/tune, README "Analysis quality"): quote
        // spans 0.96 (205/214) and 0.86 (205/237); speakers 1.00 (120/120) and 0.57 (120/210); cited outlets 0.90
        // (18/20) and 0.39 (18/46); discrepancies none reported, 0 of 6 found. Margins: 0.03 for quotes (about six
        // quotations), 0.10 for outlet precision (two mentions), 0.05 for outlet recall; at most one wrong discrepancy.
        Assert.True(report.QuoteSpans.Precision >= 0.93, $"quote span precision {report.QuoteSpans.Precision:0.00}");
        Assert.True(report.QuoteSpans.Recall >= 0.83, $"quote span recall {report.QuoteSpans.Recall:0.00}");
        Assert.True(report.QuoteSpeakers.Precision >= 0.97, $"quote speaker precision {report.QuoteSpeakers.Precision:0.00}");
        Assert.True(report.QuoteSpeakers.Recall >= 0.54, $"quote speaker recall {report.QuoteSpeakers.Recall:0.00}");
        Assert.True(report.CitedOutlets.Precision >= 0.80, $"cited outlet precision {report.CitedOutlets.Precision:0.00}");
        Assert.True(report.CitedOutlets.Recall >= 0.34, $"cited outlet recall {report.CitedOutlets.Recall:0.00}");
        Assert.Equal(6, report.Discrepancies.Annotated);
        Assert.True(report.Discrepancies.Predicted - report.Discrepancies.PredictedRight <= 1, $"{report.Discrepancies.Predicted - report.Discrepancies.PredictedRight} wrong discrepancies");
    }
}
