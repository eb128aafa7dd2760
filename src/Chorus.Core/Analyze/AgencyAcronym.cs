using System.Text.RegularExpressions;
using static Chorus.Analyze.SpeechPatterns;

namespace Chorus.Analyze;

/// <summary>
/// "“…,” the EPA notes"; "said the FAA"; "The NTSB said: “…”": an acronym with "the" in front of it, beside the
/// quotation as its attribution, is a body speaking through its report or statement, and the annotation guide gives
/// the words to it. A bare acronym ("WOFL says", "CNN reported") is more often a station or agency passing on someone
/// else's words, and so is any acronym that reads as a news outlet ("the BBC said"): those stay unattributed. Seen in a
/// story on an agency's settlement with TV renovators and a wire story quoting a safety board.
/// </summary>
internal static partial class AgencyAcronym
{
    /// <param name="acronym">The speaker an attribution rule found, all capitals.</param>
    /// <param name="before">The sentence's text before the quotation.</param>
    /// <param name="after">The sentence's text after the quotation.</param>
    internal static bool Speaks(string acronym, string before, string after)
    {
        if (acronym.Length < 2 || OutletCitationFinder.LooksLikeOutlet(acronym)) return false;
        foreach (Match m in TheAcronymAfter().Matches(after))
            if (m.Groups["acronym"].Value == acronym) return true;
        return TheAcronymBefore().Match(before) is { Success: true } b && b.Groups["acronym"].Value == acronym;
    }

    /// <summary>"The EPA says Magnolia engaged in "…"": the clause's one speaking subject is the acronym, with "the"
    /// right before it, and no outlet.</summary>
    /// <param name="clause">The clause before the quotation.</param>
    /// <param name="subject">The subject's match in the clause.</param>
    /// <param name="acronym">The subject's name.</param>
    internal static bool IsSubject(string clause, Match subject, string acronym) =>
        !OutletCitationFinder.LooksLikeOutlet(acronym) && subject.Groups["name"].Value.TrimEnd() is var name && name.EndsWith(acronym, StringComparison.Ordinal)
        && TheBefore().IsMatch(clause.AsSpan(0, subject.Groups["name"].Index + name.Length - acronym.Length));

    [GeneratedRegex(@"\b[Tt]he\s+$")]
    private static partial Regex TheBefore();

    [GeneratedRegex(@"^\s*[,.:;!?—–-]?\s*(?:[Tt]he\s+(?<acronym>\p{Lu}{2,6})\s+(?:also\s+|later\s+)?(?:" + Verbs + @")\b|(?:" + InvertedVerbs + @")\s+the\s+(?<acronym>\p{Lu}{2,6})\b)")]
    private static partial Regex TheAcronymAfter();

    [GeneratedRegex(@"(?:^|[.!?]\s+)The\s+(?<acronym>\p{Lu}{2,6})\s+(?:also\s+|later\s+)?(?:" + Verbs + @")\s*[:,]?\s*(?:that\s+)?$")]
    private static partial Regex TheAcronymBefore();
}
