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
        // Bodies that speak through statements and were typed people when they did ("the National Hurricane Center
        // said", "the Russian Embassy said", "Iranian Press TV said"). Not "Daily" or "TV": "The Daily Show", "British TV
        // crime series".
        "center", "centre", "embassy", "consulate", "press", "television", "radio", "magazine", "journal", "studios",
        // "the Executive Branch", "the Legislative Branch": an arm of government once the office word is gone.
        "branch",
    };

    /// <summary>Prepositions that put what follows on a map. Not "to", "from" or "at": they take people and companies
    /// as often ("a tribute to Robin Williams", "a call from Sally Field", "engineers at Google").</summary>
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
        { "in", "near", "across", "outside", "inside", "into", "towards", "toward", "throughout", "off" };

    /// <summary>Place words that end a place's name and hardly ever a person's ("Harris County said"); "Park", "Lake",
    /// "Bay" or "Hill" end surnames too.</summary>
    private static readonly HashSet<string> PlaceNameEnds = new(StringComparer.OrdinalIgnoreCase)
        { "county", "city", "province", "state", "republic", "kingdom", "avenue", "street", "road", "airport", "valley", "river", "island",
          // "Buckingham Palace said", "Downing Street said": a seat speaking for its occupant is still no person.
          "palace", "square", "station", "bridge", "district" };

    /// <summary>Countries written as initials: a place, where other initials are an organization's.</summary>
    private static readonly HashSet<string> CountryInitials = new(StringComparer.Ordinal) { "US", "USA", "UK", "UAE", "DRC", "PRC", "DPRK", "ROK" };

    /// <summary>The postal codes of the US states: a place after a town and a comma ("Rockaway, NJ", "Rye Brook, NY"),
    /// where initials would otherwise make them an organization (a hiking story and a fraternity story listed "NJ", a
    /// sky-watching story "NY", among the organizations).</summary>
    private static readonly HashSet<string> StateCodes = new(StringComparer.Ordinal)
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
        "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI",
        "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
    };

    /// <summary>Capitals of everyday writing that name no organization: a word ("OK"), a time zone, an office, a
    /// ward, a format, a machine, a condition ("OK?" in interviews of four dev stories, "GMT" in a live blog, "EST" in
    /// a broadcast listing, "ICU", "GIF", "ATM", "VIP", "COO" in others).</summary>
    private static readonly HashSet<string> CommonAbbreviations = new(StringComparer.Ordinal)
    {
        "OK", "TV", "GMT", "UTC", "ET", "PT", "CT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "BST", "CET", "AM", "PM",
        "CEO", "COO", "CFO", "CTO", "VIP", "DJ", "MC", "ICU", "ER", "MRI", "DNA", "HIV", "AIDS", "ADHD", "PTSD", "IQ", "ID",
        "GIF", "PDF", "URL", "FAQ", "USB", "ATM", "SUV", "GPS", "RIP", "LOL", "OMG", "PS", "TBA", "TBD", "ETA", "DIY",
    };

    private static readonly HashSet<string> PlaceWords = new(StringComparer.OrdinalIgnoreCase)
        { "island", "city", "county", "river", "lake", "mountain", "valley", "street", "avenue", "road", "harbour", "harbor", "bay", "province", "state", "republic", "kingdom", "square", "palace", "park", "airport", "station", "bridge", "district" };

    internal static bool IsPlaceWord(string word) => PlaceWords.Contains(word);

    /// <summary>The place words of an area that has its own offices and services ("Dare County Emergency Management",
    /// "Ogwen Valley Mountain Rescue"). Not a park, an island, a river or a bay inside a name: "Palmer Park Golf Course"
    /// and "White River Junction" are places.</summary>
    private static readonly HashSet<string> AreaWords = new(StringComparer.OrdinalIgnoreCase) { "county", "city", "state", "province", "district", "valley" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleSpans = NameForms.Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacePrepositionSpans = PlacePrepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What a name's own words say of it, worked out once per name and cluster rather than per mention.</summary>
    private sealed record NameShape(string? Name, Cue? ByName, bool Acronym, bool HasPlaceWord, bool EndsInPlaceWord, bool Generic, bool OneWord)
    {
        /// <summary>An area's word inside the name with more capitals after it ("Dare County Emergency Management", "Los
        /// Angeles County Fire", "Maricopa County Attorney", "Ogwen Valley Mountain Rescue"): the area's office or
        /// service, or such a name cut short, not the place (<see cref="AreaWords"/>).</summary>
        public bool PlaceWordInside { get; init; }
    }

    private enum Cue { Person, Organization, Place }

    public (IReadOnlyList<Entity> People, IReadOnlyList<Entity> Organizations, IReadOnlyList<Entity> Places) Recognize(
        LinkedCluster cluster, IEnumerable<string> knownSpeakers, IEnumerable<string> knownOutlets)
    {
        // One list per thread, grown once: a cluster has thousands of capitalized spans and a fresh list regrew for
        // each. Cleared on the way out so it holds no sentence of a finished cluster.
        var mentions = t_mentions ??= [];
        try { return Recognize(cluster, knownSpeakers, knownOutlets, mentions); }
        finally { mentions.Clear(); if (mentions.Capacity > MentionsKept) mentions.Capacity = MentionsKept; LowerCaseWords.Trim(); NameGroups.ForThisThread(); }
    }

    [ThreadStatic] private static List<(string Name, Sentence Sentence, Cue? Cue)>? t_mentions;
    [ThreadStatic] private static HashSet<string>? t_weakOneWord;

    /// <summary>The sentences kept as an entity's evidence.</summary>
    private const int MaxRefs = 10;
    private const int MentionsKept = 1 << 14;

    private (IReadOnlyList<Entity> People, IReadOnlyList<Entity> Organizations, IReadOnlyList<Entity> Places) Recognize(
        LinkedCluster cluster, IEnumerable<string> knownSpeakers, IEnumerable<string> knownOutlets, List<(string Name, Sentence Sentence, Cue? Cue)> mentions)
    {
        var (shapes, shapeOf) = Shapes;
        var writtenLower = new LowerCaseWords(cluster);
        var terms = DefinedTerms(cluster);
        foreach (var sentence in cluster.Sentences)
        {
            var text = sentence.Text;
            int tailEnd = 0;
            foreach (var found in Name().EnumerateMatches(text))
            {
                var m = (found.Index, found.Length);
                // Words already taken as an institution's "of …" tail; a run of capitals going on past the tail ("…
                // of Iowa President Bruce Harreld") is read again from where the tail ends.
                if (m.Index < tailEnd)
                {
                    if (found.Index + found.Length <= tailEnd || Name().Match(text, tailEnd) is not { Success: true } rest || rest.Index >= found.Index + found.Length) continue;
                    m = (rest.Index, rest.Length);
                }
                if (CutBehindOffice(text, m) is { } whole)
                {
                    m = whole;
                    tailEnd = Math.Max(tailEnd, whole.Index + whole.Length);
                }
                // "MH370", "inmate number NN7687": capitals with digits joined on are a flight's, a file's or a
                // prisoner's code, not a name.
                if (m.Index + m.Length < text.Length && char.IsAsciiDigit(text[m.Index + m.Length])) continue;
                var raw = text.AsSpan(m.Index, m.Length);
                if (!shapeOf.TryGetValue(raw, out var shape)) shapes[raw.ToString()] = shape = ShapeOf(raw.ToString());
                // Spans, not substrings: a sentence with many names would otherwise be copied once per name.
                var before = text.AsSpan(0, m.Index);
                var after = text.AsSpan(m.Index + m.Length);
                var previousWord = PreviousWord(before);
                int space = raw.IndexOf(' ');
                bool titled = TitleSpans.Contains((space < 0 ? raw : raw[..space]).TrimEnd('.'))
                    || (TitleSpans.Contains(previousWord.TrimEnd('.')) && !AdjectiveBeforeName(before, previousWord));
                if (shape.Name is not { } name) continue;
                if (InstitutionWithTail(text, m.Index + m.Length, name) is { } institution)
                {
                    mentions.Add((institution.Name, sentence, Cue.Organization));
                    tailEnd = institution.End;
                    continue;
                }
                // "Secretary Clinton's Call Sheet", "President Donald Trump's Cabinet": the office is the owner's, and
                // what the owner has is no person.
                if (titled && OwnerBefore(raw)) titled = false;
                // "General Electric", "State Farm", "Witness Protection", "Homeland Security": a word left after an
                // office that the cluster also writes in lower case is a thing, not a surname, whatever verb follows.
                if (titled && shape.OneWord && writtenLower.Contains(name)) continue;
                // A lone generic word ("Group", "Palace", "State") is not a name.
                if (shape.Generic) continue;
                // "Egyptian men", "a Spanish court": a nationality's adjective is neither a place nor anyone.
                if (shape.OneWord && NationalityWords.Contains(name)) continue;
                // "the Cumberland County Sheriff's Office", "the Dare County Emergency Management": the place's body or
                // office, listed neither as the place nor as a body under a name that may be cut short.
                if (shape.PlaceWordInside && shape.ByName is null) continue;
                // "the END of the ABUSE", "he said OK": capitals for emphasis, not initials, when the cluster writes
                // the same word in lower case.
                if (shape.Acronym && !CountryInitials.Contains(name) && (writtenLower.Contains(name) || Shouts(sentence) || CommonAbbreviations.Contains(name))) continue;
                // "acute flaccid myelitis (AFM)", "intravenous immunoglobulin (IVIG)": initials the story spells out in
                // lower-case words stand for a thing, not a body.
                if (shape.Acronym && terms is not null && terms.Contains(name)) continue;
                var trimmedBefore = before.TrimEnd();
                bool atStart = trimmedBefore.IsEmpty || trimmedBefore.EndsWith('"') || trimmedBefore.EndsWith('“');
                if (atStart && shape.OneWord && !titled) { mentions.Add((name, sentence, null)); continue; }
                // "murder in Graham’s home", "off Betty's finger", "in Robin Williams' path": the name regex mostly
                // keeps the possessive on the name; when it does not, it opens the text after it.
                bool possessive = raw.EndsWith("'s", StringComparison.Ordinal) || raw.EndsWith("’s", StringComparison.Ordinal)
                    || raw.EndsWith("s'", StringComparison.Ordinal) || raw.EndsWith("s’", StringComparison.Ordinal)
                    || after.StartsWith("'s", StringComparison.Ordinal) || after.StartsWith("’s", StringComparison.Ordinal);
                mentions.Add((name, sentence, CueOf(shape, titled, previousWord, before, after, possessive)));
            }
        }
        SplitNameRunOn(mentions);
        var speakers = knownSpeakers.ToHashSet(StringComparer.Ordinal);
        var outlets = knownOutlets.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>(mentions.Count + speakers.Count);
        foreach (var m in mentions) names.Add(m.Name);
        names.AddRange(speakers);
        var canonical = NameForms.Canonical(names);

        // Mentions by canonical name, names in order of first mention, case variants folded into one form.
        var byName = NameGroups.ForThisThread();
        for (int k = 0; k < mentions.Count; k++) byName.Add(canonical.GetValueOrDefault(mentions[k].Name, mentions[k].Name));
        byName.Fold(CaseVariantNames.Fold(byName.Counted()));
        var people = new List<Entity>();
        var organizations = new List<Entity>();
        var places = new List<Entity>();
        // Reused per thread: most clusters have a few such names.
        var weakOneWord = t_weakOneWord ??= new HashSet<string>(StringComparer.Ordinal);
        weakOneWord.Clear();
        Span<int> cues = stackalloc int[3];
        Span<bool> cued = stackalloc bool[3];
        for (int g = 0; g < byName.Count; g++)
        {
            var key = byName.Name(g);
            var group = byName.Members(g);
            cues.Clear();
            cued.Clear();
            foreach (var k in group)
                if (mentions[k].Cue is { } cue) { cues[(int)cue]++; cued[(int)cue] = true; }
            // A speaker is a person unless the name's own words say it is a body or a place ("Buckingham Palace said",
            // "the North Korean Jurists Committee said"): quotations have institutions as speakers too.
            // "according to a statement from the Department of Defense": an institution's name read whole, its
            // "of" tail included, is no person either.
            if (speakers.Contains(key) && ShapeOfName(key) is { ByName: null, EndsInPlaceWord: false } && !NamesInstitution(key)) { cues[(int)Cue.Person] += 2; cued[(int)Cue.Person] = true; }
            if (outlets.Contains(key)) { cues[(int)Cue.Organization] += 2; cued[(int)Cue.Organization] = true; }
            // The cue given most often; none when two cues are given equally often.
            int best = -1;
            bool tie = false;
            for (int c = 0; c < 3; c++)
            {
                if (!cued[c]) continue;
                if (best < 0 || cues[c] > cues[best]) { best = c; tie = false; }
                else if (cues[c] == cues[best]) tie = true;
            }
            if (best < 0 || tie) continue;
            // Sized for what the group can hold (a document each at most, ten sentences at most), so neither grows
            // on the way: the entities' own tables were half of the recognizer's allocation.
            var counts = new Dictionary<string, int>(Math.Min(group.Length, cluster.Documents.Count), StringComparer.Ordinal);
            var refs = new List<SentenceRef>(Math.Min(group.Length, MaxRefs));
            foreach (var k in group)
            {
                var s = mentions[k].Sentence;
                counts[s.DocId] = counts.GetValueOrDefault(s.DocId) + 1;
                if (refs.Count < MaxRefs && !Cites(refs, s)) refs.Add(new SentenceRef(s.DocId, s.Position, s.Text));
            }
            var kind = (Cue)best;
            var entity = new Entity(key, TypeOf(kind), counts, refs);
            (kind switch { Cue.Person => people, Cue.Organization => organizations, _ => places }).Add(entity);
            if (kind != Cue.Person && cues[best] == 1 && !key.Contains(' ')) weakOneWord.Add(key);
        }
        if (weakOneWord.Count > 0) DropNamesOfPeople(weakOneWord, people, organizations, places);
        weakOneWord.Clear();
        // Whether the (at most ten) sentences kept already hold this one: a set of them per name cost more than the scan.
        static bool Cites(List<SentenceRef> refs, Sentence s)
        {
            foreach (var r in refs)
                if (r.Index == s.Position && r.Doc == s.DocId) return true;
            return false;
        }
        // A speaker's name is looked up in the same table as the matched names (most were matched as written).
        NameShape ShapeOfName(string name) => shapes.TryGetValue(name, out var known) ? known : shapes[name] = ShapeOf(name);
        static List<Entity> Order(List<Entity> e) => e.OrderByDescending(x => x.CountsByArticle.Values.Sum()).ThenBy(x => x.Name, StringComparer.Ordinal).ToList();
        return (Order(FirstNameOnly.Fold(people)), Order(organizations), Order(places));
    }

    /// <summary>"UNRWA spokesman in Gaza Chris Gunness says", a caption's "Firas Jumaah Charlotta Turner": a run of
    /// capitals that goes from one name straight into a person's (a place before a name without a comma, two names of a
    /// photo caption side by side) was listed as one person. A run of three or more words is cut where its first words
    /// are a name the cluster gives alone (a place or a body by its cue, or a name of two or more words) and the rest is
    /// a person's name the cluster also gives: a surname used alone ("Gunness said"), opening with no place or body word.
    /// The cut leaves the person; the name before stands in its own mentions.</summary>
    private static void SplitNameRunOn(List<(string Name, Sentence Sentence, Cue? Cue)> mentions)
    {
        // Asked of every cluster, and most have no run to cut: the runs are found by counting spaces in place, and only
        // the names a cut would ask about are looked for among the mentions (a table of every name was a tenth of the
        // recognizer's allocation).
        List<int>? runs = null;
        for (int i = 0; i < mentions.Count; i++)
            if (mentions[i].Cue is not Cue.Organization && mentions[i].Name.AsSpan().Count(' ') >= 2 && !NamesInstitution(mentions[i].Name))
                (runs ??= []).Add(i);
        if (runs is null) return;
        // The names asked about: each run's openings, rests and last word; whether the cluster gives each alone, and
        // whether any mention gives it as a place or a body.
        var asked = new Dictionary<string, (bool Alone, bool PlaceOrBody)>(StringComparer.Ordinal);
        foreach (int i in runs)
        {
            var words = mentions[i].Name.Split(' ');
            asked.TryAdd(words[^1], default);
            for (int k = 1; k <= words.Length - 2; k++)
            {
                asked.TryAdd(string.Join(' ', words, 0, k), default);
                asked.TryAdd(string.Join(' ', words, k, words.Length - k), default);
            }
        }
        foreach (var m in mentions)
            if (asked.TryGetValue(m.Name, out var seen))
                asked[m.Name] = (true, seen.PlaceOrBody || m.Cue is Cue.Place or Cue.Organization);
        foreach (int i in runs)
        {
            var words = mentions[i].Name.Split(' ');
            for (int k = 1; k <= words.Length - 2; k++)
            {
                var (beforeAlone, placeOrBody) = asked[string.Join(' ', words, 0, k)];
                if (!beforeAlone || k == 1 && !placeOrBody) continue;
                var rest = string.Join(' ', words, k, words.Length - k);
                if (!char.IsUpper(rest[0]) || PlaceWords.Contains(words[k]) || NameForms.IsTitle(words[k])
                    || !asked[words[^1]].Alone && !asked[rest].Alone) continue;
                mentions[i] = (rest, mentions[i].Sentence, mentions[i].Cue);
                break;
            }
        }
    }

    /// <summary>Whether a name holds an institution's word ("Department of Defense", "Office of the Mayor").</summary>
    private static bool NamesInstitution(string name)
    {
        // Word by word in place: asked of every speaker's name.
        var rest = name.AsSpan();
        while (!rest.IsEmpty)
        {
            int space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            if (OrganizationWordSpans.Contains(word) || InstitutionHeadSpans.Contains(word)) return true;
            rest = space < 0 ? default : rest[(space + 1)..];
        }
        return false;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganizationWordSpans = OrganizationWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"into Williams one more time" in a tribute to Robin Williams, "Kanye's" after a preposition in a story
    /// about Kanye West: a lone word that is the first name or the surname of a person the cluster names in full, typed
    /// a place or a body on one cue alone, is that person mentioned, not a place. Left out rather than moved: the
    /// cluster may name two people with that word.</summary>
    private static void DropNamesOfPeople(HashSet<string> weakOneWord, List<Entity> people, List<Entity> organizations, List<Entity> places)
    {
        // The few weak names against the people's names, read in place: asked of every cluster, twice (the summarizer
        // asks for the people too), so no set of the people's words is built.
        static bool OfAPerson(string word, List<Entity> people)
        {
            foreach (var person in people)
            {
                var name = person.Name.AsSpan();
                int first = name.IndexOf(' '), last = name.LastIndexOf(' ');
                if (first < 0) continue;
                if (name[..first].SequenceEqual(word) || name[(last + 1)..].SequenceEqual(word)) return true;
            }
            return false;
        }
        static void Drop(List<Entity> entities, HashSet<string> weakOneWord, List<Entity> people)
        {
            for (int k = entities.Count - 1; k >= 0; k--)
                if (weakOneWord.Contains(entities[k].Name) && OfAPerson(entities[k].Name, people)) entities.RemoveAt(k);
        }
        Drop(organizations, weakOneWord, people);
        Drop(places, weakOneWord, people);
    }

    /// <summary>"Deputy Attorney General Rod Rosenstein", "Homeland Security Adviser Tom Bossert": a run of capitals is
    /// read four words at a time, so a long office leaves the name cut in two, a first name and a surname that would be
    /// listed as two people. When a run ends on a capitalised word, an office stands inside it and the next word is a
    /// surname's (capital, then lower case: not "AFP", not "Jr."), the name is the words after the office and that
    /// word; null otherwise.</summary>
    private static (int Index, int Length)? CutBehindOffice(string text, (int Index, int Length) m)
    {
        int end = m.Index + m.Length;
        if (end + 2 >= text.Length || text[end] != ' ' || !char.IsUpper(text[end + 1]) || !char.IsLower(text[end + 2])) return null;
        // After the last office of the run; none when the run ends on one ("New Zealand Prime Minister" before "John
        // Phillip Key": the name is the next run, whole).
        int afterOffice = -1;
        for (int start = m.Index; start < end;)
        {
            int space = text.IndexOf(' ', start, end - start);
            int stop = space < 0 ? end : space;
            if (NameForms.IsTitle(text[start..stop].TrimEnd('.'))) afterOffice = space < 0 ? -1 : space + 1;
            start = stop + 1;
        }
        if (afterOffice < 0 || !char.IsUpper(text[afterOffice]) || !char.IsLower(text[afterOffice + 1])) return null;
        int wordEnd = end + 1;
        while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] is '\'' or '’' or '-')) wordEnd++;
        var surname = text.AsSpan(end + 1, wordEnd - end - 1);
        if (NameForms.IsGenerationalSuffix(text.AsSpan(afterOffice, end - afterOffice)) || NameForms.NotNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(surname)) return null;
        return (afterOffice, wordEnd - afterOffice);
    }

    /// <summary>Whether the cluster writes a word in lower case somewhere (a token opening with a lower-case letter that
    /// equals it ignoring case): for telling a shouted word from initials (acronyms, two to five capitals) and a thing
    /// from a surname after an office ("General Electric"). The cluster's lower-case tokens are gathered once, on the
    /// first question of each kind, instead of every token being compared once per question (at 16 MB of input,
    /// three million tokens a question).</summary>
    private sealed class LowerCaseWords(LinkedCluster cluster)
    {
        private const int MinLength = 2, MaxLength = 5;
        private HashSet<string>? _short, _long;

        public bool Contains(string word)
        {
            bool isShort = word.Length is >= MinLength and <= MaxLength;
            var words = isShort ? _short : _long;
            if (words is null)
            {
                // One set per kind and thread, refilled per cluster: the short set is asked of nearly every cluster.
                words = isShort ? (t_short ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)) : (t_long ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase));
                words.Clear();
                foreach (var sentence in cluster.Sentences)
                {
                    var tokens = sentence.Tokens;
                    for (int t = 0; t < tokens.Count; t++)
                        if (tokens[t].Text is { Length: > 0 } text && char.IsLower(text[0]) && (text.Length is >= MinLength and <= MaxLength) == isShort) words.Add(text);
                }
                if (isShort) _short = words; else _long = words;
            }
            return words.Contains(word);
        }

        [ThreadStatic] private static HashSet<string>? t_short, t_long;

        /// <summary>Empties the thread's sets when they grew past what a cluster of a few hundred articles needs, so a
        /// very large input does not keep its words for the rest of the run.</summary>
        public static void Trim()
        {
            if (t_long is { Count: > 1 << 16 }) t_long = null;
            if (t_short is { Count: > 1 << 16 }) t_short = null;
        }
    }

    /// <summary>A sentence written mostly in capitals ("POLICE FOUND THE BABY ALONE"): its capitals are no initials.</summary>
    private static bool Shouts(Sentence sentence)
    {
        int words = 0, capitals = 0;
        var tokens = sentence.Tokens;
        for (int k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.Text.Length < 2 || !char.IsLetter(token.Text[0])) continue;
            words++;
            bool upper = true;
            foreach (var c in token.Text) if (char.IsLower(c)) { upper = false; break; }
            if (upper) capitals++;
        }
        return words >= 4 && capitals * 2 > words;
    }

    private static EntityType TypeOf(Cue cue) => cue switch { Cue.Person => EntityType.Person, Cue.Organization => EntityType.Organization, _ => EntityType.Place };

    /// <summary>A name recurs through a story and across stories ("White House", "Tuesday", the capitalised word opening
    /// a sentence): its cleaned form and shape, which depend on the matched text alone, are looked up by that text, cut
    /// into a string only the first time this thread sees it. Emptied once it holds <see cref="ShapeCapacity"/> names.</summary>
    [ThreadStatic] private static Dictionary<string, NameShape>? _shapes;

    private const int ShapeCapacity = 100_000;

    private static (Dictionary<string, NameShape> Table, Dictionary<string, NameShape>.AlternateLookup<ReadOnlySpan<char>> BySpan) Shapes
    {
        get
        {
            var shapes = _shapes ??= new Dictionary<string, NameShape>(StringComparer.Ordinal);
            if (shapes.Count >= ShapeCapacity) shapes.Clear();
            return (shapes, shapes.GetAlternateLookup<ReadOnlySpan<char>>());
        }
    }

    /// <summary>Initials a cluster defines by lower-case words before them in brackets ("a coronal mass ejection
    /// (CME)", "extra-high-voltage (EHV)"): a disease, a measure, a technique, which the initials alone would make an
    /// organization. An organization is defined by its capitalized name ("the Centers for Disease Control and
    /// Prevention (CDC)") and stays one. Null when the cluster defines none.</summary>
    private static HashSet<string>? DefinedTerms(LinkedCluster cluster)
    {
        HashSet<string>? terms = null;
        foreach (var sentence in cluster.Sentences)
        {
            var text = sentence.Text;
            if (!text.Contains('(')) continue;
            foreach (Match m in BracketedInitials().Matches(text))
            {
                var initials = m.Groups["initials"].Value;
                if (DefinedByLowerCaseWords(text.AsSpan(0, m.Index).TrimEnd(), initials)) (terms ??= new(StringComparer.Ordinal)).Add(initials);
            }
        }
        return terms;
    }

    /// <summary>Whether the words before the bracket spell the initials out in lower case: each letter, from the last,
    /// found further back in the words, the first at a word's start (Schwartz and Hearst's test for an abbreviation's
    /// definition), within twice as many words as letters, and nothing capitalized in the words used.</summary>
    internal static bool DefinedByLowerCaseWords(ReadOnlySpan<char> before, string initials)
    {
        int start = before.Length;
        for (int words = 0; words < 2 * initials.Length && start > 0; words++)
        {
            int end = start;
            while (end > 0 && before[end - 1] == ' ') end--;
            start = end;
            while (start > 0 && before[start - 1] != ' ') start--;
        }
        var phrase = before[start..];
        int l = phrase.Length - 1;
        for (int k = initials.Length - 1; k >= 0; k--)
        {
            char c = char.ToLowerInvariant(initials[k]);
            while (l >= 0 && (phrase[l] != c || k == 0 && l > 0 && char.IsLetterOrDigit(phrase[l - 1]))) l--;
            if (l < 0) return false;
            if (k == 0) return !phrase[l..].ContainsAnyInRange('A', 'Z');
            l--;
        }
        return false;
    }

    [GeneratedRegex(@"\((?<initials>[A-Z]{2,6})\)")]
    private static partial Regex BracketedInitials();

    /// <summary>Words that head an institution whose name goes on after "of" or "for": "the California Department of
    /// Public Health", "the National Institute of Neurological Disorders and Stroke", "the Centers for Disease Control
    /// and Prevention", "the University of Iowa". Cut at "of", the head is a stub ("California Department") and the
    /// tail no name at all. Not "House": "House of Cards" is a series.</summary>
    private static readonly HashSet<string> InstitutionHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "department", "ministry", "university", "college", "school", "institute", "institutes", "bureau", "office", "council",
        "board", "commission", "court", "church", "center", "centre", "centers", "centres", "agency", "academy", "bank",
        "association", "society", "federation", "foundation", "union", "league", "committee", "museum", "hospital",
        "embassy", "consulate", "authority", "corps", "division", "directorate", "secretariat",
    };

    /// <summary><see cref="InstitutionHeads"/> asked with the last word of a name in place, not a copy of it.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InstitutionHeadSpans = InstitutionHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Titles that are names after "of" ("Department of Homeland Security", "Department of Justice"): the
    /// departments of offices, and a judge's title that is also a department's name.</summary>
    private static readonly HashSet<string> DepartmentNames = new([.. NameForms.Departments, "justice"], StringComparer.OrdinalIgnoreCase);

    /// <summary>An institution whose head ends the matched name and whose name goes on after "of" or "for", with where
    /// the whole name ends; null when the name is no such head. The tail is capitalized words, joined by "of", "for",
    /// "and" or "&amp;" (with "the"): "of Neurological Disorders and Stroke", "of the Russian Federation". It stops
    /// before an office that opens a person's name ("the University of Iowa President Bruce Harreld") or a day; after
    /// a possessive ("the Department of Justice's inquiry"); after a head of its own unless "of" or "for" goes on
    /// ("the Detroit Water and Sewage Department Sue McCormick"; "University of Colorado School of Medicine"); and an
    /// "and" that joins a second body is none of it ("the Department of Justice and FBI", "the University of Colorado
    /// and Children's Hospital").</summary>
    private static (string Name, int End)? InstitutionWithTail(string text, int end, string head)
    {
        int lastSpace = head.LastIndexOf(' ');
        if (!InstitutionHeadSpans.Contains(head.AsSpan(lastSpace + 1))) return null;
        var opening = InstitutionTail().Match(text, end);
        if (!opening.Success) return null;
        int at = opening.Index + opening.Length, nameEnd = -1, words = 0, beforeAnd = -1, andAt = -1;
        bool joined = true, afterAnd = false, afterHead = false;
        while (at < text.Length && words < 8)
        {
            int wordEnd = at;
            while (wordEnd < text.Length && !char.IsWhiteSpace(text[wordEnd])) wordEnd++;
            // The word's letters, without what closes a clause after it ("Defense.”", "Washington.[28]").
            int letters = at;
            while (letters < wordEnd && (char.IsLetterOrDigit(text[letters]) || text[letters] is '-' or '\'' or '’' || text[letters] == '.' && letters + 1 < wordEnd && char.IsLetter(text[letters + 1]))) letters++;
            var word = text.AsSpan(at, letters - at);
            if (word.IsEmpty) break;
            if (char.IsUpper(word[0]))
            {
                if (!joined && afterHead) break;
                var bare = word.ToString();
                bool possessive = bare.EndsWith("'s", StringComparison.Ordinal) || bare.EndsWith("’s", StringComparison.Ordinal);
                if (possessive) bare = bare[..^2];
                if (NameForms.NotNames.Contains(bare) || NameForms.Titles.Contains(bare) && !DepartmentNames.Contains(bare)) break;
                if (afterAnd && (possessive || bare.Length > 1 && bare.All(char.IsUpper) || words == andAt && InstitutionHeads.Contains(bare)))
                {
                    nameEnd = beforeAnd;
                    break;
                }
                nameEnd = at + bare.Length;
                words++;
                // Punctuation after the word ends the name: "the Bureau of Alcohol, Tobacco …" keeps what it can tell.
                if (possessive || wordEnd > at + word.Length) break;
                afterHead = InstitutionHeads.Contains(bare);
                joined = false;
            }
            else if (!joined && word is "of" or "for" or "and" or "&" || joined && word is "the" && words > 0)
            {
                // "and the Securities and Exchange Commission": "and the" opens a second body.
                if (word is "the" && afterAnd && words == andAt) { nameEnd = beforeAnd; break; }
                if (word is "and" or "&" && !afterAnd) { afterAnd = true; beforeAnd = nameEnd; andAt = words; }
                joined = true;
            }
            else break;
            at = wordEnd;
            while (at < text.Length && text[at] == ' ') at++;
        }
        if (nameEnd <= end) return null;
        return (text[(end - head.Length)..nameEnd], nameEnd);
    }

    /// <summary>" of ", " for the ": where an institution's name goes on, before a capital.</summary>
    [GeneratedRegex(@"\G\s+(?:of|for)\s+(?:the\s+)?(?=\p{Lu})")]
    private static partial Regex InstitutionTail();

    /// <summary>The run of letters and dots that ends the text before a name, less trailing white space
    /// ("… said President" → "President"); empty when the name follows punctuation or a number.</summary>
    private static ReadOnlySpan<char> PreviousWord(ReadOnlySpan<char> before)
    {
        int end = before.Length;
        while (end > 0 && char.IsWhiteSpace(before[end - 1])) end--;
        int start = end;
        while (start > 0 && (char.IsLetter(before[start - 1]) || before[start - 1] == '.')) start--;
        return before[start..end];
    }

    /// <summary>The name a match stands for and what its own words say of it.</summary>
    private static NameShape ShapeOf(string raw)
    {
        // "Russian-controlled Chechnya", "Kremlin-backed Rosneft": the hyphenated adjective is not the name.
        var name = NameForms.Clean(HyphenatedAdjective().Replace(raw, ""));
        if (name is null) return new NameShape(null, null, false, false, false, false, false);
        var words = name.Split(' ');
        bool oneWord = words.Length == 1;
        bool generic = oneWord && (OrganizationWords.Contains(name) || PlaceWords.Contains(name) || NameForms.Titles.Contains(name));
        // "Russian Federation", "Czech Republic": a state named by its people's adjective is a place.
        Cue? byName = words.Length == 2 && StateNouns.Contains(words[1]) && Demonym().IsMatch(words[0]) ? Cue.Place
            : words.Any(w => OrganizationWords.Contains(w)) ? Cue.Organization : null;
        bool acronym = oneWord && name.Length is >= 2 and <= 5 && name.All(char.IsUpper);
        if (acronym && CountryInitials.Contains(name)) byName = Cue.Place;
        bool endsInPlaceWord = !oneWord && PlaceNameEnds.Contains(words[^1]);
        bool placeWordInside = false;
        for (int k = 1; k < words.Length - 1 && !endsInPlaceWord; k++)
            placeWordInside |= AreaWords.Contains(words[k]);
        return new NameShape(name, byName, acronym, words.Any(w => PlaceWords.Contains(w)), endsInPlaceWord, generic, oneWord) { PlaceWordInside = placeWordInside };
    }

    private static Cue? CueOf(NameShape shape, bool titled, ReadOnlySpan<char> previousWord, ReadOnlySpan<char> before, ReadOnlySpan<char> after, bool possessive)
    {
        if (shape.ByName is { } byName) return byName;
        // "Rockaway, NJ": a state's postal code after a town.
        if (shape.Acronym && StateCodes.Contains(shape.Name!) && TownBefore().IsMatch(before)) return Cue.Place;
        // An acronym names an organization when it stands as a noun; before a noun ("the LGBT community", "DNC
        // hacks") it describes something else.
        if (shape.Acronym) return ModifierNext().IsMatch(after) ? null : Cue.Organization;
        // "the Department of Homeland Security said", "the University of Iowa", "the Secretary of Public Works": the
        // end of an institution's or an office's name, whatever words it has.
        if (previousWord is "of" && InstitutionBefore().IsMatch(before)) return null;
        // "the Department of Business and Industry": the last of an institution's joined words.
        if (previousWord is "and" && JoinedInstitutionBefore().IsMatch(before)) return null;
        // "San Diego County said": a county speaks through its officials; it is still a place. Before the title test:
        // "the 5000 block of Queen Victoria Road", "on King Street" are places named after a person.
        if (shape.EndsInPlaceWord) return Cue.Place;
        if (titled) return Cue.Person;
        // "Gaspar Pasqualetto, of Diamond Bar, 83, said", "said Tom Reed, of Cedar Grove": ", of X," after a name is
        // where that person lives; the age or the speech verb after it is the person's.
        if (previousWord is "of" && HometownBefore().IsMatch(before)) return Cue.Place;
        // "Jeff Martin, 33, of Columbus, Ohio, said": a place and its region outweigh the speech verb after them.
        if (CommaRegion().IsMatch(after)) return Cue.Place;
        // "according to Kenny Todd": a source, not a destination. Before the speech verb: "a spokesman in Paris told
        // France 24", "leaflets distributed throughout Afghanistan said": the verb is another subject's.
        if (PlacePrepositionSpans.Contains(previousWord) && !possessive
            && !AccordingTo().IsMatch(before) && !PublishedIn().IsMatch(before)) return Cue.Place;
        // "Hamas militants", "Microsoft employees", "Sony executives": a body's members, never a person's.
        // Not a people's adjective: "Palestinian militants", "Islamist fighters".
        if (!possessive && MembersAfter().IsMatch(after) && !(shape.OneWord && (Demonym().IsMatch(shape.Name!) || shape.Name!.EndsWith("ist", StringComparison.Ordinal))))
            return Cue.Organization;
        bool speaks = SpeechAfter().IsMatch(after);
        // "the Jets said", "the National Hurricane Center said": a person is not named with the article.
        if (speaks && previousWord is "the") return Cue.Organization;
        if (AgeAfter().IsMatch(after) || speaks) return Cue.Person;
        if (shape.HasPlaceWord) return Cue.Place;
        return null;
    }

    /// <summary>A rank in lower case after an article is an adjective: "a major German company", "the general Washington
    /// area", "a private Facebook group", "the prime Sunday slot". Without the article it may still be an office
    /// ("attorney general Jeff Sessions"), and capitalised ("Major Tom Reed", "General Mattis") it is one.</summary>
    private static bool AdjectiveBeforeName(ReadOnlySpan<char> before, ReadOnlySpan<char> word)
    {
        if (word is not ("major" or "general" or "private" or "prime")) return false;
        var rest = before.TrimEnd();
        rest = rest[..^word.Length].TrimEnd();
        int start = rest.LastIndexOf(' ') + 1;
        return rest[start..] is "a" or "an" or "the" or "A" or "An" or "The";
    }

    /// <summary>Whether a name comes after a possessive inside the matched words ("Clinton's Call Sheet").</summary>
    private static bool OwnerBefore(ReadOnlySpan<char> raw)
    {
        int s = raw.IndexOf("'s ", StringComparison.Ordinal);
        if (s < 0) s = raw.IndexOf("’s ", StringComparison.Ordinal);
        if (s < 0) s = raw.IndexOf("s' ", StringComparison.Ordinal);
        return s >= 0;
    }

    [GeneratedRegex(@"^\s+(?:employees|executives|militants|fighters|shareholders|engineers)\b")]
    private static partial Regex MembersAfter();

    private static readonly HashSet<string> StateNouns = new(StringComparer.Ordinal) { "Federation", "Republic", "Kingdom", "Emirates" };

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:ian|ean|an|ese|ish|ch|ic|i)$")]
    private static partial Regex Demonym();

    [GeneratedRegex(@"^\s+(?!(?:said|says|has|had|is|was|were|are|will|would|could|also|and|or|in|on|at|of|to|for|by|with|from)\b)\p{Ll}+")]
    private static partial Regex ModifierNext();

    [GeneratedRegex(@"according\s+to\s*$")]
    private static partial Regex AccordingTo();

    /// <summary>"published in Science", "wrote in Analytical Chemistry": a journal or paper, not a place.</summary>
    [GeneratedRegex(@"\b(?:published|appeared|appears|wrote|writes|written|reported|printed|study|paper|article|op-ed)\s+in\s*$")]
    private static partial Regex PublishedIn();

    /// <summary>"Department of", "University of", "Secretary of": a capitalised word before "of".</summary>
    [GeneratedRegex(@"\p{Lu}[\p{L}.]*\s+of\s*$")]
    private static partial Regex InstitutionBefore();

    [GeneratedRegex(@"^\p{Lu}[\p{L}]+-\p{Ll}+\s+(?=\p{Lu})")]
    private static partial Regex HyphenatedAdjective();

    [GeneratedRegex(@"(?<=\s|^|[""“(])" + NameForms.NamePattern)]
    private static partial Regex Name();

    [GeneratedRegex(@"^,\s+\d{1,3},")]
    private static partial Regex AgeAfter();

    /// <summary>A capitalised word and a comma right before: "Rockaway, " before a state's code.</summary>
    [GeneratedRegex(@"\p{Lu}[\p{L}.'’\-]*,\s*$")]
    private static partial Regex TownBefore();

    /// <remarks>"…, which oversees the taxi authority, said": a clause opened by "which" describes a thing; a person
    /// takes "who".</remarks>
    [GeneratedRegex(@"^(?:,\s(?!which\b)[^,]{2,60},)?\s+(?:also\s+)?(?:said|says|told|added|asked|explained|wrote|tweeted)\b")]
    private static partial Regex SpeechAfter();

    [GeneratedRegex(@"\p{Lu}[\p{L}.]*\s+of\s+(?:\p{Lu}[\p{L}.]*\s+)+(?:and|&)\s*$")]
    private static partial Regex JoinedInstitutionBefore();

    [GeneratedRegex(@"\p{L}[\p{L}.'’]*,\s+of\s*$")]
    private static partial Regex HometownBefore();

    /// <summary>"Fort Worth, Texas", "Forest Hill, Md.": a place followed by its state or country.</summary>
    [GeneratedRegex(@"^,\s+(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.[HJMYCD]|Okla|Ore|Pa|R\.I|S\.[CD]|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo|England|Scotland|Wales|Ireland|France|Germany|Italy|Spain|Canada|Australia|India|China|Russia|Japan|Mexico|Brazil|Kenya|Nigeria|Israel|Egypt|Pakistan)\b")]
    private static partial Regex CommaRegion();
}
