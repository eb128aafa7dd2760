using Chorus.Link.Stories;
using System.Text;

namespace Chorus.Report;

/// <summary>
/// A Markdown report. Article text is escaped with Markdown's backslash escapes (not HTML entities, which Markdown
/// shows literally when escaped and lets through when not), so content can add no heading, link, image, list,
/// table cell or raw HTML to the report, nor carry terminal control characters.
/// </summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    public string Format => "markdown";

    public string Write(SummaryReport report)
    {
        var sb = new StringBuilder();
        foreach (var note in report.Notes ?? []) sb.AppendLine($"> **Note:** {Escape(note)}").AppendLine();
        if (report.Summary is { } summary)
        {
            sb.AppendLine("## Summary").AppendLine();
            foreach (var s in summary)
                sb.Append(Escape(s.AddedSpeaker is null ? s.Text : $"{s.AddedSpeaker}: {s.Text}")).Append(' ').AppendLine(string.Concat(s.Sources.Select(id => $"[{Escape(report.LabelOf(id))}]"))).AppendLine();
            sb.AppendLine($"*{report.Words} words, method {report.Method}.*").AppendLine();
        }
        AnalysisText.Append(sb, report, md: true);
        sb.AppendLine("## Sources").AppendLine();
        foreach (var d in report.Documents)
        {
            sb.Append($"{d.Number}. {Escape(d.Id)}");
            // As in the text report: a title that is not a headline (a caption, "Story highlights …") is left out.
            if (d.Title is { } title && StoryHeadline.IsHeadline(title)) sb.Append($" — {Escape(title)}");
            if (d.Outlet is not null) sb.Append($" ({Escape(d.Outlet)})");
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
            foreach (var w in report.Warnings) sb.AppendLine($"- {Escape(w.Source)}: {Escape(w.Problem)}");
        }
        return sb.ToString();
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..157] + "…";

    /// <summary>Backslash-escapes every character that is Markdown syntax anywhere in a line, and the ones that are
    /// syntax at its start (a heading's #, a list's - or "1.", a quote's &gt;). One line out: line breaks become
    /// spaces, so text cannot start a block of its own.</summary>
    public static string Escape(string text)
    {
        var line = TerminalText.SafeLine(text);
        var sb = new StringBuilder(line.Length + 8);
        int start = 0;
        while (start < line.Length && line[start] == ' ') start++;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '&' or '!' or '@' || (i == start && c is '#' or '+' or '-' or '=')
                || (c is '.' or ')' && IsListNumber(line, start, i)) || StartsBareLink(line, i))
                sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>GitHub-flavoured renderers turn bare "http://…" and "www.…" into links; an escaped ":" or "." keeps
    /// them text.</summary>
    private static bool StartsBareLink(string line, int i) =>
        (line[i] == ':' && i + 2 < line.Length && line[i + 1] == '/' && line[i + 2] == '/')
        || (line[i] == '.' && i >= 3 && line.AsSpan(i - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase));

    /// <summary>"1." or "12)" opening the line would start an ordered list.</summary>
    private static bool IsListNumber(string line, int start, int i) =>
        i > start && i - start <= 9 && line.AsSpan(start, i - start).IndexOfAnyExceptInRange('0', '9') < 0;
}
