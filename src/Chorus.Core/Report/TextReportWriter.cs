using System.Text;

namespace Chorus.Report;

/// <summary>Sentences with [n] markers, then the numbered list of sources. Every piece of article text passes
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
                sb.Append(TerminalText.SafeLine(s.AddedSpeaker is null ? s.Text : $"{s.AddedSpeaker}: {s.Text}")).Append(' ').AppendLine(string.Concat(s.Sources.Select(id => $"[{report.NumberOf(id)}]")));
            if (summary.Count == 0) sb.AppendLine("(no summary: no article text)");
            sb.AppendLine();
        }
        AnalysisText.Append(sb, report, md: false);
        sb.AppendLine("Sources:");
        foreach (var d in report.Documents)
        {
            sb.Append($"[{d.Number}] {TerminalText.SafeLine(d.Id)}");
            if (d.Title is not null) sb.Append($" — {TerminalText.SafeLine(d.Title)}");
            if (d.Outlet is not null) sb.Append($" ({TerminalText.SafeLine(d.Outlet)})");
            if (d.Published is { } p) sb.Append($", {p:yyyy-MM-dd}");
            if (!d.IsArticle) sb.Append($" [excluded: {TerminalText.SafeLine(d.NotAnArticle ?? "")}]");
            sb.AppendLine();
        }
        // Whatever article text went in above, no control character comes out.
        return TerminalText.Safe(sb.ToString());
    }
}
