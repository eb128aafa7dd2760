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
/// floor to Baker).
/// </summary>
internal static partial class ParagraphAfterReportedSpeech
{
    /// <param name="sentences">The article's sentences.</param>
    /// <param name="i">The sentence the quotation opens; the first of its paragraph.</param>
    internal static string? Speaker(IReadOnlyList<Sentence> sentences, int i)
    {
        if (i == 0 || sentences[i - 1].Paragraph == sentences[i].Paragraph || sentences[i - 1].Paragraph != sentences[i].Paragraph - 1) return null;
        var previous = sentences[i - 1].Text;
        if (previous.AsSpan().IndexOfAny('"', '“') >= 0 || SubjectCount(previous) != 1) return null;
        var subject = SubjectMatch(previous);
        if (!subject.Success || subject.Index > 40 || PersonOf(subject) is not { } name || Individual(name) is null || IsAcronym(name)) return null;
        var rest = previous[(subject.Index + subject.Length)..];
        // The paraphrase itself: "said that …", "says the family …"; not "said in a statement." with nothing reported.
        if (rest.Trim().Length < 15 || NamesPerson(rest, sentences)) return null;
        return name.Contains(' ') || IsSurnameInArticle(name, sentences) ? name : null;
    }
}
