using Chorus.Analyze;
using Chorus.Evaluate;
using Chorus.Ingest;
using Chorus.Pipeline;

namespace Chorus.Tests.Analyze;

/// <summary>The eval-analysis scorer on a two-article cluster written for the test, where every figure is known.</summary>
public sealed class AnalysisEvaluationTests : IDisposable
{
    private readonly string _dataset = Path.Combine(Path.GetTempPath(), "chorus-eval-analysis-" + Guid.NewGuid().ToString("N"));

    private const string First = "Bridge over the Lark reopens\n\n"
        + "The bridge over the Lark River reopened on Tuesday after 14 months of repairs, according to the Lakeside Gazette.\n\n"
        + "\"We kept every promise we made to this town,\" Mayor Ann Lee said at the ceremony.\n\n"
        + "Protesters carried a banner reading \"No more tolls on our bridge\" outside the hall.\n";

    private const string Second = "\uFEFFThe Lark River bridge   opened again on Tuesday, 16 months after it closed, the Harbor Times reported.\n\n"
        + "Lee told the crowd: “Nobody here will ever pay a toll to cross it.” 😀\n";

    public AnalysisEvaluationTests()
    {
        Directory.CreateDirectory(Path.Combine(_dataset, "c1", "docs"));
        File.WriteAllText(Path.Combine(_dataset, "c1", "docs", "01.txt"), First);
        File.WriteAllText(Path.Combine(_dataset, "c1", "docs", "02.txt"), Second);
    }

    public void Dispose() => Directory.Delete(_dataset, recursive: true);

    private static AnnotatedSpan Span(string doc, string text, string words)
    {
        var raw = new RawText(text);
        var at = raw.Find(words)!.Value;
        return new AnnotatedSpan(doc, at.Start, at.End, RawText.Check(raw.Slice(at.Start, at.End)!));
    }

    private static ClusterAnnotation Annotation() => new("c1", ["01", "02"],
        [
            new AnnotatedQuote(Span("01", First, "We kept every promise we made to this town"), "Ann Lee"),
            new AnnotatedQuote(Span("02", Second, "Nobody here will ever pay a toll to cross it"), "Ann Lee"),
        ],
        [new AnnotatedOutlet(Span("01", First, "Lakeside Gazette"), "Lakeside Gazette"), new AnnotatedOutlet(Span("02", Second, "Harbor Times"), "Harbor Times")],
        [new AnnotatedDiscrepancy("months of repairs", "months",
            new AnnotatedValue(Span("01", First, "14 months"), "14"), new AnnotatedValue(Span("02", Second, "16 months"), "16"))]);

    [Fact]
    public void Raw_offsets_count_code_points_after_the_bom_and_checks_match_the_annotators_python()
    {
        var raw = new RawText("\uFEFFA 😀 b “Héllo wörld” end");
        Assert.Equal((7, 18), raw.Find("héllo   WÖRLD")!.Value);
        Assert.Equal("Héllo wörld", raw.Slice(7, 18));
        // Values printed by GUIDE.md's Python check for the same strings.
        Assert.Equal("714d0185", RawText.Check("We kept every promise we made to this town"));
        Assert.Equal("0e1d32f2", RawText.Check("Età ½ Ünïcode 😀 test"));
        Assert.Null(raw.Slice(5, 400));
    }

    // Some dev files carry curly marks as broken UTF-8 ("campersâ\u0080\u0099 account", "an â\u0080\u009cauroral
    // light"), which the cleaner repairs; the sentences analysed are found in the file all the same, and a letter
    // with an accent is still a letter.
    [Fact]
    public void A_sentence_whose_curly_marks_were_repaired_is_found_where_the_file_has_them_broken()
    {
        var raw = new RawText("Night fell. The campers\u00e2\u0080\u0099 account, published in the paper, says \u00e2\u0080\u009cwe could read\u00e2\u0080\u009d. Caf\u00e9 lights.");
        var at = raw.Find("The campers’ account, published in the paper, says “we could read”.")!.Value;
        Assert.Equal(12, at.Start);
        Assert.StartsWith("The campers", raw.Slice(at.Start, at.End));
        Assert.EndsWith("read", raw.Slice(at.Start, at.End));
        Assert.NotNull(raw.Find("Café lights"));
    }

