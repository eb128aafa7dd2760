using System.Text.RegularExpressions;

namespace Chorus.Summarize;

/// <summary>
/// A unit that shows the damage of its conversion to text: markup left in the words ("…said.runtime:topic
/// id="PLGEO1…">New York…", "<span class=…"), two sentences glued without a space after the stop ("…emergency."
/// This could…"), or a letter the decoder lost ("declassi?cation", "Earth�s" — a ligature or curly quote the source
/// encoding could not carry). A reader takes such a line for a broken product, and its words are not the story's.
/// </summary>
public static partial class DamagedText
{
    public static bool Shows(string text) =>
        (MayHoldMarkup(text) && Markup().IsMatch(text)) || GluesSentences(text) || (MayHaveLostLetter(text) && LostLetter().IsMatch(text));

    /// <summary>Every match of <see cref="Markup"/> ends a tag with "&gt;", which prose almost never holds: the regex,
    /// tried at every position otherwise, runs only on the few units that have one.</summary>
    internal static bool MayHoldMarkup(string text) => text.Contains('>');

    /// <summary>Every match of <see cref="LostLetter"/> holds a question mark or the replacement character.</summary>
    internal static bool MayHaveLostLetter(string text) => text.AsSpan().IndexOfAny('?', '\uFFFD') >= 0;

    /// <summary>What <see cref="Shows"/> decides, each regex tried on the whole text.</summary>
    internal static bool ShowsUngated(string text) => Markup().IsMatch(text) || GluesSentences(text) || LostLetter().IsMatch(text);

    internal static Regex MarkupPattern => Markup();

    internal static Regex LostLetterPattern => LostLetter();

    /// <summary>The unit's first quotation mark stands straight after a word's stop ("…an emergency.\" This could…")
    /// and another mark follows: being the first, it cannot close a quotation, so it opens one and the space between
    /// two sentences was lost — the segmenter kept them as one. "U.S." or "p.m." never carry a quotation mark.</summary>
    public static bool GluesSentences(string text)
    {
        int first = text.AsSpan().IndexOfAny(QuotationMarks);
        if (first < 3 || text.AsSpan(first + 1).IndexOfAny(QuotationMarks) < 0) return false;
        return text[first - 1] is '.' or '!' or '?' && char.IsLower(text[first - 2]) && char.IsLower(text[first - 3]);
    }

    private static readonly System.Buffers.SearchValues<char> QuotationMarks = System.Buffers.SearchValues.Create("\"“”");

    /// <summary>An element or an attribute with its quoted value and the tag's end: nothing in prose has "=\"…\">"
    /// or "&lt;p " / "&lt;/div&gt;".</summary>
    [GeneratedRegex(@"\w=""[^""]*""\s*/?>|</?(a|p|div|span|img|br|script|style|iframe|figure|figcaption)\b[^<>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Markup();

    /// <summary>A question mark between two letters of one word, or the replacement character anywhere (it stands for
    /// a character the decoder could not read: a letter, or a closing quotation mark — "…that water?\uFFFD? said …").</summary>
    [GeneratedRegex(@"\p{L}\?\p{Ll}|\uFFFD")]
    private static partial Regex LostLetter();
}
