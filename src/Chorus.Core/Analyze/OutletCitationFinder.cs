using System.Text.RegularExpressions;
using Chorus.Link;

namespace Chorus.Analyze;

/// <summary>
/// Media and agencies the articles attribute information to: "according to the BBC", "CNN reported", "told the
/// French newspaper Le Figaro", "the Australian Broadcasting Corporation further reports". A name counts as an
/// outlet only when the wording says so (a media noun before it, a media word in it, or an all-capitals
/// acronym reporting), so "according to Smith" is not one.
/// </summary>
public sealed partial class OutletCitationFinder
{
    private static readonly HashSet<string> MediaWords = new(StringComparer.OrdinalIgnoreCase)
    {
        // Not "agency", "corporation", "report" or "record": "according to the Bahamas Emergency Management Agency"
        // cites an authority, not a medium ("Middle East News Agency" is one by its "news").
        "times", "post", "news", "journal", "herald", "tribune", "guardian", "telegraph", "press", "broadcasting",
        "radio", "tv", "television", "channel", "wire", "daily", "gazette", "magazine", "network", "mail", "express",
        "chronicle", "observer", "independent", "reuters", "bloomberg", "insider", "politico", "axios", "economist", "bulletin",
        "courier", "examiner", "dispatch", "sentinel", "inquirer", "globe", "star", "sun", "mirror",
        "today", "weekly", "online", "media", "figaro", "monde", "spiegel",
        "zeitung", "presse", "tass", "xinhua", "kyodo", "yonhap", "interfax", "ria", "sputnik", "cbc", "npr", "pbs",
        // Outlets known by one word that says nothing of a medium.
        "forbes", "fortune", "variety", "buzzfeed", "vox", "slate", "salon", "newsweek",
    };

    /// <summary>News organizations known by their initials.</summary>
    private static readonly HashSet<string> NewsAcronyms = new(StringComparer.Ordinal)
    {
        "AP", "AFP", "UPI", "BBC", "CNN", "NBC", "ABC", "CBS", "NPR", "PBS", "MSNBC", "CNBC", "TMZ", "ESPN", "RT", "DPA", "ANSA",
        "EFE", "ITV", "CBC", "SBS", "NHK", "KBS", "RTE", "ZDF", "ARD", "WSJ", "NYT", "CTV", "RTL", "TASS", "IRNA", "KCNA", "WWD", "HBO",
    };

    [GeneratedRegex(@"^[KW][A-Z]{2,3}(?:-?TV)?$")]
    private static partial Regex CallSign();

    public IReadOnlyList<CitedOutlet> Find(LinkedCluster cluster)
    {
        var hits = new List<(string Name, SentenceRef Sentence)>();
        foreach (var sentence in cluster.Sentences)
        {
            foreach (var regex in new[] { AccordingTo(), Reported(), ToldMedium(), MediumNoun(), ReportedBy(), AReportIn() })
                foreach (Match m in regex.Matches(sentence.Text))
                foreach (Capture capture in m.Groups["name"].Captures)
                {
                    // A day or month after the name ("told ABC News Thursday") is the sentence's, not the outlet's.
                    var name = string.Join(' ', capture.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Reverse()
                        .SkipWhile(w => NameForms.NotNames.Contains(w)).Reverse());
                    bool namedAsMedium = m.Groups["medium"].Success;
                    if (!namedAsMedium && !LooksLikeOutlet(name)) continue;
                    if (Clean(name) is { } clean) hits.Add((clean, new SentenceRef(sentence.DocId, sentence.Position, sentence.Text)));
                }
        }
        return hits.GroupBy(h => h.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => new CitedOutlet(g.First().Name, g.Select(h => h.Sentence.Doc).Distinct().ToList(),
                g.Select(h => h.Sentence).DistinctBy(r => (r.Doc, r.Index)).ToList()))
            .OrderByDescending(o => o.Sources.Count).ThenBy(o => o.Name, StringComparer.Ordinal).ToList();
    }

