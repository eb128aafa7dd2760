using AngleSharp.Html.Parser;
using Chorus.Report.Model;
using Chorus.Web.Pages;
using Chorus.Web.Pictures;

namespace Chorus.Tests.Web;

/// <summary>The copy graph and timeline drawn from hand-made reports of two invented stories.</summary>
public class StoryPicturesTests
{
    private static ArticleV1 Doc(string id, int number, string outlet, string? published) =>
        new(id, number, id, null, outlet, null, published is null ? null : DateTimeOffset.Parse(published), true, null, 100, [], []);

    private static CopyEdgeV1 Copy(string a, string b, int shared, CopyDirection direction) => new(a, b, shared, 0.3, direction, []);

    private static StoryReportV1 Report(IReadOnlyList<ArticleV1> docs, IReadOnlyList<CopyEdgeV1> copies) =>
        new(ReportSchema.SchemaVersion, "chorus", "100 words", 0, docs, [], [], copies, [], [], [], [], [], []);

    // A wire story picked up by two papers, one of which ran it twice; and a local scoop copied without dates.
    private static readonly StoryReportV1 Wire = Report(
        [Doc("wire", 1, "Coast Wire", "2026-03-02T08:00Z"), Doc("herald-1", 2, "Lakeport Herald", "2026-03-02T10:00Z"),
         Doc("herald-2", 3, "Lakeport Herald", "2026-03-02T15:00Z"), Doc("news", 4, "Island News", "2026-03-01T22:00Z")],
        [Copy("wire", "herald-1", 3, CopyDirection.AToB), Copy("herald-2", "wire", 2, CopyDirection.BToA),
         Copy("herald-1", "herald-2", 6, CopyDirection.AToB), Copy("news", "wire", 1, CopyDirection.AToB)]);

    private static readonly StoryReportV1 Scoop = Report(
        [Doc("gazette", 1, "Harbour Gazette", null), Doc("post", 2, "Brookhaven Post", null), Doc("radio", 3, "Valley Radio", null)],
        [Copy("gazette", "post", 4, CopyDirection.Shared), Copy("post", "gazette", 1, CopyDirection.Shared)]);

    [Fact]
    public void Edges_run_from_the_earlier_outlet_summing_articles_and_skipping_an_outlet_copying_itself()
    {
        var wire = CopyGraphSvg.Edges(Wire);
        Assert.Equal(2, wire.Count);
        Assert.Contains(new CopyGraphSvg.Edge("Coast Wire", "Lakeport Herald", 5, true), wire);
        Assert.Contains(new CopyGraphSvg.Edge("Island News", "Coast Wire", 1, true), wire);

        // Order unknown: one undirected edge for the pair, whichever way round the copies were listed.
        var scoop = Assert.Single(CopyGraphSvg.Edges(Scoop));
        Assert.Equal(5, scoop.SharedSentences);
        Assert.False(scoop.Directed);
    }

    [Fact]
    public void Svg_draws_every_outlet_arrows_for_known_order_and_thicker_lines_for_more_sentences()
    {
        var wire = Draw(Wire);
        Assert.Equal(3, wire.QuerySelectorAll("g.outlet").Length);
        var lines = wire.QuerySelectorAll("line.copy").ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Equal("url(#arrow)", l.GetAttribute("marker-end")));
        double Width(string title) => double.Parse(lines.Single(l => l.TextContent.StartsWith(title)).GetAttribute("stroke-width")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Width("Coast Wire → Lakeport Herald") > Width("Island News → Coast Wire"));

        var scoop = Draw(Scoop);
        // The outlet that copied nobody is still on the picture.
        Assert.Equal(3, scoop.QuerySelectorAll("g.outlet").Length);
        var line = Assert.Single(scoop.QuerySelectorAll("line.copy"));
        Assert.Null(line.GetAttribute("marker-end"));
        Assert.Contains("undirected", line.ClassName);
    }

    [Fact]
    public void Timeline_has_a_row_per_outlet_in_order_of_first_report_and_dots_in_time_order()
    {
        var story = new StoryV1(ReportSchema.SchemaVersion, 7, "t", DateTimeOffset.Parse("2026-03-01T22:00Z"), DateTimeOffset.Parse("2026-03-02T15:00Z"), false,
            [], [], Wire);
        var html = new Html();
        TimelineSvg.Render(html, story);
        var svg = new HtmlParser().ParseDocument($"<body>{html}</body>");
        var labels = svg.QuerySelectorAll("text:not(.axis)").Select(t => t.TextContent).ToList();
        Assert.Equal(new[] { "Island News", "Coast Wire", "Lakeport Herald" }, labels);
        var dots = svg.QuerySelectorAll("a").Select(a => (Href: a.GetAttribute("href")!, X: double.Parse(a.QuerySelector("circle")!.GetAttribute("cx")!, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(4, dots.Count);
        Assert.True(dots.Single(d => d.Href == "/stories/7/articles/4").X < dots.Single(d => d.Href == "/stories/7/articles/1").X);
        Assert.True(dots.Single(d => d.Href == "/stories/7/articles/2").X < dots.Single(d => d.Href == "/stories/7/articles/3").X);
    }

    [Fact]
    public void An_undated_article_is_listed_under_the_timeline_not_placed_at_its_read_time()
    {
        var report = Report([Doc("a", 1, "Coast Wire", "2025-03-02T08:00Z"), Doc("b", 2, "Island News", "2025-03-02T20:00Z"), Doc("c", 3, "Lakeport Herald", null)], []);
        var story = new StoryV1(ReportSchema.SchemaVersion, 9, "t", DateTimeOffset.Parse("2025-03-02T08:00Z"), DateTimeOffset.Parse("2026-11-30T20:00Z"), false,
            [], [new StoryArticleV1("c", null, "Lakeport Herald", null, DateTimeOffset.Parse("2026-11-30T20:00Z"))], report);
        var html = new Html();
        TimelineSvg.Render(html, story);
        var doc = new HtmlParser().ParseDocument($"<body>{html}</body>");
        Assert.Equal(2, doc.QuerySelectorAll("svg circle").Length);
        Assert.Equal("2025-03-02 20:00 UTC", doc.QuerySelectorAll("text.axis").Last().TextContent);
        var note = doc.QuerySelector("p.note")!;
        Assert.Contains("Lakeport Herald", note.TextContent);
        Assert.Equal("/stories/9/articles/3", note.QuerySelector("a")!.GetAttribute("href"));
    }

    private static AngleSharp.Dom.IDocument Draw(StoryReportV1 report)
    {
        var html = new Html();
        CopyGraphSvg.Render(html, report);
        return new HtmlParser().ParseDocument($"<body>{html}</body>");
    }
}
