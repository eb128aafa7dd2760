using System.Text.RegularExpressions;
using Chorus.Text;

namespace Chorus.Summarize;

/// <summary>
/// A sentence that speaks in the first or second person outside quotation marks: an op-ed's, a blog's, a press
/// release's or a policy's own voice ("We believe …", "… the reputation of our Fraternity", "I set out in April …",
/// "… how confident are you that …", "… buttons on your TV"). In a summary that cites outlets, "we", "I" and "you"
/// would read as Chorus's or as the cited outlet's words; they belong in a quotation with its speaker, or in reported
/// speech that names who speaks ("…, the company said").
/// </summary>
public static partial class UnquotedVoice
{
    public static bool Speaks(string text)
    {
        // Most units quote nothing: the quotation regex's scan is spared when no mark that opens one is present.
        // The rest is read in a pooled buffer: a string per quoting unit was one of the filter's larger garbage.
        bool quotes = text.AsSpan().IndexOfAny(QuotationOpeners) >= 0;
        using var spaced = quotes ? SpacedOutText.Of(Quotation(), text) : default;
        var outside = quotes ? spaced.Span : text;
        if (Imperative().IsMatch(outside)) return true;
        for (int at = 0; NextPronoun(outside, at) is var (index, length) && length > 0; at = index + length)
        {
            var word = outside.Slice(index, length);
            if (word is "I" && IsNumeral(outside, index, length)) continue;
            if (word is "our" or "Our" && Humankind().IsMatch(outside, index + length)) continue;
            return !ReportedSpeech().IsMatch(outside);
        }
        return false;
    }

    /// <summary>The next match of <see cref="Pronoun"/> at or after <paramref name="from"/> (length 0 when none), read
    /// by hand: the regex tried its lookbehind at every m, o, u, w and y of every unit. A match neither follows nor is
    /// followed by a letter, an apostrophe or a hyphen, and holds only letters and apostrophes, so it is a whole run of
    /// those characters; the runs that are one of its forms are its matches.</summary>
    internal static (int Index, int Length) NextPronoun(ReadOnlySpan<char> text, int from)
    {
        for (int p = from; p < text.Length; p++)
        {
            if (!IsRunChar(text[p])) continue;
            int end = p + 1;
            while (end < text.Length && IsRunChar(text[end])) end++;
            if (end - p <= LongestForm && PronounSpans.Contains(text[p..end])) return (p, end - p);
            p = end;
        }
        return (text.Length, 0);

        static bool IsRunChar(char c) => char.IsLetter(c) || c is '\'' or '’' or '-';
    }

    internal static Regex PronounPattern => Pronoun();

    /// <summary>Every form <see cref="Pronoun"/> matches.</summary>
    private static readonly HashSet<string> PronounForms = FormsOf();

    private static readonly int LongestForm = PronounForms.Max(f => f.Length);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PronounSpans = PronounForms.GetAlternateLookup<ReadOnlySpan<char>>();

    private static HashSet<string> FormsOf()
    {
        var forms = new HashSet<string>(StringComparer.Ordinal)
        {
            "I", "me", "My", "my", "Myself", "myself", "We", "we", "us", "Our", "our", "Ours", "ours", "Ourselves", "ourselves",
            "You", "you", "Your", "your", "Yours", "yours", "Yourself", "yourself",
        };
        foreach (var apostrophe in new[] { "'", "’" })
        {
            foreach (var ending in new[] { "m", "ve", "d", "ll" }) forms.Add("I" + apostrophe + ending);
            foreach (var subject in new[] { "We", "we", "You", "you" })
                foreach (var ending in new[] { "re", "ve", "d", "ll" }) forms.Add(subject + apostrophe + ending);
        }
        return forms;
    }

    /// <summary>The second person of a command: an imperative opening the sentence — ad copy and page prompts ("Don't
    /// miss …", "Click here …", "Read part of the conversation below.", "Watch the video above.", "Sign up for …").
    /// A sentence of the story has a subject before its verb; "Watch groups said …" and "Share prices fell …" have
    /// one (the word after the verb is not an article, a pronoun or a particle).</summary>
    public static bool Commands(string outside) => Imperative().IsMatch(outside);

