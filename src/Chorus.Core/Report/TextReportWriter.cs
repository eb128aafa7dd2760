using System.Text;

namespace Chorus.Report;

/// <summary>Sentences with [n] markers, then the numbered list of sources.</summary>
public sealed class TextReportWriter : IReportWriter
{
    public string Format => "text";

    public string Write(SummaryReport report)
    {
        var sb = new StringBuilder();
        if (report.Summary is { } summary)
        {
            foreach (var s in summary)
                sb.Append(s.AddedSpeaker is null ? s.Text : $"{s.AddedSpeaker}: {s.Text}").Append(' ').AppendLine(string.Concat(s.Sources.Select(id => $"[{report.NumberOf(id)}]")));
            if (summary.Count == 0) sb.AppendLine("(no summary: no article text)");
            sb.AppendLine();
        }
        AnalysisText.Append(sb, report, md: false);
        sb.AppendLine("Sources:");
        foreach (var d in report.Documents)
        {
            sb.Append($"[{d.Number}] {d.Id}");
            if (d.Title is not null) sb.Append($" — {d.Title}");
            if (d.Outlet is not null) sb.Append($" ({d.Outlet})");
            if (d.Published is { } p) sb.Append($", {p:yyyy-MM-dd}");
            if (!d.IsArticle) sb.Append($" [excluded: {d.NotAnArticle}]");
            sb.AppendLine();
        }
        return sb.ToString();
    }
}
