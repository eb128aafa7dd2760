using System.Text.RegularExpressions;

namespace Chorus.Summarize;

/// <summary>
/// Who a speaker is, as the articles say it in an apposition right after the full name: "Don Clark, a family friend
/// and the boy's former coach, said …", "Andrew Wyatt, Cosby's spokesman, told …". A quotation whose speaker label
/// Chorus adds ("Don Clark: “…”") carries this description ("Don Clark, a family friend and the boy's former coach:
/// “…”"), so the reader learns who speaks without the sentence that introduced the person (a reader's audit of the dev
/// summaries: 2190e9b08e5b, 7226efab4c9c, fe6c148424a7, 60497232ea0e, fccf27d8f48e).
/// </summary>
public static partial class SpeakerRole
{
    /// <summary>Longest description taken, in words: longer appositions are clauses, not roles.</summary>
    public const int MaxWords = 8;

    /// <summary>The description that follows "<paramref name="fullName"/>, " in <paramref name="text"/>, or null.</summary>
    public static string? In(string text, string fullName)
    {
        for (int at = text.IndexOf(fullName, StringComparison.Ordinal); at >= 0; at = text.IndexOf(fullName, at + 1, StringComparison.Ordinal))
        {
            int after = at + fullName.Length;
            if (after + 2 >= text.Length || text[after] != ',' || text[after + 1] != ' ') continue;
            var m = Apposition().Match(text, after + 2);
            if (!m.Success) continue;
            var role = m.Groups["role"].Value.Trim();
            int words = Ingest.TextStats.CountWords(role);
            if (words > MaxWords || SaysSomething().IsMatch(role)) continue;
            // A bare noun ("director of forest programs for the agency") needs a second word; a lone one is an aside ("however").
            // A verb's form ("created a page for …", "speaking to reporters") opens a clause, not a role.
            if (char.IsLower(role[0]) && (words < 2 || role[..role.IndexOf(' ')] is var first && (NotARole.Contains(first)
                || first.EndsWith("ed", StringComparison.Ordinal) || first.EndsWith("ing", StringComparison.Ordinal) || first.EndsWith("ly", StringComparison.Ordinal))))
                continue;
            return role;
        }
        return null;
    }

    /// <summary>A noun phrase that opens on an article, a possessive name or a small letter ("a neighbour", "the county's
    /// fire chief", "Cosby's spokesman", "director of forest programs for the agency") and runs to the next comma.</summary>
    [GeneratedRegex(@"\G(?<role>(?:(?:a|an|the)\s|(?-i:\p{Lu})[\p{L}.-]*['’]s\s|(?-i:\p{Ll}))[^,;:()“”""\[\]]{2,100}),\s")]
    private static partial Regex Apposition();

    /// <summary>Words that follow a name and a comma without saying what the person is.</summary>
    private static readonly HashSet<string> NotARole = new(StringComparer.Ordinal)
    {
        "however", "meanwhile", "though", "too", "also", "then", "for", "in", "at", "on", "of", "and", "but", "or", "now", "still",
        "instead", "like", "unlike", "according", "speaking", "writing", "asked", "meanwhile", "along", "together", "both", "not",
    };

    /// <summary>A verb inside the apposition makes it a clause ("the woman who said …"), not a description.</summary>
    [GeneratedRegex(@"\b(who|which|that|said|says|told|was|is|were|are|had|has)\b")]
    private static partial Regex SaysSomething();
}
