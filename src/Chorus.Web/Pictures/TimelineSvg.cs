using Chorus.Report.Model;
using Chorus.Web.Pages;

namespace Chorus.Web.Pictures;

/// <summary>When each outlet published: one row per outlet, a dot per article on a shared time axis, each dot
/// linking to its article. The axis spans the dated articles: an undated one is placed when Chorus read it only
/// if no article carries a date, and is otherwise listed under the picture (a read time months after the event
/// would squeeze every real date into a corner).</summary>
public static class TimelineSvg
{
    public const int Width = 640, RowHeight = 28, Left = 170, Right = 24, Top = 12, Axis = 36;

    public static void Render(Html html, StoryV1 story)
    {
        var all = story.Report.Documents.Where(d => d.IsArticle).Select(d => (Doc: d, Outlet: StoryPictures.OutletOf(d), Seen: StoryPictures.SeenOf(story, d))).ToList();
        var articles = all.Any(a => a.Doc.Published is not null) ? all.Where(a => a.Doc.Published is not null).ToList() : all;
        var undated = all.Except(articles).ToList();
        var rows = articles.GroupBy(a => a.Outlet, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Min(a => a.Seen)).ToList();
        if (rows.Count == 0) return;
        var start = articles.Min(a => a.Seen);
        var end = articles.Max(a => a.Seen);
        if (end - start < TimeSpan.FromHours(1)) { start -= TimeSpan.FromMinutes(30); end += TimeSpan.FromMinutes(30); }
        double span = (end - start).TotalMilliseconds, plot = Width - Left - Right;
        int height = Top + rows.Count * RowHeight + Axis;
        html.Raw($"<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"timeline-title\">")
            .Raw("<title id=\"timeline-title\">When each outlet published</title>");
        for (int r = 0; r < rows.Count; r++)
        {
            double y = Top + r * RowHeight + RowHeight / 2.0;
            html.Raw($"<line class=\"row\" x1=\"{Left}\" y1=\"{StoryPictures.F(y)}\" x2=\"{Width - Right}\" y2=\"{StoryPictures.F(y)}\"/>")
                .Raw($"<text x=\"{Left - 10}\" y=\"{StoryPictures.F(y + 4)}\" text-anchor=\"end\">").PlainText(rows[r].Key.Length > 24 ? rows[r].Key[..23] + "…" : rows[r].Key).Raw("</text>");
            foreach (var a in rows[r])
            {
                double x = Left + plot * (a.Seen - start).TotalMilliseconds / span;
                html.Raw($"<a href=\"/stories/{story.Id}/articles/{a.Doc.Number}\"><circle class=\"{(a.Doc.Published is null ? "undated" : "dated")}\" cx=\"{StoryPictures.F(x)}\" cy=\"{StoryPictures.F(y)}\" r=\"6\">")
                    .Raw("<title>").PlainText($"{a.Outlet}: {Pages.ArticleName.Of(a.Doc)} — {PageLayout.Date(a.Seen)}{(a.Doc.Published is null ? " (read, undated)" : "")}").Raw("</title></circle></a>");
            }
        }
        double axisY = Top + rows.Count * RowHeight + 14;
        html.Raw($"<text class=\"axis\" x=\"{Left}\" y=\"{StoryPictures.F(axisY)}\" text-anchor=\"start\">").PlainText(PageLayout.Date(start)).Raw("</text>")
            .Raw($"<text class=\"axis\" x=\"{Width - Right}\" y=\"{StoryPictures.F(axisY)}\" text-anchor=\"end\">").PlainText(PageLayout.Date(end)).Raw("</text></svg>");
        if (undated.Count == 0) return;
        html.Raw("<p class=\"note\">Not dated:");
        foreach (var a in undated)
            html.Raw(" ").Link($"/stories/{story.Id}/articles/{a.Doc.Number}", a.Outlet).Raw(" ").Text($"(read {PageLayout.Date(a.Seen)})");
        html.Raw("</p>");
    }
}
