using System.Text.RegularExpressions;
using Chorus.Ingest;
using Chorus.Text;

namespace Chorus.Summarize;

/// <summary>
/// A sentence that tells only how its article was reported, not what happened: someone did not answer the newsroom
/// ("Reps for the studio did not answer the paper's calls and emails.", "The sheriff could not be reached for comment.")
/// or the newsroom could not check a claim ("Variety was unable to verify the files.", "The Associated Press could not
/// confirm the video."). It is the outlet's bookkeeping: a summary that shows it spends a sentence of its budget on
/// the outlet rather than the story, and as an opening it says nothing of what happened. Dev articles carry the first
/// kind in eleven clusters (an agency, a festival, a county office, a studio's lawyers, …) and the second from two
/// outlets in one cluster; no human summary of dev states either, and multinews-plus summaries name a refusal to
/// comment inside a longer sentence, as a clause, not as a sentence of its own.
/// </summary>
/// <remarks>
/// "Declined to comment" stays: whom the story concerns chose not to speak, which summaries do report. A
/// verification failure counts only in a newsroom's own voice ("Police could not confirm the identity" is news).
/// A sentence that goes on after the non-answer ("…, but a spokesman said …") carries more and stays.
/// </remarks>
public static partial class ReportingProcess
{
    /// <summary>Longer sentences carry something besides the non-answer.</summary>
    private const int MaxWords = 30;

    public static bool Tells(string text)
    {
        // Every candidate unit is asked: the literals every non-answer holds first, and the anchored check of a
        // newsroom's voice, before the count and the unanchored pattern.
        bool mayNotAnswer = NoAnswerGate.MayMatch(text), mayBeUnverified = Unverified().IsMatch(text);
        if (!mayNotAnswer && !mayBeUnverified || TextStats.CountWords(text) > MaxWords) return false;
        if (mayNotAnswer && NoAnswer().Match(text) is { Success: true } m)
            return !GoesOn().IsMatch(text.AsSpan(m.Index + m.Length));
        return mayBeUnverified && Unverified().Match(text) is { Success: true } v && NewsroomVoice(v.Groups["who"].Value)
            && !GoesOn().IsMatch(text.AsSpan(v.Index + v.Length));
    }

    /// <summary>Every match of <see cref="NoAnswer"/> holds one of these.</summary>
    internal static readonly GatedPattern NoAnswerGate = new(NoAnswer(), "not", "n't", "n’t", "reach");

    private static bool NewsroomVoice(string who) =>
        who is "We" || OutletNames.LooksLikeOutlet(who.StartsWith("The ", StringComparison.Ordinal) ? who[4..] : who);

    /// <summary>"did not respond to requests for comment", "have not returned calls and emails seeking
    /// comment", "didn't respond to an email", "did not immediately respond for comment", "could not be reached".</summary>
    [GeneratedRegex(@"\b(?:(?:did|has|have|had)\s+not|(?:didn|hasn|haven|hadn)['’]t)\s+(?:yet\s+|immediately\s+)*(?:respond(?:ed)?|repl(?:y|ied)|return(?:ed)?|answer(?:ed)?)\s+(?:to\s+)?(?:[\w'’.!\-]+\s+){0,6}(?:requests?|messages?|e-?mails?|inquir(?:y|ies)|calls?\s+(?:and|or|seeking|for)|for\s+comment|seeking\s+comment)\b|\bcould\s+not\s+(?:immediately\s+)?be\s+reached\b|\bcouldn['’]t\s+be\s+reached\b|\b(?:[Aa]ttempts?|[Ee]fforts?)\s+to\s+reach\b[^.]*\b(?:unsuccessful|failed)\b")]
    private static partial Regex NoAnswer();

    /// <summary>"Variety was unable to verify", "The Associated Press could not legally confirm", "CNN has not been able to
    /// independently verify", "We could not confirm" — at the sentence's start, the subject read by
    /// <see cref="NewsroomVoice"/>.</summary>
    [GeneratedRegex(@"^(?:(?:But|However),?\s+)?(?<who>We|(?:The\s+)?\p{Lu}[\p{L}.&'’\-]*(?:\s+\p{Lu}[\p{L}.&'’\-]*){0,3})\s+(?:(?:was|were|is|are)\s+(?:unable|not\s+able)|(?:has|have|had)\s+(?:not\s+been\s+able|been\s+unable)|could\s+not|couldn['’]t|cannot|can['’]t)\s+(?:to\s+)?(?:independently\s+|immediately\s+|legally\s+)*(?:verify|confirm)\b")]
    private static partial Regex Unverified();

    /// <summary>A clause after the non-answer that tells something else.</summary>
    [GeneratedRegex(@"[,;:]\s*(?:but|and|though|although|while|which|who)\b|\s(?:but|although|though|while|because)\s|;")]
    private static partial Regex GoesOn();
}
