namespace Chorus.Report.Model;

/// <summary>
/// The public, versioned output model: what <c>--format json</c>, the reports a store keeps and the web API give
/// users. It is mapped from the pipeline's records by <see cref="ReportModelMapper"/>, so the internals can
/// change without breaking anyone who reads these; a change that would is a new <see cref="SchemaVersion"/>.
/// Sentence numbers (<c>index</c>, <c>sentence</c>) count from 0 within the article's cleaned text.
/// </summary>
public static class ReportSchema
{
    public const string SchemaVersion = "1";
}

public enum CopyDirection { AToB, BToA, Shared }

/// <summary>What kind of quantity a discrepancy is about. Measure (a distance from a named point, a volume, weight or
/// area of a named thing), Figure (a number two rewrites of one sentence give differently) and Ratio ("N times closer
/// than any other") were added after the first release of schema 1 (readers that predate them saw Other); Amount and
/// Rank are kept for reports stored by earlier versions.</summary>
public enum DiscrepancyKind { Duration, Count, Age, Amount, Day, Date, Time, Distance, Rank, Other, Measure, Figure, Ratio }

public enum EntityKind { Person, Organization, Place }

public enum ArticleBlockKind { Paragraph, Removed }

/// <summary>One summary, its articles and the cross-source analysis of one cluster or story.</summary>
public sealed record StoryReportV1(
    string SchemaVersion,
    string? Method,
    string? Budget,
    int? Words,
    IReadOnlyList<ArticleV1> Documents,
    IReadOnlyList<SummarySentenceV1>? Summary,
    IReadOnlyList<WarningV1> Warnings,
    IReadOnlyList<CopyEdgeV1>? Copies,
    IReadOnlyList<QuoteV1>? Quotes,
    IReadOnlyList<DiscrepancyV1>? Discrepancies,
    IReadOnlyList<CitedOutletV1>? CitedOutlets,
    IReadOnlyList<EntityV1>? People,
    IReadOnlyList<EntityV1>? Organizations,
    IReadOnlyList<EntityV1>? Places,
    IReadOnlyList<string>? Notes = null);

/// <param name="Sources">Ids of every article carrying the sentence.</param>
/// <param name="Citations">Where each of those articles says it: outlet, article id, sentence number.</param>
/// <param name="Speaker">Who a quotation in the sentence belongs to, when the summary had to name them.</param>
public sealed record SummarySentenceV1(string Text, IReadOnlyList<string> Sources, IReadOnlyList<CitationV1> Citations, string? Speaker = null);

public sealed record CitationV1(string Outlet, string Article, int Sentence);

/// <param name="Blocks">The article in reading order: kept paragraphs as numbered sentences, and what cleaning
/// removed, in place, with the reason.</param>
public sealed record ArticleV1(
    string Id, int Number, string? Title, string? Byline, string? Outlet, string? Url, DateTimeOffset? Published,
    bool IsArticle, string? NotAnArticle, int Words, IReadOnlyList<RemovedItemV1> Removed, IReadOnlyList<ArticleBlockV1>? Blocks);

public sealed record RemovedItemV1(string Text, string Reason);

public sealed record ArticleBlockV1(ArticleBlockKind Kind, IReadOnlyList<ArticleSentenceV1>? Sentences, RemovedItemV1? Removed);

/// <param name="SharedWith">The same sentence (verbatim or nearly) in other articles.</param>
public sealed record ArticleSentenceV1(int Index, string Text, IReadOnlyList<SentencePointerV1> SharedWith);

public sealed record SentencePointerV1(string Article, int Sentence);

public sealed record WarningV1(string Source, string Problem);

public sealed record SentenceRefV1(string Doc, int Index, string Text);

/// <param name="SharedFraction">Words of the shared passages over the words of the shorter article.</param>
public sealed record CopyEdgeV1(string A, string B, int SharedSentences, double SharedFraction, CopyDirection Direction, IReadOnlyList<CopiedPassageV1> Passages);

public sealed record CopiedPassageV1(string Text, int Words, SentenceRefV1 InA, SentenceRefV1 InB);

public sealed record QuoteV1(string? Speaker, string Text, IReadOnlyList<string> Sources, IReadOnlyList<SentenceRefV1> Sentences);

/// <param name="Kind">What sort of fact; <c>other</c> for kinds newer than this schema version.</param>
/// <param name="Reason">Why the values were judged to be about one fact (same quantity, subject, reference point).</param>
public sealed record DiscrepancyV1(string Topic, DiscrepancyKind Kind, IReadOnlyList<DiscrepancyValueV1> Values, string? Reason = null);

public sealed record DiscrepancyValueV1(string Value, IReadOnlyList<string> Sources, string Sentence, IReadOnlyList<SentenceRefV1> Sentences);

public sealed record CitedOutletV1(string Name, IReadOnlyList<string> Sources, IReadOnlyList<SentenceRefV1> Sentences);

public sealed record EntityV1(string Name, EntityKind Kind, IReadOnlyDictionary<string, int> CountsByArticle, IReadOnlyList<SentenceRefV1> Sentences);

/// <summary>A story of the corpus store as the list shows it.</summary>
/// <param name="Articles">Its articles by outlet and headline (<c>chorus stories</c>; the web list leaves them out).</param>
/// <param name="RefreshFailed">Why the story's last refresh failed; it keeps its previous summary meanwhile.</param>
public sealed record StoryListingV1(long Id, string Title, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, int ArticleCount, IReadOnlyList<string> Outlets,
    IReadOnlyList<ListedArticleV1>? Articles = null, string? RefreshFailed = null);

/// <summary>An article as a story list names it: by outlet and headline, where it came from and when.</summary>
public sealed record ListedArticleV1(string? Outlet, string? Title, string? Url, string? Source, DateTimeOffset Seen);

/// <summary>What <c>chorus stories --format json</c> prints: the same listing records as the web API's pages.</summary>
public sealed record StoryListV1(string SchemaVersion, IReadOnlyList<StoryListingV1> Stories);

/// <summary>One page of the story list.</summary>
public sealed record StoryPageV1(string SchemaVersion, IReadOnlyList<StoryListingV1> Stories, int Page, int PageSize, int Total);

/// <summary>A story with its articles' arrival and its report (<see cref="StoryReportV1"/>, the same record
/// <c>chorus story ID --format json</c> prints).</summary>
public sealed record StoryV1(
    string SchemaVersion, long Id, string Title, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, bool Stale,
    IReadOnlyList<string> Outlets, IReadOnlyList<StoryArticleV1> Articles, StoryReportV1 Report);

/// <param name="Seen">Publication time, or when Chorus read it if the article carries no date.</param>
public sealed record StoryArticleV1(string Id, string? Title, string? Outlet, string? Url, DateTimeOffset Seen);
