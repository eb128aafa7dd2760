namespace Chorus.Ingest;

/// <summary>One article as read from its source, before any cleaning.</summary>
/// <param name="Id">File name without extension, the JSON Lines "id", or the URL.</param>
/// <param name="Origin">Where it was read from (path, "stdin", or path:line for JSON Lines).</param>
/// <param name="Paragraphs">Body paragraphs in reading order; the title, byline and date lines are not among them.</param>
public sealed record SourceDocument(
    string Id,
    string Origin,
    string? Title,
    string? Byline,
    DateTimeOffset? Published,
    string? Url,
    string? Outlet,
    IReadOnlyList<string> Paragraphs)
{
    public int WordCount => Paragraphs.Sum(p => TextStats.CountWords(p));
}

/// <summary>A problem with one input, reported as a single line and never fatal to the run.</summary>
/// <param name="NothingLost">The input held no text at all (an empty file): worth a line, but no article was lost,
/// so it does not make a run "partly failed".</param>
public sealed record IngestWarning(string Source, string Problem, bool NothingLost = false)
{
    public static IngestWarning Empty(string source, string problem = "file is empty") => new(source, problem, NothingLost: true);

    public override string ToString() => $"warning: {Source}: {Problem}";
}

public sealed record IngestResult(IReadOnlyList<SourceDocument> Documents, IReadOnlyList<IngestWarning> Warnings);
