using System.Text.RegularExpressions;

namespace Chorus.Ingest;

/// <summary>
/// Whether a name, by its own words, is a news organization's: the head noun of a paper's or broadcaster's name
/// ("Miami Herald", "Fox News"), initials newsrooms are known by ("CNN", "A.P."), a broadcast call sign ("KTLA"),
/// or a one-word title ("Forbes"). The head must end the name: "Times Square", "White House Press Secretary" and
/// "Media Matters" carry a media word but are not media.
/// </summary>
public static partial class OutletNames
{
    /// <summary>Words that end a news organization's name. Not "express" ("American Express"; the paper is the
    /// "Daily Express", below). Not "agency", "corporation", "report" or "record":
    /// "the Bahamas Emergency Management Agency" is an authority (a news agency is one by its "news", below).</summary>
    private static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        "times", "post", "news", "journal", "herald", "tribune", "guardian", "telegraph", "press", "broadcasting",
        "radio", "tv", "television", "channel", "wire", "daily", "gazette", "magazine", "network", "mail",
        "chronicle", "observer", "independent", "insider", "bulletin", "courier", "examiner", "dispatch", "sentinel",
        "inquirer", "globe", "star", "sun", "mirror", "today", "weekly", "online", "media", "monitor", "zeitung", "presse",
    };

    /// <summary>"Middle East News Agency", "Press Association", "Australian Broadcasting Corporation": an
    /// institution word after a media word.</summary>
    private static readonly HashSet<string> InstitutionTails = new(StringComparer.OrdinalIgnoreCase)
    {
        "agency", "association", "service", "corporation", "company", "trust",
    };

    /// <summary>A name made of a news acronym and a company word is the company, not its newsroom ("CBS Corp").</summary>
    private static readonly HashSet<string> CompanyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "corp", "corporation", "inc", "group", "company", "co", "ltd", "llc", "holdings", "plc", "foundation",
    };

    /// <summary>Outlets known by one word that says nothing of a medium: counted only when the word is the whole
    /// name ("told Forbes", "according to People.com"), so "Michael Bloomberg" or "Thomson Reuters" are not.</summary>
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "reuters", "bloomberg", "politico", "axios", "economist", "forbes", "fortune", "variety", "buzzfeed", "vox",
        "slate", "salon", "newsweek", "people", "xinhua", "tass", "kyodo", "yonhap", "interfax", "sputnik", "huffpost",
        "mashable", "gizmodo", "deadline", "breitbart", "newsmax", "mediaite", "gawker", "jezebel", "figaro", "spiegel",
        "monde", "telemundo", "univision", "wired", "vulture", "quartz", "stat", "tmz", "haaretz",
    };

    /// <summary>Publications known by a title that says nothing of a medium and is written after "the" ("told The
    /// Verge", "in an interview with the New Yorker"); without the article the words mean something else.</summary>
    private static readonly HashSet<string> TitlesAfterThe = new(StringComparer.OrdinalIgnoreCase)
    {
        "Verge", "New Yorker", "Atlantic", "Intercept", "Tennessean", "Oregonian", "Daily Beast", "Daily Caller",
    };

    public static bool IsTitleAfterThe(string name) => TitlesAfterThe.Contains(string.Join(' ', Words(name)));

    /// <summary>News organizations known by their initials.</summary>
    private static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal)
    {
        "AP", "AFP", "UPI", "BBC", "CNN", "NBC", "ABC", "CBS", "NPR", "PBS", "MSNBC", "CNBC", "TMZ", "ESPN", "RT", "DPA", "ANSA",
        "EFE", "ITV", "CBC", "SBS", "NHK", "KBS", "RTE", "ZDF", "ARD", "WSJ", "NYT", "CTV", "RTL", "TASS", "IRNA", "KCNA", "WWD", "HBO",
    };

    public static bool LooksLikeOutlet(string name)
    {
        var words = Words(name);
        if (words.Length == 0) return false;
        // "People.com", "TMZ.com": a site is a news site when its name is one ("MegaMillions.com" is not).
        if (words.Length == 1 && words[0].EndsWith(".com", StringComparison.OrdinalIgnoreCase))
            return words[0].Length > 4 && LooksLikeOutlet(words[0][..^4]);
        if (words.Length == 1 && Titles.Contains(words[0])) return true;
        if (IsNewsAcronym(words[0]) || IsCallSign(words[^1]) || TelevisionFirst().IsMatch(words[0]))
            return words.Length <= 4 && !CompanyWords.Contains(words[^1]);
        // "The Hollywood Reporter": a trade paper by its last word.
        if (words.Length >= 2 && words[^1] == "Reporter") return true;
        if (Heads.Contains(words[^1])) return !(words.Length == 2 && words[0] == "Royal" && words[1] == "Mail");
        // "Daily Beast", "Daily Caller": a title that opens with its medium.
        if (words.Length == 2 && words[0] == "Daily") return true;
        if (words.Length >= 2 && InstitutionTails.Contains(words[^1]) && Heads.Contains(words[^2]) && words[^2] is not "Daily") return true;
        // "Times of India": the head, then where it is.
        int of = Array.IndexOf(words, "of");
        return of > 0 && Heads.Contains(words[of - 1]) && of < words.Length - 1;
    }

    /// <summary>
    /// What a citation needs: a name that is a news organization's by its own words, stricter than
    /// <see cref="LooksLikeOutlet"/> (which only has to keep a medium from being taken for a person). Not a bare media
    /// word ("the Post", "the Times": which one?), a science
    /// journal ("Journal of …", "the British Medical Journal"), a network, channel or media name with no news word
    /// ("Haqqani Network", "Food Network", "Vice Media"), or a programme ("Daily Show").
    /// </summary>
    public static bool IsNewsOrganization(string name)
    {
        if (!LooksLikeOutlet(name)) return false;
        var words = Words(name);
        if (words.Length == 1 && Heads.Contains(words[0])) return StandaloneHeads.Contains(words[0]);
        if (IsScienceJournal(words)) return false;
        // "The New York Times Company reported a loss": the business, not the newsroom; "Australian Broadcasting
        // Corporation" is a broadcaster's own name.
        if (words.Length > 1 && CompanyWords.Contains(words[^1]) && !words[^2].Equals("Broadcasting", StringComparison.OrdinalIgnoreCase)) return false;
        if (Programmes.Contains(words[^1]) || words.Any(OfficialWords.Contains) && !words.Any(w => w.Equals("News", StringComparison.OrdinalIgnoreCase))) return false;
        // "NBC Universal", "CNN Films", "BBC Trust": the company or its board, not the newsroom.
        if (IsNewsAcronym(words[0]) && words.Length > 1 && NotNewsroomTails.Contains(words[^1])) return false;
        if (WeakHeads.Contains(words[^1]))
            return words[..^1].Any(w => Heads.Contains(w) && !WeakHeads.Contains(w) || IsNewsAcronym(w));
        return true;
    }

    /// <summary>Media words that are one paper's whole name when alone ("told the Guardian"); every other head
    /// alone ("the Post", "the News") names no outlet a reader could check.</summary>
    private static readonly HashSet<string> StandaloneHeads = new(StringComparer.OrdinalIgnoreCase) { "guardian", "telegraph", "independent" };

    /// <summary>Heads that end the names of militant groups, cable entertainment and media companies as often as
    /// newsrooms': they count only after a news word or initials ("Fox News Channel", "Mail Online").</summary>
    private static readonly HashSet<string> WeakHeads = new(StringComparer.OrdinalIgnoreCase) { "network", "channel", "media", "online" };

    /// <summary>Heads that are also offices: "the Cook County Medical Examiner", "Police Dispatch", "Election
    /// Monitor", "Fire Department Bulletin" ("Medical News Today" says "News").</summary>
    private static readonly HashSet<string> OfficialWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "medical", "police", "sheriff", "coroner", "election", "fire", "department", "county",
    };

    private static readonly HashSet<string> NotNewsroomTails = new(StringComparer.OrdinalIgnoreCase)
    {
        "universal", "studios", "films", "pictures", "entertainment", "records", "trust", "center", "centre", "tower", "building",
        // "CNN Freedom Project", "CNN Heroes", "BBC Radio Appeal Fund": a network's campaign or award, not its reporting.
        "project", "heroes", "awards", "fund", "initiative", "institute", "foundation", "festival",
    };

    private static readonly HashSet<string> Programmes = new(StringComparer.OrdinalIgnoreCase) { "show", "hour", "program", "programme", "podcast" };

    /// <summary>"Journal of the American Heart Association", "British Medical Journal", "Astrophysical Journal": where
    /// studies are published, not newsrooms.</summary>
    private static bool IsScienceJournal(string[] words)
    {
        int journal = Array.FindIndex(words, w => w.Equals("Journal", StringComparison.OrdinalIgnoreCase));
        if (journal < 0) return false;
        return journal + 1 < words.Length && words[journal + 1] == "of"
            || journal > 0 && (words[journal - 1].EndsWith("ical", StringComparison.OrdinalIgnoreCase) || ScienceWords.Contains(words[journal - 1]));
    }

    private static readonly HashSet<string> ScienceWords = new(StringComparer.OrdinalIgnoreCase) { "science", "scientific", "research", "heart", "cancer", "health" };

    /// <summary>News agencies: what they "said" is their reporting, whereas a paper or network that "said" something
    /// is as often speaking for itself ("NBC said the anchor was fired").</summary>
    public static bool IsNewsAgency(string name)
    {
        var words = Words(name);
        if (words.Length == 1) return Agencies.Contains(words[0]);
        return words.Length >= 2 && words[^1].Equals("Agency", StringComparison.OrdinalIgnoreCase) && Heads.Contains(words[^2])
            || string.Join(' ', words.Where(w => w != "The")) is "Associated Press" or "Press Association" or "Agence France-Presse";
    }

    private static readonly HashSet<string> Agencies = new(StringComparer.OrdinalIgnoreCase)
    {
        "AP", "AFP", "UPI", "DPA", "ANSA", "EFE", "TASS", "IRNA", "KCNA", "Xinhua", "Kyodo", "Yonhap", "Interfax", "Bernama", "Reuters",
    };

    /// <summary>Heads that are also surnames: "Li Sun", "Emily Post", "Bill Press" are people.</summary>
    private static readonly HashSet<string> SurnameHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "sun", "star", "post", "globe", "mirror", "press", "courier",
    };

    /// <summary>A name whose head is also a surname ("Li Sun said", "swimmer Li Sun") is a paper only with an article
    /// before it ("the Baltimore Sun"), as papers are written; "Daily Mail" and "ABC Mail" say so by another word.</summary>
    public static bool NeedsArticle(string name)
    {
        var words = Words(name);
        return words.Length >= 2 && SurnameHeads.Contains(words[^1]) && !words[..^1].Any(w => Heads.Contains(w) || IsNewsAcronym(w));
    }

    /// <summary>"Mail", "Observer": a media word alone, the end of a name such as "The Globe and Mail".</summary>
    public static bool IsBareHead(string name) => Words(name) is [var word] && Heads.Contains(word);

    /// <summary>"Forbes", "Bloomberg": a one-word title that is also a surname, with nothing else saying it is a medium.</summary>
    public static bool IsTitleOnly(string name) => Words(name) is [var word] && Titles.Contains(word) && !Acronyms.Contains(word);

    /// <summary>"CNN", "ABC7", "A.P.": initials a newsroom is known by, with a channel number or dots.</summary>
    public static bool IsNewsAcronym(string word)
    {
        var letters = Dotted().IsMatch(word) ? word.Replace(".", "") : word.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
        return Acronyms.Contains(letters) || IsCallSign(word);
    }

    /// <summary>"TV3 New Zealand", "TV Azteca", "TV Globo": a broadcaster whose name opens with its medium.</summary>
    [GeneratedRegex(@"^TV\d{0,2}$")]
    private static partial Regex TelevisionFirst();

    /// <summary>A station known by its call sign alone or with its band ("WOGX", "KVVU-TV").</summary>
    /// <summary>A newspaper by its masthead's last word ("the Jiefang Daily", "the Kampala Post"), two words or more: print
    /// heads only, not a network's ("News", "Network", "Channel"), which speaks for its own business as often as it reports.</summary>
    public static bool IsPrintMasthead(string name) => Words(name) is { Length: >= 2 } words && PrintHeads.Contains(words[^1]);

    private static readonly HashSet<string> PrintHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "times", "post", "journal", "herald", "tribune", "guardian", "telegraph", "daily", "gazette", "chronicle", "observer",
        "inquirer", "globe", "star", "sun", "mirror", "courier", "examiner", "dispatch", "sentinel", "bulletin", "weekly", "zeitung",
    };

    public static bool IsStation(string name) => Words(name) is [var word] && IsCallSign(word);

    /// <summary>An American station's call sign ("KTLA", "WSVN", "KVVU-TV"). Three letters are not enough ("WHO",
    /// "KGB"), and four-letter bodies of the world ("WADA", "WIPO") are not stations.</summary>
    private static bool IsCallSign(string word) => CallSign().IsMatch(word) && !NotStations.Contains(word);

    private static readonly HashSet<string> NotStations = new(StringComparer.Ordinal) { "WADA", "WIPO", "WNBA", "WWII", "WTTC", "KKK", "KPMG", "WHOI" };

    /// <summary>A short form the cluster can only mean as this outlet: its initials ("THR" for "The Hollywood
    /// Reporter", "MENA" for "Middle East News Agency") or the brand before its media words ("Fox" for "Fox News").</summary>
    public static bool IsShortFormOf(string shortForm, string fullName)
    {
        var full = Words(fullName);
        if (full.Length < 2 || shortForm.Contains(' ')) return false;
        if (shortForm.Length >= 3 && shortForm.All(char.IsUpper))
        {
            // Initials may keep a title's "The" ("THR") that the full name was cited without.
            var initials = string.Concat(full.Where(w => char.IsUpper(w[0]) && w != "The").Select(w => w[0]));
            return shortForm == initials || shortForm == "T" + initials;
        }
        int first = full[0] == "The" ? 1 : 0;
        return full.Length - first >= 2 && full[first] == shortForm && full.Skip(first + 1).All(Heads.Contains);
    }

    /// <summary>Two names of one outlet: equal but for "The" and case, or one the initials of the other ("AP" and
    /// "The Associated Press").</summary>
    public static bool Same(string a, string b)
    {
        var (x, y) = (Bare(a), Bare(b));
        return x.Equals(y, StringComparison.OrdinalIgnoreCase) || IsShortFormOf(x, y) || IsShortFormOf(y, x)
            || x.Length >= 2 && x.All(char.IsUpper) && string.Concat(Words(y).Select(w => w[0])) == x
            || y.Length >= 2 && y.All(char.IsUpper) && string.Concat(Words(x).Select(w => w[0])) == y;
    }

    // A cluster asks about the same few names again and again (every mention against every proven outlet and
    // every article's own outlet), so each name is split once per thread. The arrays are shared: callers only read
    // them. Bounded, so a long corpus run does not keep every name it ever saw.
    [ThreadStatic] private static Dictionary<string, string[]>? t_words;
    [ThreadStatic] private static Dictionary<string, string>? t_bare;
    private const int MemoLimit = 4096;

    private static string[] Words(string name)
    {
        var memo = t_words ??= new(StringComparer.Ordinal);
        if (memo.TryGetValue(name, out var words)) return words;
        if (memo.Count >= MemoLimit) memo.Clear();
        return memo[name] = SplitWords(name);
    }

    /// <summary>The name without "The" and without full stops, as <see cref="Same"/> compares names.</summary>
    private static string Bare(string name)
    {
        var memo = t_bare ??= new(StringComparer.Ordinal);
        if (memo.TryGetValue(name, out var bare)) return bare;
        if (memo.Count >= MemoLimit) memo.Clear();
        return memo[name] = string.Join(' ', Words(name).Where(w => w is not "The" and not "the")).Replace(".", "");
    }

    private static string[] SplitWords(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(w => w.Trim(',', ';', ':', '\'', '’', '"', '“', '”', '(', ')')).Select(w => w.EndsWith('.') && !Dotted().IsMatch(w) ? w.TrimEnd('.') : w)
        .Where(w => w.Length > 0).ToArray();

    [GeneratedRegex(@"^[KW](?:[A-Z]{3}|[A-Z]{2}-?(?:TV|FM|AM|DT)|[A-Z]{3}-?(?:TV|FM|AM|DT))$")]
    private static partial Regex CallSign();

    [GeneratedRegex(@"^(?:\p{Lu}\.){2,}$")]
    private static partial Regex Dotted();


}
