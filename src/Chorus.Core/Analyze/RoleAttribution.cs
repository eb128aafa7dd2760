using System.Text.RegularExpressions;
using Chorus.Segment;
using static Chorus.Analyze.SpeechPatterns;
using static Chorus.Analyze.PersonMention;

namespace Chorus.Analyze;

/// <summary>
/// "“…,” the sheriff said" in a story that names "Sheriff Leon Lott"; "“…,” said the prosecutor" where the article
/// has "prosecutor Mustafa Suleiman": a role given as the speaker is the one person the article names with that
/// role, right before the name or set off after it ("Leon Lott, the county sheriff,"). Nobody when the article names
/// no one or two people with the role, or the role is someone's ("the company's spokesman"), or indefinite ("a
/// spokesman said"), or no office ("the actor" in a story about two actors): then who spoke is not said.
/// </summary>
internal static partial class RoleAttribution
{
    /// <param name="after">The sentence's text after the quotation.</param>
    /// <param name="before">The sentence's text before the quotation.</param>
    /// <param name="sentences">The article's sentences.</param>
    internal static string? Speaker(string after, string before, IReadOnlyList<Sentence> sentences)
    {
        var m = RoleAfter().Match(after);
        if (!m.Success) m = RoleBefore().Match(before);
        if (!m.Success) return null;
        var role = m.Groups["role"].Value;
        if (!Offices.Contains(role)) return null;
        var people = PeopleWithRole(role, sentences);
        return people.Count == 1 ? people[0] : null;
    }

    /// <summary>Roles a story gives to one person at a time, an office: not "the actor" or "the friend", which a story
    /// about actors or friends gives to several, naming only some of them with the word.</summary>
    private static readonly HashSet<string> Offices = new(StringComparer.Ordinal)
    {
        "sheriff", "prosecutor", "attorney", "coroner", "mayor", "governor", "senator", "judge", "commissioner",
        "superintendent", "principal", "coach", "minister", "ambassador", "spokesman", "spokeswoman", "spokesperson",
        "investigator", "detective", "captain", "lieutenant", "sergeant", "chancellor", "premier", "president",
    };

    /// <summary>The distinct people (by surname, at their fullest) the article names with the role's head noun:
    /// "Sheriff Leon Lott", "the prosecutor, Mustafa Suleiman,", "Leon Lott, the Richland County sheriff,",
    /// "Suleiman is the trial's chief prosecutor".</summary>
    private static List<string> PeopleWithRole(string role, IReadOnlyList<Sentence> sentences)
    {
        var named = NamedWithRole.Get(role);
        var people = new List<string>();
        foreach (var s in sentences)
        {
            if (s.Text.IndexOf(role, StringComparison.OrdinalIgnoreCase) < 0) continue;
            foreach (Match m in named.Matches(Quoted().Replace(s.Text, " ")))
            {
                var name = NameForms.Clean(m.Groups["name"].Value);
                // A surname alone counts when the article gives it in full ("Suleiman is the chief prosecutor").
                if (name is null || Individual(name) is null || !name.Contains(' ') && !IsSurnameInArticle(name, sentences)) continue;
                var surname = name.Split(' ')[^1];
                int known = people.FindIndex(p => p.Split(' ')[^1] == surname);
                if (known < 0) people.Add(name);
                else if (name.Length > people[known].Length) people[known] = name;
            }
        }
        return people;
    }

    private static readonly PatternPerName NamedWithRole = new(role =>
    {
        var head = Regex.Escape(role);
        const string Name = @"\p{Lu}[\p{L}'’\-]+(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}'’\-]+){1,3}";
        return new Regex(
            // "Sheriff Leon Lott", "prosecutor Mustafa Suleiman"
            @"\b(?i:" + head + @")\s+(?<name>(?:\p{Lu}\.\s+)?" + Name + @")"
            // "the prosecutor, Mustafa Suleiman, told the court"
            + @"|\b(?i:" + head + @"),\s+(?<name>" + Name + @"),"
            // "Leon Lott, the Richland County sheriff,", "Suleiman is the trial's chief prosecutor"
            + @"|(?<name>" + Name + @"),\s+(?:the|a|an)\s+(?:[\p{L}.'’\-]+\s+){0,4}(?i:" + head + @")\b"
            + @"|(?<name>\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,3})\s+(?:is|was)\s+(?:the|a|an)\s+(?:[\p{L}.'’\-]+\s+){0,4}(?i:" + head + @")\b",
            RegexOptions.CultureInvariant);
    });

    /// <summary>"…," the sheriff said; "…," said the prosecutor; "…," the assistant US attorney added: a role with
    /// "the", up to three lower-case or dotted words before its head noun, and nothing after the verb but where or
    /// when.</summary>
    [GeneratedRegex(@"^\s*[,.:;!?—–-]?\s*(?:[Tt]he\s+(?:[a-z\-]+\s+|(?:\p{Lu}\.){2,}\s+|US\s+){0,3}(?<role>[a-z]+)\s+(?:also\s+|later\s+)?(?:" + Verbs + @")|(?:" + InvertedVerbs + @")\s+the\s+(?:[a-z\-]+\s+|(?:\p{Lu}\.){2,}\s+|US\s+){0,3}(?<role>[a-z]+))(?:\s+(?:on|in|at|during|after|before|from|with|via)\b[^.""“”,]{0,60})?\s*(?:[.,]|$)")]
    private static partial Regex RoleAfter();

    /// <summary>The sheriff said: "…".</summary>
    [GeneratedRegex(@"(?:^|[.!?]\s+)[Tt]he\s+(?:[a-z\-]+\s+|(?:\p{Lu}\.){2,}\s+|US\s+){0,3}(?<role>[a-z]+)\s+(?:also\s+|later\s+)?(?:" + Verbs + @")\s*[:,]\s*$")]
    private static partial Regex RoleBefore();
}
