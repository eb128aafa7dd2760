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
        Assert.Contains("[1] 01_lakeport-herald — Ferry runs aground", text);
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
        Assert.Contains(@"\<img src=x onerror=alert(1)\>", md);
        Assert.DoesNotContain("&lt;", md);
    }
}
