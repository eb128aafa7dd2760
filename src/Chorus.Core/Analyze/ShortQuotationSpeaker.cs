using Chorus.Segment;
using static Chorus.Analyze.AdjacentAttribution;
using static Chorus.Analyze.PronounResolution;

namespace Chorus.Analyze;

/// <summary>
/// "“CSI,” said Dave Joyce. “There it is. Real crime scene work.”", "“OK,” Cohen said. “And your question is?”": a
/// quotation too short to be listed (a word, an exclamation) still tells whose words the quotation opening the next
/// sentence goes on with. Only one that opens its sentence with an attribution right after it naming the speaker, or
/// a pronoun the sentences before resolve; the caller checks that nothing but the attribution follows.
/// </summary>
internal static class ShortQuotationSpeaker
{
    /// <param name="sentences">The article's sentences.</param>
    /// <param name="i">The sentence holding the quotation.</param>
    /// <param name="opensSentence">The quotation's mark opens the sentence.</param>
    /// <param name="after">The sentence's text after the quotation.</param>
    /// <returns>The speaker as written (completed later like any other), and whether it was "she"; null for no one.</returns>
    internal static (string Name, bool? Female)? Speaker(IReadOnlyList<Sentence> sentences, int i, bool opensSentence, string after)
    {
        if (!opensSentence) return null;
        var speaker = SpeakerAfter(after);
        if (speaker is null) return null;
        if (speaker != Pronoun) return (speaker, null);
        bool female = AfterMatch(after).Groups["pronoun"].Value == "she";
        return ResolvePronoun(sentences, i, female) is { } resolved ? (resolved.Name, female) : null;
    }
}
