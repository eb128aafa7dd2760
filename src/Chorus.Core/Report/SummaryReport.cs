using Chorus.Analyze;
using Chorus.Ingest;
using Chorus.Pipeline;

namespace Chorus.Report;

public sealed record RemovedItem(string Text, string Reason);

public sealed record ReportDocument(
    string Id, int Number, string? Title, string? Byline, string? Outlet, string? Url, DateTimeOffset? Published,
    bool IsArticle, string? NotAnArticle, int Words, IReadOnlyList<RemovedItem> Removed);

/// <param name="AddedSpeaker">The speaker of a quotation, added by Chorus from the quote analysis (not in the sentence).</param>
public sealed record ReportSentence(string Text, IReadOnlyList<string> Sources, string? AddedSpeaker = null);

public sealed record ReportWarning(string Source, string Problem);

/// <summary>What every output format shows: the documents read (with what was removed and why), the summary
/// with its sources, and the warnings about inputs that could not be used. <see cref="Notes"/> tell the reader
/// what limits the summary (one outlet only, inputs from several stories).</summary>
public sealed record SummaryReport(
    string? Method,
    string? Budget,
    int? Words,
    IReadOnlyList<ReportDocument> Documents,
    IReadOnlyList<ReportSentence>? Summary,
    IReadOnlyList<ReportWarning> Warnings,
    IReadOnlyList<CopyPair>? Copies = null,
    IReadOnlyList<Quote>? Quotes = null,
    IReadOnlyList<Discrepancy>? Discrepancies = null,
    IReadOnlyList<CitedOutlet>? CitedOutlets = null,
    IReadOnlyList<Entity>? People = null,
    IReadOnlyList<Entity>? Organizations = null,
    IReadOnlyList<Entity>? Places = null,
    IReadOnlyList<string>? Notes = null)
{
    public static SummaryReport From(ClusterResult result, IReadOnlyList<IngestWarning> warnings)
    {
        var docs = result.Documents.Select((d, i) => new ReportDocument(
            d.Id, i + 1, d.Source.Title, d.Source.Byline, d.Source.Outlet, d.Source.Url, d.Source.Published,
            d.IsArticle, d.NonArticleReason, d.Paragraphs.Sum(TextStats.CountWords),
            d.Removed.Select(r => new RemovedItem(r.Text, r.Reason)).ToList())).ToList();
        var summary = result.Summary?.Sentences.Select(s => new ReportSentence(s.Text, s.Sources, s.AddedSpeaker)).ToList();
        var a = result.Analysis;
        return new SummaryReport(result.Summary?.Method, result.Summary?.Budget.ToString(), result.Summary?.Words, docs, summary,
            warnings.Select(w => new ReportWarning(w.Source, w.Problem)).ToList(),
            a?.Copies, a?.Quotes, a?.Discrepancies, a?.CitedOutlets, a?.People, a?.Organizations, a?.Places)
            { Layout = SummaryLayout.From(result) };
    }

    /// <summary>Citations down to the sentence and the articles as read, for the JSON model and the web reader.</summary>
    public SummaryLayout? Layout { get; init; }

    public int NumberOf(string documentId) => Documents.FirstOrDefault(d => d.Id == documentId)?.Number ?? 0;

    /// <summary>How a citation names a source: its outlet ("AP", "AP 2" when one outlet has several articles), else
    /// its number in the source list. A reader knows an outlet; a number only points into the list.</summary>
    public string LabelOf(string documentId)
    {
        var doc = Documents.FirstOrDefault(d => d.Id == documentId);
        if (doc?.Outlet is not { Length: > 0 } outlet) return (doc?.Number ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var same = Documents.Where(d => string.Equals(d.Outlet, outlet, StringComparison.OrdinalIgnoreCase)).ToList();
        // Outlet names come from article metadata: hostile text, so never a control character in a marker.
        return TerminalText.SafeLine(same.Count == 1 ? outlet : $"{outlet} {same.IndexOf(doc) + 1}");
    }
}
