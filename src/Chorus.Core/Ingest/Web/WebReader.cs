namespace Chorus.Ingest.Web;

/// <summary>Articles from the web: an article URL, a feed URL, or a feed file whose entries link to pages.</summary>
public sealed class WebReader(HttpFetcher fetcher)
{
    /// <summary>Below this many words, the text a feed carries for an entry is a teaser, not the article.</summary>
    private const int MinFeedContentWords = 60;

    public IEnumerable<SourceItem> ReadUrl(Uri url)
    {
        var fetched = fetcher.FetchAsync(url).GetAwaiter().GetResult();
        if (!fetched.Ok) { yield return SourceItem.Problem(url.ToString(), fetched.Problem!); yield break; }
        if (TextDecoder.LooksBinary(fetched.Body)) { yield return SourceItem.Problem(url.ToString(), $"binary content ({fetched.MediaType ?? "unknown type"}), not an article"); yield break; }
        var (text, _) = TextDecoder.Decode(fetched.Body!);
        if (IsFeed(fetched.MediaType, text))
        {
            foreach (var item in ReadFeed(url.ToString(), text, fetched.Url)) yield return item;
            yield break;
        }
        yield return Page(fetched.Url, text, null);
    }

    public IEnumerable<SourceItem> ReadFeed(string origin, string xml, Uri? baseUrl)
    {
        var (entries, feedTitle, problem) = FeedParser.Parse(xml);
        if (entries is null) { yield return SourceItem.Problem(origin, problem!); yield break; }
        if (entries.Count == 0) { yield return SourceItem.Problem(origin, "feed has no entries"); yield break; }
        // All pages of the feed are requested at once; the fetcher's per-host limits keep that polite.
        var pages = entries.Select(e => LinkOf(e, baseUrl) is { } link ? fetcher.FetchAsync(link) : Task.FromResult<FetchResult?>(null)!).ToList();
        for (int i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var fetched = pages[i].GetAwaiter().GetResult();
            SourceItem item;
            if (fetched is { Ok: true } && !TextDecoder.LooksBinary(fetched.Body))
                item = Page(fetched.Url, TextDecoder.Decode(fetched.Body!).Text, entry, feedTitle);
            else
                item = SourceItem.Problem(entry.Link ?? $"{origin} entry {i + 1}", fetched?.Problem ?? "entry has no link");
            if (item.Document is null && FromFeedContent(origin, i, entry, baseUrl, feedTitle) is { } fallback) item = fallback;
            yield return item;
        }
    }

    private static Uri? LinkOf(FeedEntry entry, Uri? baseUrl)
    {
        if (entry.Link is null) return null;
        if (Uri.TryCreate(entry.Link, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https") return absolute;
        return baseUrl is not null && Uri.TryCreate(baseUrl, entry.Link, out var relative) ? relative : null;
    }

    /// <summary>The outlet is the page's own site name, else the feed's title, else the host.</summary>
    private static SourceItem Page(Uri url, string html, FeedEntry? entry, string? feedTitle = null)
    {
        var id = url.ToString();
        var (doc, problem) = HtmlArticleParser.Parse(id, id, html, id);
        if (doc is null) return SourceItem.Problem(id, problem ?? "no article");
        // The feed knows the date and author when the page does not say.
        doc = doc with
        {
            Url = id,
            Title = doc.Title ?? entry?.Title,
            Published = doc.Published ?? entry?.Published,
            Byline = doc.Byline ?? entry?.Author,
            Outlet = doc.Outlet ?? feedTitle ?? url.Host,
        };
        return new SourceItem(doc, id, null);
    }

    /// <summary>Feeds that carry whole articles stand in for pages that cannot be fetched.</summary>
    private static SourceItem? FromFeedContent(string origin, int index, FeedEntry entry, Uri? baseUrl, string? feedTitle)
    {
        if (entry.ContentHtml is null) return null;
        var id = LinkOf(entry, baseUrl)?.ToString() ?? $"{origin}#{index + 1}";
        var (doc, _) = HtmlArticleParser.Parse(id, id, $"<html><body><article>{entry.ContentHtml}</article></body></html>", LinkOf(entry, baseUrl)?.ToString());
        if (doc is null || doc.WordCount < MinFeedContentWords) return null;
        doc = doc with
        {
            Title = entry.Title ?? doc.Title, Published = entry.Published ?? doc.Published, Byline = entry.Author ?? doc.Byline,
            Outlet = doc.Outlet ?? feedTitle ?? (LinkOf(entry, baseUrl) is { } link ? link.Host : null),
        };
        return new SourceItem(doc, id, null);
    }

    public static bool IsFeed(string? mediaType, string text) =>
        mediaType is "application/rss+xml" or "application/atom+xml" or "application/rdf+xml"
        || (mediaType is null or "application/xml" or "text/xml" or "text/plain" && FeedParser.LooksLikeFeed(text))
        || FeedParser.LooksLikeFeed(text);
}
