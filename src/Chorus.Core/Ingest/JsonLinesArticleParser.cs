using System.Globalization;
using System.Text.Json;

namespace Chorus.Ingest;

/// <summary>JSON Lines: one <c>{"id","title","text","url","source","published"}</c> object per line; only "text"
/// is required. "source" names the outlet; "title" is the headline.</summary>
public static class JsonLinesArticleParser
{
    public static IEnumerable<(SourceDocument? Document, IngestWarning? Warning)> Parse(string origin, string text)
    {
        int lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return ParseLine(origin, lineNumber, line);
        }
    }

    public static (SourceDocument? Document, IngestWarning? Warning) ParseLine(string origin, int lineNumber, string line)
    {
        {
            var where = $"{origin}:{lineNumber}";
            SourceDocument? doc = null;
            string? problem = null;
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                if (root.ValueKind != JsonValueKind.Object) problem = "line is not a JSON object";
                else
                {
                    string? Get(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                    var body = Get("text");
                    var id = Get("id") ?? Get("url") ?? $"{Path.GetFileNameWithoutExtension(origin)}-{lineNumber}";
                    if (string.IsNullOrWhiteSpace(body)) problem = "object has no \"text\"";
                    else
                    {
                        DateTimeOffset? published = DateTimeOffset.TryParse(Get("published"), CultureInfo.InvariantCulture,
                            DateTimeStyles.AssumeUniversal, out var p) ? p : null;
                        var parsed = PlainTextArticleParser.Parse(id, where, body);
                        doc = parsed with
                        {
                            Title = Get("title") ?? parsed.Title,
                            Url = Get("url"),
                            Outlet = Get("source") ?? parsed.Outlet,
                            Published = published ?? parsed.Published,
                            Paragraphs = Get("title") is null ? parsed.Paragraphs : ParagraphsOf(body),
                        };
                    }
                }
            }
            catch (JsonException e)
            {
                problem = $"invalid JSON ({e.Message.Split('.')[0]})";
            }
            return problem is null ? (doc, null) : (null, new IngestWarning(where, problem));
        }
    }

    private static List<string> ParagraphsOf(string body) =>
        body.Replace("\r\n", "\n").Split('\n').Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(l => l.Length > 0).ToList();
}
