using System.Text.RegularExpressions;
using Chorus.Link;
using Chorus.Segment;

namespace Chorus.Analyze;

/// <summary>
/// People, organizations and places, from how the text uses a capitalised name rather than from a list of
/// names: a title or an age or a speech verb marks a person ("President X", "X, 54,", "X said"), an
/// institutional word an organization ("… Lines", "… Council", an acronym), a locative preposition a place
/// ("in X", "near X"). A name with no cue, or with conflicting cues of equal weight, is left out.
/// </summary>
public sealed partial class EntityRecognizer
{
    /// <summary>Words that make a name an institution's ("… Council", "… Service").</summary>
    public static readonly HashSet<string> OrganizationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "corp", "corporation", "company", "co", "ltd", "llc", "plc", "lines", "airlines", "council", "party", "committee",
        "ministry", "department", "university", "college", "school", "agency", "service", "services", "group", "bank",
        "association", "union", "court", "police", "board", "commission", "organisation", "organization", "forces", "army", "navy",
        "guard", "institute", "foundation", "club", "team", "federation", "office", "bureau", "administration", "authority",
        "parliament", "congress", "senate", "assembly", "church", "hospital", "network", "news", "times", "post", "fund",
        "house", "kremlin", "pentagon", "coalition", "alliance", "league", "society", "trust", "motors", "airways", "railways",
    };

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
        { "in", "at", "near", "from", "to", "across", "outside", "inside", "into", "towards", "toward", "throughout", "off" };

    private static readonly HashSet<string> PlaceWords = new(StringComparer.OrdinalIgnoreCase)
        { "island", "city", "county", "river", "lake", "mountain", "valley", "street", "avenue", "road", "harbour", "harbor", "bay", "province", "state", "republic", "kingdom", "square", "palace", "park", "airport", "station", "bridge" };

    public (IReadOnlyList<Entity> People, IReadOnlyList<Entity> Organizations, IReadOnlyList<Entity> Places) Recognize(
        LinkedCluster cluster, IEnumerable<string> knownSpeakers, IEnumerable<string> knownOutlets)
    {
        var mentions = new List<(string Name, Sentence Sentence, string? Cue)>();
        foreach (var sentence in cluster.Sentences)
        {
            foreach (Match m in Name().Matches(sentence.Text))
            {
                var raw = m.Value;
                // Spans, not substrings: a sentence with many names would otherwise be copied once per name.
                var before = sentence.Text.AsSpan(0, m.Index);
                var after = sentence.Text.AsSpan(m.Index + m.Length);
                var previousWord = PreviousWord(before);
                int space = raw.IndexOf(' ');
                bool titled = NameForms.Titles.Contains((space < 0 ? raw : raw[..space]).TrimEnd('.')) || NameForms.Titles.Contains(previousWord.TrimEnd('.'));
                // "Russian-controlled Chechnya", "Kremlin-backed Rosneft": the hyphenated adjective is not the name.
                var name = NameForms.Clean(HyphenatedAdjective().Replace(raw, ""));
                if (name is null) continue;
                // A lone generic word ("Group", "Palace", "State") is not a name.
                if (!name.Contains(' ') && (OrganizationWords.Contains(name) || PlaceWords.Contains(name) || NameForms.Titles.Contains(name))) continue;
                var trimmedBefore = before.TrimEnd();
                bool atStart = trimmedBefore.IsEmpty || trimmedBefore.EndsWith('"') || trimmedBefore.EndsWith('“');
                if (atStart && !name.Contains(' ') && !titled) { mentions.Add((name, sentence, null)); continue; }
                mentions.Add((name, sentence, Cue(name, titled, previousWord, before, after)));
            }
        }
        var speakers = knownSpeakers.ToHashSet(StringComparer.Ordinal);
        var outlets = knownOutlets.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var canonical = NameForms.Canonical(mentions.Select(m => m.Name).Concat(speakers));

        var byName = mentions.GroupBy(m => canonical.GetValueOrDefault(m.Name, m.Name), StringComparer.Ordinal);
        var people = new List<Entity>();
        var organizations = new List<Entity>();
        var places = new List<Entity>();
        foreach (var group in byName)
        {
            var cues = group.Select(m => m.Cue).Where(c => c is not null).GroupBy(c => c!).ToDictionary(g => g.Key, g => g.Count());
            if (speakers.Contains(group.Key)) cues["person"] = cues.GetValueOrDefault("person") + 2;
            if (outlets.Contains(group.Key)) cues["organization"] = cues.GetValueOrDefault("organization") + 2;
            if (cues.Count == 0) continue;
            var ranked = cues.OrderByDescending(c => c.Value).ToList();
            if (ranked.Count > 1 && ranked[0].Value == ranked[1].Value) continue;
            var entity = new Entity(group.Key, ranked[0].Key,
                group.GroupBy(m => m.Sentence.DocId).ToDictionary(g => g.Key, g => g.Count()),
                group.Select(m => new SentenceRef(m.Sentence.DocId, m.Sentence.Position, m.Sentence.Text)).DistinctBy(r => (r.Doc, r.Index)).Take(10).ToList());
            (ranked[0].Key switch { "person" => people, "organization" => organizations, _ => places }).Add(entity);
        }
        static List<Entity> Order(List<Entity> e) => e.OrderByDescending(x => x.CountsByArticle.Values.Sum()).ThenBy(x => x.Name, StringComparer.Ordinal).ToList();
        return (Order(people), Order(organizations), Order(places));
    }

    /// <summary>The run of letters and dots that ends the text before a name, less trailing white space
    /// ("… said President" → "President"); empty when the name follows punctuation or a number.</summary>
    private static string PreviousWord(ReadOnlySpan<char> before)
    {
        int end = before.Length;
        while (end > 0 && char.IsWhiteSpace(before[end - 1])) end--;
        int start = end;
        while (start > 0 && (char.IsLetter(before[start - 1]) || before[start - 1] == '.')) start--;
        return start == end ? "" : before[start..end].ToString();
    }

    private static string? Cue(string name, bool titled, string previousWord, ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var words = name.Split(' ');
        // "Russian Federation", "Czech Republic": a state named by its people's adjective is a place.
        if (words.Length == 2 && StateNouns.Contains(words[1]) && Demonym().IsMatch(words[0])) return "place";
        if (words.Any(w => OrganizationWords.Contains(w))) return "organization";
        // An acronym names an organization when it stands as a noun; before a noun ("the LGBT community", "DNC
        // hacks") it describes something else.
        if (words.Length == 1 && name.Length is >= 2 and <= 5 && name.All(char.IsUpper)) return ModifierNext().IsMatch(after) ? null : "organization";
        if (titled) return "person";
        // "Jeff Martin, 33, of Columbus, Ohio, said": a place and its region outweigh the speech verb after them.
        if (CommaRegion().IsMatch(after)) return "place";
        if (AgeAfter().IsMatch(after) || SpeechAfter().IsMatch(after)) return "person";
        if (words.Any(w => PlaceWords.Contains(w))) return "place";
        // "according to Kenny Todd": a source, not a destination.
        if (PlacePrepositions.Contains(previousWord) && !after.StartsWith("'s", StringComparison.Ordinal) && !after.StartsWith("’s", StringComparison.Ordinal) && !AccordingTo().IsMatch(before)) return "place";
        return null;
    }

    private static readonly HashSet<string> StateNouns = new(StringComparer.Ordinal) { "Federation", "Republic", "Kingdom", "Emirates" };

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:ian|ean|an|ese|ish|ch|ic|i)$")]
    private static partial Regex Demonym();

    [GeneratedRegex(@"^\s+(?!(?:said|says|has|had|is|was|were|are|will|would|could|also|and|or|in|on|at|of|to|for|by|with|from)\b)\p{Ll}+")]
    private static partial Regex ModifierNext();

    [GeneratedRegex(@"according\s+to\s*$")]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"^\p{Lu}[\p{L}]+-\p{Ll}+\s+(?=\p{Lu})")]
    private static partial Regex HyphenatedAdjective();

    [GeneratedRegex(@"(?<=\s|^|[""“(])" + NameForms.NamePattern)]
    private static partial Regex Name();

    [GeneratedRegex(@"^,\s+\d{1,3},")]
    private static partial Regex AgeAfter();

    [GeneratedRegex(@"^(?:,\s[^,]{2,60},)?\s+(?:also\s+)?(?:said|says|told|added|asked|explained|wrote|tweeted)\b")]
    private static partial Regex SpeechAfter();

    /// <summary>"Fort Worth, Texas", "Forest Hill, Md.": a place followed by its state or country.</summary>
    [GeneratedRegex(@"^,\s+(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.[HJMYCD]|Okla|Ore|Pa|R\.I|S\.[CD]|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo|England|Scotland|Wales|Ireland|France|Germany|Italy|Spain|Canada|Australia|India|China|Russia|Japan|Mexico|Brazil|Kenya|Nigeria|Israel|Egypt|Pakistan)\b")]
    private static partial Regex CommaRegion();
}
