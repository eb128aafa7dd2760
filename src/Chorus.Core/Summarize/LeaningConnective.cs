using System.Text.RegularExpressions;
using Chorus.Link;
using Chorus.Segment;

namespace Chorus.Summarize;

/// <summary>
/// A sentence that opens on a discourse connective — "However, …", "Also, …", "In addition, …", "As a result, …",
/// "But …" — answers the sentence its article put before it. Shown after a sentence of another article, or of the same
/// article further up, it contrasts with, adds to or follows from something the reader never saw ("However, police said
/// no one was hurt." after a sentence about the weather). The connective carries no fact of its own: the sentence without
/// it says the same ("Police said no one was hurt."), so a summary drops it wherever the sentence it answered is not the
/// one shown just before (<see cref="Settle"/>). A connective that makes the sentence conditional ("Otherwise, the
/// bridge closes") or that is part of a phrase ("In addition to the fine, …", "So far, …", "Also killed was …") stays,
/// and the sentence keeps leaning on the one before it.
/// </summary>
public static partial class LeaningConnective
{
    /// <summary>The text opens on a connective that <see cref="SentenceOpener"/> does not list ("In fact, …", "As a
    /// result, …", "In addition, …"): it leans on the sentence before just as "However, …" does.</summary>
    public static bool Opens(string text) => Unlisted().IsMatch(text) || DemonstrativePhrase().IsMatch(text) || FurtherCount().IsMatch(text);

    /// <summary>A count that adds to one told before: "A further nine counties had no polling station.", "A further 40 people
    /// were hurt." — further than what the reader did not see (dev d30be80c0ac4; train mnp-3251, mnp-18289 and six more hits).</summary>
    [GeneratedRegex(@"^\s*(?-i:A) further (\d|a\s|an\s|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred)", RegexOptions.IgnoreCase)]
    private static partial Regex FurtherCount();

    /// <summary>An opening phrase whose demonstrative points at the sentence before ("Of these patients, nearly 15 percent
    /// …", "Among them, …", "Despite this, …", "Because of that, …"): it cannot be dropped, since the count or the
    /// contrast it frames is told of what the reader did not see. Time phrases ("For this year's festival") are not in
    /// it: only prepositions that select from or answer something before.</summary>
    [GeneratedRegex(@"^\s*(of|among|despite|because\s+of|beyond|besides)\s+(these|those|them|this|that|which)\b[^,.;:]{0,40},", RegexOptions.IgnoreCase)]
    private static partial Regex DemonstrativePhrase();

    /// <summary>The text opens on a connective whose removal leaves a sentence that stands alone: the rest does not
    /// itself lean back ("But he said …" stays: "He said …" still needs who).</summary>
    public static bool CanDrop(string text) => Dropped(text) is not null;

    /// <summary>The text without its opening connective, the next word capitalized; null when it opens on none that can
    /// go or the rest would still lean on the sentence before.</summary>
    public static string? Dropped(string text)
    {
        var m = Droppable().Match(text);
        if (!m.Success) return null;
        var rest = text[m.Length..];
        if (rest.Length < 2 || !char.IsLetterOrDigit(rest[0])) return null;
        // "eBay", "iPhone": a name keeps its own case.
        if (char.IsLower(rest[0]) && !(rest.Length > 1 && char.IsUpper(rest[1]))) rest = char.ToUpperInvariant(rest[0]) + rest[1..];
        if (SentenceOpener.LeansBack(rest) || Unlisted().IsMatch(rest) || Droppable().IsMatch(rest) || StandAloneCheck.PronounWithoutReferent(rest)
            || UnnamedSubject.Opens(rest) || StillLeans().IsMatch(rest))
            return null;
        return rest;
    }

    /// <summary>Drops the opening connective of every sentence of a summary that is not shown right after the sentence it
    /// answered (the one before it in its article); a sentence shown after that one keeps it.</summary>
    public static Summary Settle(LinkedCluster cluster, Summary summary)
    {
        List<SummarySentence>? changed = null;
        for (int i = 0; i < summary.Sentences.Count; i++)
        {
            var s = summary.Sentences[i];
            if (Dropped(s.Text) is not { } rest) continue;
            if (i > 0 && PreviousInArticle(cluster, s.SentenceIndex) is { } before && summary.Sentences[i - 1].Text.Contains(before, StringComparison.Ordinal)) continue;
            changed ??= [.. summary.Sentences];
            changed[i] = s with { Text = rest };
        }
        return changed is null ? summary : summary with { Sentences = changed };
    }

    /// <summary>The sentence its article puts before the given one, as a summary would show it.</summary>
    private static string? PreviousInArticle(LinkedCluster cluster, int index)
    {
        if (index <= 0 || index >= cluster.Sentences.Count || cluster.Sentences[index].Position == 0) return null;
        var before = cluster.Sentences[index - 1];
        return SpacedPunctuation.Closed(before.Quotation.Repaired ?? before.Text);
    }

    // "finally" (the end of a sequence told before: dev 69b0462ff955, 82cafb9831bc), "in exchange" and "in return" (the other
    // half of a deal told before: dev 2b546dd84546, train mnp-1453, mnp-4312) added in issue 13's trust round.
    private const string Connectives = @"in doing so|by doing so|in so doing|in fact|as a result|in addition|additionally|at the same time|in the meantime|nonetheless|even so|by contrast|in contrast|on the other hand|similarly|besides|indeed|therefore|consequently|accordingly|after all|that said|regardless|in turn|plus|on top of that|what's more|what’s more|in any case|for its part|for their part|for his part|for her part|finally|in exchange|in return";

    /// <summary>What the connective's removal uncovers and still answers the sentence before: "Even then, …", "Not everyone …",
    /// "Most of them …", "For one afternoon, it …"; or an outlet's own voice ("But we are hardly alone …, says the study"), which
    /// the connective kept out of a summary's opening.</summary>
    [GeneratedRegex(@"^(We|I|You|Our|My|Your)\b(?!-)|^(?i:even|not|now|there|here|again|more|most|some|many|all|none|both|each|one|few)\b(?!\s+(\p{Lu}|\d))|^[^,]{1,60},\s+(?i:it|they|there|this|that|these|those)\b")]
    private static partial Regex StillLeans();

    [GeneratedRegex(@"^\s*(" + Connectives + @")\s*,\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Unlisted();

    /// <summary>Sentence adverbs whose removal keeps the statement true, followed by their comma; "But" and "And" as
    /// conjunctions need none.</summary>
    [GeneratedRegex(@"^\s*((" + Connectives + @"|however|also|meanwhile|moreover|furthermore|still|yet|instead|thus|hence|likewise|nevertheless|then|but|and)\s*,\s*|(but|and)\s+(?!,))", RegexOptions.IgnoreCase)]
    private static partial Regex Droppable();
}
