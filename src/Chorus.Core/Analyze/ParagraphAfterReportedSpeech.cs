using System.Text.RegularExpressions;
using Chorus.Segment;
using static Chorus.Analyze.SpeechPatterns;
using static Chorus.Analyze.PersonMention;

namespace Chorus.Analyze;

/// <summary>
/// "McCullough said that when the girl vanished, the phone in his home was ringing. / “And I was on the other end of
/// that phone.”": a paragraph that opens with a quotation and gives it no attribution, right after a paragraph that
/// ends with one named person's reported speech, is that person's words, the way news sets a quotation under the
/// paraphrase it bears out. Only when that sentence has exactly one person speaking, near its start, quotes nothing
/// itself, and names no other person in full after the verb ("Roe said Jo Baker would answer later" may hand the
/// floor to Baker). A paraphrase led by a pronoun ("He says they are worried.") is the person the pronoun points to.
/// </summary>
internal static partial class ParagraphAfterReportedSpeech
{
    [GeneratedRegex(@"^\W*(?:(?:But|And|Still)\s+)?(?<pronoun>He|She)\s+(?:also\s+|\w+ly\s+)?(?:" + Verbs + @")\b")]
    private static partial Regex PronounSpeaking();

    /// <param name="sentences">The article's sentences.</param>
    /// <param name="i">The sentence the quotation opens; the first of its paragraph.</param>
    /// <param name="pronounSpeaker">Whom a sentence led by "He says …"/"She said …" points back to, for the sentence
    /// given and the pronoun's gender (the extractor's own pronoun rules).</param>
    internal static string? Speaker(IReadOnlyList<Sentence> sentences, int i, Func<int, bool, string?> pronounSpeaker)
    {
        if (i == 0 || sentences[i - 1].Paragraph == sentences[i].Paragraph || sentences[i - 1].Paragraph != sentences[i].Paragraph - 1) return null;
        var previous = sentences[i - 1].Text;
        if (previous.AsSpan().IndexOfAny('"', '“') >= 0) return null;
        // "He says the family is too hurt to speak." The paraphrase is a pronoun's: whom it points back to.
        if (PronounSpeaking().Match(previous) is { Success: true } led)
        {
            var restOfIt = previous[(led.Index + led.Length)..];
            if (SubjectCount(restOfIt) != 0 || NamesPerson(restOfIt, sentences) || restOfIt.Trim().Length < 15) return null;
            return pronounSpeaker(i - 1, led.Groups["pronoun"].Value is "She" or "she");
        }
        if (SubjectCount(previous) != 1) return null;
        var subject = SubjectMatch(previous);
        if (!subject.Success || subject.Index > 40 || PersonOf(subject) is not { } name || Individual(name) is null || IsAcronym(name)) return null;
        var rest = previous[(subject.Index + subject.Length)..];
        // The paraphrase itself: "said that …", "says the family …"; not "said in a statement." with nothing reported.
        if (rest.Trim().Length < 15 || NamesPerson(rest, sentences)) return null;
        return name.Contains(' ') || IsSurnameInArticle(name, sentences) ? name : null;
    }
}
