using CodeHollow.FeedReader;

namespace Chorus.Ingest.Web;

/// <summary>One entry of a feed: where the article is, and what the feed itself says of it.</summary>
public sealed record FeedEntry(string? Link, string? Title, DateTimeOffset? Published, string? Author, string? ContentHtml);

/// <summary>
/// RSS 0.9x/1.0/2.0 and Atom through CodeHollow.FeedReader, which is lenient with the malformed dates real feeds
/// carry (System.ServiceModel.Syndication throws on them and reads no RSS 1.0).
/// </summary>
public static class FeedParser
{
    public static bool LooksLikeFeed(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 1024)).TrimStart();
        if (!head.StartsWith("<")) return false;
        var s = head.ToString();
        return s.Contains("<rss", StringComparison.OrdinalIgnoreCase) || s.Contains("<feed", StringComparison.OrdinalIgnoreCase)
            || s.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase);
    }

    /// <returns>The entries, or null with the reason when the text is no readable feed.</returns>
    public static (IReadOnlyList<FeedEntry>? Entries, string? Title, string? Problem) Parse(string xml)
    {
        Feed feed;
        try { feed = FeedReader.ReadFromString(xml); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, null, $"feed could not be parsed ({e.GetType().Name})");
        }
        var entries = feed.Items.Select(item => new FeedEntry(
            string.IsNullOrWhiteSpace(item.Link) ? null : item.Link.Trim(),
            string.IsNullOrWhiteSpace(item.Title) ? null : item.Title.Trim(),
            item.PublishingDate is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)) : null,
            string.IsNullOrWhiteSpace(item.Author) ? null : item.Author.Trim(),
            !string.IsNullOrWhiteSpace(item.Content) ? item.Content : item.Description)).ToList();
        return (entries, string.IsNullOrWhiteSpace(feed.Title) ? null : feed.Title.Trim(), null);
    }
}
