using System.Text.RegularExpressions;
using Chorus.Segment;
using static Chorus.Analyze.SpeechPatterns;
using static Chorus.Analyze.PersonMention;

namespace Chorus.Analyze;

/// <summary>
/// "Jo Roe, the lawyer for the group, called the move "…"", "Roe also called on the league "…"", "Roe described the
/// route as "…"": a person who calls something by the quoted words, or calls on someone to act in them, is speaking
/// them. News prose reports a characterization this way without a verb of saying (seen in wire, regional and tabloid
/// copy: a lawyer on a renaming, a senator on a settlement, a judge at a sentencing, a rescuer on a route). Only the
/// person the sentence opens with, named in full or by a surname the article gives in full, and only when nothing
/// between the verb and the quotation names or quotes anyone else.
/// </summary>
internal static partial class CharacterizationSpeaker
{
    /// <param name="before">The sentence's text before the quotation's opening mark.</param>
    /// <param name="sentences">The article's sentences.</param>
    internal static string? Speaker(string before, IReadOnlyList<Sentence> sentences)
    {
        if (!MayCharacterize(before)) return null;
        var m = Characterization().Match(before);
        if (!m.Success) return null;
        // "Roe called the plan what Baker said was "…"": someone else speaking or named in the gap may own the words.
        var gap = m.Groups["gap"].Value;
        if (HasVerb(gap) && SpeechVerb().IsMatch(gap) || NamesPerson(gap, sentences)) return null;
        var name = Individual(PersonOf(m));
        if (name is null || IsAcronym(name) || IsGroupNoun(name)) return null;
        return name.Contains(' ') || IsSurnameInArticle(name, sentences) ? name : null;
    }

    /// <summary>The verbs' fixed words, looked for first: most sentences before a quotation hold none.</summary>
    private static bool MayCharacterize(string text) =>
        text.Contains("call", StringComparison.Ordinal) || text.Contains("describ", StringComparison.Ordinal);

    /// <summary>The sentence opens with the person (an office in front, an aside or an apposition after), then maybe
    /// an adverb, then the verb; the gap up to the quotation holds no mark and no sentence end.</summary>
    [GeneratedRegex(@"^\W*(?:(?:But|And|Still|Meanwhile|Later),?\s+)?(?<name>" + NameForms.TitledNamePattern + @")(?:\s\([^()""“”]{1,30}\))?(?:," + Apposition + @")?\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+|\w+ly\s+)?(?:called|calls|described|describes)\b(?<gap>[^""“”.!?;]{0,160})$")]
    private static partial Regex Characterization();
}
