namespace Chorus.Analyze;

/// <summary>
/// Nouns that count people. Outlets count one group of people by different nouns: "121 cases were confirmed" and
/// "an illness that paralyzed 120 children" (an outbreak story), "eight people were arrested" and "nine activists were
/// arrested" (a protest story), "20 soldiers appeared" and "as many as 10 attackers" (a raid told by two outlets), so a
/// count named by one is compared with a count named by another. Only groups a story sets against each other are kept
/// apart: men and women, children and adults, the police and those they guard or arrest, attackers and those
/// they attack (an attacker may be a soldier: those two meet); the sentences around the
/// figures still have to tell the same thing (<see cref="ComparableFigures"/>).
/// </summary>
internal static class PeopleNouns
{
    /// <summary>The unit a count of people is grouped under.</summary>
    public const string Unit = "people";

    /// <summary>Nouns that say nothing of which people: they may be any group the story counts.</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal) { "people", "persons", "individuals", "cases" };

    /// <summary>Groups a story sets against each other, each a pair of sides: a noun on one side of a pair counts other
    /// people than a noun on its other side ("three men and two women were hurt", "five children and two adults").</summary>
    private static readonly (HashSet<string> One, HashSet<string> Other)[] Sides =
    [
        (Set("men", "boys", "sons", "brothers", "fathers", "policemen", "gunmen", "husbands"),
         Set("women", "girls", "daughters", "sisters", "mothers", "wives", "prostitutes")),
        (Set("children", "kids", "boys", "girls", "babies", "infants", "toddlers", "teenagers", "teens", "minors", "pupils", "students", "sons", "daughters"),
         Set("adults", "men", "women", "parents", "teachers", "policemen", "soldiers", "troops", "officers", "gunmen")),
        (Set("soldiers", "troops", "officers", "policemen", "police", "guards", "agents", "firefighters", "rescuers"),
         Set("civilians", "victims", "hostages", "passengers", "residents", "tourists", "pilgrims", "protesters", "demonstrators",
             "activists", "prisoners", "inmates", "detainees", "migrants", "refugees", "suspects", "patients", "students", "children",
             "women", "villagers", "journalists", "workers", "survivors")),
        (Set("attackers", "gunmen", "militants", "fighters", "rebels", "insurgents", "suspects", "assailants", "hijackers", "kidnappers"),
         Set("civilians", "victims", "hostages", "passengers", "residents", "tourists", "pilgrims", "patients", "students",
             "children", "women", "villagers", "journalists", "workers", "survivors", "worshippers")),
        (Set("victims"), Set("survivors")),
        (Set("patients"), Set("doctors", "nurses", "staff")),
    ];

    /// <summary>Every plural noun the sides above name, with the generic ones and a few more groups news counts by trade
    /// or company. Roles a story counts beside its victims or its accused (witnesses, relatives, members, voters, fans) are
    /// left out: they keep their own noun, and meet only counts of that noun.</summary>
    private static readonly HashSet<string> All = new(Sides.SelectMany(s => s.One.Concat(s.Other)).Concat(Generic)
        .Concat(["crew", "crewmen", "sailors", "climbers", "hikers", "miners", "employees", "marines", "commandos", "immigrants",
            "personnel", "friends"]), StringComparer.Ordinal);

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);

    /// <summary>Whether a plural noun counts people.</summary>
    public static bool Counts(string norm) => All.Contains(norm);

    /// <summary>Whether two nouns that count people may count the same people: the same noun, a generic one, or two
    /// that no pair of sides sets apart.</summary>
    public static bool SameGroup(string a, string b) =>
        a == b || Generic.Contains(a) || Generic.Contains(b)
        || !Sides.Any(s => s.One.Contains(a) && s.Other.Contains(b) || s.Other.Contains(a) && s.One.Contains(b));
}
