using System.Text.RegularExpressions;
using Chorus.Link;
using Chorus.Segment;
using static Chorus.Analyze.SpeechPatterns;
using static Chorus.Analyze.PersonMention;
using static Chorus.Analyze.AdjacentAttribution;
using static Chorus.Analyze.PronounResolution;
using static Chorus.Analyze.FullNameCompletion;
using static Chorus.Analyze.QuoteMerge;

namespace Chorus.Analyze;

/// <summary>A quotation inside reported speech with no attribution beside it: the one person the sentence has speaking
/// ("X said … that … \"…\""), the subject of a participle ("…, saying, \"…\""), the person a remark is "by", or
/// "according to X".</summary>
internal static partial class ReportedSpeechAttribution
{
    /// <summary>The speaker of a quotation inside reported speech: the one person whose speech verb comes before
    /// it in the sentence ("X said … that …", "X told reporters … "…""), or the subject of a sentence handing the
    /// quotation on with a participle ("X addressed …, saying, "…""). Two speakers before it leave it unattributed.</summary>
    internal static (string Name, AttributionPath Path)? ClauseSpeaker(string before)
    {
        int clauseStart = -1;
        foreach (var end in SentenceEnd().EnumerateMatches(before)) clauseStart = end.Index + end.Length;
        var clause = clauseStart < 0 ? before : before[clauseStart..];
        // "a spokesperson for Spacey said": a name after a preposition is not who speaks.
        // "a specialist at Kaiser Permanente in Oakland, Calif., said": nor is a place. A title in front ("in Paris
        // Mayor Anne Roe said") shows the subject starts after the place.
        var matches = SubjectMatches(clause).Where(m => !(AfterPreposition().IsMatch(clause[..m.Index]) && NameForms.Clean(m.Groups["name"].Value) == m.Groups["name"].Value.Trim())).ToList();
        // "The EPA says Magnolia engaged in "…"": an acronym with "the" is a body speaking (AgencyAcronym).
        if (matches.Count == 1 && PersonOf(matches[0]) is { } speaker && (!IsAcronym(speaker) || AgencyAcronym.IsSubject(clause, matches[0], speaker)) && AtMostOneSpeechVerb(clause))
        {
            var rest = clause[(matches[0].Index + matches[0].Length)..];
            // "While Lott said, "…," the review concluded that "…"": the speaker's words were the first quotation.
            // "Trump asked them to fire Ross after he dismissed a proposal, saying, "…"": the participle belongs to
            // the "he" nearer to it, who may be someone else.
            if (OwnQuotation().Match(rest) is { Success: true } own && Ingest.TextStats.CountWords(own.Groups["q"].Value) >= MinWordsOfSpeech || ParticipleEnd().IsMatch(clause) && SubjectPronoun().IsMatch(rest)) return null;
            // "Roe said Baker called the plan "…"": someone else named after the verb says or names the words.
            if (OtherNamer().IsMatch(rest)) return null;
            // "Chief Ray Dunn denied that officers "used excessive force"": the words denied are the accusers', not
            // the denier's, unless a participle hands the denier's own words on ("denied it, saying: "…"").
            if (Denial().IsMatch(matches[0].Value) && !ParticipleEnd().IsMatch(clause)) return null;
            return (speaker, AttributionPath.ReportedSpeechSubject);
        }
        var subjects = matches.Select(PersonOf).ToList();
        if (subjects.Count == 0 && ParticipleEnd().IsMatch(clause) && PersonOf(NameLed().Match(clause)) is { } subject && subject.Contains(' ')) return (subject, AttributionPath.ParticipleSubject);
        // "a dissent by Justice Stephen Breyer in which he said that … "…"": the pronoun is the one person named by "by".
        if (subjects.Count == 0 && PersonOf(RemarkBy(clause)) is { } by) return (by, AttributionPath.RemarkBy);
        return null;
    }

