using Chorus.Analyze;
using System.Text.Json;
using Chorus.Ingest;
using Chorus.Pipeline;
using Chorus.Report;
using Chorus.Summarize;

namespace Chorus.Tests.Report;

public class ReportTests
{
    private static SummaryReport SampleReport(IReadOnlyList<SourceDocument>? docs = null)
    {
        docs ??= new ArticleReader().Read([RepoPaths.Sample]).Documents;
        return SummaryReport.From(new ClusterPipeline().Run(docs, Budget.Words(80)), []);
    }

    [Fact]
    public void Json_streamed_into_a_reused_buffer_is_the_serializer_output_byte_for_byte()
    {
        // Two clusters of different shape (the sample with its removals and notes, a dev cluster with copies
        // and quotes): the streaming writer must print exactly what serializing the model to a string prints.
        var reports = new[]
        {
            SampleReport() with { Notes = ["only one article: a note with “quotes” and <angle> & ampersand"] },
            SampleReport(new ArticleReader().Read([Directory.EnumerateDirectories(SharedData.MultiNewsDev).Order(StringComparer.Ordinal).First()]).Documents),
        };
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(16);
        foreach (var report in reports)
        {
            var expected = JsonSerializer.Serialize(Chorus.Report.Model.ReportModelMapper.ToModel(report), JsonReportWriter.Options) + Environment.NewLine;
            buffer.ResetWrittenCount();
            new JsonReportWriter().Write(report, buffer);
            Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
            Assert.Equal(expected, new JsonReportWriter().Write(report));
        }
    }

    [Fact]
    public void Json_has_documents_with_removals_summary_with_sources_and_words()
    {
        var json = JsonDocument.Parse(new JsonReportWriter().Write(SampleReport())).RootElement;
        var docs = json.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(4, docs.Count);
        var herald = docs.Single(d => d.GetProperty("id").GetString() == "01_lakeport-herald");
        Assert.Equal("Ferry runs aground off Lakeport; all 212 passengers rescued", herald.GetProperty("title").GetString());
        Assert.Contains(herald.GetProperty("removed").EnumerateArray(), r => r.GetProperty("reason").GetString() == "link spam");
        var summary = json.GetProperty("summary").EnumerateArray().ToList();
        Assert.NotEmpty(summary);
        Assert.All(summary, s => Assert.NotEmpty(s.GetProperty("sources").EnumerateArray()));
        Assert.Equal(summary.Sum(s => TextStats.CountWords(s.GetProperty("text").GetString()!)), json.GetProperty("words").GetInt32());
    }

    [Fact]
    public void Text_report_numbers_sources_and_marks_sentences()
    {
        var text = new TextReportWriter().Write(SampleReport());
        Assert.Contains("[1][2]", text);
        Assert.Contains("[1] Ferry runs aground off Lakeport; all 212 passengers rescued (01_lakeport-herald)", text);
        Assert.Contains("[4] 04_archive-notice [excluded:", text);
    }

    [Fact]
    public void Markdown_cannot_carry_markup_or_script_from_articles()
    {
        var hostile = new SourceDocument("evil", "evil.txt", "<script>alert('t')</script> Storm [link](javascript:alert(1))", null, null, null, null,
        [
            "A storm <img src=x onerror=alert(1)> flooded the valley on Monday, cutting power to 4,000 homes, officials said.",
            "Rescuers used boats to reach families on the upper floors of houses, and no one was hurt, the fire service said <b>late</b> on Monday.",
        ]);
        var md = new MarkdownReportWriter().Write(SampleReport([hostile]));
        // Raw HTML needs an unescaped "<", a link an unescaped "](" ; Markdown shows "\<" as "<".
        Assert.DoesNotMatch(@"(?<!\\)<", md);
        Assert.DoesNotMatch(@"(?<!\\)\]\(javascript", md);
        // The sentence carrying the tag is not shown at all (DamagedText: markup in the words), nor the title, which
        // reads as no headline; the sentence with a bold tag still is, escaped.
        Assert.DoesNotContain("onerror", md);
        Assert.DoesNotContain("script", md[md.IndexOf("## Sources", StringComparison.Ordinal)..]);
        Assert.Contains(@"\<b\>late\</b\>", md);
        Assert.DoesNotContain("&lt;", md);
    }

