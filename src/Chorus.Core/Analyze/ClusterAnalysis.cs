namespace Chorus.Analyze;

/// <summary>A sentence an analysis item was drawn from: its document, its position there, its text.</summary>
public sealed record SentenceRef(string Doc, int Index, string Text);

/// <summary>Two articles that share text verbatim or nearly verbatim.</summary>
/// <param name="Direction"><see cref="CopyOrder.AThenB"/> when a was published first and b carries its text,
/// <see cref="CopyOrder.BThenA"/>, or <see cref="CopyOrder.Unknown"/>
/// when publication times are unknown or equal.</param>
/// <param name="SharedFraction">Words of the shared passages over the words of the shorter article.</param>
public sealed record CopyPair(string A, string B, int SharedSentences, double SharedFraction, CopyOrder Direction, IReadOnlyList<CopiedPassage> Passages);

public sealed record CopiedPassage(string Text, int Words, SentenceRef InA, SentenceRef InB);

/// <summary>A direct quotation and who the text says spoke it; one entry for all outlets carrying it.</summary>
public sealed record Quote(string? Speaker, string Text, IReadOnlyList<string> Sources, IReadOnlyList<SentenceRef> Sentences);

/// <summary>One fact given different values by different outlets.</summary>
public sealed record Discrepancy(string Topic, QuantityKind Kind, IReadOnlyList<DiscrepancyValue> Values)
{
    /// <summary>Why the values were judged to be about one fact: the same kind of quantity, subject and reference
    /// point, and for counts and amounts the words their sentences share.</summary>
    public string Reason { get; init; } = "";
}

public sealed record DiscrepancyValue(string Value, IReadOnlyList<string> Sources, string Sentence, IReadOnlyList<SentenceRef> Sentences);

/// <summary>A medium or agency the articles attribute information to.</summary>
public sealed record CitedOutlet(string Name, IReadOnlyList<string> Sources, IReadOnlyList<SentenceRef> Sentences);

/// <summary>A person, organization or place, with how often each article mentions it.</summary>
public sealed record Entity(string Name, EntityType Kind, IReadOnlyDictionary<string, int> CountsByArticle, IReadOnlyList<SentenceRef> Sentences);

public sealed record ClusterAnalysis(
    IReadOnlyList<CopyPair> Copies,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<Discrepancy> Discrepancies,
    IReadOnlyList<CitedOutlet> CitedOutlets,
    IReadOnlyList<Entity> People,
    IReadOnlyList<Entity> Organizations,
    IReadOnlyList<Entity> Places)
{
    /// <summary>The quotes as <see cref="QuoteExtractor"/> gave them, before a surname-only speaker took the full name
    /// the cluster's people give it: the summarizer names speakers by its own rule, so it takes these instead of
    /// extracting the quotes a second time. Null when the analysis was made elsewhere (then the summarizer extracts).</summary>
    internal IReadOnlyList<Quote>? ExtractedQuotes { get; init; }
}

/// <summary>Which of two articles sharing text came out first, by their publication times.</summary>
public enum CopyOrder
{
    /// <summary>A was published first: B carries A's text.</summary>
    AThenB,
    /// <summary>B was published first: A carries B's text.</summary>
    BThenA,
    /// <summary>A time is missing or both are equal: the text is shared, its direction unknown.</summary>
    Unknown,
}

/// <summary>What a named entity is.</summary>
public enum EntityType { Person, Organization, Place }
