using Chorus.Report.Model;

namespace Chorus.Web.Pictures;

/// <summary>Who each article is by and when it appeared, as the pictures need them.</summary>
public static class StoryPictures
{
    public static string OutletOf(ArticleV1 doc) =>
        doc.Outlet is { Length: > 0 } o ? o : Uri.TryCreate(doc.Url, UriKind.Absolute, out var u) && u.Host.Length > 0 ? u.Host : doc.Id;

    public static DateTimeOffset SeenOf(StoryV1 story, ArticleV1 doc) =>
        doc.Published ?? story.Articles.FirstOrDefault(a => a.Id == doc.Id)?.Seen ?? story.FirstSeen;

    public static string F(double v) => v.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