    [GeneratedRegex(@"^\W*((?i:so|and|now|just|then)\s*,?\s+)?(please\s+)?(?:(?i:don['’]t|do not)\s+\p{Ll}|(?i:click|tap|read|watch|see|check|sign|subscribe|follow|share|join|download|find|learn|scroll|look|take|meet|imagine|remember|stay|keep|get|go|try|make|be|let|tell|send|visit|listen|vote|register|shop|buy|call|contact|head|grab|discover|explore|enjoy|hear|leave|apply|hurry)\s+(the|a|an|this|these|that|those|more|out|up|at|in|for|to|on|it|him|her|them|what|how|why|who|where|here|below|above|back|all|our|your|my|his|their|its|us|me|sure|inside|about|now|ahead|tuned|today)\b)")]
    private static partial Regex Imperative();

    /// <summary>"World War I", "Phase I trial", "I-95": a capital I after a capitalized word (other than one that
    /// opens a clause, "When I …"), or joined to a hyphen or digit, is a numeral or part of a name.</summary>
    private static bool IsNumeral(ReadOnlySpan<char> text, int index, int length)
    {
        int after = index + length;
        if (after < text.Length && (text[after] == '-' || char.IsDigit(text[after]))) return true;
        int k = index - 1;
        while (k >= 0 && text[k] == ' ') k--;
        if (k < 0 || !char.IsLetter(text[k])) return false;
        int start = k;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return char.IsUpper(text[start]) && !ClauseOpenerSpans.Contains(text.Slice(start, k + 1 - start));
    }

    /// <summary>The first character of every match of <see cref="Quotation"/>.</summary>
    private static readonly System.Buffers.SearchValues<char> QuotationOpeners = System.Buffers.SearchValues.Create("“\"‘`");

    /// <summary>Quoted words, curly or straight, up to the closing mark or the end.</summary>
    [GeneratedRegex(@"“[^“”]*(”|$)|""[^""]*(""|$)|‘[^‘’]*(’(?!\p{L})|$)|``.*?(''|$)")]
    private static partial Regex Quotation();

    /// <summary>First- and second-person forms with their usual casing ("US" is a country, "ME" a state, "mine" also
    /// a pit).</summary>
    [GeneratedRegex(@"(?<![\p{L}'’-])(I|I['’](m|ve|d|ll)|me|[Mm]y|[Mm]yself|[Ww]e|[Ww]e['’](re|ve|d|ll)|us|[Oo]ur|[Oo]urs|[Oo]urselves|[Yy]ou|[Yy]ou['’](re|ve|d|ll)|[Yy]our|[Yy]ours|[Yy]ourself)(?![\p{L}'’-])")]
    private static partial Regex Pronoun();

    /// <summary>"our solar system", "our ancestors": the first person of everyone, as science reporting uses it.</summary>
    [GeneratedRegex(@"\G\s+(own\s+)?(solar system|planet|galaxy|sun|moon|universe|species|ancestors|genes|genome|bodies|brains?|dreams|cosmic|evolutionary)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Humankind();

    /// <summary>Someone else is named as speaking: "…, the company said", "said Smith", "according to police" ("has
    /// told us" makes the outlet the listener, not a reporter of speech).</summary>
    [GeneratedRegex(@"(?<!\b(I|we|We|you|You)\s+)\b(said|says|told(?!\s+(us|me|you)\b)|added|wrote|writes|explained|stated)\b|\baccording to\b")]
    private static partial Regex ReportedSpeech();

    /// <summary>Words that open a clause before "I" ("When I …", "Then I …"): looked up as the word's span, where a
    /// regex over a substring of it was a string per capitalized word before an "I".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseOpenerSpans = new HashSet<string>(StringComparer.Ordinal)
    {
        "And", "But", "Or", "Nor", "So", "Yet", "When", "If", "As", "Because", "Since", "While",
        "After", "Before", "Until", "Unless", "Although", "Though", "Once", "Where", "What", "Why", "How", "Who",
        "Then", "Now", "Today", "Tonight", "Yesterday", "Here", "There", "Sure", "Well", "Yes", "No", "Still",
        "Also", "Maybe", "Perhaps", "Finally", "Actually", "Honestly", "Sometimes", "Do", "Did", "Can", "Could", "Should",
        "Would", "Will", "Am", "Have", "Had",
    }.GetAlternateLookup<ReadOnlySpan<char>>();
}
