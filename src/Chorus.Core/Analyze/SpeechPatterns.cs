using System.Buffers;
using System.Text.RegularExpressions;
using Chorus.Link;
using Chorus.Segment;
using static Chorus.Analyze.PersonMention;
using static Chorus.Analyze.AdjacentAttribution;
using static Chorus.Analyze.ReportedSpeechAttribution;
using static Chorus.Analyze.PronounResolution;
using static Chorus.Analyze.FullNameCompletion;
using static Chorus.Analyze.QuoteMerge;

namespace Chorus.Analyze;

/// <summary>What speech looks like in news prose: the verbs of saying, the participles that hand a quotation on, the
/// apposition set off between a name and its verb, quoted stretches. Shared by every attribution rule.</summary>
internal static partial class SpeechPatterns
{
    internal const string Verbs = @"said|says|told|tells|added|adds|asked|asks|explained|explains|wrote|writes|noted|notes|insisted|insists|declared|declares|stated|states|warned|warns|continued|recalled|recalls|replied|replies|argued|argues|admitted|admits|claimed|claims|acknowledged|acknowledges|conceded|concedes|remarked|tweeted|posted|responded|responds|exclaimed|quipped|joked|shouted|yelled|captioned|concluded|testified|cautioned|emphasized|emphasised|vowed|boasted|lamented|announced|confirmed|urged|pleaded|demanded|countered|observed|mused|wondered|promised|suggested|reiterated|stressed|maintained|commented|cried|screamed|sobbed|elaborated|clarified|clarifies|" + PhrasalVerbs;

    /// <summary>Saying in more than one word ("Carney shot back: "…"", "She went on to admit, "…""): written with single
    /// spaces, as the verb search finds them literally.</summary>
    private const string PhrasalVerbs = "shot back|fired back|went on to say|went on to add|went on to admit";

    /// <summary>Verbs that may come before their speaker ("…," said Jo Roe; "…?" asked Jo Roe). Not "told": the name
    /// after it is who heard the words ("…," he told BBC News; "…" told the Daily Mail).</summary>
    internal const string InvertedVerbs = @"said|says|added|adds|asked|asks|explained|explains|wrote|writes|noted|notes|insisted|insists|declared|declares|stated|states|warned|warns|continued|recalled|recalls|replied|replies|argued|argues|admitted|admits|claimed|claims|acknowledged|acknowledges|conceded|concedes|remarked|tweeted|posted|responded|responds|exclaimed|quipped|joked|shouted|yelled|captioned|concluded|testified|cautioned|emphasized|emphasised|vowed|boasted|lamented|announced|confirmed|urged|pleaded|demanded|countered|observed|mused|wondered|promised|suggested|reiterated|stressed|maintained|commented|cried|screamed|sobbed";

    /// <summary>"…, saying, "…"", "…, adding: "…"": a participle handing the quotation to the clause's subject.</summary>
    internal const string Participles = @"saying|adding|telling|writing|noting|explaining|insisting|warning|asking|replying|declaring|arguing|tweeting";

    /// <summary>A lower-case word between a speech verb and the speaker's name that is not a preposition: "said a
    /// friend of Marcus Roe", "a spokesman for Dana Roe said" give the words to someone the text leaves unnamed, and
    /// the name is whom that person speaks of or for.</summary>
    internal const string LeadWord = @"(?:(?!(?:against|about|to|for|with|of|on|in|at|by|from|that|behalf)\b)[a-z\-]+\s+)";

    /// <summary>Up to three <see cref="LeadWord"/>s before a name, taken whole: every pattern that uses them has a name
    /// right after, and a name opens with a capital (or a title that does) where each lead word opens with a lower-case
    /// letter or a hyphen, so giving back a lead word can only put the name's start on a lower-case word. Atomic, the
    /// engine does not try those starts once per word and per shorter run (the attribution after a quotation is asked of
    /// every quotation, and spent a tenth to a fifth of its time there).</summary>
    internal const string LeadWords = "(?>" + LeadWord + "{0,3})";

