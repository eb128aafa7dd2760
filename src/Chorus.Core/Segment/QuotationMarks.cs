using System.Text.RegularExpressions;
using Chorus.Text;
using Chorus.Ingest;

namespace Chorus.Segment;

/// <summary>
/// What a reader needs to know about the quotation marks of a piece of text: whether they pair up, which spans
/// they quote, and whether the text says who is speaking. Only double marks count: single marks are apostrophes
/// far more often than quotations.
/// </summary>
public static partial class QuotationMarks
{
    public const char Open = '“';
    public const char Close = '”';
    public const char Straight = '"';

    /// <summary>Curly openings and closings differ in number, or straight marks are odd: some quotation is cut.</summary>
    public static bool IsUnpaired(string text)
    {
        int open = 0, close = 0, straight = 0;
        foreach (var c in text)
        {
            if (c == Open) open++;
            else if (c == Close) close++;
            else if (c == Straight) straight++;
        }
        return open != close || straight % 2 == 1;
    }

    /// <summary>Net change of open quotations across the text: +1 when it leaves a quotation open, -1 when it closes
    /// one it did not open, 0 when balanced. Straight marks alternate, so their effect depends on whether a
    /// quotation was open when the text began.</summary>
    public static int Balance(string text, bool openBefore)
    {
        bool open = openBefore;
        int closedForeign = 0;
        foreach (var c in text)
        {
            if (c == Open) open = true;
            else if (c == Close) { if (!open) closedForeign++; open = false; }
            else if (c == Straight) open = !open;
        }
        return (open ? 1 : 0) - (openBefore ? 1 : 0) - closedForeign;
    }

    /// <summary>The quoted spans of the text (paired marks, or an opening left unclosed to the end), in words.</summary>
    public static IEnumerable<string> Spans(string text)
    {
        foreach (Match m in Quoted().Matches(text)) yield return m.Groups["q"].Value;
    }

    /// <summary>Quotes four or more words: the words read as someone's, not a title or a scare quote.</summary>
    public static bool QuotesWords(string text, int minWords = 4)
    {
        // The spans of Quoted() found by hand: this runs for every candidate sentence, and the regex cut a
        // Match and a string per quotation. Leftmost first: a curly opening with text up to its closing (or the
        // end), else a straight mark with text up to the next straight mark (or the end).
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c is not (Open or Straight)) { i++; continue; }
            int j = c == Open ? text.AsSpan(i + 1).IndexOfAny(Open, Close) : text.AsSpan(i + 1).IndexOf(Straight);
            int end = j < 0 ? text.Length : i + 1 + j;
            bool closes = end == text.Length || (c == Open ? text[end] == Close : true);
            if (end == i + 1 || !closes) { i++; continue; }
            if (TextStats.CountWords(text.AsSpan(i + 1, end - i - 1)) >= minWords) return true;
            i = end == text.Length ? end : end + 1;
        }
        return false;
    }

    /// <summary>The text's first character other than white space opens a quotation.</summary>
    public static bool OpensOnQuotation(string text) => text.AsSpan().TrimStart() is { Length: > 0 } t && t[0] is '"' or '“' or '‘';

    /// <summary>Names the act of speaking: said, told, according to, a statement, an interview; a body's document
    /// speaks too ("the policy states", "the EPA notes"; not "the United States").</summary>
    /// Words inside the quotation do not count: "“Not saying he is guilty …”" names no one speaking.
    public static bool HasAttribution(string text)
    {
        using var outside = SpacedOutText.Of(Quoted(), text);
        return Attribution().IsMatch(outside.Span);
    }

    [GeneratedRegex(@"“(?<q>[^“”]+)(”|$)|""(?<q>[^""]+)(""|$)")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b(sa(id|ys?|ying)|t(old|ells)|ask(s|ed)|add(s|ed)|wr(ote|ites)|tweet(s|ed)|according to|explain(s|ed)|not(es|ed)|stated|(?<!(?-i:\p{Lu})\p{L}*\s)states|insist(s|ed)|announc(es|ed)|claimed|argu(es|ed)|repl(ies|ied)|statements?|interview(s|ed)?|emphasi[sz](es|ed)|stress(es|ed)|warn(s|ed)|admit(s|ted)|acknowledg(es|ed)|recall(s|ed)|declar(es|ed)|respond(s|ed)|remark(s|ed)|conced(es|ed)|jok(es|ed)|quipped|vow(s|ed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Attribution();
}
