using System.Text.Json;

namespace Chorus.Evaluate;

/// <summary>A stretch of one document's raw file: code-point offsets (start inclusive, end exclusive) and the
/// check of the text it meant (see <see cref="RawText.Check"/>).</summary>
public sealed record AnnotatedSpan(string Doc, int Start, int End, string Check);

public sealed record AnnotatedQuote(AnnotatedSpan Span, string? Speaker);

/// <param name="OwnOutlet">The mention credits the article's own newsroom ("told the BBC" in a BBC story): from the
/// text alone it reads like any citation, so scoring counts it on neither side (GUIDE.md).</param>
public sealed record AnnotatedOutlet(AnnotatedSpan Span, string Outlet, bool OwnOutlet = false);

public sealed record AnnotatedValue(AnnotatedSpan Span, string Value);

public sealed record AnnotatedDiscrepancy(string Quantity, string? Unit, AnnotatedValue A, AnnotatedValue B);

/// <summary>One cluster annotated in full by reading it (the format of Annotations/GUIDE.md).</summary>
public sealed record ClusterAnnotation(
    string Cluster,
    IReadOnlyList<string> Docs,
    IReadOnlyList<AnnotatedQuote> Quotes,
    IReadOnlyList<AnnotatedOutlet> CitedOutlets,
    IReadOnlyList<AnnotatedDiscrepancy> Discrepancies)
{
    public IEnumerable<AnnotatedSpan> Spans =>
        Quotes.Select(q => q.Span).Concat(CitedOutlets.Select(o => o.Span)).Concat(Discrepancies.SelectMany(d => new[] { d.A.Span, d.B.Span }));
}

/// <summary>Reads annotation files; a file that is not one becomes one problem line naming it.</summary>
public static class AnalysisAnnotations
{
    public static (IReadOnlyList<ClusterAnnotation> Clusters, IReadOnlyList<string> Problems) LoadFolder(string folder)
    {
        var clusters = new List<ClusterAnnotation>();
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            try { clusters.Add(Parse(File.ReadAllText(file))); }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                problems.Add($"{file}: not a cluster annotation ({e.Message.Split('\n')[0].Trim()})");
            }
        }
        return (clusters, problems);
    }

    public static ClusterAnnotation Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var cluster = root.GetProperty("cluster").GetString() ?? throw new FormatException("\"cluster\" is null");
        var docs = root.GetProperty("docs").EnumerateArray().Select(d => d.GetString()!).ToList();
        var quotes = Items(root, "quotes").Select(q => new AnnotatedQuote(Span(q), OptionalString(q, "speaker"))).ToList();
        var outlets = Items(root, "citedOutlets").Select(o => new AnnotatedOutlet(Span(o), o.GetProperty("outlet").GetString()!,
            o.TryGetProperty("ownOutlet", out var own) && own.ValueKind == JsonValueKind.True)).ToList();
        var discrepancies = Items(root, "discrepancies").Select(d => new AnnotatedDiscrepancy(
            d.GetProperty("quantity").GetString()!, OptionalString(d, "unit"), Value(d.GetProperty("a")), Value(d.GetProperty("b")))).ToList();
        return new ClusterAnnotation(cluster, docs, quotes, outlets, discrepancies);
    }

    private static IEnumerable<JsonElement> Items(JsonElement root, string name) =>
        root.TryGetProperty(name, out var items) && items.ValueKind == JsonValueKind.Array ? items.EnumerateArray().ToList() : [];

    private static string? OptionalString(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static AnnotatedSpan Span(JsonElement e) => new(
        e.GetProperty("doc").GetString()!, e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), e.GetProperty("check").GetString()!);

    private static AnnotatedValue Value(JsonElement e) =>
        new(Span(e), e.TryGetProperty("value", out var v) ? v.ToString() : "");
}
