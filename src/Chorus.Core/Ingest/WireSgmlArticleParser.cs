using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Chorus.Ingest;

/// <summary>
/// The LDC/TREC newswire SGML layout that TREC, TDT, AQUAINT, Gigaword and the newswire summarization benchmarks
/// ship: one or more <c>&lt;DOC&gt;</c> elements a file, each with a document number (<c>&lt;DOCNO&gt;</c>, or
/// Gigaword's <c>id</c> attribute), a date (<c>&lt;DATE_TIME&gt;</c>, <c>&lt;DATE&gt;</c>), a headline
/// (<c>&lt;HEADLINE&gt;</c>, <c>&lt;HL&gt;</c>, <c>&lt;HEAD&gt;</c>) and the story in <c>&lt;TEXT&gt;</c>, its paragraphs as
/// <c>&lt;P&gt;</c> elements, indented lines or blank-line separated blocks. Only the headline, byline, date and the
/// text's paragraphs leave this class: slugs, trailers, headers and document numbers are routing for the wire's
/// subscribers, never reporting.
/// </summary>
public static partial class WireSgmlArticleParser
{
    /// <summary>Whether the text is in this layout: it opens (after white space) with a <c>&lt;DOC&gt;</c> element.</summary>
    public static bool LooksLikeWireSgml(ReadOnlySpan<char> text)
    {
        var head = text.TrimStart();
        if (!head.StartsWith("<DOC", StringComparison.OrdinalIgnoreCase) || head.Length < 5) return false;
        char after = head[4];
        if (after != '>' && !char.IsWhiteSpace(after)) return false;
        var window = text[..Math.Min(text.Length, 4096)];
        return window.Contains("<DOCNO>", StringComparison.OrdinalIgnoreCase) || window.Contains("<TEXT>", StringComparison.OrdinalIgnoreCase)
               || window.Contains("<HEADLINE>", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Every document of the file: a file of several <c>&lt;DOC&gt;</c>s is several articles. A document
    /// without text is one warning naming it; the others are still read.</summary>
    public static IEnumerable<(SourceDocument? Document, IngestWarning? Warning)> Parse(string fileId, string origin, string text)
    {
        var docs = Doc().Matches(text);
        int n = 0;
        foreach (Match doc in docs)
        {
            n++;
            var attributes = doc.Groups["attrs"].Value;
            var body = doc.Groups["body"].Value;
            var docNo = Collapse(Element(body, "DOCNO")) is { Length: > 0 } no ? no : AttributeId().Match(attributes) is { Success: true } a ? a.Groups["id"].Value : null;
            string id = docNo ?? (docs.Count == 1 ? fileId : $"{fileId}#{n}");
            string where = docNo is null ? (docs.Count == 1 ? origin : $"{origin} (document {n})") : $"{origin} ({docNo})";
            var paragraphs = new List<string>();
            foreach (var part in Elements(body, "LP").Concat(Elements(body, "TEXT")))
                paragraphs.AddRange(Paragraphs(part));
            if (paragraphs.Count == 0)
            {
                yield return (null, new IngestWarning(where, "wire document has no text"));
                continue;
            }
            var title = Headline(body);
            var published = DateOfElements(body) ?? WireSources.DateOf(docNo);
            var byline = Byline(body);
            var outlet = WireSources.OutletOf(docNo) ?? OutletDetector.Detect(paragraphs);
            yield return (new SourceDocument(id, origin, title, byline, published, null, outlet, paragraphs), null);
        }
        if (n == 0) yield return (null, new IngestWarning(origin, "wire SGML file holds no <DOC> element"));
    }

    /// <summary>Adds the file's documents and its warnings; a file that yields no article is one warning more.</summary>
    public static void AddTo(string fileId, string origin, string text, List<SourceDocument> docs, List<IngestWarning> warnings)
    {
        foreach (var (doc, warning) in Parse(fileId, origin, text))
        {
            if (doc is not null) docs.Add(doc);
            if (warning is not null) warnings.Add(warning);
        }
    }

    private static string? Headline(string body)
    {
        foreach (var tag in (string[])["HEADLINE", "HL", "HEAD", "TI"])
            if (Collapse(Element(body, tag)) is { Length: > 0 } headline) return headline;
        return null;
    }

    /// <summary>A <c>&lt;BYLINE&gt;</c> element, or the "By NAME" line the New York Times service sets between the
    /// headline and the text.</summary>
    private static string? Byline(string body)
    {
        var raw = Collapse(Element(body, "BYLINE"));
        if (raw is not { Length: > 0 })
        {
            int head = body.IndexOf("</HEADLINE>", StringComparison.OrdinalIgnoreCase), text = body.IndexOf("<TEXT>", StringComparison.OrdinalIgnoreCase);
            if (head < 0 || text < head) return null;
            var m = BylineBetween().Match(body, head, text - head);
            if (!m.Success) return null;
            raw = m.Groups["name"].Value.Trim();
        }
        raw = ByPrefix().Replace(raw, "");
        // Wire bylines are set in capitals ("By ROBERTA KLEIN"); a reader sees the name as it is written.
        return raw.Any(char.IsLower) ? raw : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(raw.ToLowerInvariant());
    }

    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "MM/dd/yyyy HH:mm:ss", "MM/dd/yyyy HH:mm", "M/d/yyyy",
        "yyyyMMdd", "yyMMdd", "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy",
    ];

    private static DateTimeOffset? DateOfElements(string body)
    {
        foreach (var tag in (string[])["DATE_TIME", "DATE", "DD"])
        {
            if (Collapse(Element(body, tag)) is not { Length: > 0 } raw) continue;
            if (DateTimeOffset.TryParseExact(raw, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var exact)) return exact;
            // "October 16, 1989, Monday, Home Edition": the date leads, edition words follow.
            var lead = LeadingDate().Match(raw);
            if (lead.Success && DateTimeOffset.TryParseExact(lead.Value.Replace(".", ""), ["MMMM d, yyyy", "MMM d, yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var led)) return led;
            if (DateLine.TryParse(raw, out var any)) return any;
        }
        return null;
    }

    /// <summary>The text's paragraphs: its <c>&lt;P&gt;</c> elements when it has them; otherwise a paragraph starts
    /// after a blank line or at an indented line, and lines of one paragraph (hard-wrapped copy) are joined.</summary>
    public static List<string> Paragraphs(string text)
    {
        text = Dropped().Replace(text, " ");
        var result = new List<string>();
        if (ParagraphElement().Match(text) is { Success: true } firstParagraph)
        {
            // Collections that use <P> as a separator rather than a container set the first paragraph before any tag.
            if (Clean(Unbroken(text[..firstParagraph.Index])) is { Length: > 0 } lead) result.Add(lead);
            foreach (Match p in ParagraphElement().Matches(text))
                if (Clean(Unbroken(p.Groups["p"].Value)) is { Length: > 0 } para) result.Add(para);
            return result;
        }
        var lines = AnyTag().Replace(text, " ").Split('\n');
        int minIndent = lines.Where(l => l.Trim().Length > 0).Select(Indent).DefaultIfEmpty(0).Min();
        bool indented = lines.Any(l => l.Trim().Length > 0 && Indent(l) > minIndent);
        bool blankSeparated = lines.SkipWhile(l => l.Trim().Length == 0).Reverse().SkipWhile(l => l.Trim().Length == 0).Any(l => l.Trim().Length == 0);
        var current = new StringBuilder();
        void Flush()
        {
            if (Clean(current.ToString()) is { Length: > 0 } para) result.Add(para);
            current.Clear();
        }
        string previous = "";
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0) { Flush(); previous = ""; continue; }
            bool starts = indented ? Indent(line) > minIndent
                // Neither blank lines nor indents: one line a paragraph, unless the line before stopped mid-sentence.
                : !blankSeparated && previous.Length > 0 && EndsSentence(previous);
            if (starts) Flush();
            if (!BrokenAtHyphen(current, trimmed)) current.Append(' ');
            current.Append(trimmed);
            previous = trimmed;
        }
        Flush();
        return result;
    }

    /// <summary>A compound broken at its hyphen by the wrap ("full-" + "scale") is one word again, as
    /// <see cref="HardWrappedText"/> joins plain text: wire copy is wrapped by measure, never hyphenated by a
    /// typesetter, so the hyphen is the word's own.</summary>
    private static bool BrokenAtHyphen(StringBuilder current, string next) =>
        current.Length >= 2 && current[^1] == '-' && char.IsLetter(current[^2]) && next.Length > 0 && char.IsLetter(next[0]);

    private static string Unbroken(string paragraph) => HyphenLineBreak().Replace(paragraph, "");

    private static bool EndsSentence(string line)
    {
        var end = line.TrimEnd('"', '\'', '”', '’', ')');
        return end.Length > 0 && end[^1] is '.' or '?' or '!' or ':' || line.EndsWith("''", StringComparison.Ordinal);
    }

    private static int Indent(string line)
    {
        int i = 0;
        while (i < line.Length && (line[i] == ' ' || line[i] == '\t')) i++;
        return i;
    }

    /// <summary>Tags gone, entities decoded, white space made single spaces.</summary>
    private static string Clean(string raw) => Collapse(raw) ?? "";

    private static string? Collapse(string? raw) => raw is null ? null : Spaces().Replace(WireEntities.Decode(AnyTag().Replace(raw, " ")), " ").Trim();

    private static string? Element(string body, string tag) => Elements(body, tag).FirstOrDefault();

    private static IEnumerable<string> Elements(string body, string tag)
    {
        int from = 0;
        while (true)
        {
            int open = body.IndexOf($"<{tag}>", from, StringComparison.OrdinalIgnoreCase);
            if (open < 0) yield break;
            int start = open + tag.Length + 2;
            int close = body.IndexOf($"</{tag}>", start, StringComparison.OrdinalIgnoreCase);
            if (close < 0) { yield return body[start..]; yield break; }
            yield return body[start..close];
            from = close + tag.Length + 3;
        }
    }

    /// <summary>A document runs to its closing tag, or to the next document or the end of the file when a
    /// truncated copy lost it.</summary>
    [GeneratedRegex(@"<DOC(?<attrs>\s[^>]*)?>(?<body>.*?)(?:</DOC>|(?=<DOC[\s>])|\z)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Doc();

    [GeneratedRegex(@"\bid\s*=\s*""(?<id>[^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex AttributeId();

    [GeneratedRegex(@"<P(?:\s[^>]*)?>(?<p>.*?)(?=</P>|<P[\s>]|\z)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ParagraphElement();

    /// <summary>Elements inside a text that are notes about it, never its reporting, dropped with their content.</summary>
    [GeneratedRegex(@"<(ANNOTATION|TABLE|FIGURE|CORRECTION-DATE|SUBJECT|TYPE)(?:\s[^>]*)?>.*?</\1>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Dropped();

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9_\-]*(?:\s[^<>]*)?/?>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"(?<=\p{L}-)[ \t]*\r?\n[ \t]*(?=\p{L})")]
    private static partial Regex HyphenLineBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\s*By\s+(?<name>[A-Z][A-Za-z.'\-]*(?:\s+[A-Z][A-Za-z.'\-]*){1,4}(?:\s+(?:and|AND)\s+[A-Z][A-Za-z.'\-]*(?:\s+[A-Z][A-Za-z.'\-]*){1,4})?)\s*$", RegexOptions.Multiline)]
    private static partial Regex BylineBetween();

    [GeneratedRegex(@"^by\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"^[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}")]
    private static partial Regex LeadingDate();
}