    /// <summary>Reported speech whose one speaker is a pronoun: "He said the detections were "…"", "In his review he said
    /// the documents contained "…"", "Now, she said, her son is "…"", "But he said he was excited about it: "…"". The
    /// quotation is the pronoun's person's words as surely as after "he said: "; whom the pronoun means is then asked of
    /// the same rules as for "…," he said. Seen in a search-at-sea story (b4edb673ab78), a chemical-weapons analysis
    /// (cef9105b3561), a cold-case ruling (9f6fa6b7b5d5), a planet story (8b4c90dab64e) and an accuser's statement
    /// (348357789b1c). Not when the clause has a second verb of saying ("He said Roe told him "…"") or someone else
    /// named speaking after the verb, when a quotation stands between the verb and this one, or when the clause opens
    /// with more than a short phrase or with another pronoun (the pronoun must be the clause's subject).</summary>
    /// <returns>Whether the pronoun is "she", or null when the clause is not such reported speech.</returns>
    internal static bool? PronounClauseSpeaker(string before)
    {
        if (!HasVerb(before)) return null;
        int clauseStart = 0;
        foreach (var end in SentenceEnd().EnumerateMatches(before)) clauseStart = end.Index + end.Length;
        // Read in place, asked of every unattributed quotation inside a sentence: no substring, no match object.
        var clause = before.AsSpan(clauseStart);
        if (clause.IndexOfAny('"', '“', '”') >= 0) return null;
        int at = -1, length = 0;
        foreach (var found in PronounSpeaking().EnumerateMatches(clause)) { (at, length) = (found.Index, found.Length); break; }
        if (at < 0 || at > MaxOpening || PronounResolution.PronounWord().IsMatch(clause[..at])) return null;
        if (!AtMostOneSpeechVerb(clause) || OtherNamer().IsMatch(clause[(at + length)..])) return null;
        return clause[at] is 'S' or 's';
    }

    /// <summary>How long the phrase before the pronoun may be ("In his review", "During an interview in 2009,").</summary>
    private const int MaxOpening = 60;

    [GeneratedRegex(@"\b(?:[Hh]e|[Ss]he)\s+(?:also\s+|later\s+|then\s+|further\s+|\w+ly\s+)?(?:" + Verbs + @")\b")]
    private static partial Regex PronounSpeaking();

    /// <summary>The clause has one verb of saying, not counting one joined to the subject's by "and" or "but" with no
    /// subject of its own ("Clinton acknowledged, "It's big," but added, "…"", "He said he did not believe it, but
    /// added, "…"", "X said Netanyahu was "…" and added that "…"", "She said she was stunned, and said she "…""): the
    /// same person goes on speaking. Seen in a minister's press conference (6387bd704869), a list of accusers
    /// (348357789b1c), a war story quoting officials of both sides (0e285d4f4c44) and a classroom arrest (db96c336a8ea).</summary>
    private static bool AtMostOneSpeechVerb(ReadOnlySpan<char> clause)
    {
        int count = 0;
        foreach (var verb in SpeechVerb().EnumerateMatches(clause))
            if (!JoinedVerb(clause[..verb.Index]) && ++count > 1) return false;
        return true;
    }

    /// <summary>The text before a verb ends in "and" or "but" (maybe "also" or "then" after it): the verb shares the
    /// subject before it.</summary>
    private static bool JoinedVerb(ReadOnlySpan<char> before) => JoinedBefore().IsMatch(before);

    [GeneratedRegex(@"\b(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$")]
    private static partial Regex JoinedBefore();

    /// <summary>A quotation hung directly on the speech verb ("said, "…"" or "said that "…""): the speaker's own words.</summary>
    [GeneratedRegex(@"^\s*[,:]?\s*(?:that\s+)?[""“](?<q>[^""“”]{3,}?)[""”]")]
    internal static partial Regex OwnQuotation();

