using System.Text.RegularExpressions;
using Chorus.Segment;

namespace Chorus.Summarize;

/// <summary>
/// Whether a sentence can be read without the one before it. "But the crew…", "He was arrested…", "As such, …" or
/// "“…,” she said." lifted out of an article leave the reader asking who and what; such a sentence goes into a
/// summary only right after the sentence it leans on (issue 12: 12% of summary sentences dangled when plain
/// pronouns were allowed).
/// </summary>
public static partial class StandAloneCheck
{
    public static bool NeedsPrevious(Sentence sentence) =>
        sentence.Tokens.Count > 0 && (SentenceOpener.LeansBack(sentence.Text) || HasPronounSpeakerOnly(sentence.Text));

    /// <summary>A quotation attributed only to a pronoun: the speaker is named in an earlier sentence.</summary>
    public static bool HasPronounSpeakerOnly(string text) => PronounAttribution().IsMatch(text) && !NamedAttribution().IsMatch(text);

    [GeneratedRegex(@"[""”’']\s*,?\s*(he|she|they)\s+(said|says|added|adds|told|explained|continued|wrote|noted|asked)\b|\b(he|she|they)\s+(said|says|added)\s*[.,:]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PronounAttribution();

    [GeneratedRegex(@"\b(said|says|told|added)\s+\p{Lu}\p{L}+|\p{Lu}\p{L}+\s+(said|says|told|added)\b")]
    private static partial Regex NamedAttribution();
}
