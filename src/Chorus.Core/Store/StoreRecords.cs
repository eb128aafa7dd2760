namespace Chorus.Store;

/// <summary>An article about to be stored: what was read, its identity across runs and its story profile.</summary>
/// <param name="DocId">The store's own id of the article, made from its source key and text hash
/// (<see cref="ArticleIdentity"/>): never a file name, so a/01.txt and b/01.txt never collide. Readers see the
/// outlet and headline instead.</param>
/// <param name="SourceKey">What makes two reads "the same article": the URL, else the full path (plus the id
/// for a JSON Lines line).</param>
public sealed record NewArticle(
    string DocId, string SourceKey, string Origin, string? Url, string? Title, string? Byline, string? Outlet,
    DateTimeOffset? Published, long Ingested, long Timestamp, string TextHash, string Body, string? NonArticle, string Profile);

/// <summary>The current version stored for a source key.</summary>
public sealed record ExistingArticle(long Id, int Version, string TextHash, long? StoryId);

/// <summary>An article of the clustering window, as the story index is rebuilt from it.</summary>
public sealed record WindowArticle(long Id, long StoryId, long Timestamp, bool Dated, string Profile);

/// <summary>A story member without its text: what a refresh chooses the articles it summarizes from.</summary>
public sealed record StoryMember(long Id, long Timestamp, bool NearDuplicate, string Profile);

/// <summary>A stored article read back for a story's summary (its body possibly cut to the refresh's cap).</summary>
public sealed record StoredArticle(
    long Id, string DocId, string Origin, string? Url, string? Title, string? Byline, string? Outlet,
    DateTimeOffset? Published, long Timestamp, string Body, long? StoryId, long? NearDuplicateOf);

/// <param name="Origin">The path or URL it was read from (null when the reader did not ask for it).</param>
public sealed record StoryArticle(long Id, string DocId, string? Title, string? Outlet, string? Url, DateTimeOffset Seen, string? Origin = null);

/// <param name="RefreshError">Why the story's last refresh failed (null when it succeeded or has not run): the
/// story keeps its previous report and the next ingest tries again.</param>
public sealed record StoryListing(long Id, string Title, DateTimeOffset FirstSeen, DateTimeOffset LastSeen,
    IReadOnlyList<StoryArticle> Articles, bool Stale, string? RefreshError = null, int ArticleCount = 0)
{
    public IReadOnlyList<string> Outlets => Articles.Select(a => a.Outlet ?? HostOf(a.Url)).OfType<string>()
        .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();

    private static string? HostOf(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.Host : null;
}

/// <summary>How `stories` orders its list.</summary>
public enum StoryOrder { Newest, Oldest, Size }

/// <summary>What one ingest did, for the closing line.</summary>
public sealed record IngestTally(int New, int Updated, int Unchanged, int Failed, int NotArticles, int StoriesTouched);

/// <summary>What one refresh pass did: stories brought up to date, and those whose refresh failed (with why).</summary>
public sealed record RefreshTally(int Refreshed, IReadOnlyList<(long StoryId, string Reason)> Failed)
{
    /// <summary>The count of refreshed stories, which is what RefreshStories returned before failures were reported.</summary>
    public static implicit operator int(RefreshTally tally) => tally.Refreshed;
}

/// <summary>The store's id of an article: its source and its text, hashed. Two files named 01.txt in two folders
/// differ by path; the same file read again with the same text is the same id.</summary>
public static class ArticleIdentity
{
    public static string Of(string sourceKey, string textHash)
    {
        var bytes = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sourceKey + "\n" + textHash));
        return "a" + Convert.ToHexStringLower(bytes.AsSpan(0, 8));
    }
}
