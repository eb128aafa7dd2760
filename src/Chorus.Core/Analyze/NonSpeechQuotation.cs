using System.Text.RegularExpressions;

namespace Chorus.Analyze;

/// <summary>
/// Quoted words that are not anyone's speech: the words on a sign or banner, the title of a work, and narration
/// whose quotation marks are stray (a mark opened and never matched). Each rule came from more than one outlet:
/// a protest banner and placards (a Paris banner at the Eiffel Tower, a march's placards), titles of shows and
/// books (an ABC interview series, a memoir), and narration opening with a stray mark (two wire stories).
/// </summary>
public static partial class NonSpeechQuotation
{
    /// <summary>True when the quotation, with the text before and after it in its sentence, is not speech.</summary>
    public static bool Is(string before, string quote, string after = "") =>
        IsSignOrTitleContext(before) || IsNamingContext(before) || IsMottoAfter(after) || IsTitleCase(quote) || HasStrayInnerMark(quote);

    /// <summary>"who rejoices in the sobriquet of "the man who killed Pluto"", "It means "it is solved by walking"",
    /// "what became known as "the trial of the century"": a name, a nickname or a translation given to something,
    /// not anyone's words (seen in a science story, a hiking story and two court stories).</summary>
    public static bool IsNamingContext(string before)
    {
        var window = LastWords(before, 6);
        return NamingWord().IsMatch(window) && !SpeechWord().IsMatch(window);
    }

    /// <summary>""If it doesn't fit, you must acquit" was the defense's mantra", ""…" became the campaign's rallying
    /// cry": the words are named as a motto after them.</summary>
    public static bool IsMottoAfter(string after) => MottoAfter().IsMatch(after);

    [GeneratedRegex(@"\b(?:dubbed|nicknamed|nicknames?|sobriquets?|known as|so-called|means|meaning|mantras?|mottos?|catchphrases?|the (?:term|phrase|expression))\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamingWord();

    [GeneratedRegex(@"^\W*(?:was|is|became|remains|has become)\s+(?:[\w'’\-]+\s+){0,5}(?:mantra|motto|slogan|catchphrase|refrain|rallying cry|nickname)\b")]
    private static partial Regex MottoAfter();

    /// <summary>"a banner with the words "…"", "placards reading "…"", "his new book "…"": an inscription or a
    /// work named within the few words before the quotation, with no speech verb among them.</summary>
    public static bool IsSignOrTitleContext(string before)
    {
        var window = LastWords(before, 8);
        return SignNoun().IsMatch(window) && !SpeechWord().IsMatch(window);
    }

    /// <summary>"Popcorn With Peter Travers", "The Art of the Deal", "State of the Union": every word but the small ones
    /// capitalised, at least two of them (all capitals is shouting, not a title).</summary>
    public static bool IsTitleCase(string quote)
    {
        // Asked of every unattributed quotation, nearly all of them speech: the first content word in lower case
        // settles it, so the words are read one by one rather than listed.
        int words = 0, content = 0;
        bool shouted = true;
        foreach (var m in Word().EnumerateMatches(quote))
        {
            var word = quote.AsSpan(m.Index, m.Length);
            words++;
            foreach (var c in word) shouted &= !char.IsLetter(c) || char.IsUpper(c);
            if (SmallWordLookup.Contains(word)) continue;
            content++;
            if (!char.IsUpper(word[0]) && !char.IsDigit(word[0])) return false;
        }
        if (words < 4 || shouted) return false;
        // A full stop inside the closing mark is American punctuation, not a sentence: only one inside the words
        // ("Ever. Then …") makes it speech.
        return content >= 2 && !SentenceInside().IsMatch(quote.TrimEnd().TrimEnd('.', ',', '!', '?'));
    }

    /// <summary>The last <paramref name="count"/> words of the text, split at spaces and joined by one: the same as
    /// joining the tail of <c>text.Split(' ', RemoveEmptyEntries)</c>, without splitting the whole text.</summary>
    internal static string LastWords(string text, int count)
    {
        int end = text.Length;
        while (end > 0 && text[end - 1] == ' ') end--;
        int start = end, at = end;
        for (int taken = 0; taken < count && at > 0; taken++)
        {
            while (at > 0 && text[at - 1] != ' ') at--;
            start = at;
            while (at > 0 && text[at - 1] == ' ') at--;
        }
        var window = text[start..end];
        return window.Contains("  ", StringComparison.Ordinal) ? string.Join(' ', window.Split(' ', StringSplitOptions.RemoveEmptyEntries)) : window;
    }

    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
        { "a", "an", "the", "of", "in", "on", "and", "or", "to", "for", "with", "at", "by", "from", "is", "vs" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SmallWordLookup = SmallWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"The Russian President also said he agrees with the 'red line" presented by…": a single mark opens
    /// a phrase inside and the double mark closes it, so the outer marks are not a pair and the words are the
    /// outlet's own narration.</summary>
    public static bool HasStrayInnerMark(string quote)
    {
        var open = InnerOpening().Match(quote);
        return open.Success && !InnerClosing().IsMatch(quote[(open.Index + 1)..]);
    }

    /// <summary>Lower-case nouns only: "The Daily Show" is a name in someone's speech, "the show" a title's cue.</summary>
    [GeneratedRegex(@"\b(?:banners?|signs?|placards?|posters?|T-shirts?|shirts?|slogans?|graffiti|hashtags?|headlines?|headlined|titled|entitled|inscriptions?|inscribed|emblazoned|the words|books?|novels?|memoirs?|films?|movies?|songs?|albums?|series|shows?|documentary|episodes?|essays?|op-eds?|podcasts?)\b")]
    private static partial Regex SignNoun();

    [GeneratedRegex(@"\b(?:say|said|says|tell|told|tells|write|wrote|writes|add|added|ask|asked|explained|stated|declared|tweeted|posted|replied|recalled|saying|adding|telling|writing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpeechWord();

    [GeneratedRegex(@"[.!?]\s+\p{Lu}")]
    private static partial Regex SentenceInside();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])['‘](?=\p{L})")]
    private static partial Regex InnerOpening();

    [GeneratedRegex(@"(?<=[\p{L}\p{N}.,!?])['’](?![\p{L}\p{N}])")]
    private static partial Regex InnerClosing();
}
