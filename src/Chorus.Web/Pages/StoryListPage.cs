using System.Globalization;
using Chorus.Report.Model;
using Chorus.Store;

namespace Chorus.Web.Pages;

/// <summary>The story list: newest activity first, a search and filter form (a plain GET form), pages.</summary>
public static class StoryListPage
{
    public static string Render(StoryPageV1 page, StoryFilter filter) => PageLayout.Render("Stories", html =>
    {
        html.Raw("<h1>Stories</h1>");
        html.Raw("<form class=\"filters\" method=\"get\" action=\"/\" role=\"search\">")
            .Raw("<label>Words <input type=\"search\" name=\"q\" value=\"").Raw(Html.Attr(filter.Query)).Raw("\"></label>")
            .Raw("<label>Outlet <input type=\"text\" name=\"outlet\" value=\"").Raw(Html.Attr(filter.Outlet)).Raw("\"></label>")
            .Raw("<label>From <input type=\"date\" name=\"from\" value=\"").Raw(Html.Attr(Day(filter.From))).Raw("\"></label>")
            .Raw("<label>To <input type=\"date\" name=\"to\" value=\"").Raw(Html.Attr(Day(filter.To?.AddDays(-1)))).Raw("\"></label>")
            .Raw("<button type=\"submit\">Find</button></form>");
        int first = (page.Page - 1) * page.PageSize;
        html.Raw("<p class=\"count\">");
        if (page.Total == 0) html.Text("No stories match.");
        else html.Text($"Stories {Math.Min(first + 1, page.Total)}–{Math.Min(first + page.Stories.Count, page.Total)} of {page.Total}");
        html.Raw("</p>");
        if (page.Stories.Count > 0)
        {
            html.Raw("<table class=\"stories\"><thead><tr><th>Headline</th><th>Outlets</th><th>Articles</th><th>First seen</th><th>Last seen</th></tr></thead><tbody>");
            foreach (var s in page.Stories)
            {
                html.Raw("<tr><td>").Link($"/stories/{s.Id}", s.Title.Length > 0 ? s.Title : "(untitled story)").Raw("</td><td>");
                if (s.Outlets.Count == 0) html.Raw("<span class=\"note\">no outlet named</span>");
                for (int i = 0; i < s.Outlets.Count; i++)
                {
                    if (i > 0) html.Raw(", ");
                    html.Raw("<bdi>").Text(s.Outlets[i]).Raw("</bdi>");
                }
                html.Raw("</td><td class=\"num\">").Text(s.ArticleCount).Raw("</td><td>").Text(PageLayout.Date(s.FirstSeen))
                    .Raw("</td><td>").Text(PageLayout.Date(s.LastSeen)).Raw("</td></tr>");
            }
            html.Raw("</tbody></table>");
        }
        html.Raw("<nav class=\"pages\">");
        if (page.Page > 1) html.Link(PageLink(filter, page.Page - 1), "← Newer");
        if (first + page.Stories.Count < page.Total) html.Link(PageLink(filter, page.Page + 1), "Older →");
        html.Raw("</nav>");
    });

    private static string Day(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string PageLink(StoryFilter f, int page)
    {
        var parts = new List<string>();
        void Add(string name, string? value) { if (!string.IsNullOrEmpty(value)) parts.Add($"{name}={Uri.EscapeDataString(value)}"); }
        Add("q", f.Query);
        Add("outlet", f.Outlet);
        Add("from", Day(f.From));
        Add("to", Day(f.To?.AddDays(-1)));
        Add("page", page.ToString(CultureInfo.InvariantCulture));
        return "/?" + string.Join('&', parts);
    }
}
