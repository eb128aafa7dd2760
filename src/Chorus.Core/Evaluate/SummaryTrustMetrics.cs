using System.Text.RegularExpressions;
using Chorus.Clean;
using Chorus.Segment;
using Chorus.Summarize;

namespace Chorus.Evaluate;

/// <summary>
/// How far a reader can trust summaries, per 100 summary sentences: sentences with an unpaired quotation mark,
/// quotations of four or more words with no speaker, page-furniture lines, and sentences that open on a pronoun
/// or connective. The definitions are issue 12's, counted on each sentence as a reader sees it, widened by issue 13's
/// reading: captions and credit lines inside a paragraph and text broken in conversion (markup, glued sentences, lost
/// letters) count as furniture, a reply to an unseen question, a line that announces what follows it or an
/// attribution whose words are elsewhere counts as dangling, and a first or second person outside quotation marks is counted apart.
/// Round two of that reading adds text in capitals (furniture), a transcript's or a table's labelled line and a pronoun subject no
/// word of the sentence names (dangling), and a command to the reader (first/second person).
/// </summary>
/// <para>Round three (session 8) counts two classes apart, so the figures above stay comparable: a unit with no main verb (a caption,
/// a hard-wrapped piece, <see cref="VerblessFragment"/>) and a sentence that opens on a discourse connective ("However, …", "In
/// fact, …"); the connective count includes sentences shown right after the one they answer, which read right.</para>
public sealed partial record SummaryTrustMetrics(int Sentences, int Unpaired, int Speakerless, int Furniture, int Dangling, int UnquotedVoice,
    int Fragments = 0, int Connectives = 0)
{
    public static SummaryTrustMetrics Empty { get; } = new(0, 0, 0, 0, 0, 0);

    public double UnpairedPer100 => Per100(Unpaired);
    public double SpeakerlessPer100 => Per100(Speakerless);
    public double FurniturePer100 => Per100(Furniture);
    public double DanglingPer100 => Per100(Dangling);
    public double UnquotedVoicePer100 => Per100(UnquotedVoice);
    public double FragmentsPer100 => Per100(Fragments);
    public double ConnectivesPer100 => Per100(Connectives);

    private double Per100(int count) => Sentences == 0 ? 0 : 100.0 * count / Sentences;

    public static SummaryTrustMetrics Of(IEnumerable<Summary> summaries) =>
        summaries.SelectMany(s => s.Sentences).Aggregate(Empty, (m, s) => m.Add(s));

    public static SummaryTrustMetrics Of(Summary summary) => Of([summary]);

    public SummaryTrustMetrics Add(SummarySentence sentence) => new(
        Sentences + 1,
        Unpaired + (IsUnpaired(sentence) ? 1 : 0),
        Speakerless + (IsSpeakerless(sentence) ? 1 : 0),
        Furniture + (IsFurniture(sentence) ? 1 : 0),
        Dangling + (IsDangling(sentence) ? 1 : 0),
        UnquotedVoice + (Summarize.UnquotedVoice.Speaks(sentence.Text) ? 1 : 0),
        Fragments + (VerblessFragment.Is(sentence.Text) ? 1 : 0),
        Connectives + (OpensOnConnective(sentence.Text) ? 1 : 0));

    /// <summary>The first word or phrase is a discourse connective: the issue's list without its pronouns, and "In fact,"-like phrases.</summary>
    public static bool OpensOnConnective(string text)
    {
        var m = FirstWord().Match(text);
        return (m.Success && ConnectiveWords.Contains(m.Groups["w"].Value)) || LeaningConnective.Opens(text);
    }

    private static readonly HashSet<string> ConnectiveWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "but", "and", "however", "also", "still", "yet", "so", "meanwhile", "instead", "then", "or", "nor", "thus", "moreover", "furthermore",
        "nevertheless", "likewise", "hence", "otherwise",
    };

    public static bool IsUnpaired(SummarySentence s) => QuotationMarks.IsUnpaired(s.Text);

    /// <summary>A speaker shown beside the quotation (added by Chorus, marked so) is a speaker the reader sees.</summary>
    public static bool IsSpeakerless(SummarySentence s) =>
        s.AddedSpeaker is null && QuotationMarks.QuotesWords(s.Text) && !QuotationMarks.HasAttribution(s.Text) && !NamedSpeaker().IsMatch(s.Text);

    /// <summary>A name with a verb of speaking that the segmenter's attribution list does not carry ("Garner continued:
    /// “…”", "Keilar responded, “…”"): the reader sees who speaks.</summary>
    [GeneratedRegex(@"\p{Lu}\p{L}+\s+(continued|responded|recalled|replied|quipped|shouted|answered|joked|concluded|captioned|posted)\b|\b(continued|responded|recalled|replied|quipped|shouted|answered|joked|concluded)\s+\p{Lu}\p{L}+")]
    private static partial Regex NamedSpeaker();

    public static bool IsFurniture(SummarySentence s) => FurnitureLine.IsFurniture(s.Text) || FurnitureSentence.IsFurniture(s.Text) || Summarize.DamagedText.Shows(s.Text)
        || StandAloneCheck.Shouts(s.Text);

    /// <summary>The issue's list (the first word, when the sentence starts with a letter), a reply to an unseen
    /// question, a line that starts mid-sentence or ends open (colon, semicolon, comma, ellipsis) or with no
    /// punctuation, an aside in brackets, or a question. Furniture is counted as furniture only.</summary>
    public static bool IsDangling(SummarySentence s)
    {
        if (IsFurniture(s)) return false;
        var m = FirstWord().Match(s.Text);
        return (m.Success && Listed.Contains(m.Groups["w"].Value))
            || StandAloneCheck.AnswersUnseenQuestion(s.Text) || StandAloneCheck.EndsOpen(s.Text)
            || StandAloneCheck.StartsMidSentence(s.Text) || StandAloneCheck.LacksEnding(s.Text)
            || StandAloneCheck.IsAside(s.Text) || StandAloneCheck.AsksQuestion(s.Text) || StandAloneCheck.AttributesNothing(s.Text)
            || StandAloneCheck.OpensOnLabel(s.Text) || StandAloneCheck.PronounWithoutReferent(s.Text);
    }

    private static readonly HashSet<string> Listed = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "his", "her", "their", "its", "this", "these", "those", "that", "him", "them", "such",
        "both", "neither", "but", "and", "however", "also", "still", "yet", "so", "meanwhile", "instead", "then", "or",
    };

    [GeneratedRegex(@"^(?<w>\p{L}+)")]
    private static partial Regex FirstWord();
}
