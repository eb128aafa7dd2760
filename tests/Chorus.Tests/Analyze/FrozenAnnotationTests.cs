using Chorus.Evaluate;
using Xunit.Abstractions;

namespace Chorus.Tests.Analyze;

/// <summary>
/// The frozen evaluation set: 31 dev clusters annotated by reading (Annotations/frozen, rules in Annotations/GUIDE.md)
/// and never used to tune a rule. Every span must still point at the text it was annotated on, and the figures of
/// `chorus eval-analysis` must not fall below the ones measured when the set was frozen, minus a stated margin.
/// </summary>
public class FrozenAnnotationTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "Chorus.Tests", "Analyze", "Annotations", "frozen");

    private static readonly (IReadOnlyList<ClusterAnnotation> Clusters, IReadOnlyList<string> Problems) Loaded = AnalysisAnnotations.LoadFolder(Folder);

    [Fact]
    public void Every_annotation_file_loads_and_every_span_matches_its_check_in_the_shared_data()
    {
        Assert.Empty(Loaded.Problems);
        Assert.Equal(31, Loaded.Clusters.Count);
        int spans = AnnotationSpans.AssertAllMatchSharedData(Loaded.Clusters);
        Assert.True(spans > 500, $"only {spans} spans");
    }

    [Fact]
    public void The_analysis_holds_its_measured_figures_on_the_frozen_set()
    {
        var report = AnalysisEvaluation.Evaluate(SharedData.MultiNewsDev, Loaded.Clusters);
        output.WriteLine(Chorus.Cli.Commands.AnalysisEvalCommand.Text(report, withMisses: false));
        Assert.Empty(report.Problems);
        Assert.Equal(31, report.Clusters);
        // Measured at the freeze (chorus eval-analysis, README "Analysis quality"): quote spans 0.96 (465/484) and
        // 0.95 (465/487); speakers 0.90 (242/269) and 0.53 (242/460); cited outlets 0.79 (23/29) and 0.35 (23/65);
        // discrepancies none reported, 0 of 5 found. Measured once more after tuning on Annotations/tune: speakers
        // 0.90 (243/269) and 0.53 (243/460), cited outlets 0.84 (26/31) and 0.40 (26/65), the rest unchanged.
        // Cited outlets once more, after the outlets round, with mentions of an article's own outlet ("ownOutlet")
        // counted on neither side as GUIDE.md says: 0.60 (15/25) and 0.42 (15/36); the finder before that round gave
        // 0.69 (11/16) and 0.31 (11/36) under the same scoring. After the third round (tuning on tune2 as well),
        // measured once with the quotes, outlets and discrepancy rounds merged: quote spans 0.96 (465/482) and 0.95
        // (465/487), speakers 0.92 (268/290) and 0.58 (268/460), discrepancies 0.00 (0/1) and 0 of 5. After the
        // fourth round (speaker rules that abstain on weak evidence; a cited outlet needs evidence in its name, not
        // only a citing phrase), measured once with everything merged: quote spans 0.97 (463/475) and 0.95 (463/487),
        // speakers 0.93 (269/289) and 0.58 (269/460), cited outlets 0.72 (13/18) and 0.36 (13/36), discrepancies
        // 0.00 (0/1) and 0 of 5. Outlet recall fell on purpose (recall is no target; precision is). After the fifth
        // round (two-apostrophe closers and stray open marks; an outlet that is a party to the story, company names,
        // "via X" only as a credit), measured once with everything merged: quote spans 0.99 (462/467) and 0.95
        // (462/487), speakers 0.93 (268/288) and 0.58 (268/460), cited outlets 0.88 (15/17) and 0.42 (15/36),
        // discrepancies 0.00 (0/1) and 0 of 5. After issue 14's round (a third tuning part, tune3; speaker rules found
        // by written probes; the scorer taking a multi-word tail of a name, "Huckabee Sanders", as the name, as it took
        // the surname alone), measured once: quote spans 0.99 (462/467) and 0.95 (462/487), speakers 0.96 (276/288) and
        // 0.60 (276/460), cited outlets 0.88 (15/17) and 0.42 (15/36), discrepancies 0.00 (0/1) and 0 of 5.
        // After the tenth round (session 13: a network that carried an event, a name before a group of people, a word
        // narrowing what one rewrite counts), measured once: cited outlets 1.00 (15/15) and 0.42 (15/36), discrepancies
        // none reported and 0 of 5; quotes and speakers unchanged. After the eleventh round (session 14: speaker rules
        // tuned on the tuning parts only), measured once: speakers 0.95 (283/297) and 0.62 (283/460), every other
        // figure unchanged. After the thirteenth round (session 16: a general comparable-figure matcher tuned on the
        // tuning parts only), measured once: discrepancies 0.00 (0/1 reported: a judgment's total against its punitive
        // part) and 0 of 5, every other figure unchanged. After the seventeenth round (session 21: speaker rules tuned
        // on the tuning parts only), measured once: speakers 0.96 (301/315) and 0.65 (301/460), every other figure
        // unchanged. Cited-outlet precision is held at issue 14's target.
        // Margins: 0.03 for quotes and speakers (about 15 quotations, 9 speakers), 0.05 for outlets (about two mentions); at most one wrong
        // discrepancy may appear.
        Assert.True(report.QuoteSpans.Precision >= 0.96, $"quote span precision {report.QuoteSpans.Precision:0.00}");
        Assert.True(report.QuoteSpans.Recall >= 0.92, $"quote span recall {report.QuoteSpans.Recall:0.00}");
        Assert.True(report.QuoteSpeakers.Precision >= 0.93, $"quote speaker precision {report.QuoteSpeakers.Precision:0.00}");
        Assert.True(report.QuoteSpeakers.Recall >= 0.57, $"quote speaker recall {report.QuoteSpeakers.Recall:0.00}");
        Assert.True(report.CitedOutlets.Precision >= 0.95, $"cited outlet precision {report.CitedOutlets.Precision:0.00}");
        Assert.True(report.CitedOutlets.Recall >= 0.31, $"cited outlet recall {report.CitedOutlets.Recall:0.00}");
        Assert.Equal(5, report.Discrepancies.Annotated);
        Assert.True(report.Discrepancies.Predicted - report.Discrepancies.PredictedRight <= 1, $"{report.Discrepancies.Predicted - report.Discrepancies.PredictedRight} wrong discrepancies");
    }
}