    [Theory]
    [InlineData("Putin", "President Vladimir Putin", true)]
    [InlineData("Vladimir V. Putin", "Vladimir Putin", true)]
    [InlineData("J. Smith", "John Smith", true)]
    [InlineData("White House", "the White House", true)]
    [InlineData("Donald Trump Jr.", "Donald Trump", true)]
    [InlineData("Melania Trump", "Donald Trump", false)]
    [InlineData("Emmanuel Macron", "Vladimir Putin", false)]
    [InlineData("Macron", null, false)]
    // Compound surnames and middle names as the articles of two clusters give them (02700514f163, 44916c0c85c6,
    // e938aa4da9ec), and one article's two apostrophes (0e285d4f4c44).
    [InlineData("Dickson Wright", "Clarissa Dickson Wright", true)]
    [InlineData("Huckabee Sanders", "Sarah Huckabee Sanders", true)]
    [InlineData("Manana Nabugyere", "Francis Manana Nabugyere", true)]
    [InlineData("Sa’ar", "Gideon Sa'ar", true)]
    [InlineData("Arthur Dickson Wright", "Clarissa Dickson Wright", false)]
    [InlineData("Jane Huckabee Sanders", "Sarah Huckabee Sanders", false)]
    public void Speakers_are_compared_by_name_forms(string predicted, string? annotated, bool same) =>
        Assert.Equal(same, SpeakerNames.Same(predicted, annotated));

