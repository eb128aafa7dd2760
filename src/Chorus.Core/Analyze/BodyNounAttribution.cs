using System.Text.RegularExpressions;
using Chorus.Segment;
using static Chorus.Analyze.SpeechPatterns;

namespace Chorus.Analyze;

/// <summary>
/// "“…,” the fraternity wrote." in a story that names "the fraternity Delta Rho Nu"; "“…,” the museum said" where the
/// article has "the museum Casa Verde": a body given as the speaker by its kind is the one body the article names with
/// that word right before its name. The body counterpart of <see cref="RoleAttribution"/>. Nobody when the article
/// names no body or two that way ("the company said" about a company named only as "vice president for Wella").
/// Seen in a tabloid's story on a student's death and a wire story on a museum's statement.
/// </summary>
internal static partial class BodyNounAttribution
{
    /// <param name="after">The sentence's text after the quotation.</param>
    /// <param name="sentences">The article's sentences.</param>
    internal static string? Speaker(string after, IReadOnlyList<Sentence> sentences)
    {
        if (!HasVerb(after)) return null;
        var m = BodyAfter().Match(after);
        if (!m.Success) return null;
        var noun = m.Groups["noun"].Value;
        var named = NamedBody.Get(noun);
        var bodies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            if (!s.Text.Contains(noun, StringComparison.Ordinal)) continue;
            foreach (Match b in named.Matches(Quoted().Replace(s.Text, " ")))
                if (!NameForms.NotNames.Contains(b.Groups["name"].Value.Split(' ')[0])) bodies.Add(b.Groups["name"].Value);
        }
        return bodies.Count == 1 ? bodies.First() : null;
    }

    /// <summary>"the fraternity Delta Rho Nu": the body's kind, then its name; one pattern per kind, built once
    /// (<see cref="PatternPerName"/>) rather than on every quotation that asks.</summary>
    private static readonly PatternPerName NamedBody = new(noun =>
        new Regex(@"\b[Tt]he\s+" + Regex.Escape(noun) + @"\s+(?<name>\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,4})", RegexOptions.CultureInvariant));

    /// <summary>"…," the fraternity wrote; "…," said the museum: the body's kind with "the", nothing after but where or when.</summary>
    [GeneratedRegex(@"^\s*[,.:;!?—–-]?\s*(?:[Tt]he\s+(?<noun>fraternity|sorority|museum|charity|foundation|club|zoo|church|league|union|school|university|college|hospital|agency|company|firm)\s+(?:also\s+)?(?:said|says|wrote|writes|added|adds|noted|notes|stated|states|posted|tweeted)|(?:said|says|wrote|writes|added|adds)\s+the\s+(?<noun>fraternity|sorority|museum|charity|foundation|club|zoo|church|league|union|school|university|college|hospital|agency|company|firm))\b(?:\s+(?:on|in|at|after|via)\b[^.""“”,]{0,60})?\s*(?:[.,]|$)")]
    private static partial Regex BodyAfter();
}
