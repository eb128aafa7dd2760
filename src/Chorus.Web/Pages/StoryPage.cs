using Chorus.Report.Model;
using Chorus.Web.Pictures;

namespace Chorus.Web.Pages;

/// <summary>One story: the cited summary, how it spread (copy graph, timeline), quotes by speaker,
/// disagreements side by side, the media cited, who and what is named, and its articles.</summary>
public static class StoryPage
{
    public static string Render(StoryV1 story) => PageLayout.Render(story.Title.Length > 0 ? story.Title : "Story", html =>
    {
        var report = story.Report;
        var docs = report.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        html.Raw("<p class=\"crumbs\"><a href=\"/\">All stories</a></p>").Element("h1", story.Title.Length > 0 ? story.Title : "(untitled story)");
        int outlets = report.Documents.Where(d => d.IsArticle).Select(StoryPictures.OutletOf).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        html.Raw("<p class=\"meta\">").Text($"{story.Articles.Count} article{(story.Articles.Count == 1 ? "" : "s")} from {outlets} outlet{(outlets == 1 ? "" : "s")} · first seen {PageLayout.Date(story.FirstSeen)} · last seen {PageLayout.Date(story.LastSeen)}");
        if (story.Stale) html.Raw(" · <span class=\"stale\">new articles arrived since this summary was made</span>");
        html.Raw("</p>");

        html.Raw("<section id=\"summary\"><h2>What happened</h2>");
        if (report.Summary is not { Count: > 0 } summary) html.Element("p", "No summary: no article of this story had text left after cleaning.");
        else
        {
            html.Raw("<ol class=\"summary\">");
            foreach (var s in summary)
            {
                html.Raw("<li><span class=\"sentence\">").Text(s.Text).Raw("</span>");
                if (s.Speaker is { Length: > 0 } speaker) html.Raw(" <span class=\"speaker\">(quoting ").Text(speaker).Raw(")</span>");
                html.Raw(" <span class=\"cites\">");
                foreach (var c in s.Citations)
                {
                    html.Raw(" ");
                    if (docs.TryGetValue(c.Article, out var d)) html.Link(SentencePath(story.Id, d.Number, c.Sentence), c.Outlet, "cite");
                    else html.Element("span", c.Outlet, "cite");
                }
                html.Raw("</span></li>");
            }
            html.Raw("</ol>");
        }
        html.Raw("</section>");

        html.Raw("<section id=\"copies\"><h2>Who carried whose text</h2>");
        if (report.Copies is { Count: > 0 })
        {
            html.Raw("<p class=\"note\">An arrow runs from the outlet that published first to the one that carried its sentences later; thicker means more sentences shared. A plain line: the order is unknown.</p>");
            CopyGraphSvg.Render(html, report);
            html.Raw("<ul class=\"copy-list\">");
            foreach (var c in report.Copies)
            {
                var (from, to) = c.Direction == CopyDirection.BToA ? (c.B, c.A) : (c.A, c.B);
                html.Raw("<li>");
                ArticleLink(html, story.Id, docs, from);
                html.Raw(c.Direction == CopyDirection.Shared ? " and " : " → ");
                ArticleLink(html, story.Id, docs, to);
                html.Text($": {c.SharedSentences} shared sentence{(c.SharedSentences == 1 ? "" : "s")}, {c.SharedFraction:P0} of the shorter article").Raw("</li>");
            }
            html.Raw("</ul>");
        }
        else html.Element("p", "No outlet carries another's text.");
        html.Raw("</section>");

        html.Raw("<section id=\"timeline\"><h2>When each outlet reported</h2>");
        TimelineSvg.Render(html, story);
        html.Raw("</section>");

        html.Raw("<section id=\"quotes\"><h2>Who said what</h2>");
        if (report.Quotes is { Count: > 0 } quotes)
        {
            foreach (var speaker in quotes.GroupBy(q => q.Speaker ?? "").OrderBy(g => g.Key.Length == 0).ThenByDescending(g => g.Count()))
            {
                html.Element("h3", speaker.Key.Length > 0 ? speaker.Key : "Speaker not named");
                foreach (var q in speaker)
                {
                    html.Raw("<figure class=\"quote\"><blockquote>").Text(q.Text).Raw("</blockquote><figcaption>carried by");
                    foreach (var r in q.Sentences.DistinctBy(r => r.Doc))
                    {
                        html.Raw(" ");
                        if (docs.TryGetValue(r.Doc, out var d)) html.Link(SentencePath(story.Id, d.Number, r.Index), StoryPictures.OutletOf(d), "cite");
                    }
                    html.Raw("</figcaption></figure>");
                }
            }
        }
        else html.Element("p", "No quotation found.");
        html.Raw("</section>");

        html.Raw("<section id=\"discrepancies\"><h2>Where outlets disagree</h2>");
        if (report.Discrepancies is { Count: > 0 } discrepancies)
        {
            foreach (var d in discrepancies)
            {
                html.Element("h3", d.Topic).Raw("<div class=\"side-by-side\">");
                foreach (var v in d.Values)
                {
                    html.Raw("<div class=\"value\"><p class=\"figure\">").Text(v.Value).Raw("</p><p class=\"sentence\">").Text(v.Sentence).Raw("</p><p class=\"by\">");
                    foreach (var r in v.Sentences.DistinctBy(r => r.Doc))
                        if (docs.TryGetValue(r.Doc, out var doc)) html.Raw(" ").Link(SentencePath(story.Id, doc.Number, r.Index), StoryPictures.OutletOf(doc), "cite");
                    html.Raw("</p></div>");
                }
                html.Raw("</div>");
                if (d.Reason is { Length: > 0 } reason) html.Raw("<p class=\"reason\">Compared because: ").Text(reason).Raw("</p>");
            }
        }
        else html.Element("p", "No disagreement found on durations, counts, ages, amounts, days, dates, times, heights or ranks.");
        html.Raw("</section>");

        html.Raw("<section id=\"cited\"><h2>Media the articles cite</h2>");
        if (report.CitedOutlets is { Count: > 0 } cited)
        {
            html.Raw("<ul>");
            foreach (var c in cited)
            {
                html.Raw("<li>").Text(c.Name).Raw(", cited by");
                foreach (var r in c.Sentences.DistinctBy(r => r.Doc))
                    if (docs.TryGetValue(r.Doc, out var doc)) html.Raw(" ").Link(SentencePath(story.Id, doc.Number, r.Index), StoryPictures.OutletOf(doc), "cite");
                html.Raw("</li>");
            }
            html.Raw("</ul>");
        }
        else html.Element("p", "No article attributes its information to another medium.");
        html.Raw("</section>");

        html.Raw("<section id=\"entities\"><h2>People, organizations, places</h2><div class=\"columns\">");
        Entities(html, "People", report.People);
        Entities(html, "Organizations", report.Organizations);
        Entities(html, "Places", report.Places);
        html.Raw("</div></section>");

        html.Raw("<section id=\"articles\"><h2>Articles</h2><ol class=\"articles\">");
        foreach (var d in report.Documents)
        {
            html.Raw("<li>").Link($"/stories/{story.Id}/articles/{d.Number}", ArticleName.Of(d)).Raw(" <span class=\"outlet\">").Text(StoryPictures.OutletOf(d))
                .Raw("</span> <span class=\"date\">").Text(PageLayout.Date(StoryPictures.SeenOf(story, d))).Raw("</span>");
            if (!d.IsArticle) html.Raw(" <span class=\"excluded\">").Text(d.NotAnArticle ?? "not an article").Raw("</span>");
            html.Raw("</li>");
        }
        html.Raw("</ol></section>");
    });

    public static string SentencePath(long story, int article, int sentence) =>
        sentence >= 0 ? $"/stories/{story}/articles/{article}#s{sentence}" : $"/stories/{story}/articles/{article}";

    private static void ArticleLink(Html html, long story, IReadOnlyDictionary<string, ArticleV1> docs, string id)
    {
        if (docs.TryGetValue(id, out var d)) html.Link($"/stories/{story}/articles/{d.Number}", StoryPictures.OutletOf(d));
        else html.Text(id);
    }

    private static void Entities(Html html, string heading, IReadOnlyList<EntityV1>? list)
    {
        html.Raw("<div>").Element("h3", heading);
        if (list is not { Count: > 0 }) { html.Element("p", "none found"); html.Raw("</div>"); return; }
        html.Raw("<ul>");
        foreach (var e in list.OrderByDescending(e => e.CountsByArticle.Values.Sum()).Take(30))
            html.Raw("<li>").Text(e.Name).Raw(" <span class=\"mentions\">").Text($"{e.CountsByArticle.Values.Sum()} mentions in {e.CountsByArticle.Count} article{(e.CountsByArticle.Count == 1 ? "" : "s")}").Raw("</span></li>");
        html.Raw("</ul></div>");
    }
}
