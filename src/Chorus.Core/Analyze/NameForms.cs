using System.Text.RegularExpressions;

namespace Chorus.Analyze;

/// <summary>
/// What a proper name looks like in news text, and how its forms ("President Vladimir Putin", "Mr Putin",
/// "Putin") are brought to one: titles are dropped and a surname alone maps to the full name seen in the cluster.
/// </summary>
public static partial class NameForms
{
    /// <summary>Departments an office is named by ("Secretary of State Hillary Clinton"): titles before a name, and name
    /// words after an institution's "of" ("the Department of Homeland Security"). Declared before
    /// <see cref="Titles"/>, which holds them.</summary>
    public static readonly string[] Departments = ["state", "defense", "homeland", "treasury", "interior", "commerce", "labor", "energy", "transportation", "education"];

    /// <summary>Words that stand before a name and are not part of it; they also mark the name as a person.</summary>
    public static readonly HashSet<string> Titles = new(
    [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "emeritus", "president", "vice-president", "gen", "general", "sen", "senator",
        "rep", "representative", "gov", "governor", "mayor", "judge", "justice", "sir", "dame", "lord", "lady", "king", "queen",
        "prince", "princess", "pope", "rev", "reverend", "father", "sister", "brother", "chancellor", "minister", "secretary",
        "chairman", "chairwoman", "commander", "captain", "capt", "lt", "col", "colonel", "sgt", "sergeant", "officer", "detective",
        "chief", "ambassador", "premier", "prime", "attorney", "coach", "spokesman", "spokeswoman", "spokesperson", "director",
        "ceo", "founder", "leader", "counterpart", "host", "actor", "actress", "singer", "star", "passenger", "witness", "neighbor",
        "neighbour", "resident", "mother", "daughter", "son", "wife", "husband", "sheriff", "deputy", "trooper", "agent", "lawyer",
        "producer", "editor", "author", "writer", "analyst", "economist", "doctor", "nurse", "teacher", "pastor", "manager", "owner",
        "principal", "dean", "publicist", "coordinator", "dispatcher", "operator", "volunteer", "commissioner", "adviser", "advisor", "aide", "reporter", "correspondent", "anchor", "co-anchor", "columnist", "commentator", "engineer", "scientist", "researcher", "administrator", "president-elect", "councilman", "councilwoman",
        "maj", "major", "cpl", "corporal", "pvt", "private", "adm", "admiral", "cmdr", "det", "insp", "inspector", "supt", "superintendent",
        "prosecutor", "coroner", "con", "constable", "inspector-general", "bishop", "archbishop", "cardinal", "rabbi", "imam", "sheikh", "lieutenant",
        // Seen capitalised before names in dev stories: "Teenager Autumn Veatch", "Chief Strategist Steve Bannon", "The
        // Honorable Devin Nunes", "Comedian Robin Williams".
        "teenager", "strategist", "honorable", "honourable", "comedian",
        // Offices of a house and a county ("House Speaker John Boehner", "Speaker Newt Gingrich", "Minority Whip Steny
        // Hoyer", "County Executive Barry Glassman").
        "speaker", "whip", "executive",
        // Ranks of nobility ("the Vicomte de Soultrait said", "Viscount Arthur de Soultrait", "the Duchess of Cambridge").
        "vicomte", "viscount", "duke", "duchess", "earl", "baron", "baroness", "marquis", "marquess", "countess",
        // The department of an office ("Secretary of State Hillary Clinton"): the name starts after it.
        ..Departments,
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Capitalised words that are never a name by themselves.</summary>
    public static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "he", "she", "they", "it", "we", "i", "you", "i'd", "i'm", "i'll", "i've", "i’d", "i’m", "i’ll", "i’ve", "this", "that", "these", "those", "his", "her", "their",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "but", "and", "or", "if", "when",
        "while", "after", "before", "in", "on", "at", "as", "so", "yet", "there", "here", "what", "who", "why", "how", "our",
        "my", "your", "its", "one", "some", "many", "all", "no", "not", "also", "still", "then", "now", "today", "yesterday",
        "tomorrow", "last", "next", "according", "despite", "however", "although", "because", "since", "with", "without", "for",
        "from", "by", "of", "to", "into", "over", "under", "about", "again", "once", "more", "most", "other", "such", "each",
    };

    /// <summary>A run of one to four capitalised words (with inner hyphens, apostrophes, initials).</summary>
    public const string NamePattern = NameStart + "{0,3}";

    /// <summary>A name with the capitalised affiliation and office in front of it ("Morris Knolls Principal Ryan
    /// MacNaughton"): up to six words, for attributions, where <see cref="Clean"/> drops everything to the title.</summary>
    public const string TitledNamePattern = CountryBeforeTitle + NameStart + "{0,5}";

    /// <summary>A country in dotted capitals before an office ("former U.S. Rep. Gabrielle Giffords", "U.N. Secretary-General
    /// …"): part of the attribution, dropped with the title by <see cref="Clean"/>. Only before an office: "U.S. Army"
    /// is no one. A US state before the abbreviated office of a governor or a member of Congress ("Maryland Gov. Jo Roe (D)
    /// said", "New Jersey Sen. Jo Roe said"), as US papers write it, is part of it the same way.</summary>
    private const string CountryBeforeTitle = @"(?:(?:\p{Lu}\.){2,}\s+(?=(?:Rep|Sen|Gov|Gen|Adm|Col|Lt|Sgt|Capt|Ambassador|Attorney|Secretary|Senator|Representative|President)\b)|(?:\p{Lu}\p{Ll}+\s+){1,2}(?=(?:Gov|Sen|Rep)\.\s))?";

    private const string NameStart = @"(?:(?:Maj|Gen|Lt|Col|Sgt|Capt|Cpl|Pvt|Adm|Cmdr|Det|Insp|Supt|Gov|Sen|Rep|Rev|Prof|Dr|Mr|Mrs|Ms)\.\s+)?(?:\p{Lu}\p{Ll}?\.(?=\s)|\p{Lu}[\p{L}'’\-]+)(?:\s+(?:\p{Lu}\p{Ll}?\.(?=\s)|\p{Lu}[\p{L}'’\-]+|" + ArabicArticle + @"|(?:de|van|von|der|bin|al|da|le|la)(?![\p{L}'’\-])))";

    /// <summary>The Arabic article joined to a surname ("Essam el-Erian", "Khalil al-Haya"): part of the name, and
    /// the surname is the whole "el-Erian", not "Erian".</summary>
    private const string ArabicArticle = @"(?:al|el|as|ash|ad|ar|az|an|at)-\p{Lu}[\p{L}'’\-]+";

    /// <summary>Asked of every name candidate: one array, not one per word.</summary>
    private static readonly char[] NameEndPunctuation = ['.', ',', ';', ':'];

    /// <summary>The space-separated words of a candidate name, each without its closing punctuation, the empty ones
    /// left out: one string per word, where splitting and then trimming made two for a word with a comma, an array
    /// and three enumerators per name (a tenth of the speaker search's allocation).</summary>
    internal static List<string> WordsWithoutEndPunctuation(string candidate)
    {
        var words = new List<string>();
        var rest = candidate.AsSpan();
        while (!rest.IsEmpty)
        {
            int space = rest.IndexOf(' ');
            var word = (space < 0 ? rest : rest[..space]).TrimEnd(NameEndPunctuation);
            if (!word.IsEmpty) words.Add(word.ToString());
            rest = space < 0 ? [] : rest[(space + 1)..];
        }
        return words;
    }

    /// <summary>Drops leading titles and trailing possessives; null when nothing name-like is left.</summary>
    public static string? Clean(string candidate)
    {
        var words = WordsWithoutEndPunctuation(candidate);
        // Everything up to the last title goes: "US President Donald Trump" is Donald Trump.
        int lastTitle = LastTitle(words);
        if (lastTitle >= 0) words = words.Skip(lastTitle + 1).ToList();
        // A photo credit run into the caption's name ("Getty Images Saul Loeb", "AFP/Getty Images Hosni Mubarak"): the
        // name starts after the agency's word.
        int credit = words.FindLastIndex(w => CreditWords.Contains(w));
        if (credit >= 0) words = words.Skip(credit + 1).ToList();
        while (words.Count > 0 && (NotNames.Contains(words[0]) || LineOpeners.Contains(words[0]))) words.RemoveAt(0);
        // A function word in title case inside is a headline's ("Fox News With Chris …", "Fund To Send …"): the name
        // ends before it. A one-letter word is an initial ("Gail A Glick"); one in capitals is a shouted line's ("OH
        // MY GOD"), which is no name whole or cut.
        int inner = words.Count > 1 ? words.FindIndex(1, w => w.Length > 1 && NotNames.Contains(w) && char.IsLower(w[1])) : -1;
        if (inner > 0) words.RemoveRange(inner, words.Count - inner);
        // A rank in capitals before a name ("SSP Francis Nabugyere", "DCI Jane Tennison") is a title too.
        while (words.Count > 1 && words[0].Length >= 2 && words[0].All(char.IsUpper)) words.RemoveAt(0);
        while (words.Count > 0 && (NotNames.Contains(words[^1]) || Connectors.Contains(words[^1]))) words.RemoveAt(words.Count - 1);
        if (words.Count == 0) return null;
        // A possessive ends the name ("Macron's people"), unless a name goes on after it ("St Anne's Hospital").
        int possessive = words.FindIndex(w => Possessive().IsMatch(w));
        // "Xbox's Marc Whitten", "North Carolina's Perdue": the name after a possessive is the person's, unless it is
        // an institution's own ("St Anne's Hospital").
        if (possessive >= 0 && possessive < words.Count - 1 && !words.Skip(possessive + 1).Any(w => EntityRecognizer.OrganizationWords.Contains(w)))
        {
            words = words.Skip(possessive + 1).ToList();
            possessive = words.FindIndex(w => Possessive().IsMatch(w));
        }
        if (possessive >= 0 && possessive == words.Count - 1) words[^1] = Possessive().Replace(words[^1], "");
        else if (possessive >= 0 && possessive < words.Count - 1 && words.Count - possessive > 2) { words = words.Take(possessive + 1).ToList(); words[^1] = Possessive().Replace(words[^1], ""); }
        // "Oscar-nominated", "E-mail": a word joined to a lower-case word is an adjective or a noun, not a name; in a
        // longer name the lower-case part is a given name's ("Ban Ki-moon", "Kim Jong-un").
        if (words.Count == 1 && LowerCaseJoin().IsMatch(words[0])) return null;
        if (words.Count == 0 || words.Any(w => w.Length == 0 || !char.IsUpper(w[0]) && !Connectors.Contains(w) && !ArticleJoined().IsMatch(w))) return null;
        // One word twice ("Macron Macron noted") is a slip in the text, and which person it meant is a guess.
        if (words.Count == 2 && words[0] == words[1]) return null;
        return string.Join(' ', words);
    }

    /// <summary>Where the title that opens a name ends: the last title word, unless that word ends the name (or comes
    /// before a generational suffix only) after a name word, where it is a surname that is also an office ("Stephen
    /// King", "Don King", "the Rev. Martin Luther King Jr.", "John Major"); only for the offices that are common
    /// surnames, and after at most two name words that are no institution's or place's ("Albemarle County Circuit
    /// Judge", "Army Major" stay offices).</summary>
    private static int LastTitle(List<string> words)
    {
        int last = words.FindLastIndex(IsTitle);
        if (last < 1 || !SurnameOffices.Contains(words[last])) return last;
        for (int k = last + 1; k < words.Count; k++)
            if (!GenerationalSuffixes.Contains(words[k])) return last;
        int before = words.FindLastIndex(last - 1, IsTitle);
        int nameWords = 0;
        for (int k = before + 1; k < last; k++)
        {
            if (EntityRecognizer.OrganizationWords.Contains(words[k]) || EntityRecognizer.IsPlaceWord(words[k])) return last;
            if (words[k].Length > 1) nameWords++;
        }
        return nameWords is 1 or 2 ? before : last;
    }

    /// <summary>Verbs and determiners in title case opening a line before a name ("Is Kuala Lumpur …", "Both EPD …").</summary>
    /// <summary>Words that open a sentence (or a letter) and are capitalized for it, run into the name after them:
    /// "Sometimes Rusty …", "Whenever Netflix …", "Dear Matt, …". Not in <see cref="NotNames"/>, which the attribution
    /// patterns read inside a name as well.</summary>
    private static readonly HashSet<string> LineOpeners = new(StringComparer.Ordinal)
    {
        "Is", "Are", "Was", "Were", "Both", "Sometimes", "Whenever", "Wherever", "Whatever", "Whoever", "Dear", "Perhaps",
        "Maybe", "Meanwhile", "Instead", "Indeed", "Unfortunately", "Fortunately", "Thankfully", "Hopefully", "Apparently",
        "Eventually", "Finally", "Recently", "Currently", "Earlier", "Later", "Tonight", "Unlike", "Like", "Thanks",
    };

    private static readonly HashSet<string> CreditWords = new(StringComparer.Ordinal) { "Images", "Photo", "Photos", "Pictures" };

    private static readonly HashSet<string> SurnameOffices = new(StringComparer.Ordinal) { "King", "Major" };

    private static readonly HashSet<string> GenerationalSuffixes = new(StringComparer.Ordinal) { "Jr", "Sr", "II", "III", "IV" };

    /// <summary>Whether words open on a generational suffix ("Jr. National Memorial"): what follows it is no name.</summary>
    internal static bool IsGenerationalSuffix(ReadOnlySpan<char> words)
    {
        int space = words.IndexOf(' ');
        var first = (space < 0 ? words : words[..space]).TrimEnd('.');
        return GenerationalSuffixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first);
    }

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’]*-\p{Ll}")]
    private static partial Regex LowerCaseJoin();

    /// <summary>A title word, also in the plural ("Ministers Gideon Sa'ar and …") or hyphen-joined from titles
    /// ("Inspector-General of Police …", "Deputy-Governor").</summary>
    public static bool IsTitle(string word) =>
        Titles.Contains(word)
        || word.Length > 6 && word.EndsWith('s') && Titles.Contains(word[..^1])
        || word.Contains('-') && word.Split('-').All(p => p.Length > 0 && Titles.Contains(p))
        // "Then-Director James Comey", "ex-Governor …": a former office is still an office before the name.
        || (word.StartsWith("then-", StringComparison.OrdinalIgnoreCase) || word.StartsWith("ex-", StringComparison.OrdinalIgnoreCase)) && IsTitle(word[(word.IndexOf('-') + 1)..]);

    [GeneratedRegex(@"^(?:al|el|as|ash|ad|ar|az|an|at)-\p{Lu}")]
    private static partial Regex ArticleJoined();

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "de", "van", "von", "der", "bin", "al", "da", "le", "la" };

    /// <summary>Maps each name to its fullest form in the cluster: a single surname to the one longer name
    /// ending in it (left alone when two people share the surname).</summary>
    public static Dictionary<string, string> Canonical(IEnumerable<string> names)
    {
        // The names once each, in order of first occurrence, and the set of them: scratch kept on the thread (asked
        // per cluster with every mention's name, they regrew from empty each time), emptied here and left to the
        // collector after a large input.
        var all = t_all ??= [];
        var distinct = t_distinct ??= new HashSet<string>(StringComparer.Ordinal);
        all.Clear();
        distinct.Clear();
        if (all.Capacity > ScratchKept) all.Capacity = ScratchKept;
        foreach (var n in names) if (distinct.Add(n)) all.Add(n);
        if (all.Count > ScratchKept) (t_all, t_distinct) = (null, null);
        // Each name filed under every tail it ends with after a space ("Vladimir Putin" under "Putin"): finding
        // the longer forms of a name is then one look-up, not a scan of every other name in the cluster. Only a
        // tail that is itself one of the names is ever looked up, so only those are filed, and no tail is cut.
        var known = distinct.GetAlternateLookup<ReadOnlySpan<char>>();
        // "Michael R Bloomberg" beside "Michael Bloomberg", "Brett M Kavanaugh" beside "Brett Kavanaugh": a middle
        // initial one outlet writes and another leaves out names one person, known by the form without it.
        // Two initials on one plain form ("George W Bush", "George H Bush") are two people: neither is taken.
        Dictionary<string, string>? plainForm = null;
        foreach (var n in all)
            if (WithoutMiddleInitials(n) is { } plain && distinct.Contains(plain)) (plainForm ??= new(StringComparer.Ordinal))[n] = plain;
        if (plainForm is not null)
            foreach (var shared in plainForm.GroupBy(p => p.Value).Where(g => g.Count() > 1).ToList())
                foreach (var (name, _) in shared) plainForm.Remove(name);
        var endingIn = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var n in all)
        {
            if (plainForm is not null && plainForm.ContainsKey(n)) continue;
            // "University of Virginia", "Department of Justice and FBI": an institution's name is no fuller form of
            // the place or body it ends with.
            if (n.Contains(" of ", StringComparison.Ordinal) || n.Contains(" for ", StringComparison.Ordinal) || n.Contains(" and ", StringComparison.Ordinal)) continue;
            for (int i = n.IndexOf(' '); i >= 0; i = n.IndexOf(' ', i + 1))
            {
                if (!known.TryGetValue(n.AsSpan(i + 1), out var tail)) continue;
                if (!endingIn.TryGetValue(tail, out var list)) endingIn[tail] = list = [];
                list.Add(n);
            }
        }
        var map = new Dictionary<string, string>(all.Count, StringComparer.Ordinal);
        foreach (var name in all) map[name] = endingIn.TryGetValue(name, out var endings) ? Fullest(name, endings) : name;
        if (plainForm is not null)
            foreach (var (name, plain) in plainForm) map[name] = map[plain];
        return map;
    }

    [ThreadStatic] private static List<string>? t_all;
    [ThreadStatic] private static HashSet<string>? t_distinct;

    /// <summary>How many names <see cref="Canonical"/>'s scratch keeps room for between calls.</summary>
    private const int ScratchKept = 4096;

    /// <summary>A name without its one middle initial ("Michael R Bloomberg" is "Michael Bloomberg"); null when it has
    /// none, more than one ("George H W Bush" may be told from "George W Bush" by them), or opens with an initial ("J R
    /// Smith": the initials are the given names).</summary>
    /// <remarks>Asked of every distinct name of a cluster, most of one or two words: the words are read in place
    /// (split on single spaces, as <c>Split(' ')</c> would), and a string is made only for a name that has the initial.</remarks>
    internal static string? WithoutMiddleInitials(string name)
    {
        int firstSpace = name.IndexOf(' ');
        // Fewer than three words, or a first word of one letter.
        if (firstSpace < 0 || firstSpace == 1 || name.IndexOf(' ', firstSpace + 1) < 0) return null;
        // The one middle word of one capital letter: its space before it, where it starts and how long it is.
        int initialSpace = -1;
        for (int start = firstSpace + 1; ;)
        {
            int end = name.IndexOf(' ', start);
            // The last word is no middle initial.
            if (end < 0) break;
            if (end - start == 1 && char.IsUpper(name[start]))
            {
                if (initialSpace >= 0) return null;
                initialSpace = start - 1;
            }
            start = end + 1;
        }
        // The words joined again without the initial: the text before its space, and the text from the space after it.
        return initialSpace < 0 ? null : string.Concat(name.AsSpan(0, initialSpace), name.AsSpan(initialSpace + 2));
    }

    /// <summary>The longest of the names ending in <paramref name="name"/>, when every other is a tail of it.</summary>
    private static string Fullest(string name, List<string> endings)
    {
        var longer = endings.OrderByDescending(n => n.Length).ToList();
        // Every longer form must be a suffix of the longest ("Putin" < "Vladimir Putin"); two different
        // people with one surname ("Donald Trump", "Melania Trump") leave the surname alone.
        return longer.Count > 0 && longer.All(l => l == longer[0] || longer[0].EndsWith(" " + l, StringComparison.Ordinal))
            ? longer[0] : name;
    }

    [GeneratedRegex(@"['’]s?$")]
    private static partial Regex Possessive();
}
