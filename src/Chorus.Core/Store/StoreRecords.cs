namespace Chorus.Store;

/// <summary>An article about to be stored: what was read, its identity across runs and its story profile.</summary>
/// <param name="DocId">The id a reader sees: the file name without extension, or the URL.</param>
/// <param name="SourceKey">What makes two reads "the same article": the URL, else the full path (plus the id
/// for a JSON Lines line).</param>
public sealed record NewArticle(
    string DocId, string SourceKey, string Origin, string? Url, string? Title, string? Byline, string? Outlet,
    DateTimeOffset? Published, long Ingested, long Timestamp, string TextHash, string Body, string? NonArticle, string Profile);

/// <summary>The current version stored for a source key.</summary>
public sealed record ExistingArticle(long Id, int Version, string TextHash, long? StoryId);

/// <summary>An article of the clustering window, as the story index is rebuilt from it.</summary>
public sealed record WindowArticle(long Id, long StoryId, long Timestamp, bool Dated, string Profile);

/// <summary>A stored article read back for a story's summary.</summary>
public sealed record StoredArticle(
    long Id, string DocId, string Origin, string? Url, string? Title, string? Byline, string? Outlet,
    DateTimeOffset? Published, long Timestamp, string Body, long? StoryId, long? NearDuplicateOf);

public sealed record StoryArticle(long Id, string DocId, string? Title, string? Outlet, string? Url, DateTimeOffset Seen);

public sealed record StoryListing(long Id, string Title, DateTimeOffset FirstSeen, DateTimeOffset LastSeen,
    IReadOnlyList<StoryArticle> Articles, bool Stale)
{
    public IReadOnlyList<string> Outlets => Articles.Select(a => a.Outlet ?? HostOf(a.Url)).OfType<string>()
        .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();

    private static string? HostOf(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.Host : null;
}

/// <summary>What one ingest did, for the closing line.</summary>
public sealed record IngestTally(int New, int Updated, int Unchanged, int Failed, int NotArticles, int StoriesTouched);
