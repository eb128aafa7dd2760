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

    public static SourceDocument Parse(string id, string origin, string text) => Parse(id, origin, text.AsSpan());

    /// <summary>Parses text held in a buffer (a file decoded into pooled memory): only the lines kept become strings.</summary>
    public static SourceDocument Parse(string id, string origin, ReadOnlySpan<char> text)
    {
        var blocks = SplitBlocks(text);
        // Most text is not wrapped: its lines' indents are read only when it is.
        if (HardWrappedText.WrapWidth(blocks) > 0) blocks = HardWrappedText.Unwrap(blocks, Indents(text));
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
    /// because scraped text puts one element per line (link lists, captions, spam lines) — unless the text is wrapped
    /// at a fixed width (<see cref="HardWrappedText"/>), which reads each line's indent.</summary>
    private static List<List<string>> SplitBlocks(ReadOnlySpan<char> text)
    {
        var blocks = new List<List<string>>();
        List<string>? current = null;
        for (int i = 0; NextLine(text, ref i, out int start, out int end);)
        {
            var line = Collapsed(text, start, end);
            if (line.Length == 0) { current = null; continue; }
            if (current is null) { current = []; blocks.Add(current); }
            current.Add(line);
        }
        return blocks;
    }

    /// <summary>Each non-blank line's indent, in the blocks <see cref="SplitBlocks"/> gives.</summary>
    private static List<List<int>> Indents(ReadOnlySpan<char> text)
    {
        var indents = new List<List<int>>();
        List<int>? current = null;
        for (int i = 0; NextLine(text, ref i, out int start, out int end);)
        {
            if (text[start..end].IsWhiteSpace()) { current = null; continue; }
            if (current is null) { current = []; indents.Add(current); }
            current.Add(IndentOf(text, start, end));
        }
        return indents;
    }

    /// <summary>The line starting at <paramref name="i"/> (<paramref name="start"/> to <paramref name="end"/>, without
    /// its line break), with <paramref name="i"/> moved past the break. Lines end at \n, \r\n or a lone \r; nothing else
    /// breaks a line; text that ends on a break has an empty last line.</summary>
    private static bool NextLine(ReadOnlySpan<char> text, ref int i, out int start, out int end)
    {
        start = i;
        end = i;
        if (i > text.Length) return false;
        int found = text[i..].IndexOfAny('\n', '\r');
        end = found < 0 ? text.Length : i + found;
        i = end < text.Length && text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
        return true;
    }

    /// <summary>Leading white space of a line, a tab counted as four.</summary>
    private static int IndentOf(ReadOnlySpan<char> text, int start, int end)
    {
        int indent = 0;
        for (int k = start; k < end && char.IsWhiteSpace(text[k]); k++) indent += text[k] == '\t' ? 4 : 1;
        return indent;
    }

    /// <summary>The line with every run of white space made one space and its ends trimmed, cut from the text once
    /// (a regular-expression replace and a trim made two copies of every line).</summary>
    private static string Collapsed(ReadOnlySpan<char> text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (start == end) return "";
        var line = text[start..end];
        bool plain = true;
        for (int k = 0; k < line.Length && plain; k++)
            if (char.IsWhiteSpace(line[k]) && (line[k] != ' ' || char.IsWhiteSpace(line[k + 1]))) plain = false;
        if (plain) return line.ToString();
        char[]? rented = line.Length <= 512 ? null : System.Buffers.ArrayPool<char>.Shared.Rent(line.Length);
        Span<char> into = rented is null ? stackalloc char[line.Length] : rented;
        int n = 0;
        for (int k = 0; k < line.Length; k++)
        {
            if (!char.IsWhiteSpace(line[k])) { into[n++] = line[k]; continue; }
            into[n++] = ' ';
            while (k + 1 < line.Length && char.IsWhiteSpace(line[k + 1])) k++;
        }
        var collapsed = into[..n].ToString();
        if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        return collapsed;
    }


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
