using System.Net;
using System.Text;

namespace Chorus.Report;

/// <summary>
/// A Markdown report. Article text is HTML-encoded and Markdown-escaped, so content can neither inject markup
/// nor run script in whatever renders the report.
/// </summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    public string Format => "markdown";

    public string Write(SummaryReport report)
    {
        var sb = new StringBuilder();
        if (report.Summary is { } summary)
        {
            sb.AppendLine("## Summary").AppendLine();
            foreach (var s in summary)
                sb.Append(Escape(s.AddedSpeaker is null ? s.Text : $"{s.AddedSpeaker}: {s.Text}")).Append(' ').AppendLine(string.Concat(s.Sources.Select(id => $"[{report.NumberOf(id)}]"))).AppendLine();
            sb.AppendLine($"*{report.Words} words, method {report.Method}.*").AppendLine();
        }
        AnalysisText.Append(sb, report, md: true);
        sb.AppendLine("## Sources").AppendLine();
        foreach (var d in report.Documents)
        {
            sb.Append($"{d.Number}. `{Escape(d.Id)}`");
            if (d.Title is not null) sb.Append($" — {Escape(d.Title)}");
            if (!d.IsArticle) sb.Append($" *(excluded: {Escape(d.NotAnArticle ?? "")})*");
            sb.AppendLine();
        }
        var removed = report.Documents.SelectMany(d => d.Removed.Select(r => (d.Number, r))).ToList();
        if (removed.Count > 0)
        {
            sb.AppendLine().AppendLine("## Removed from the articles").AppendLine();
            sb.AppendLine("| source | text | reason |").AppendLine("|---|---|---|");
            foreach (var (number, r) in removed)
                sb.AppendLine($"| [{number}] | {Escape(Shorten(r.Text))} | {Escape(r.Reason)} |");
        }
        if (report.Warnings.Count > 0)
        {
            sb.AppendLine().AppendLine("## Inputs not used").AppendLine();
            foreach (var w in report.Warnings) sb.AppendLine($"- `{Escape(w.Source)}`: {Escape(w.Problem)}");
        }
        return sb.ToString();
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..157] + "…";

    public static string Escape(string text)
    {
        var encoded = WebUtility.HtmlEncode(text);
        var sb = new StringBuilder(encoded.Length);
        foreach (var c in encoded)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '!') sb.Append('\\');
            sb.Append(c == '\n' ? ' ' : c);
        }
        return sb.ToString();
    }
}