    public static bool LooksLikeOutlet(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', ';', ':', '\'', '’')).Where(w => w.Length > 0).ToArray();
        if (words.Length == 0) return false;
        // An acronym is an outlet only when it is a news organization's ("CNN", "AFP") or a broadcast call sign
        // ("WOFL", "KTLA"): "told police the SUV" or "DNC reported" name no medium.
        if (words.Length <= 2 && words.Any(w => NewsAcronyms.Contains(w.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')) || CallSign().IsMatch(w))
            && words.All(w => w.All(c => char.IsUpper(c) || char.IsDigit(c)) || MediaWords.Contains(w))) return true;
        // "People.com", "TMZ.com": a news site by its address; "The Hollywood Reporter": a trade paper by its last word.
        if (words[^1].EndsWith(".com", StringComparison.OrdinalIgnoreCase) && words[^1].Length > 4 || words.Length >= 2 && words[^1] == "Reporter") return true;
        return words.Any(w => MediaWords.Contains(w.Trim('.', ',')));
    }

    private static string? Clean(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // "the French newspaper Le Figaro" is Le Figaro; "US Weekly" keeps its "US".
        while (words.Count > 2 && words[0] is "The" or "the" or "French" or "British" or "German" or "US" or "U.S.") words.RemoveAt(0);
        if (words.Count == 2 && words[0] is "The" or "the") words.RemoveAt(0);
        var result = string.Join(' ', words).TrimEnd('.', ',', '\'', '’');
        return result.EndsWith("'s") || result.EndsWith("’s") ? result[..^2] : result.Length > 1 ? result : null;
    }

    private const string OutletName = @"(?:[Tt]he\s+)?(?<name>(?:\p{Lu}[\p{L}\d&.'’\-]*|\d+)(?:\s+(?:\p{Lu}[\p{L}&.'’\-]*|of|de|du|\d+)){0,5})";

    /// <summary>"according to the New York Post and People.com": both are sources.</summary>
    [GeneratedRegex(@"\baccording to\s+" + OutletName + @"(?:\s+and\s+" + OutletName + ")?")]
    private static partial Regex AccordingTo();

    /// <summary>"…, reports the BBC", "per CNN": the outlet after the verb.</summary>
    [GeneratedRegex(@"(?:,\s+(?:reports|reported|writes|wrote)|\bper|\b(?:first\s+)?reported\s+(?:\p{Ll}+\s+|\p{Lu}\p{Ll}+day\s+){0,2}by)\s+" + OutletName)]
    private static partial Regex ReportedBy();

    /// <summary>"according to a report in the Guardian", "a report by the New York Times", "in a statement to NPR".</summary>
    [GeneratedRegex(@"\b(?:(?:a|an|the)\s+(?:\w+\s+)?(?:report|story|article|interview|investigation)\s+(?:in|by|from|on|with)|in\s+a\s+statement\s+to)\s+" + OutletName)]
    private static partial Regex AReportIn();

    [GeneratedRegex(OutletName + @"\s+(?:further\s+|also\s+|first\s+|previously\s+|later\s+)?(?:reported|reports|reporting|has reported|had reported|said in a report|wrote|writes|broadcast)\b")]
    private static partial Regex Reported();

    // "told police the SUV …": words between the verb and a name are allowed only when a medium noun ends them.
    [GeneratedRegex(@"\b(?:told|tells?|in an interview with|speaking to|speaking with|spoke (?:to|with)|talked (?:to|with)|in an e-?mail to|said to|quoted by|cited by|via)\s+(?:the\s+)?(?:(?:[\p{Ll}\-]+\s+){0,2}(?<medium>newspaper|daily|broadcaster|network|channel|agency|news agency|magazine|outlet|paper|radio|station|website|tabloid|weekly)\s+)?" + OutletName)]
    private static partial Regex ToldMedium();

    [GeneratedRegex(@"\b(?:the\s+)?(?:[\p{Ll}\-]+\s+)?(?<medium>newspaper|broadcaster|news agency|wire service|tabloid|news site|news outlet|TV station|television station)\s+" + OutletName)]
    private static partial Regex MediumNoun();
}
