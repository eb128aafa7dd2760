using System.Text.RegularExpressions;
using Chorus.Link;
using Chorus.Segment;
using static Chorus.Analyze.SpeechPatterns;
using static Chorus.Analyze.PersonMention;
using static Chorus.Analyze.ReportedSpeechAttribution;
using static Chorus.Analyze.PronounResolution;
using static Chorus.Analyze.FullNameCompletion;
using static Chorus.Analyze.QuoteMerge;

namespace Chorus.Analyze;

/// <summary>The attribution right beside a quotation, in the same sentence: after it ("…," said Jo Roe; "…," she said),
/// before it (Jo Roe said: "…"), between two parts, or a transcript line. The strongest evidence of a speaker.</summary>
internal static partial class AdjacentAttribution
{
    internal const string Pronoun = "\u0001pronoun";

    internal static string? SpeakerAfter(string rest)
    {
        var m = AfterMatch(rest);
        if (!m.Success) return RoleThenNameAfter(rest);
        int end = m.Index + m.Length;
        // "…," Kara Roe said her neighbor told her; "…," he recalled his father telling him: the attribution hands the
        // words on from someone else, and whose they are is not said. Read in place: the text after the attribution
        // is searched as a range of the string (which the patterns see as their whole input), not cut out.
        if (HandedOn().IsMatch(rest.AsSpan(end))) return null;
        if (m.Groups["pronoun"].Success) return Pronoun;
        // "…," Google Glass engineer Charles Mendis told …: an organization and a lower-case title before the name;
        // without a title among the lower-case words ("…," Obama told reporters Smith said) it is no attribution.
        if (m.Groups["org"].Success && !m.Groups["role"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(NameForms.IsTitle)) return null;
        // "…," said Melquan's former coach, Don Clark: the possessor is not the speaker; the name set off after is.
        if (PossessiveEnd().IsMatch(m.Groups["name"].ValueSpan.Trim()))
            return ApposedName().Match(rest, end, rest.Length - end) is { Success: true } apposed ? SpeakerName(apposed.Groups["name"].Value) : null;
        // "…," said White House lawyer Ty Cobb: a lower-case title after the organization leads to the person. Only
        // when the verb came first: in "…," Oakes told host Jimmy Fallon the name after the verb is who listened.
        bool verbFirst = m.Groups["name"].Index + m.Groups["name"].Length == m.Index + m.Length;
        if (verbFirst && TitledPersonAfter().Match(rest, end, rest.Length - end) is { Success: true } titled && titled.Groups["words"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(NameForms.IsTitle))
            return SpeakerName(titled.Groups["name"].Value);
        return SpeakerName(m.Groups["name"].Value);
    }

    // After the quotation: "…," said passenger Tomas Reiner; "…," he said; "…," coast guard commander Elena Varga told;
    // "…," Gov. Jo Roe (D) said, the party in brackets as US papers write it.
    // The pronoun may take an adverb before its verb ("…," he once wrote; "…" he so famously said).
    [GeneratedRegex(@"^\s*[,.:;!?—–-]?\s*(?:(?:" + InvertedVerbs + @")\s+" + LeadWords + @"(?<name>" + NameForms.NamePattern + @")|(?<pronoun>he|she)\s+(?:(?:so\s+)?\w+ly\s+|once\s+|later\s+|also\s+)?(?:" + Verbs + @")\b|" + SetOffAfterRole + @"|(?:the\s+)?(?<org>(?:\p{Lu}[\p{L}'’\-.]*\s+){1,4}(?=[a-z]))??(?<role>" + LeadWords + @")(?<name>" + NameForms.TitledNamePattern + @")(?:\s\([^()""“”]{1,30}\))?(?:," + Apposition + @"|,\s(?:the|a|an)\s[^,""“”]{2,80}?)?\s+(?:also\s+|later\s+|then\s+)?(?:" + Verbs + @")\b)")]
    internal static partial Regex After();

    /// <summary>"…," said the lead author, Dr. Jo Roe, a professor at …; "…," says the band's manager, Jo Roe.: the verb
    /// first, then a role with an article, then the person holding it set off by a comma (the newspaper-of-record style).</summary>
    private static string? RoleThenNameAfter(string rest)
    {
        if (!HasVerb(rest)) return null;
        var m = InvertedRoleThenName().Match(rest);
        return m.Success ? SpeakerName(m.Groups["name"].Value) : null;
    }

    [GeneratedRegex(@"^\s*[,.:;!?—–-]?\s*(?:said|says|added|adds|explained|explains|wrote|writes)\s+(?:the|a|an)\s+(?:[a-z\-'’]+\s+){0,3}[a-z\-]+,\s+(?<name>" + NameForms.TitledNamePattern + @")\s*(?:[,.;]|$)")]
    private static partial Regex InvertedRoleThenName();

    /// <summary>"…," Williams' agent, Jill Smoller, said; "…," the ferry company's owner, Victor Hale, said: a
    /// role of someone's, then the person holding it set off by commas, speaking.</summary>
    private const string SetOffAfterRole = @"(?:[Tt]he\s+)?(?:[\p{L}\-]+\s+)?[\p{L}\-]+['’]s?\s+(?:[a-z\-]+\s+){0,2}[a-z\-]+,\s+(?<name>" + NameForms.NamePattern + @"),\s+(?:also\s+|later\s+|then\s+)?(?:" + Verbs + @")\b";

    /// <summary>Right after an attribution, someone else speaking: "her neighbor told her", "his father telling him",
    /// "the company said", "Jo Roe had warned", or the speaker reading out someone's words (", quoting Jo Roe").</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:quoting|citing|reading\s+from)\b|^\s*(?:that\s+)?(?:(?:his|her|their|its|my|our|a|an|the)\s+(?:[a-z\-]+\s+){0,2}|(?:\p{Lu}[\p{L}'’\-]+\s+){1,3})(?:had\s+|once\s+|later\s+)?(?:" + Verbs + @"|telling|saying|asking|warning|writing)\b")]
    internal static partial Regex HandedOn();

    [GeneratedRegex(@"^[\s\p{Ll}\-]*,\s+(?<name>" + NameForms.NamePattern + @")\s*(?:[.,;]|$)")]
    internal static partial Regex ApposedName();

    [GeneratedRegex(@"^\s+(?<words>(?>" + LeadWord + @"{1,2}))(?<name>" + NameForms.NamePattern + ")")]
    internal static partial Regex TitledPersonAfter();

    /// <summary><see cref="After"/> and <see cref="Before"/>, started only where a verb of saying could complete them.</summary>
    internal static Match AfterMatch(string rest) => HasVerb(rest) ? After().Match(rest) : Match.Empty;

    /// <remarks>No part of <see cref="Before"/> takes a quotation mark, so no match starts before the last one: the
    /// scan starts after it, where the text before an inner quotation would be tried at every capital for nothing
    /// (the pattern's look-behind still sees the text before).</remarks>
    internal static Match BeforeMatch(string before) => HasVerb(before) ? Before().Match(before, before.AsSpan().LastIndexOfAny(QuotationMarks) + 1) : Match.Empty;

    private static readonly System.Buffers.SearchValues<char> QuotationMarks = System.Buffers.SearchValues.Create("\"“”");

    /// <summary>"“…” plea in Berman's killing, Durst said.", "“…” in the Civil War, Jones said": the quotation opens
    /// the sentence, a few words of the narrator's finish it, and the sentence ends in its attribution. The words in
    /// between name no one speaking.</summary>
    internal static string? SpeakerAfterWords(string after)
    {
        if (!HasVerb(after)) return null;
        var m = AfterWords().Match(after);
        if (!m.Success || SpeechVerb().IsMatch(m.Groups["gap"].Value) || SubjectCount(m.Groups["gap"].Value) > 0) return null;
        return SpeakerName(m.Groups["name"].Value);
    }

    [GeneratedRegex(@"^(?<gap>\s*[\p{Ll}\d][^""“”.!?;:]{0,60}),\s+(?<name>" + NameForms.TitledNamePattern + @")\s+(?:said|says|added|adds|wrote|writes)\s*(?:[.!?,]|$)")]
    private static partial Regex AfterWords();

    internal static (string? Name, AttributionPath Path) SpeakerBefore(string before)
    {
        // A transcript line: "Keilar: "You say it is not a shake-up …"".
        if (TranscriptSpeaker().Match(before) is { Success: true } transcript) return (SpeakerName(transcript.Groups["name"].Value), AttributionPath.Transcript);
        // "…," says Jo Roe, a director on the film, "…": the attribution between two parts, speaker after the verb,
        // maybe after a role set off by a comma ("…," said the lead author, Dr. Jo Roe, a professor of …, "…").
        if (Between().Match(before) is { Success: true } between) return (SpeakerName(between.Groups["name"].Value), AttributionPath.BetweenParts);
        var m = BeforeMatch(before);
        if (!m.Success) return (null, AttributionPath.None);
        if (m.Groups["pronoun"].Success) return (Pronoun, AttributionPath.NamedBefore);
        var name = SpeakerName(m.Groups["name"].Value);
        // "leaflets dropped across Helmand said, "…"", "a spokesperson for Spacey said: "…"": a name after a
        // preposition is a place or the person spoken for, not the subject (a title before it, as in "in Paris Mayor
        // Anne Roe said", shows the subject starts later).
        if (name is not null && name == m.Groups["name"].Value.Trim() && PlaceOrPartyBefore().IsMatch(before[..m.Groups["name"].Index])) return (null, AttributionPath.None);
        return (name, AttributionPath.NamedBefore);
    }

    // The pronoun is tried first, in either case: "He said: "…"" opens many paragraphs, and "He" would otherwise be
    // read as a one-word name and dropped, leaving the quotation with no speaker.
    [GeneratedRegex(@"(?:\b(?<pronoun>[Hh]e|[Ss]he)|(?<=,\s)(?<name>" + NameForms.NamePattern + @"),|(?<name>" + NameForms.TitledNamePattern + @")(?:,\s[^,""“”]{2,60},)?)\s+(?:also\s+|later\s+|then\s+|further\s+|\w+ly\s+)?(?:" + Verbs + @")(?:\s+(?:reporters|journalists|the\s+\w+|\w+)|\s*\([^()""“”]{1,60}\)|(?:\s+[\w'’\-]+){1,6}(?=\s*:))?\s*[:,]?\s*(?:that\s+)?$")]
    internal static partial Regex Before();

    [GeneratedRegex(@"\b(?:for|of|to|with|from|about|against|at|in|throughout|across|near|inside|outside)\s+(?:the\s+)?$")]
    internal static partial Regex PlaceOrPartyBefore();

    [GeneratedRegex(@"^\W*(?:(?:Says|Said|Adds|Added|Writes|Wrote)\s+)?(?<name>" + NameForms.TitledNamePattern + @"):\s*$")]
    internal static partial Regex TranscriptSpeaker();

    [GeneratedRegex(@"[""”],?\s+(?:" + InvertedVerbs + @")\s+(?:(?:the|a|an)\s+(?:[a-z\-'’]+\s+){0,3}[a-z\-]+,\s+(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?)?" + LeadWords + @"(?<name>" + NameForms.NamePattern + @")(?:,\s[^,""“”]{2,120})?,\s*$")]
    internal static partial Regex Between();
}