    [GeneratedRegex(@",\s*(?:" + Participles + @")(?:\s+(?:that|of|about)\b[^""“”]{0,80})?[:,]?\s*$")]
    internal static partial Regex ParticipleEnd();

    [GeneratedRegex(@"\b(?:denied|denies)$")]
    private static partial Regex Denial();

    [GeneratedRegex(@"\b(?:he|she)\s+(?!said|says)[a-z]+", RegexOptions.IgnoreCase)]
    internal static partial Regex SubjectPronoun();

    /// <summary><see cref="ByPerson"/>, tried only on text holding its fixed words ("by" and "which", "where" or "when"):
    /// most sentences lack them, and the pattern would otherwise be started at every capital.</summary>
    internal static Match RemarkBy(string text) => MayBeRemarkBy(text) ? ByPerson().Match(text) : Match.Empty;

    internal static bool MayBeRemarkBy(string text) =>
        text.Contains("by", StringComparison.Ordinal) && (text.Contains("which", StringComparison.Ordinal) || text.Contains("where", StringComparison.Ordinal) || text.Contains("when", StringComparison.Ordinal));

    /// <summary>"… by Trump during a debate in which he said", "a dissent by Justice Roe in which she wrote": the person
    /// a remark or a ruling is by, when the pronoun speaks in a clause about that remark. Not "asked by reporters
    /// whether Obama would veto it, and he said": there the name is someone spoken of.</summary>
    [GeneratedRegex(@"\bby\s+(?:[a-z\-]+\s+){0,2}(?:(?:\p{Lu}\.){2,}\s+)?(?<name>" + NameForms.TitledNamePattern + @")[^""“”]{0,120}?\b(?:in\s+which|during\s+which|where|when)\s+(?:he|she)\s+(?:" + Verbs + @")\b")]
    internal static partial Regex ByPerson();

    /// <summary>A capitalised name followed by a verb of saying or naming: "Baker called it", "the mayor, Ann Roe,
    /// described it as". Not "Baker was" or "Baker is": those words describe Baker and stay the speaker's.</summary>
    [GeneratedRegex(@"\b\p{Lu}[\p{L}'’\-]+,?\s+(?:also\s+|had\s+|has\s+)?(?:" + Verbs + @"|called|calls|described|describes|dubbed|branded|termed|labeled|labelled|named)\b")]
    internal static partial Regex OtherNamer();

    [GeneratedRegex(@"^\W*(?:He|She)\b[^""“”]*,\s*(?:" + Participles + @")(?:\s+that)?[:,]?\s*$")]
    internal static partial Regex PronounParticiple();

    [GeneratedRegex(@"\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+")]
    internal static partial Regex NamedBefore();

    /// <summary>The person a sentence ending "…, according to X." credits: a full name, or a surname the article
    /// gives in full somewhere; never a medium ("according to CNN").</summary>
    internal static string? SourcePerson(string after, IReadOnlyList<Sentence> sentences)
    {
        if (!MayCreditSource(after)) return null;
        var m = AccordingToPerson().Match(after);
        if (!m.Success || OutletCitationFinder.LooksLikeOutlet(m.Groups["name"].Value)) return null;
        var name = NameForms.Clean(m.Groups["name"].Value);
        return name is not null && !IsAcronym(name) && (name.Contains(' ') || IsSurnameInArticle(name, sentences)) ? Individual(name) : null;
    }

    /// <summary><see cref="AccordingToPerson"/>'s fixed word, looked for first: most text after a quotation lacks it.</summary>
    internal static bool MayCreditSource(string text) => text.Contains("according", StringComparison.Ordinal);

    [GeneratedRegex(@"^[^""“”]*?,\s+according\s+to\s+(?<name>" + NameForms.TitledNamePattern + @")\s*[.]?\s*$")]
    internal static partial Regex AccordingToPerson();

    /// <summary>A quotation this long is someone's words; a shorter one may be a scare quote ("a "red line"").</summary>
    internal const int MinWordsOfSpeech = 4;
}
