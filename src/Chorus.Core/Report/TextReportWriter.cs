using System.Text;
using Chorus.Link.Stories;

namespace Chorus.Report;

/// <summary>Sentences with [outlet] markers ([n] for a source with no outlet), then the list of sources. Every piece of article text passes
/// through <see cref="TerminalText"/>: this output is read on terminals.</summary>
public sealed class TextReportWriter : IReportWriter
{
    public string Format => "text";

    public string Write(SummaryReport report)
    {
        var sb = new StringBuilder();
        foreach (var note in report.Notes ?? []) sb.AppendLine($"Note: {TerminalText.SafeLine(note)}");
        if (report.Notes is { Count: > 0 }) sb.AppendLine();
        if (report.Summary is { } summary)
        {
            foreach (var s in summary)
                sb.Append(TerminalText.SafeLine(s.AddedSpeaker is null ? s.Text : $"{s.AddedSpeaker}: {s.Text}")).Append(' ').AppendLine(string.Concat(s.Sources.Select(id => $"[{TerminalText.SafeLine(report.LabelOf(id))}]")));
            if (summary.Count == 0) sb.AppendLine("(no summary: no article text)");
            sb.AppendLine();
        }
        AnalysisText.Append(sb, report, md: false);
        sb.AppendLine("Sources:");
        foreach (var d in report.Documents)
        {
            // A reader knows a source by its outlet, else by its headline; the file id stays for going back to it.
            // A title that is not a headline (a caption, "936 SHARES") says nothing and is left out.
            var headline = d.Title is { } t && StoryHeadline.IsHeadline(t) ? Shorten(t) : null;
            // Sources with an outlet are cited by it ("[AP]"); the list says what each marker is.
            var marker = TerminalText.SafeLine(report.LabelOf(d.Id));
            var name = d.Outlet is not null ? (headline is null ? d.Outlet : $"{d.Outlet} — {headline}") : headline;
            sb.Append(name is null ? $"[{marker}] {TerminalText.SafeLine(d.Id)}" : $"[{marker}] {TerminalText.SafeLine(name)} ({TerminalText.SafeLine(d.Id)})");
            if (d.Published is { } p) sb.Append($", {p:yyyy-MM-dd}");
            if (!d.IsArticle) sb.Append($" [excluded: {TerminalText.SafeLine(d.NotAnArticle ?? "")}]");
            sb.AppendLine();
        }
        // Whatever article text went in above, no control character comes out.
        return TerminalText.Safe(sb.ToString());
    }

    private const int HeadlineWords = 12;

    private static string Shorten(string headline)
    {
        var words = headline.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= HeadlineWords ? headline.Trim() : string.Join(' ', words[..HeadlineWords]).TrimEnd(',', ';', ':', '—', '-') + " …";
    }
}
