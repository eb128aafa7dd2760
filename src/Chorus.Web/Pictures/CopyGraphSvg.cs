using Chorus.Report.Model;
using Chorus.Web.Pages;

namespace Chorus.Web.Pictures;

/// <summary>
/// Who copied whom, drawn on the server: outlets on a circle, an arrow from the outlet that published first to
/// the one that carried its text later (a plain line when the order is unknown), thicker for more shared
/// sentences. Pure SVG markup, no script, every label encoded.
/// </summary>
public static class CopyGraphSvg
{
    public const int Width = 640, Height = 360;
    private const int MaxOutlets = 24;

    public sealed record Edge(string From, string To, int SharedSentences, bool Directed);

    public static IReadOnlyList<Edge> Edges(StoryReportV1 report)
    {
        var outletOf = report.Documents.ToDictionary(d => d.Id, StoryPictures.OutletOf, StringComparer.Ordinal);
        var edges = new Dictionary<(string, string, bool), int>();
        foreach (var c in report.Copies ?? [])
        {
            string a = outletOf.GetValueOrDefault(c.A) ?? c.A, b = outletOf.GetValueOrDefault(c.B) ?? c.B;
            if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) continue;
            var key = c.Direction switch
            {
                CopyDirection.AToB => (a, b, true),
                CopyDirection.BToA => (b, a, true),
                // Undirected: one key whichever way round the pair came.
                _ => string.CompareOrdinal(a, b) < 0 ? (a, b, false) : (b, a, false),
            };
            edges[key] = edges.GetValueOrDefault(key) + Math.Max(1, c.SharedSentences);
        }
        return edges.Select(e => new Edge(e.Key.Item1, e.Key.Item2, e.Value, e.Key.Item3)).OrderByDescending(e => e.SharedSentences).ToList();
    }

    public static void Render(Html html, StoryReportV1 report)
    {
        var edges = Edges(report);
        var outlets = edges.SelectMany(e => new[] { e.From, e.To })
            .Concat(report.Documents.Where(d => d.IsArticle).Select(StoryPictures.OutletOf))
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxOutlets).ToList();
        var at = new Dictionary<string, (double X, double Y)>(StringComparer.OrdinalIgnoreCase);
        double cx = Width / 2.0, cy = Height / 2.0, radius = outlets.Count == 1 ? 0 : 130;
        for (int i = 0; i < outlets.Count; i++)
        {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / outlets.Count;
            at[outlets[i]] = (cx + radius * Math.Cos(angle), cy + radius * Math.Sin(angle));
        }
        html.Raw($"<svg class=\"copy-graph\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-labelledby=\"copy-graph-title\">")
            .Raw("<title id=\"copy-graph-title\">Which outlet's text appears in which later outlet</title>")
            .Raw("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"5\" markerHeight=\"5\" orient=\"auto-start-reverse\">")
            .Raw("<path d=\"M0,0 L10,5 L0,10 z\" class=\"arrow-head\"/></marker></defs>");
        foreach (var e in edges)
        {
            if (!at.TryGetValue(e.From, out var p) || !at.TryGetValue(e.To, out var q)) continue;
            double dx = q.X - p.X, dy = q.Y - p.Y, length = Math.Max(1, Math.Sqrt(dx * dx + dy * dy));
            // Stop short of the nodes so the arrow head sits outside the target circle.
            double trim = 14 / length;
            var (x1, y1, x2, y2) = (p.X + dx * trim, p.Y + dy * trim, q.X - dx * trim, q.Y - dy * trim);
            double width = Math.Min(12, 1 + 1.5 * Math.Sqrt(e.SharedSentences));
            html.Raw($"<line class=\"copy{(e.Directed ? "" : " undirected")}\" x1=\"{StoryPictures.F(x1)}\" y1=\"{StoryPictures.F(y1)}\" x2=\"{StoryPictures.F(x2)}\" y2=\"{StoryPictures.F(y2)}\" stroke-width=\"{StoryPictures.F(width)}\"")
                .Raw(e.Directed ? " marker-end=\"url(#arrow)\">" : ">")
                .Raw("<title>").PlainText($"{e.From} {(e.Directed ? "→" : "and")} {e.To}: {e.SharedSentences} shared sentence{(e.SharedSentences == 1 ? "" : "s")}{(e.Directed ? "" : " (order unknown)")}")
                .Raw("</title></line>");
        }
        foreach (var name in outlets)
        {
            var (x, y) = at[name];
            bool right = x >= cx;
            html.Raw($"<g class=\"outlet\"><circle cx=\"{StoryPictures.F(x)}\" cy=\"{StoryPictures.F(y)}\" r=\"9\"/>")
                .Raw($"<text x=\"{StoryPictures.F(x + (right ? 14 : -14))}\" y=\"{StoryPictures.F(y + 4)}\" text-anchor=\"{(right ? "start" : "end")}\">")
                .PlainText(name.Length > 28 ? name[..27] + "…" : name).Raw("</text></g>");
        }
        html.Raw("</svg>");
    }
}