    // A viral-news page whose first line is its share counter, a newsletter page whose first line is its sign-up box,
    // and a headline: the Markdown sources list shows only what reads as a headline, as the text report does.
    [Fact]
    public void Markdown_sources_leave_out_a_title_that_is_no_headline()
    {
        string[] body =
        [
            "A storm flooded the valley on Monday, cutting power to 4,000 homes and closing the main road, officials said.",
            "Rescuers used boats to reach families on the upper floors of houses, and no one was hurt, the fire service said on Monday.",
        ];
        var md = new MarkdownReportWriter().Write(SampleReport(
        [
            new SourceDocument("a", "a.txt", "1,204 SHARES Share Tweet", null, null, null, null, body),
            new SourceDocument("b", "b.txt", "Get daily updates directly to your inbox + Subscribe Thank you for subscribing! Could not subscribe, try again later Invalid Email", null, null, null, null, body),
            new SourceDocument("c", "c.txt", "Storm floods valley, cutting power to 4,000 homes", null, null, null, null, body),
        ]));
        var sources = md[md.IndexOf("## Sources", StringComparison.Ordinal)..];
        Assert.DoesNotContain("SHARES", sources);
        Assert.DoesNotContain("Subscribe", sources);
        Assert.Contains("3. c — Storm floods valley, cutting power to 4,000 homes", sources);
        Assert.Contains("1. a", sources);
    }
}

public class ReportModelTests
{
    private static SummaryReport Sample() => ReportOf(new ArticleReader().Read([RepoPaths.Sample]).Documents);

    private static SummaryReport ReportOf(IReadOnlyList<SourceDocument> docs) =>
        SummaryReport.From(new ClusterPipeline { Analyzer = new Chorus.Analyze.ClusterAnalyzer() }.Run(docs, Budget.Words(80)), []);

    /// <summary>The repo's ferry sample, and the invented flood reports of the web tests (three outlets, two sharing sentences).</summary>
    public static TheoryData<string> Clusters => new() { "ferry", "flood" };

    private static SummaryReport Cluster(string name) => name == "ferry" ? Sample() : ReportOf(
        JsonLinesArticleParser.Parse("flood.jsonl", Chorus.Tests.Web.HostileCorpus.JsonLines()).Select(r => r.Document!).Where(d => d.Title!.Contains("Rivermouth")).ToList());

