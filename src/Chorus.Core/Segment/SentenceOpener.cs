using System.Text.RegularExpressions;

namespace Chorus.Segment;

/// <summary>
/// Sentences whose first word points back — a pronoun, a demonstrative or a connective ("He…", "This…", "But…",
/// "As such, …", "Putin also …"): a reader who did not see the sentence before cannot tell who or what they are about.
/// </summary>
public static partial class SentenceOpener
{
    private static readonly HashSet<string> PointsBack = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "his", "her", "their", "its", "this", "these", "those", "that", "him", "them",
        "such", "both", "neither",
        "but", "and", "however", "also", "still", "yet", "so", "meanwhile", "instead", "then", "or",
        "nor", "thus", "moreover", "furthermore", "otherwise", "nevertheless", "likewise", "hence",
    };

    /// <summary>The text starts with a letter and its first word (or "as such") leans on what came before.</summary>
    public static bool LeansBack(string text)
    {
        // The first word found by hand (white space, then letters): this runs for every candidate sentence, and a
        // regex match cut a Match and a string each time.
        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        int end = start;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        if (end == start) return false;
        // "as such" opens on a two-letter word; "Putin also …" holds "also" (both regexes need what they test).
        return PointsBackBySpan.Contains(text.AsSpan(start, end - start)) || (end - start == 2 && AsSuch().IsMatch(text))
            || (MayNameAlso(text) && NameAlso().IsMatch(text)) || (TimeWords.Contains(text[start..end]) && BackInTime().IsMatch(text));
    }

    /// <summary>First words of <see cref="BackInTime"/>.</summary>
    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase) { "at", "by", "since", "until", "back", "before", "after" };

    /// <summary>"At that time, the judge will hear …", "At the time, the earliest fossils …", "By then, …", "Since then, …":
    /// a moment an earlier sentence set (seen opening sentences of seven dev clusters: a court case, a fossil find, …).
    /// "At the time of the attack, …" sets its own moment and stands.</summary>
    [GeneratedRegex(@"^\s*(?:[Aa]t (?:that|the) (?:time|point)|[Bb]y (?:then|that time|that point)|[Ss]ince then|[Uu]ntil then|[Bb]ack then|[Bb]efore that|[Aa]fter that)(?:,|\s+(?!of\b|when\b|which\b)\p{Ll})")]
    private static partial Regex BackInTime();

    internal static bool MayNameAlso(string text) => text.Contains("also", StringComparison.Ordinal);

    internal static Regex NameAlsoPattern => NameAlso();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PointsBackBySpan = PointsBack.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"Putin also hosted …": "also" after the subject says something was told before.</summary>
    [GeneratedRegex(@"^\s*(\p{Lu}[\p{L}'’.-]*\s+){1,3}also\b")]
    private static partial Regex NameAlso();

    [GeneratedRegex(@"^\s*as such\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsSuch();
}
