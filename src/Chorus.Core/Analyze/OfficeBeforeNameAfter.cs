using System.Text.RegularExpressions;
using static Chorus.Analyze.SpeechPatterns;
using static Chorus.Analyze.PersonMention;

namespace Chorus.Analyze;

/// <summary>
/// "“…,” says U.S. Forest Service volunteer Jo Roe."; "“…,” said Inspector-General of Police Jo Roe.": the verb first,
/// then an office whose words the name pattern cannot read (a body led by a dotted country, an office "of" a one-word
/// body), then the person. The name pattern stops at "U.S." and at "of", so the attribution gave no one. Seen in a
/// public radio feature on a desert park and a wire story quoting a Malaysian police chief.
/// </summary>
internal static partial class OfficeBeforeNameAfter
{
    /// <param name="after">The sentence's text after the quotation.</param>
    /// <returns>The person's name, or null.</returns>
    internal static string? Speaker(string after)
    {
        if (!HasVerb(after)) return null;
        var m = DottedBodyRole().Match(after);
        if (m.Success && m.Groups["role"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(NameForms.IsTitle)) return Person(m);
        m = OfficeOfBody().Match(after);
        return m.Success && NameForms.IsTitle(m.Groups["office"].Value) ? Person(m) : null;
    }

    /// <summary>The name the match ends with, when it is a person's full name.</summary>
    private static string? Person(Match m) =>
        NameForms.Clean(m.Groups["name"].Value) is { } name && name.Contains(' ') ? Individual(name) : null;

    /// <summary>"says U.S. Forest Service volunteer Jo Roe": a body led by a dotted country, a lower-case role with a title
    /// word among its words, the name, then the sentence or clause ends.</summary>
    [GeneratedRegex(@"^\s*[,.:;!?—–-]?\s*(?:" + InvertedVerbs + @")\s+(?:the\s+)?(?:\p{Lu}\.){2,}\s+(?:\p{Lu}[\p{L}'’\-]+\s+){0,4}(?<role>(?:[a-z\-]+\s+){1,2})(?<name>" + NameForms.NamePattern + @")\s*(?:[,.;]|$)")]
    private static partial Regex DottedBodyRole();

    /// <summary>"said Inspector-General of Police Jo Roe.": a capitalised office "of" a one-word body, then a name of
    /// two words or more, then the sentence or clause ends.</summary>
    [GeneratedRegex(@"^\s*[,.:;!?—–-]?\s*(?:" + InvertedVerbs + @")\s+(?<office>\p{Lu}[\p{L}\-]+)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}\-]+\s+(?<name>\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){1,3})\s*(?:[,.;]|$)")]
    private static partial Regex OfficeOfBody();
}
