using Chorus.Report.Model;
using Chorus.Web.Pictures;

namespace Chorus.Web.Pages;

/// <summary>One article as cleaned: what cleaning removed shown struck through, in place, with its reason;
/// sentences other outlets carry too highlighted, each linking to where they do.</summary>
public static class ArticlePage
{
    public static string Render(StoryV1 story, ArticleV1 doc) => PageLayout.Render(ArticleName.Of(doc), html =>
    {
        var byId = story.Report.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        html.Raw("<p class=\"crumbs\"><a href=\"/\">All stories</a> › ").Link($"/stories/{story.Id}", story.Title.Length > 0 ? story.Title : "story").Raw("</p>");
        html.Element("h1", ArticleName.Of(doc));
        html.Raw("<p class=\"meta\"><span class=\"outlet\">").Text(StoryPictures.OutletOf(doc)).Raw("</span>");
        if (doc.Byline is { Length: > 0 } byline) html.Raw(" · ").Text(byline);
        html.Raw(" · ").Text(PageLayout.Date(StoryPictures.SeenOf(story, doc)));
        if (doc.Published is null) html.Raw(" (when read; the article carries no date)");
        if (doc.Url is not null) html.Raw(" · source: ").SourceLink(doc.Url, doc.Url);
        html.Raw("</p>");
        if (!doc.IsArticle) html.Raw("<p class=\"excluded\">").Text($"Left out of the summary: {doc.NotAnArticle}").Raw("</p>");
        html.Raw("<p class=\"legend\"><mark>Highlighted</mark> sentences appear in other outlets too; <del>struck-through</del> text was removed by cleaning, with the reason beside it.</p>");

        html.Raw("<article class=\"text\">");
        if (doc.Blocks is { } blocks)
        {
            foreach (var block in blocks)
            {
                if (block.Removed is { } removed)
                {
                    html.Raw("<p class=\"removed\"><del>").Text(removed.Text).Raw("</del> <span class=\"reason\">").Text($"removed: {removed.Reason}").Raw("</span></p>");
                    continue;
                }
                html.Raw("<p>");
                foreach (var s in block.Sentences ?? [])
                {
                    var tag = s.SharedWith.Count > 0 ? "mark" : "span";
                    html.Raw(s.Index >= 0 ? $"<{tag} id=\"s{s.Index}\">" : $"<{tag}>").Text(s.Text).Raw($"</{tag}>");
                    if (s.SharedWith.Count > 0)
                    {
                        html.Raw("<sup class=\"also\">also in");
                        foreach (var p in s.SharedWith)
                            if (byId.TryGetValue(p.Article, out var other)) html.Raw(" ").Link(StoryPage.SentencePath(story.Id, other.Number, p.Sentence), StoryPictures.OutletOf(other));
                        html.Raw("</sup>");
                    }
                    html.Raw(" ");
                }
                html.Raw("</p>");
            }
        }
        else
        {
            foreach (var removed in doc.Removed)
                html.Raw("<p class=\"removed\"><del>").Text(removed.Text).Raw("</del> <span class=\"reason\">").Text($"removed: {removed.Reason}").Raw("</span></p>");
        }
        html.Raw("</article>");
    });
}
