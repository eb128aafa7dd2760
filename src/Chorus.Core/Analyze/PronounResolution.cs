using System.Text.RegularExpressions;
using Chorus.Link;
using Chorus.Segment;
using static Chorus.Analyze.SpeechPatterns;
using static Chorus.Analyze.PersonMention;
using static Chorus.Analyze.AdjacentAttribution;
using static Chorus.Analyze.ReportedSpeechAttribution;
using static Chorus.Analyze.FullNameCompletion;
using static Chorus.Analyze.QuoteMerge;

namespace Chorus.Analyze;

/// <summary>"…," he said: the person the pronoun points back to, from the sentences before, or nobody when another
/// person or another quotation stands between.</summary>
internal static partial class PronounResolution
{
    /// <summary>"he said" takes the person named as speaking near the start of one of the three sentences
    /// before ("Putin, who stood beside Macron, said …"), or at its end ("…, NASA spokesman Josh Byerly said."), or
    /// the person the sentence right before opens with ("Wyatt referenced …"), where sentences led by a pronoun
    /// ("But she said she had been asleep.") go on about the same person and do not count as coming between.
    /// A name merely mentioned ("her response to Damon") is not enough: then no speaker is given.</summary>
    internal static (string Name, AttributionPath Path)? ResolvePronoun(IReadOnlyList<Sentence> sentences, int i, bool female)
    {
        bool adjacent = true;
        for (int back = i - 1; back >= Math.Max(0, i - 3); back--)
        {
            var previous = sentences[back].Text;
            // "Jumaah told Turner that he and his family …", then "…," she said: a sentence that speaks of its person
            // only as "he" cannot be the one "she" points back to (and the other way round).
            bool otherGender = OtherGender(previous, female);
            // "He was alert, even laughing when board Chairman Connie Bisbee said he was 90.": a sentence led by the
            // pronoun goes on about the person before it; a name inside it is someone else.
            if (LedBySamePronoun(previous, female)) continue;
            var subject = HasSubjectVerb(previous) ? FirstPersonMatch(SpeechSubject(), previous) : Match.Empty;
            // Far into the sentence the subject may follow a long opening ("In Minya, one of the provinces …, Mina
            // Magdy, a Christian, said …"): right before the quotation and the only person speaking there, it counts,
            // named in full or by the surname of a full name the article gives ("In a statement to the coroner, Mr Roe
            // said …": British and wire styles name a person again by title and surname only).
            bool onlySpeaker = back == i - 1 && subject.Success && SubjectCount(previous) == 1;
            if (!otherGender && Individual(PersonOf(subject)) is { } name && (subject.Index <= 60 || onlySpeaker && (name.Contains(' ') || IsSurnameInArticle(name, sentences)))) return (name, AttributionPath.PronounToSpeakingSubject);
            if (!otherGender && Individual(PersonOf(HasVerb(previous) ? FinalAttribution().Match(previous) : Match.Empty)) is { } finalName) return (finalName, AttributionPath.PronounToFinalAttribution);
            // A lone capitalised word opens many sentences ("Gosh, …"): it counts only as the surname of a full
            // name the article gives somewhere.
            if (adjacent && !otherGender && Individual(PersonOf(NameLed().Match(previous))) is { } ledName
                && (ledName.Contains(' ') || IsSurnameInArticle(ledName, sentences))) return (ledName, AttributionPath.PronounToSentenceSubject);
            // "A spokesman for the visitors authority, Jeremy Handel, reassured people …": the person a sentence
            // introduces by role and then by name is its subject.
            if (back == i - 1 && !otherGender && Individual(PersonOf(ApposedSubject().Match(previous))) is { } apposedName && apposedName.Contains(' ')) return (apposedName, AttributionPath.PronounToApposedSubject);
            // "In the hottest part of a summer day, Acme CEO Jo Roe stood out in the sun …", "A member of the probe's
            // science team, Roe plans to …": the person after an opening phrase set off by a comma is the subject of
            // the sentence right before, and "he said" goes on with them (a feature's scene-setting, a profile's
            // role-first sentence). Only when that phrase names no one else.
            if (back == i - 1 && !otherGender && OpenedSubject().Match(previous) is { Success: true } opened && !NamesPerson(opened.Groups["opening"].Value, sentences)
                && Individual(PersonOf(opened)) is { } openedName && (openedName.Contains(' ') || IsSurnameInArticle(openedName, sentences))) return (openedName, AttributionPath.PronounToSentenceSubject);
            // A quotation in between belongs to someone already: looking further back would skip a speaker. So does a
            // person named in between ("Rep. Will Hurd (R-Texas), a member of …, said he …"): the pronoun may be theirs.
            if (Quoted().IsMatch(previous) || NamesPerson(previous, sentences)) return null;
            // A sentence not about the same "he" may bring in the person the pronoun means ("Yet Baker disagreed with
            // him."): looking past it needs a sentence that names nothing at all ("The board has heard complaints.").
            if (!PronounLed().IsMatch(previous) && CapitalInside().IsMatch(previous)) return null;
            adjacent &= PronounLed().IsMatch(previous);
        }
        return null;
    }

    /// <summary>"“I ducked,” Pillat said. “…” / He said he did not see the crash. / “…,” he said.": when the sentences
    /// since the last attributed quotation name no one and speak of one person as a pronoun, "he said" is still that
    /// speaker. One to three sentences in between, each led by the same pronoun and naming no one.</summary>
    internal static string? SpeakerGoingOn(IReadOnlyList<Sentence> sentences, string? lastSpeaker, int lastQuoted, int i, bool female)
    {
        if (lastSpeaker is null || lastQuoted < 0 || i - lastQuoted - 1 is < 1 or > 3) return null;
        for (int k = lastQuoted + 1; k < i; k++)
        {
            // Every sentence in between goes on about the same "he" ("The comedian was accused …" brings in someone new).
            var text = sentences[k].Text;
            if (!LedBySamePronoun(text, female) || NamesPerson(text, sentences) || OtherGender(text, female) || Quoted().IsMatch(text)) return null;
        }
        return lastSpeaker;
    }

