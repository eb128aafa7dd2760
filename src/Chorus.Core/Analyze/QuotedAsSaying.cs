using System.Text.RegularExpressions;
using static Chorus.Analyze.SpeechPatterns;
using static Chorus.Analyze.PersonMention;

namespace Chorus.Analyze;

/// <summary>
/// "“…,” Harper was quoted as saying."; "Roe was quoted as saying: “…”"; "the site quoted Jo Roe, one of his lawyers, as
/// rejecting the claim: “…”": the words are the quoted person's, whoever passed them on (the outlet doing the quoting is
/// not the speaker). Seen in a live blog quoting a prime minister and a paper's list of accusers quoting a lawyer.
/// </summary>
internal static partial class QuotedAsSaying
{
    /// <param name="before">The sentence's text before the quotation.</param>
    /// <param name="after">The sentence's text after the quotation.</param>
    /// <returns>The person's name as written (completed later like any other), or null.</returns>
    internal static string? Speaker(string before, string after)
    {
        // Most text holds no "quoted": the patterns are not started there.
        if (!before.Contains("quoted", StringComparison.Ordinal) && !after.Contains("quoted", StringComparison.Ordinal)) return null;
        var m = PassiveAfter().Match(after);
        if (!m.Success) m = PassiveBefore().Match(before);
        if (!m.Success) m = ActiveBefore().Match(before);
        if (!m.Success) return null;
        return SpeakerName(m.Groups["name"].Value) is { } name && !IsAcronym(name) ? Individual(name) : null;
    }

    /// <summary>"“…,” Harper was quoted as saying.", "“…,” the minister was later quoted by the agency as saying."</summary>
    [GeneratedRegex(@"^\s*[,.:;!?—–-]?\s*(?<name>" + NameForms.TitledNamePattern + @")\s+(?:was|is|has\s+been|had\s+been)\s+(?:also\s+|later\s+)?quoted\s+(?:(?:by|in)\s+[^""“”,.]{1,60}?\s+)?as\s+(?:saying|telling)\b")]
    private static partial Regex PassiveAfter();

    /// <summary>"Roe was quoted as saying: “…”", "Roe was quoted by the paper as saying that “…”".</summary>
    [GeneratedRegex(@"(?<name>" + NameForms.TitledNamePattern + @")\s+(?:was|is|has\s+been|had\s+been)\s+(?:also\s+|later\s+)?quoted\s+(?:(?:by|in)\s+[^""“”,.]{1,60}?\s+)?as\s+saying[:,]?\s*(?:that\s+)?$")]
    private static partial Regex PassiveBefore();

    /// <summary>"the site quoted Jo Roe, one of his lawyers, as rejecting the claim: “…”", "… quoted Roe as saying “…”".</summary>
    [GeneratedRegex(@"\bquoted\s+(?<name>" + NameForms.TitledNamePattern + @")(?:,\s[^,""“”]{2,80},)?\s+as\s+(?:saying|\p{Ll}+ing\b[^""“”.!?]{0,60}?)[:,]?\s*(?:that\s+)?$")]
    private static partial Regex ActiveBefore();
}
