using System.Text.RegularExpressions;
using Chorus.Segment;
using static Chorus.Analyze.SpeechPatterns;
using static Chorus.Analyze.PersonMention;

namespace Chorus.Analyze;

/// <summary>
/// "“…you're fired!” Palin said.", "“…needs our help!” Jo Roe wrote on her fundraising page.": a quotation that ends
/// in its own "!" or "?" ends the sentence there, and its attribution is the next sentence of the paragraph. Only a
/// sentence that is nothing but the attribution counts (name, verb, at most a phrase of where or when, or whom it was
/// told: "Palin told Fox News."): "Roe said
/// the council had asked." reports something new, and its name need not be the quotation's speaker.
/// </summary>
internal static partial class NextSentenceAttribution
{
    /// <param name="sentences">The article's sentences.</param>
    /// <param name="last">The sentence the quotation ends in.</param>
    internal static string? Speaker(IReadOnlyList<Sentence> sentences, int last)
    {
        if (last + 1 >= sentences.Count || sentences[last + 1].Paragraph != sentences[last].Paragraph) return null;
        if (!ClosedByItsOwnMark().IsMatch(sentences[last].Text)) return null;
        var m = AttributionOnly().Match(sentences[last + 1].Text);
        if (!m.Success) return null;
        var name = SpeakerName(m.Groups["name"].Value);
        return name is not null && !IsAcronym(name) && !IsGroupNoun(name) && Individual(name) is not null ? name : null;
    }

    /// <summary>The next sentence opens with someone speaking ("Mayor Ann Lee said the council had asked her."), even
    /// when it is more than an attribution: the quotation ending before it may be theirs, so it is not taken as the
    /// previous speaker going on.</summary>
    internal static bool OpensWithSpeaker(IReadOnlyList<Sentence> sentences, int last) =>
        last + 1 < sentences.Count && sentences[last + 1].Paragraph == sentences[last].Paragraph && ClosedByItsOwnMark().IsMatch(sentences[last].Text)
        && SubjectMatch(sentences[last + 1].Text) is { Success: true, Index: <= 2 };

    [GeneratedRegex(@"[!?]\s*[""”]\s*$")]
    private static partial Regex ClosedByItsOwnMark();

    [GeneratedRegex(@"^\s*(?<name>" + NameForms.TitledNamePattern + @")(?:\s\([^()""“”]{1,30}\))?\s+(?:also\s+|later\s+|then\s+)?(?:(?:" + Verbs + @")(?:\s+(?:on|in|at|during|after|before|from|with|via)\b[^.""“”]{0,80})?|told(?:\s+[\w.'’\-]+){1,4})\s*\.?\s*$")]
    private static partial Regex AttributionOnly();
}
