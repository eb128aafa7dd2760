using System.Text.RegularExpressions;

namespace Chorus.Analyze;

/// <summary>
/// What a proper name looks like in news text, and how its forms ("President Vladimir Putin", "Mr Putin",
/// "Putin") are brought to one: titles are dropped and a surname alone maps to the full name seen in the cluster.
/// </summary>
public static partial class NameForms
{
    /// <summary>Words that stand before a name and are not part of it; they also mark the name as a person.</summary>
    public static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
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
        // The department of an office ("Secretary of State Hillary Clinton"): the name starts after it.
        "state", "defense", "homeland", "treasury", "interior", "commerce", "labor", "energy", "transportation", "education",
    };

    /// <summary>Capitalised words that are never a name by themselves.</summary>
    public static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "he", "she", "they", "it", "we", "i", "you", "this", "that", "these", "those", "his", "her", "their",
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
    /// is no one.</summary>
    private const string CountryBeforeTitle = @"(?:(?:\p{Lu}\.){2,}\s+(?=(?:Rep|Sen|Gov|Gen|Adm|Col|Lt|Sgt|Capt|Ambassador|Attorney|Secretary|Senator|Representative|President)\b))?";

    private const string NameStart = @"(?:(?:Maj|Gen|Lt|Col|Sgt|Capt|Cpl|Pvt|Adm|Cmdr|Det|Insp|Supt|Gov|Sen|Rep|Rev|Prof|Dr|Mr|Mrs|Ms)\.\s+)?(?:\p{Lu}\p{Ll}?\.(?=\s)|\p{Lu}[\p{L}'’\-]+)(?:\s+(?:\p{Lu}\p{Ll}?\.(?=\s)|\p{Lu}[\p{L}'’\-]+|" + ArabicArticle + @"|(?:de|van|von|der|bin|al|da|le|la)(?![\p{L}'’\-])))";

    /// <summary>The Arabic article joined to a surname ("Essam el-Erian", "Khalil al-Haya"): part of the name, and
    /// the surname is the whole "el-Erian", not "Erian".</summary>
    private const string ArabicArticle = @"(?:al|el|as|ash|ad|ar|az|an|at)-\p{Lu}[\p{L}'’\-]+";

    private const string NameEndPunctuation = ".,;:";

    /// <summary>Look-ups by a word of the candidate, without cutting a string for it.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleWords = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNameWords = NotNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganizationWords = EntityRecognizer.OrganizationWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Drops leading titles and trailing possessives; null when nothing name-like is left.</summary>
    /// <remarks>Asked of every speaker and name candidate of the analysis: the words are ranges of the candidate and
    /// the kept ones a window [first, end) of them, so only the name returned is a new string.</remarks>
    public static string? Clean(string candidate)
    {
        var text = candidate.AsSpan();
        Span<Range> words = text.Length <= 128 ? stackalloc Range[64] : new Range[text.Length / 2 + 1];
        int count = 0;
        foreach (var piece in text.Split(' '))
        {
            int length = text[piece].TrimEnd(NameEndPunctuation).Length;
            if (length > 0) words[count++] = new Range(piece.Start, piece.Start.Value + length);
        }
        int first = 0, end = count;
        // Everything up to the last title goes: "US President Donald Trump" is Donald Trump.
        for (int i = end - 1; i >= 0; i--)
            if (IsTitle(text[words[i]])) { first = i + 1; break; }
        while (first < end && NotNameWords.Contains(text[words[first]])) first++;
        // A rank in capitals before a name ("SSP Francis Nabugyere", "DCI Jane Tennison") is a title too.
        while (end - first > 1 && text[words[first]].Length >= 2 && IsAllUpper(text[words[first]])) first++;
        while (end > first && (NotNameWords.Contains(text[words[end - 1]]) || ConnectorWords.Contains(text[words[end - 1]]))) end--;
        if (end == first) return null;
        // A possessive ends the name ("Macron's people"), unless a name goes on after it ("St Anne's Hospital").
        int possessive = FirstPossessive(text, words, first, end);
        // "Xbox's Marc Whitten", "North Carolina's Perdue": the name after a possessive is the person's, unless it is
        // an institution's own ("St Anne's Hospital").
        if (possessive >= 0 && possessive < end - 1 && !AnyOrganizationWord(text, words, possessive + 1, end))
        {
            first = possessive + 1;
            possessive = FirstPossessive(text, words, first, end);
        }
        bool dropPossessive = false;
        if (possessive >= 0 && possessive == end - 1) dropPossessive = true;
        else if (possessive >= 0 && possessive < end - 1 && end - possessive > 2) (end, dropPossessive) = (possessive + 1, true);
        // The last word without its possessive ending; cut only in the rare name that has one.
        string? last = dropPossessive ? Possessive().Replace(text[words[end - 1]].ToString(), "") : null;
        for (int i = first; i < end; i++)
        {
            var word = i == end - 1 && last is not null ? last.AsSpan() : text[words[i]];
            if (word.Length == 0 || !char.IsUpper(word[0]) && !ConnectorWords.Contains(word) && !ArticleJoined().IsMatch(word)) return null;
        }
        // One word twice ("Macron Macron noted") is a slip in the text, and which person it meant is a guess.
        if (end - first == 2 && text[words[first]].SequenceEqual(last is null ? text[words[first + 1]] : last)) return null;
        return Joined(text, words[first..end], last);
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word) if (!char.IsUpper(c)) return false;
        return true;
    }

    private static int FirstPossessive(ReadOnlySpan<char> text, ReadOnlySpan<Range> words, int first, int end)
    {
        for (int i = first; i < end; i++) if (Possessive().IsMatch(text[words[i]])) return i;
        return -1;
    }

    private static bool AnyOrganizationWord(ReadOnlySpan<char> text, ReadOnlySpan<Range> words, int first, int end)
    {
        for (int i = first; i < end; i++) if (OrganizationWords.Contains(text[words[i]])) return true;
        return false;
    }

    /// <summary>The words joined by single spaces, the last one replaced by <paramref name="last"/> when given.</summary>
    private static string Joined(ReadOnlySpan<char> text, ReadOnlySpan<Range> words, string? last)
    {
        int length = words.Length - 1;
        for (int i = 0; i < words.Length; i++) length += i == words.Length - 1 && last is not null ? last.Length : words[i].GetOffsetAndLength(text.Length).Length;
        Span<char> name = length <= 256 ? stackalloc char[length] : new char[length];
        int at = 0;
        for (int i = 0; i < words.Length; i++)
        {
            if (i > 0) name[at++] = ' ';
            var word = i == words.Length - 1 && last is not null ? last.AsSpan() : text[words[i]];
            word.CopyTo(name[at..]);
            at += word.Length;
        }
        return new string(name);
    }

    /// <summary>A title word, also in the plural ("Ministers Gideon Sa'ar and …") or hyphen-joined from titles
    /// ("Inspector-General of Police …", "Deputy-Governor").</summary>
    public static bool IsTitle(string word) => IsTitle(word.AsSpan());

    public static bool IsTitle(ReadOnlySpan<char> word) =>
        TitleWords.Contains(word)
        || word.Length > 6 && word[^1] == 's' && TitleWords.Contains(word[..^1])
        || word.Contains('-') && AllPartsTitles(word)
        // "Then-Director James Comey", "ex-Governor …": a former office is still an office before the name.
        || (word.StartsWith("then-", StringComparison.OrdinalIgnoreCase) || word.StartsWith("ex-", StringComparison.OrdinalIgnoreCase)) && IsTitle(word[(word.IndexOf('-') + 1)..]);

    private static bool AllPartsTitles(ReadOnlySpan<char> word)
    {
        foreach (var part in word.Split('-'))
            if (word[part].IsEmpty || !TitleWords.Contains(word[part])) return false;
        return true;
    }

    [GeneratedRegex(@"^(?:al|el|as|ash|ad|ar|az|an|at)-\p{Lu}")]
    private static partial Regex ArticleJoined();

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "de", "van", "von", "der", "bin", "al", "da", "le", "la" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorWords = Connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Maps each name to its fullest form in the cluster: a single surname to the one longer name
    /// ending in it (left alone when two people share the surname).</summary>
    public static Dictionary<string, string> Canonical(IEnumerable<string> names)
    {
        // The names once each, in order of first occurrence, and the set of them.
        var all = new List<string>();
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in names) if (distinct.Add(n)) all.Add(n);
        // Each name filed under every tail it ends with after a space ("Vladimir Putin" under "Putin"): finding
        // the longer forms of a name is then one look-up, not a scan of every other name in the cluster. Only a
        // tail that is itself one of the names is ever looked up, so only those are filed, and no tail is cut.
        var known = distinct.GetAlternateLookup<ReadOnlySpan<char>>();
        var endingIn = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var n in all)
            for (int i = n.IndexOf(' '); i >= 0; i = n.IndexOf(' ', i + 1))
            {
                if (!known.TryGetValue(n.AsSpan(i + 1), out var tail)) continue;
                if (!endingIn.TryGetValue(tail, out var list)) endingIn[tail] = list = [];
                list.Add(n);
            }
        var map = new Dictionary<string, string>(all.Count, StringComparer.Ordinal);
        foreach (var name in all) map[name] = endingIn.TryGetValue(name, out var endings) ? Fullest(name, endings) : name;
        return map;
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
