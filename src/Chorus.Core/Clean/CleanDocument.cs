using Chorus.Ingest;

namespace Chorus.Clean;

/// <summary>Something taken out of an article, and why, so a reader can audit every removal.</summary>
public sealed record Removal(string Text, string Reason);

/// <param name="Paragraphs">What remains of the article's own reporting.</param>
/// <param name="NonArticleReason">Set when the whole document is not news (an archive notice, an error page):
/// such a document contributes nothing to a summary.</param>
public sealed record CleanDocument(
    SourceDocument Source,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<Removal> Removed,
    string? NonArticleReason)
{
    public string Id => Source.Id;
    public bool IsArticle => NonArticleReason is null;
}