    [Theory]
    [MemberData(nameof(Clusters))]
    public void Json_is_the_versioned_model_with_citations_down_to_the_sentence_and_kinds_as_strings(string cluster)
    {
        var json = JsonDocument.Parse(new JsonReportWriter().Write(Cluster(cluster))).RootElement;
        Assert.Equal("1", json.GetProperty("schemaVersion").GetString());
        var docs = json.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!);
        foreach (var sentence in json.GetProperty("summary").EnumerateArray())
        {
            var citations = sentence.GetProperty("citations").EnumerateArray().ToList();
            Assert.Equal(sentence.GetProperty("sources").GetArrayLength(), citations.Count);
            foreach (var c in citations)
            {
                // The cited sentence of the cited article is the summary sentence or a near copy of it (or the first
                // sentence of a quotation shown whole): most of its words are in the summary sentence.
                var cited = docs[c.GetProperty("article").GetString()!].GetProperty("blocks").EnumerateArray()
                    .Where(b => b.GetProperty("kind").GetString() == "paragraph").SelectMany(b => b.GetProperty("sentences").EnumerateArray())
                    .Single(s => s.GetProperty("index").GetInt32() == c.GetProperty("sentence").GetInt32());
                var summaryWords = Words(sentence.GetProperty("text").GetString()!);
                var citedWords = Words(cited.GetProperty("text").GetString()!);
                Assert.True(citedWords.Count(summaryWords.Contains) * 2 >= citedWords.Count,
                    $"{c.GetProperty("article")}:{c.GetProperty("sentence")} is not the summary sentence");
            }
        }
        Assert.Contains(json.GetProperty("summary").EnumerateArray(), s => s.GetProperty("citations").GetArrayLength() > 1);
        Assert.Contains(json.GetProperty("copies").EnumerateArray(), c => c.GetProperty("direction").GetString() is "shared" or "aToB" or "bToA");
        if (cluster == "ferry")
        {
            var herald = docs["01_lakeport-herald"].GetProperty("blocks").EnumerateArray().ToList();
            Assert.Contains(herald, b => b.GetProperty("kind").GetString() == "removed" && b.GetProperty("removed").GetProperty("reason").GetString() == "link spam");
        }
        else
        {
            // Dated reports: the earlier outlet's text was carried by the later one.
            Assert.Contains(json.GetProperty("copies").EnumerateArray(), c => c.GetProperty("direction").GetString() == "aToB");
        }
    }

    private static HashSet<string> Words(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text.ToLowerInvariant(), @"\p{L}{4,}").Select(m => m.Value).ToHashSet();

    [Theory]
    [MemberData(nameof(Clusters))]
    public void A_stored_report_reads_back_to_the_same_json_and_an_old_one_reads_as_missing(string cluster)
    {
        var written = new JsonReportWriter().Write(Cluster(cluster));
        var back = JsonReportWriter.ReadReport(written);
        Assert.NotNull(back);
        Assert.Equal(written, new JsonReportWriter().Write(back));
        Assert.Null(JsonReportWriter.Read("""{"documents": [], "summary": [], "warnings": []}"""));
        Assert.Null(JsonReportWriter.Read("not json"));
    }

    [Fact]
    public void Every_pipeline_kind_has_its_own_public_kind_and_a_stored_kind_reads_back()
    {
        // Each quantity kind the pipeline reports is shown as itself, never as "other", and maps back unchanged.
        foreach (var kind in Enum.GetValues<QuantityKind>())
        {
            var shown = Chorus.Report.Model.ReportModelMapper.DiscrepancyKindOf(kind);
            Assert.NotEqual(Chorus.Report.Model.DiscrepancyKind.Other, shown);
            Assert.Equal(kind.ToString(), shown.ToString());
            Assert.Equal(kind, Chorus.Report.Model.ReportModelMapper.QuantityKindOf(shown));
        }
        // Kinds only earlier versions stored read as the nearest the pipeline has.
        Assert.Equal(QuantityKind.Measure, Chorus.Report.Model.ReportModelMapper.QuantityKindOf(Chorus.Report.Model.DiscrepancyKind.Amount));
        Assert.Equal(QuantityKind.Figure, Chorus.Report.Model.ReportModelMapper.QuantityKindOf(Chorus.Report.Model.DiscrepancyKind.Other));
        Assert.Equal(Chorus.Report.Model.CopyDirection.BToA, Chorus.Report.Model.ReportModelMapper.DirectionOf(CopyOrder.BThenA));
        Assert.Equal(Chorus.Report.Model.CopyDirection.Shared, Chorus.Report.Model.ReportModelMapper.DirectionOf(CopyOrder.Unknown));
    }
}

public sealed class CitationLabelTests
{
    [Fact]
    public void Summary_sentences_cite_outlets_by_name_and_number_only_sources_without_one()
    {
        using var tmp = new TempFolder();
        const string lead = "The harbour board of Lakeport voted on Tuesday to raise ferry fares by ten percent from April, citing fuel costs.";
        string Line(string id, string? source, string extra) =>
            System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string?> { ["id"] = id, ["source"] = source, ["title"] = "Lakeport ferry fares rise",
                ["text"] = lead + "\n\n" + extra + " Commuters said the increase would hurt families who cross every day to work on the island." })
            .Replace(",\"source\":null", "");
        var file = tmp.Write("fares.jsonl", string.Join("\n",
            Line("a", "Harbour Herald", "The board chair, Dana Ruiz, said fares had not changed since 2019."),
            Line("b", "Harbour Herald", "Ferry workers said the board had ignored their union's request for new boats."),
            Line("c", "Coastal Wire", "The island's mayor asked the board to keep a discount for pensioners."),
            Line("d", null, "A petition against the rise gathered four hundred names in a day.")));
        var result = Chorus.Tests.Cli.CliRunner.Run("summarize", file);
        Assert.Equal(0, result.ExitCode);
        var summaryLines = result.Stdout.Split('\n').TakeWhile(l => l.Trim().Length > 0).ToList();
        // The lead is carried by all four: two Herald articles told apart, the wire by name, the unnamed one by number.
        Assert.Contains(summaryLines, l => l.Contains("[Harbour Herald 1]") && l.Contains("[Harbour Herald 2]") && l.Contains("[Coastal Wire]") && l.Contains("[4]"));
        Assert.Contains("[Coastal Wire] Coastal Wire — Lakeport ferry fares rise", result.Stdout);
        Assert.Contains("[4] Lakeport ferry fares rise", result.Stdout);
    }

}
