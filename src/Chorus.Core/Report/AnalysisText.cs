using Chorus.Analyze;
using System.Text;

namespace Chorus.Report;

/// <summary>The analysis sections (copies, quotes, discrepancies, cited outlets, entities) in text or Markdown.</summary>
internal static class AnalysisText
{
    public static void Append(StringBuilder sb, SummaryReport report, bool md)
    {
        string E(string text) => md ? MarkdownReportWriter.Escape(text) : TerminalText.SafeLine(text);
        string Refs(IEnumerable<string> ids) => string.Concat(ids.Select(id => $"[{report.LabelOf(id)}]"));
        void Heading(string title)
        {
            if (md) sb.AppendLine($"## {title}").AppendLine();
            else sb.AppendLine($"{title}:");
        }
        string Bullet = md ? "- " : "  - ";

        if (report.Copies is { } copies)
        {
            Heading("Copied text");
            if (copies.Count == 0) sb.AppendLine($"{Bullet}no article copies another");
            foreach (var c in copies)
            {
                var direction = c.Direction switch { CopyOrder.AThenB => $"[{report.NumberOf(c.B)}] carries text of [{report.NumberOf(c.A)}]", CopyOrder.BThenA => $"[{report.NumberOf(c.A)}] carries text of [{report.NumberOf(c.B)}]", _ => "shared, direction unknown" };
                sb.AppendLine($"{Bullet}[{report.NumberOf(c.A)}] and [{report.NumberOf(c.B)}]: {Plural(c.SharedSentences, "shared sentence")}, {c.SharedFraction:P0} of the shorter article ({direction})");
                foreach (var p in c.Passages.Take(5)) sb.AppendLine($"{(md ? "  - " : "      ")}“{E(p.Text)}”");
            }
            sb.AppendLine();
        }
        if (report.Quotes is { } quotes)
        {
            Heading("Who said what");
            if (quotes.Count == 0) sb.AppendLine($"{Bullet}no direct quotations");
            foreach (var q in quotes)
                sb.AppendLine($"{Bullet}{E(q.Speaker ?? "(speaker not stated)")}: “{E(q.Text)}” {Refs(q.Sources)}");
            sb.AppendLine();
        }
        if (report.Discrepancies is { } discrepancies)
        {
            Heading("Where the outlets disagree");
            if (discrepancies.Count == 0) sb.AppendLine($"{Bullet}no disagreement found");
            foreach (var d in discrepancies)
            {
                sb.AppendLine($"{Bullet}{E(d.Topic)}: " + string.Join("; ", d.Values.Select(v => $"{E(v.Value)} {Refs(v.Sources)}")));
                foreach (var v in d.Values) sb.AppendLine($"{(md ? "  - " : "      ")}{Refs(v.Sources.Take(1))} “{E(v.Sentence)}”");
                if (d.Reason.Length > 0) sb.AppendLine($"{(md ? "  - " : "      ")}why comparable: {E(d.Reason)}");
            }
            sb.AppendLine();
        }
        if (report.CitedOutlets is { } outlets)
        {
            Heading("Outlets cited");
            if (outlets.Count == 0) sb.AppendLine($"{Bullet}none");
            foreach (var o in outlets) sb.AppendLine($"{Bullet}{E(o.Name)} {Refs(o.Sources)}");
            sb.AppendLine();
        }
        foreach (var (title, entities) in new[] { ("People", report.People), ("Organizations", report.Organizations), ("Places", report.Places) })
        {
            if (entities is null) continue;
            Heading(title);
            if (entities.Count == 0) sb.AppendLine($"{Bullet}none");
            foreach (var e in entities)
                sb.AppendLine($"{Bullet}{E(e.Name)} (" + string.Join(", ", e.CountsByArticle.Select(kv => $"[{report.NumberOf(kv.Key)}]×{kv.Value}")) + ")");
            sb.AppendLine();
        }
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
