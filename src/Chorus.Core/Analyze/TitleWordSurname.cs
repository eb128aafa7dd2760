using System.Text.RegularExpressions;
using Chorus.Segment;
using static Chorus.Analyze.SpeechPatterns;

namespace Chorus.Analyze;

/// <summary>
/// "“…,” said King, who chairs the committee" in a story about Rep. Peter King; "“…,” Judge said" about a Mark Judge:
/// a surname that is also a title word ("King", "Judge", "Major", "Bishop") stands alone after the verb, and the
/// title rule drops it and leaves no name. It is the person's surname when the article names someone with it in full
/// (a given name right before it, and no name after it: "King Abdullah" is a title). Seen in a wire story on a
/// congressman and a magazine piece on a witness.
/// </summary>
internal static partial class TitleWordSurname
{
    /// <param name="after">The sentence's text after the quotation.</param>
    /// <param name="sentences">The article's sentences.</param>
    /// <returns>The surname as written (completed later like any other), or null.</returns>
    internal static string? Speaker(string after, IReadOnlyList<Sentence> sentences)
    {
        if (!HasVerb(after)) return null;
        var m = Alone().Match(after);
        if (!m.Success) return null;
        var word = m.Groups["name"].Value;
        if (!NameForms.Titles.Contains(word)) return null;
        var full = FullName.Get(word);
        foreach (var s in sentences)
            if (s.Text.Contains(word, StringComparison.Ordinal) && full.Match(s.Text) is { Success: true } f && !NameForms.Titles.Contains(f.Groups["first"].Value)
                && !NameForms.NotNames.Contains(f.Groups["first"].Value) && !EntityRecognizer.OrganizationWords.Contains(f.Groups["first"].Value))
                return word;
        return null;
    }

    /// <summary>A given name, maybe a middle initial, then the word; no capitalised word after it.</summary>
    private static readonly PatternPerName FullName = new(word =>
        new Regex(@"\b(?<first>\p{Lu}[\p{Ll}'’\-]+)\s+(?:\p{Lu}\.\s+)?" + Regex.Escape(word) + @"\b(?!\s+\p{Lu})", RegexOptions.CultureInvariant));

    /// <summary>"…," said King, who …; "…," King said.: the capitalised word alone, right beside the verb.</summary>
    [GeneratedRegex(@"^\s*[,.:;!?—–-]?\s*(?:(?:" + InvertedVerbs + @")\s+(?<name>\p{Lu}\p{Ll}+)\s*(?:[,.;]|$)|(?<name>\p{Lu}\p{Ll}+)\s+(?:also\s+|later\s+|then\s+)?(?:" + Verbs + @")\b)")]
    private static partial Regex Alone();
}