    [Fact]
    public void A_hand_made_analysis_scores_exactly_what_it_got_right_and_wrong()
    {
        var read = new ArticleReader().Read([Path.Combine(_dataset, "c1")]);
        var linked = new ClusterPipeline { Summarizer = null }.Run(read.Documents, Chorus.Summarize.Budget.Default).Linked;
        SentenceRef Ref(string doc, string words)
        {
            var s = linked.Sentences.First(s => s.DocId == doc && s.Text.Contains(words, StringComparison.Ordinal));
            return new SentenceRef(s.DocId, s.Position, s.Text);
        }
        var promise = Ref("01", "every promise");
        var banner = Ref("01", "banner");
        var toll = Ref("02", "Nobody here");
        var analysis = new ClusterAnalysis([],
            [
                new Quote("Lee", "We kept every promise we made to this town", ["01"], [promise]),       // right, with a surname only
                new Quote("Ann Lee", "No more tolls on our bridge", ["01"], [banner]),                      // a banner: not a quote
                new Quote(null, "Nobody here will ever pay a toll to cross it", ["02"], [toll]),            // right span, no speaker
            ],
            [
                new Discrepancy("how long the repairs lasted", QuantityKind.Duration, [
                    new DiscrepancyValue("14 months", ["01"], "", [Ref("01", "14 months")]),
                    new DiscrepancyValue("16 months", ["02"], "", [Ref("02", "16 months")])]),
                new Discrepancy("number of tolls", QuantityKind.Count, [
                    new DiscrepancyValue("x", ["01"], "", [banner]), new DiscrepancyValue("y", ["02"], "", [toll])]),
            ],
            [new CitedOutlet("Lakeside Gazette", ["01"], [Ref("01", "Gazette")]), new CitedOutlet("SUV", ["02"], [Ref("02", "Harbor")])],
            [], [], []);
        var raw = new Dictionary<string, RawText> { ["01"] = new(First), ["02"] = new(Second) };

        var score = AnalysisEvaluation.Score(Annotation(), analysis, new AnalysisItemLocator(linked, raw));

        Assert.Equal(new AnalysisScore(3, 2, 2, 2), score.QuoteSpans);
        Assert.Equal(new AnalysisScore(2, 1, 2, 1), score.QuoteSpeakers);
        Assert.Equal(new AnalysisScore(2, 1, 2, 1), score.CitedOutlets);
        Assert.Equal(new AnalysisScore(2, 1, 1, 1), score.Discrepancies);
        Assert.Contains(score.Misses, m => m.StartsWith("outlet not annotated: c1/02", StringComparison.Ordinal) && m.EndsWith("SUV", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quotation_found_without_a_speaker_the_annotators_name_is_listed_as_speaker_not_given()
    {
        var read = new ArticleReader().Read([Path.Combine(_dataset, "c1")]);
        var linked = new ClusterPipeline { Summarizer = null }.Run(read.Documents, Chorus.Summarize.Budget.Default).Linked;
        SentenceRef Ref(string doc, string words)
        {
            var s = linked.Sentences.First(s => s.DocId == doc && s.Text.Contains(words, StringComparison.Ordinal));
            return new SentenceRef(s.DocId, s.Position, s.Text);
        }
        var analysis = new ClusterAnalysis([],
            [
                new Quote(null, "We kept every promise we made to this town", ["01"], [Ref("01", "every promise")]),  // found, no speaker
                new Quote("Bo Roe", "Nobody here will ever pay a toll to cross it", ["02"], [Ref("02", "Nobody here")]), // found, wrong speaker
            ],
            [], [], [], [], []);
        var raw = new Dictionary<string, RawText> { ["01"] = new(First), ["02"] = new(Second) };
        var annotation = Annotation();

        var misses = AnalysisEvaluation.Score(annotation, analysis, new AnalysisItemLocator(linked, raw)).Misses;

        var promise = annotation.Quotes[0].Span;
        Assert.Contains($"speaker not given: c1/01 {promise.Start}-{promise.End} (annotated Ann Lee)", misses);
        // The wrong speaker keeps its own line and is not a speaker left out.
        Assert.Single(misses, m => m.StartsWith("speaker not given:", StringComparison.Ordinal));
        Assert.Contains(misses, m => m.StartsWith("wrong speaker: c1/02", StringComparison.Ordinal) && m.EndsWith("Bo Roe, annotated Ann Lee", StringComparison.Ordinal));
    }

    [Fact]
    public void A_mention_of_the_articles_own_outlet_counts_on_neither_side()
    {
        var read = new ArticleReader().Read([Path.Combine(_dataset, "c1")]);
        var linked = new ClusterPipeline { Summarizer = null }.Run(read.Documents, Chorus.Summarize.Budget.Default).Linked;
        var gazette = linked.Sentences.First(s => s.DocId == "01" && s.Text.Contains("Gazette", StringComparison.Ordinal));
        var times = linked.Sentences.First(s => s.DocId == "02" && s.Text.Contains("Harbor Times", StringComparison.Ordinal));
        var raw = new Dictionary<string, RawText> { ["01"] = new(First), ["02"] = new(Second) };
        var own = Annotation() with { CitedOutlets = [Annotation().CitedOutlets[0], Annotation().CitedOutlets[1] with { OwnOutlet = true }] };
        ClusterAnalysis Citing(params CitedOutlet[] outlets) => new([], [], [], outlets, [], [], []);
        var gazetteCited = new CitedOutlet("Lakeside Gazette", ["01"], [new SentenceRef("01", gazette.Position, gazette.Text)]);
        var timesCited = new CitedOutlet("Harbor Times", ["02"], [new SentenceRef("02", times.Position, times.Text)]);

        // Reported or not, the own-outlet mention changes nothing: one annotated mention, found.
        Assert.Equal(new AnalysisScore(1, 1, 1, 1), AnalysisEvaluation.Score(own, Citing(gazetteCited, timesCited), new AnalysisItemLocator(linked, raw)).CitedOutlets);
        Assert.Equal(new AnalysisScore(1, 1, 1, 1), AnalysisEvaluation.Score(own, Citing(gazetteCited), new AnalysisItemLocator(linked, raw)).CitedOutlets);
        // Without the mark it is an ordinary mention that was missed.
        Assert.Equal(new AnalysisScore(1, 1, 2, 1), AnalysisEvaluation.Score(Annotation(), Citing(gazetteCited), new AnalysisItemLocator(linked, raw)).CitedOutlets);
    }

    [Fact]
    public void A_span_whose_check_does_not_match_is_reported_and_left_out()
    {
        var good = Annotation();
        var bad = good with { Quotes = [good.Quotes[0] with { Span = good.Quotes[0].Span with { Check = "00000000" } }, good.Quotes[1]] };
        var report = AnalysisEvaluation.Evaluate(_dataset, [bad, good with { Cluster = "missing" }]);
        Assert.Equal(1, report.Clusters);
        Assert.Equal(1, report.QuoteSpans.Annotated);
        Assert.Contains(report.Problems, p => p.Contains("c1/01") && p.Contains("does not match"));
        Assert.Contains(report.Problems, p => p.StartsWith("missing: no folder", StringComparison.Ordinal));
    }

    [Fact]
    public void The_command_prints_every_section_with_its_counts_in_text_and_json()
    {
        var annotations = Path.Combine(_dataset, "annotations");
        Directory.CreateDirectory(annotations);
        File.WriteAllText(Path.Combine(annotations, "c1.json"), System.Text.Json.JsonSerializer.Serialize(new
        {
            cluster = "c1", docs = new[] { "01", "02" },
            quotes = Annotation().Quotes.Select(q => new { doc = q.Span.Doc, start = q.Span.Start, end = q.Span.End, check = q.Span.Check, speaker = q.Speaker, words = 9 }),
            citedOutlets = Array.Empty<object>(), discrepancies = Array.Empty<object>(),
        }));
        File.WriteAllText(Path.Combine(annotations, "broken.json"), "{ not json");
        var (code, stdout, stderr) = CliRun(["eval-analysis", _dataset, "--annotations", annotations]);
        Assert.Equal(0, code);
        Assert.Contains("1 annotated clusters", stdout);
        Assert.Matches(@"quote spans\s+\S+\s+\d+/\d+\s+\S+\s+\d+/2", stdout);
        Assert.Contains("broken.json: not a cluster annotation", stderr);

        var (jsonCode, json, _) = CliRun(["eval-analysis", _dataset, "--annotations", annotations, "--format", "json"]);
        Assert.Equal(0, jsonCode);
        var root = System.Text.Json.JsonDocument.Parse(json).RootElement;
        Assert.Equal(2, root.GetProperty("quoteSpeakers").GetProperty("annotated").GetInt32());
        Assert.Equal(0, root.GetProperty("discrepancies").GetProperty("annotated").GetInt32());
    }

    private static (int Code, string Stdout, string Stderr) CliRun(string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        int code = Chorus.Cli.Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
