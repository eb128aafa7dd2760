using Chorus.Link.Stories;
using Chorus.Report.Model;

namespace Chorus.Web.Pages;

/// <summary>
/// What a reader sees as an article's name: its title when it reads as a headline (the test the story titles, the CLI's
/// reports and `chorus stories` use), else "Article N". A page's title tag often carries share-button text, a byline or
/// a caption; shown as a link or a heading it would read as the story's words.
/// </summary>
public static class ArticleName
{
    public static string? Headline(ArticleV1 doc) =>
        StoryHeadline.Clean(doc.Title, doc.Outlet) is { } t && StoryHeadline.IsHeadline(t) ? t : null;

    public static string Of(ArticleV1 doc) => Headline(doc) ?? $"Article {doc.Number}";
}
