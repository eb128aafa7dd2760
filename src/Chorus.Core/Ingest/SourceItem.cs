namespace Chorus.Ingest;

/// <summary>One article read from any source, with the key that identifies it across runs, or one problem.</summary>
/// <param name="Key">The URL, or the full path of the file (with the entry id for JSON Lines): the same key read
/// again is the same article, and different text under it a new version.</param>
public sealed record SourceItem(SourceDocument? Document, string? Key, IngestWarning? Warning)
{
    public static SourceItem Problem(string source, string problem) => new(null, null, new IngestWarning(source, problem));
}