    /// <summary>What news sets off between a speaker's name and the verb, up to its closing comma: an office ("director
    /// of the … Center for Social and Historic Studies in Cairo,"), an age and a home town (", 33, of Columbus, Ohio,").
    /// A part that is a name of two words or more (", Mina Magdy,") is not an apposition but the subject itself.</summary>
    internal const string Apposition = @"(?:\s(?!(?:\p{Lu}[\p{L}'’\-]+\s){1,3}\p{Lu}[\p{L}'’\-]+,)[^,""“”]{1,100},){1,3}";

    [GeneratedRegex(@"[""“](?<q>[^""“”]{3,}?)[""”]")]
    internal static partial Regex Quoted();

    /// <summary>Every attribution pattern needs one of <see cref="Verbs"/> in its match, and most text beside a
    /// quotation holds none: one vectorized search for the verbs decides whether a pattern is worth starting at all.</summary>
    private static readonly SearchValues<string> VerbWords = SearchValues.Create(Verbs.Split('|'), StringComparison.Ordinal);

    /// <summary>The verbs <see cref="SpeechSubject"/> takes: <see cref="Verbs"/> and a denial or a defence.</summary>
    private static readonly SearchValues<string> SubjectVerbWords = SearchValues.Create([.. Verbs.Split('|'), .. SubjectOnlyVerbs.Split('|')], StringComparison.Ordinal);

    internal static bool HasVerb(string text) => text.AsSpan().IndexOfAny(VerbWords) >= 0;

    internal static bool HasSubjectVerb(string text) => text.AsSpan().IndexOfAny(SubjectVerbWords) >= 0;

    /// <summary>The first match of <see cref="SpeechSubject"/>, started only in text holding one of its verbs.</summary>
    internal static Match SubjectMatch(string text) => HasSubjectVerb(text) ? SpeechSubject().Match(text) : Match.Empty;

    /// <summary>How many persons speak in the text (<see cref="SpeechSubject"/> matches), 0 without a verb of theirs;
    /// counted up to two, which is all any caller asks ("one speaker or more"), and without a match object each.</summary>
    internal static int SubjectCount(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(SubjectVerbWords) < 0) return 0;
        int count = 0;
        foreach (var _ in SpeechSubject().EnumerateMatches(text)) if (++count == 2) break;
        return count;
    }

    /// <summary>The matches of <see cref="SpeechSubject"/>, none without a verb of theirs.</summary>
    internal static IReadOnlyList<Match> SubjectMatches(string text) => HasSubjectVerb(text) ? SpeechSubject().Matches(text) : [];

    private const string SubjectOnlyVerbs = "denied|denies|defended|defends";

    /// <summary>A person speaking: the name, maybe an aside or an apposition, the verb. A name set off by commas after
    /// its role ("The company's chief executive, Paul Hendry, said") is the subject too.</summary>
    [GeneratedRegex(@"(?:(?<=,\s)(?<name>" + NameForms.NamePattern + @"),|(?<name>" + NameForms.NamePattern + @")(?:\s\([^()""“”]{1,30}\))?(?:," + Apposition + @")?(?:,(?=\s+who\s))?)\s+(?:who\s+)?(?:also\s+|later\s+|then\s+|had\s+|\w+ly\s+)?(?:" + Verbs + @"|" + SubjectOnlyVerbs + @")\b")]
    internal static partial Regex SpeechSubject();

    [GeneratedRegex(@"\b(?:" + Verbs + @")\b")]
    internal static partial Regex SpeechVerb();

    /// <summary>The end of a sentence inside a run of text: not after an abbreviation ("Mr. Cosby").</summary>
    [GeneratedRegex(@"(?<=\p{Ll}{2}[.!?][""”]?)\s+(?=[""“]?\p{Lu})")]
    internal static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(?:for|of|to|with|from|about|against|at|in|on|by|throughout|across|near|inside|outside)\s+$")]
    internal static partial Regex AfterPreposition();
}
