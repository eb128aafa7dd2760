using System.Text;

namespace Chorus.Report;

/// <summary>Sentences with [n] markers, then the numbered list of sources.</summary>
public sealed class TextReportWriter : IReportWriter
{
    public string Format => "text";

    public string Write(SummaryReport report)
    {
        var sb = new StringBuilder();
        foreach (var s in report.Summary)
            sb.Append(s.Text).Append(' ').AppendLine(string.Concat(s.Sources.Select(id => $"[{report.NumberOf(id)}]")));
        if (report.Summary.Count == 0) sb.AppendLine("(no summary: no article text)");
        sb.AppendLine();
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
