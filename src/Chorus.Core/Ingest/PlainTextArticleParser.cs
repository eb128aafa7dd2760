using System.Globalization;
using System.Text.RegularExpressions;

namespace Chorus.Ingest;

/// <summary>
/// Plain-text articles: an optional title line, optional byline and date lines, then paragraphs separated by
/// blank lines. A first line that reads like body text (long, or ending in a full stop) is not taken as a title,
/// which is how the dataset articles arrive.
/// </summary>
public static partial class PlainTextArticleParser
{
    private const int MaxTitleWords = 30;

    public static SourceDocument Parse(string id, string origin, string text)
    {
        var blocks = SplitBlocks(text);
        string? title = null, byline = null;
        DateTimeOffset? published = null;
        int start = 0;
        if (blocks.Count > 1 && blocks[0].Count == 1 && LooksLikeTitle(blocks[0][0]))
        {
            title = blocks[0][0];
            start = 1;
            // The block after the title may be byline/date lines; it is consumed only when every line is one.
            if (start < blocks.Count - 1 && blocks[start].All(l => DateLine.TryParse(l, out _) || BylineLine.IsByline(l)))
            {
                foreach (var line in blocks[start])
                {
                    if (DateLine.TryParse(line, out var d)) published ??= d;
                    else byline ??= BylineLine.Clean(line);
                }
                start++;
            }
        }
        var paragraphs = new List<string>();
        for (int i = start; i < blocks.Count; i++)
            paragraphs.AddRange(blocks[i]);
        // Plain text carries no metadata: the outlet is only what the text says about itself.
        return new SourceDocument(id, origin, title, byline, published, null, OutletDetector.Detect(paragraphs), paragraphs);
    }

    public static bool LooksLikeTitle(string line)
    {
        var words = TextStats.CountWords(line);
        if (words == 0 || words > MaxTitleWords) return false;
        var last = line.TrimEnd()[^1];
        return last != '.' && last != ':' && last != ',' && last != ';';
    }

    /// <summary>Blank lines separate paragraphs; within a block each non-empty line is its own paragraph
    /// because scraped text puts one element per line (link lists, captions, spam lines).</summary>
    private static List<List<string>> SplitBlocks(string text)
    {
        var blocks = new List<List<string>>();
        List<string>? current = null;
        foreach (var raw in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            var line = Whitespace().Replace(raw, " ").Trim();
            if (line.Length == 0) { current = null; continue; }
            if (current is null) { current = []; blocks.Add(current); }
            current.Add(line);
        }
        return blocks;
    }

    [GeneratedRegex(@"[\s\u00A0]+")]
    private static partial Regex Whitespace();
}

public static partial class DateLine
{
    private static readonly string[] Formats =
    [
        "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "d MMMM yyyy", "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ssK",
        "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "MMMM d, yyyy h:mm tt", "dddd, MMMM d, yyyy", "M/d/yyyy",
    ];

    public static bool TryParse(string line, out DateTimeOffset value)
    {
        var s = line.Trim().TrimStart('•', '-', '|').Trim();
        s = Prefix().Replace(s, "");
        if (DateTimeOffset.TryParseExact(s, Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out value))
            return true;
        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value)
               && s.Length <= 40 && s.Any(char.IsDigit);
    }

    [GeneratedRegex(@"^(published|updated|posted|date)\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();
}

public static partial class BylineLine
{
    /// <summary>"By Jane Doe", "Jane Doe", "• Jane Doe, Reuters": two to five capitalised words, nothing else.</summary>
    public static bool IsByline(string line) => Pattern().IsMatch(line.Trim());

    public static string Clean(string line) => Prefix().Replace(line.Trim().TrimStart('•', '-', '|', '—').Trim(), "");

    [GeneratedRegex(@"^[•\-|—]?\s*(?:[Bb]y\s+)?\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|de|van|von|der|al|bin|da|and|&)){1,4}(?:\s*,\s*\p{Lu}[\p{L}&.\- ]{1,40})?$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^by\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();
}