    /// <summary>A capitalised word after the sentence's first: a name, a place, an institution (or "I").</summary>
    [GeneratedRegex(@"\s[""“'‘(]?\p{Lu}")]
    internal static partial Regex CapitalInside();

    internal static bool LedBySamePronoun(string sentence, bool female) =>
        PronounLed().Match(sentence) is { Success: true } m && (female ? SheLed().IsMatch(sentence) : HeLed().IsMatch(sentence));

    [GeneratedRegex(@"^\W*(?:(?:But|And|So|Yet|Then|Still)\s+)?(?:He|he)\b")]
    internal static partial Regex HeLed();

    [GeneratedRegex(@"^\W*(?:(?:But|And|So|Yet|Then|Still)\s+)?(?:She|she)\b")]
    internal static partial Regex SheLed();

    internal static bool OtherGender(string sentence, bool female)
    {
        // Asked of up to three sentences before every quotation: the matches are read in place, no string per word.
        bool he = false, she = false;
        Span<char> lower = stackalloc char[8];
        foreach (var m in PronounWord().EnumerateMatches(sentence))
        {
            if (m.Length > lower.Length) continue;
            var word = lower[..sentence.AsSpan(m.Index, m.Length).ToLowerInvariant(lower)];
            if (word is "he" or "his" or "him") he = true;
            else if (word is "she" or "her" or "hers") she = true;
        }
        return female ? he && !she : she && !he;
    }

    [GeneratedRegex(@"\b(?:he|she|his|him|her|hers)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex PronounWord();

    /// <summary>A sentence opening with a person doing something ("Wyatt referenced …"); not one opening with an
    /// article ("The Oakdale District declined …", "A Lumio spokesman said …"): a person's name takes none.</summary>
    [GeneratedRegex(@"^\W*(?!(?:The|A|An)\s)(?:(?!(?:He|She|They|It|We|I)\b)\p{Lu}\p{Ll}+\s+)??(?:(?!(?:" + Verbs + @")\b)[a-z\-]+\s+){0,2}(?<name>" + NameForms.NamePattern + @")(?:," + Apposition + @")?\s+(?:also\s+|then\s+|later\s+|\w+ly\s+)?(?:[a-z]+ed|was|is|has|had|[a-z]+[a-rt-z]s|chose|took|wrote|spoke|made|gave|went|came|sent|began|held|left|met|ran|saw|spent|stood|thought|won|got|put|told|said)\b")]
    internal static partial Regex NameLed();

    /// <summary>An opening phrase up to a comma, then a name (maybe with its office in front, "Acme chief executive Jo
    /// Roe") and its verb.</summary>
    [GeneratedRegex(@"^\W*(?<opening>[^,""“”]{3,100}),\s+(?:(?:\p{Lu}[\p{L}'’\-]*\s+){1,3}(?:[a-z\-]+\s+){1,2}(?=\p{Lu}))?(?<name>" + NameForms.TitledNamePattern + @")\s+(?:also\s+|then\s+|later\s+|\w+ly\s+)?(?:[a-z]+ed|was|is|has|had|[a-z]+[a-rt-z]s|chose|took|wrote|spoke|made|gave|went|came|sent|began|held|left|met|ran|saw|spent|stood|thought|won|got|put|told|said)\b")]
    internal static partial Regex OpenedSubject();

    [GeneratedRegex(@"^\W*(?:A|An|The|Another)\s[^,""“”]{3,80},\s(?<name>" + NameForms.NamePattern + @")(?:,\s[^,""“”]{1,40})*,\s+(?:also\s+|then\s+)?[a-z]+(?:ed|s)\b")]
    internal static partial Regex ApposedSubject();

    /// <summary>The first match of the pattern that names a person: "In an interview Tuesday, Essam el-Erian, …, said"
    /// first matches at "Tuesday", which is no one, and the search goes on from the next word.</summary>
    internal static Match FirstPersonMatch(Regex pattern, string text)
    {
        var m = pattern.Match(text);
        while (m.Success && PersonOf(m) is null && text.IndexOf(' ', m.Index) is var next and > 0) m = pattern.Match(text, next + 1);
        return m;
    }

    /// <summary>A sentence ending in its attribution: "…, NASA spokesman Josh Byerly said." or "…, said Jo Roe.", also
    /// with the organization before the office ("…, said World Rail Forum executive director Jo Roe.") or an age before
    /// a clause about the person ("…, said Jo Roe, 59, who works as …"), as wire copy writes them.</summary>
    [GeneratedRegex(@"(?:(?<name>" + NameForms.TitledNamePattern + @")\s+(?:" + Verbs + @")|(?:" + InvertedVerbs + @")\s+(?:(?:\p{Lu}[\p{L}'’\-.]*\s+){1,4}(?=[a-z\-]+\s+(?:[a-z\-]+\s+){0,2}\p{Lu}))?" + LeadWords + @"(?<name>" + NameForms.NamePattern + @")(?:,\s+\d{1,3})?(?:,\s+(?:the|a|an|who|whose)\s[^,.""“”]{2,80})?)\W*$")]
    internal static partial Regex FinalAttribution();

    [GeneratedRegex(@"^\W*(?:(?:But|And|So|Yet|Then|Still)\s+)?(?:He|She|They|he|she|they)\b")]
    internal static partial Regex PronounLed();
}
