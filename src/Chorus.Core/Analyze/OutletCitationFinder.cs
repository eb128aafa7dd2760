using System.Text.RegularExpressions;
using Chorus.Ingest;
using Chorus.Link;
using Chorus.Segment;

namespace Chorus.Analyze;

/// <summary>
/// Media and agencies the articles attribute information to: "according to the BBC", "CNN reported", "told the
/// French newspaper Le Figaro", "the Australian Broadcasting Corporation further reports". A name counts as an
/// outlet only when the wording says so (a media noun before or after it, or a name that is a newsroom's by its
/// own words, <see cref="OutletNames"/>), so "according to Smith" is not one. A short form ("THR", "Fox") counts
/// when the cluster names the same outlet in full. An article naming its own outlet ("told the AP" in an AP
/// story) is not citing anyone.
/// </summary>
public sealed partial class OutletCitationFinder
{
    public IReadOnlyList<CitedOutlet> Find(LinkedCluster cluster) => Mentions(cluster)
        .GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase)
        .Select(g => new CitedOutlet(g.First().Name, g.Select(h => h.Sentence.DocId).Distinct().ToList(),
            g.Select(h => new SentenceRef(h.Sentence.DocId, h.Sentence.Position, h.Sentence.Text)).DistinctBy(r => (r.Doc, r.Index)).ToList()))
        .OrderByDescending(o => o.Sources.Count).ThenBy(o => o.Name, StringComparer.Ordinal).ToList();

    /// <summary>Every accepted mention with the wording and the name evidence it rests on, so each path's
    /// precision can be counted on its own.</summary>
    public IReadOnlyList<OutletMention> Mentions(LinkedCluster cluster)
    {
        var found = new List<OutletMention>();
        var unproven = new List<OutletMention>();
        foreach (var sentence in cluster.Sentences)
            foreach (var pattern in PatternArray)
            {
                if (!pattern.CanMatch(sentence.Text)) continue;
                // Match and NextMatch rather than a match collection: a sentence the gate lets through rarely matches,
                // and a failed Match allocates nothing.
                for (var m = pattern.Regex.Match(sentence.Text); m.Success; m = m.NextMatch())
                {
                    if (m.Groups["via"].Success && !IsViaCredit(sentence.Text, m)) continue;
                    var wording = Wording(pattern.Wording, m);
                    if (wording == CitationWording.Reported && OutletAsParty.IsBusinessResult(sentence.Text[(m.Index + m.Length)..])) continue;
                    if (m.Value.StartsWith("broadcast", StringComparison.Ordinal) || m.Value.StartsWith("aired", StringComparison.Ordinal))
                        if (OutletAsParty.CarriedAnEvent(sentence.Text.AsSpan(0, m.Index))) continue;
                    foreach (var (index, raw) in Names(m, sentence.Text))
                    {
                        if (IsPossessive(raw) && !m.Groups["network"].Success && !OutletAsParty.PossessiveIsNewsroom(sentence.Text[(index + raw.Length)..])) continue;
                        if (OutletAsParty.DescribesPeople(sentence.Text.AsSpan(index + raw.Length))) continue;
                        if (Clean(raw) is not { } cleaned) continue;
                        var name = m.Groups["network"].Success ? NetworksProgramme(cleaned, m, sentence.Text) : WithoutNationality(cleaned, m, index + raw.Length);
                        var evidence = Judge(m, name, sentence.Text.AsSpan(0, index), sentence.Text.AsSpan(m.Index + m.Length));
                        if (evidence == NameEvidence.None) continue;
                        var mention = new OutletMention(name, sentence, wording, evidence);
                        if (evidence == NameEvidence.Corroborated) unproven.Add(mention);
                        else found.Add(mention);
                    }
                }
            }
        var ownOutlets = cluster.Documents.Select(d => d.Document.Source.Outlet).OfType<string>().ToList();
        var proven = found.Select(f => f.Name).Concat(ownOutlets).Distinct().ToList();
        found.AddRange(unproven.Where(u => proven.Any(p => NamesSameOutlet(u.Name, p))));

        var ownOutlet = cluster.Documents.ToDictionary(d => d.Document.Id, d => d.Document.Source.Outlet);
        // "told The Post" in a New York Post story names the article's own paper by its short form.
        return found.Where(f => ownOutlet.GetValueOrDefault(f.Sentence.DocId) is not { } own || !OutletNames.Same(own, f.Name) && !NamesSameOutlet(f.Name, own)).ToList();
    }

    /// <summary>Whether a name with no evidence of its own ("THR", "Fox", "the Post", "told The Tennessean") can only
    /// mean an outlet the cluster names with evidence or publishes in: the same name, its initials or brand, or the
    /// last word of its name ("the Post" after "the Kampala Post").</summary>
    private static bool NamesSameOutlet(string name, string proven) =>
        OutletNames.Same(name, proven) || OutletNames.IsShortFormOf(name, proven) || OutletNames.Same(name, Site().Replace(proven, ""))
        || !name.Contains(' ') && OutletNames.IsBareHead(name) && proven.Split(' ')[^1].Equals(name, StringComparison.OrdinalIgnoreCase);

    /// <summary>Each wording with the words every match of its regex contains (the regexes are case-sensitive).</summary>
    public static IReadOnlyList<CitationPattern> Patterns => PatternArray;

    private static readonly CitationPattern[] PatternArray =
    [
        new(CitationWording.AccordingTo, AccordingTo(), ["ccording to"]),
        new(CitationWording.Reported, Reported(), ["report", "wrote", "writes", "broadcast", "quoted", "said", "says", "posted", "published", "ran", "broke"]),
        new(CitationWording.Told, ToldMedium(), ["told", "tell", "responded", "replied", "sked by", "interview", "peaking", "spoke", "talked", "mail", "said", "confirmed", "comment", "quoted", "cited", "citing", "via"]),
        new(CitationWording.MediumNoun, MediumNoun(), ["newspaper", "broadcaster", "news ", "wire service", "tabloid", "station"]),
        new(CitationWording.ReportedBy, ReportedBy(), ["report", "writes", "wrote", "per", "seen by", "obtained", "reviewed by", "identified"]),
        new(CitationWording.AReportIn, AReportIn(), ["report", "story", "article", "interview", "investigation", "column", "op-ed", "essay", "statement"]),
        new(CitationWording.PublishedIn, PublishedIn(), ["published", "appeared"]),
        new(CitationWording.AnOutletsPiece, AnOutletsPiece(), ["report", "article", "story", "interview", "investigation", "column", "op-ed", "documentary"]),
        new(CitationWording.OutletsReport, OutletsReport(), ["report", "story", "investigation", "series", "interview", "article", "documentary", "analysis"]),
        new(CitationWording.SpokeOn, SpokeOn(), ["said", "say", "appear", "went", "peaking", "spoke", "interview", "broadcast", "aired"]),
        // The show's title is in quotation marks.
        new(CitationWording.NetworksShow, NetworksShow(), ["said", "say", "appear", "speaking", "spoke", "interview", "broadcast", "aired", "told"], "\"“"),
    ];

    /// <summary>The wording a match rests on, finer than the pattern: "X said" apart from "X reported", "via X" and
    /// "confirmed to X" apart from "told X".</summary>
    private static CitationWording Wording(CitationWording pattern, Match m)
    {
        if (pattern == CitationWording.Reported && m.Groups["said"].Success) return CitationWording.Said;
        if (pattern != CitationWording.Told) return pattern;
        if (m.Groups["via"].Success) return CitationWording.Via;
        var verb = m.Value.TrimStart();
        if (verb.StartsWith("quoted by") || verb.StartsWith("cited by") || verb.StartsWith("citing")) return CitationWording.QuotedBy;
        if (verb.StartsWith("confirmed to") || verb.StartsWith("comment") || verb.StartsWith("said to")) return CitationWording.ConfirmedTo;
        if (verb.Contains("interview", StringComparison.OrdinalIgnoreCase) || verb.Contains("mail to")) return CitationWording.Interview;
        return CitationWording.Told;
    }

    /// <summary>Whether the wording and the name together make a cited outlet. The wording alone never does: the
    /// name must be a news organization's by a medium noun set beside it ("the newspaper Le Figaro"), by its own
    /// words (<see cref="OutletNames.IsNewsOrganization"/>), or else by the cluster (<see cref="NamesSameOutlet"/>).</summary>
    private static NameEvidence Judge(Match m, string name, ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        // "Li Sun said", "swimmer Emily Post": a surname-like head is a paper only after "the".
        if (OutletNames.NeedsArticle(name) && !before.EndsWith("the ", StringComparison.OrdinalIgnoreCase)) return NameEvidence.None;
        // "on ABC's "Good Morning America"": the network is cited when it is a news organization.
        if (m.Groups["network"].Success) return OutletNames.IsNewsOrganization(m.Groups["network"].Value) ? NameEvidence.NetworksShow : NameEvidence.None;
        // "published in" is where studies appear as well as stories: only a name that is a newsroom's by its own words
        // counts, never one the cluster merely corroborates.
        if (m.Groups["published"].Success) return OutletNames.IsNewsOrganization(name) ? NameEvidence.NameWords : NameEvidence.None;
        // A medium noun before the name ("the newspaper Le Figaro"), or after it unless only describing ("a
        // Shanghai-based Communist Party newspaper"). "Broadcaster" is also what people are ("veteran broadcaster
        // Larry King"), so before a name it proves nothing.
        bool medium = m.Groups["medium"].Success && m.Groups["medium"].Value != "broadcaster"
            || m.Groups["mediumAfter"].Success && !IndefiniteBefore().IsMatch(before);
        if (m.Groups["said"].Success)
        {
            // "…," Forbes said: a speaker after a quotation. A paper or network that "said" something speaks for
            // itself as often as it reports ("NBC News said the anchor was fired"); a news agency's words are its reporting.
            if (QuotationBefore().IsMatch(before) || !medium && OutletNames.IsTitleOnly(name)) return NameEvidence.None;
            // A local station named by its call sign ("WOGX says she has the bruises", "KTLA said the driver fled")
            // reports to its viewers: what it says of others is its reporting, like an agency's. So does a paper named
            // by its masthead ("the signal lasted a minute, the Jiefang Daily said"): a print newsroom's words are its
            // reporting.
            // Not when what it says is of its own people ("the Post says the editor resigned"): then it is a party.
            bool paper = OutletNames.IsPrintMasthead(name) && before.EndsWith("the ", StringComparison.OrdinalIgnoreCase) && !OfItsOwnStaff(after);
            return medium ? NameEvidence.MediumNoun
                : (OutletNames.IsNewsAgency(name) || OutletNames.IsStation(name) || paper) && OutletNames.IsNewsOrganization(name) ? NameEvidence.NameWords : NameEvidence.None;
        }
        if (medium) return NameEvidence.MediumNoun;
        if (OutletNames.IsNewsOrganization(name) || OutletNames.IsTitleAfterThe(name) && before.EndsWith("the ", StringComparison.OrdinalIgnoreCase)) return NameEvidence.NameWords;
        return NameEvidence.Corroborated;
    }

    /// <summary>"the Palestinian Safa news agency", "the Iranian Fars news agency": before a name that a medium noun
    /// follows, a nationality says where the outlet is, not what it is called ("the Irish Times newspaper" keeps its
    /// "Irish": "Times" alone is no name).</summary>
    private static string WithoutNationality(string name, Match m, int end)
    {
        var after = m.Groups["mediumAfter"];
        var words = name.Split(' ');
        if (!after.Success || after.Index < end || words.Length < 2 || !Nationality().IsMatch(words[0]) || OutletNames.IsBareHead(words[^1])) return name;
        return string.Join(' ', words[1..]);
    }

    /// <summary>"said on ABC's "Good Morning America"": the programme is no news organization, its network is; named
    /// as written, network first ("ABC's Good Morning America"), so a reader sees both who broadcast it and where.</summary>
    private static string NetworksProgramme(string network, Match m, string text)
    {
        var group = m.Groups["network"];
        int end = group.Index + group.Length;
        var possessive = text[end] is '\'' or '’' && end + 1 < text.Length && text[end + 1] == 's' ? text.Substring(end, 2) : text.Substring(end, 1);
        return network + possessive + " " + m.Groups["name"].Value.TrimEnd(',', '.');
    }

    /// <summary>The names a match captured, with where each starts. "The Globe and Mail", "the News and Observer":
    /// two one-word names joined by "and" whose second is a bare media word are one paper's name.</summary>
    private static IEnumerable<(int Index, string Name)> Names(Match m, string text)
    {
        // "said on CBS' "Face the Nation"": the network is the news organization; a programme is not one
        // (<see cref="NetworksProgramme"/>).
        if (m.Groups["network"].Success)
        {
            yield return (m.Groups["network"].Index, m.Groups["network"].Value);
            yield break;
        }
        var captures = m.Groups["name"].Captures;
        if (captures.Count == 2 && !captures[0].Value.Contains(' ') && !captures[1].Value.Contains(' ')
            && OutletNames.IsBareHead(captures[1].Value) && text[(captures[0].Index + captures[0].Length)..captures[1].Index] == " and ")
        {
            yield return (captures[0].Index, text[captures[0].Index..(captures[1].Index + captures[1].Length)]);
            yield break;
        }
        foreach (Capture c in captures) yield return (c.Index, c.Value);
    }

    /// <summary>Compared ordinally: a name is letters, digits and "&.'’-" (<see cref="Word"/>), in which the culture's
    /// comparison ignores nothing, and its apostrophe sent every call through ICU (a twentieth of the analysis time).</summary>
    internal static bool IsPossessive(string raw) => raw.EndsWith("'s", StringComparison.Ordinal) || raw.EndsWith("’s", StringComparison.Ordinal) || raw.EndsWith('\'') || raw.EndsWith('’');

    /// <summary>For tests and callers that only have a name.</summary>
    public static bool LooksLikeOutlet(string name) => OutletNames.LooksLikeOutlet(name);

    /// <summary>"(via TMZ)", "…, the station said, via KTLA.": "via" credits a story only where it stands in brackets or
    /// closes the sentence after a comma or dash. Inside a clause it is a channel ("watch the game via ESPN", "the clip went viral via
    /// BuzzFeed", "sent via WhatsApp"), and after a picture word or in a credit line a supplier of pictures.</summary>
    private static bool IsViaCredit(string text, Match m)
    {
        bool bracketed = m.Index > 0 && text[m.Index - 1] == '(';
        var before = text.AsSpan(0, m.Index).TrimEnd();
        bool closing = before.Length > 0 && before[^1] is ',' or '—' or '–' or ':'
            && text.AsSpan(m.Index + m.Length).Trim().TrimStart(')').TrimStart('.').TrimStart(')').IsEmpty;
        return (bracketed || closing) && !IsCreditLine(text[..m.Index].TrimEnd(), bracketed);
    }

    /// <summary>"Richland County Sheriff's Department via Reuters": a photo credit names who supplied a picture,
    /// it reports nothing. A clause has lower-case words.</summary>
    private static bool IsCreditLine(string before, bool bracketed) =>
        before.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => char.IsLower(w[0]) && !StopWords.English.Contains(w)) < 2
        || !bracketed && PictureWord().IsMatch(before);

    /// <summary>"a photo released by police via the Associated Press", "video obtained via Reuters": the agency
    /// passed on a picture; it reported nothing. A bracketed "(via TMZ)" closing a sentence credits the story.</summary>
    [GeneratedRegex(@"\b(?:photos?|photographs?|images?|pictures?|video|footage|handout)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PictureWord();

    /// <summary>The outlet's name as written, without what the pattern took in around it.</summary>
    public static string? Clean(string captured)
    {
        var words = captured.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // A day or month after the name ("told ABC News Thursday") is the sentence's; "USA Today" keeps its "Today".
        while (words.Count > 1 && NameForms.NotNames.Contains(words[^1].TrimEnd('.', ',')) && words[^1] is not ("Today" or "TODAY")) words.RemoveAt(words.Count - 1);
        // "told CNN Tuesday night": a day or month inside the name ends it ("Sunday Times" opens with one).
        int moment = words.FindIndex(1, w => DayOrMonth().IsMatch(w.TrimEnd('.', ',')));
        if (moment > 0 && OutletNames.LooksLikeOutlet(string.Join(' ', words.Take(moment)))) words = words.Take(moment).ToList();
        // A sentence's opening word is not the name's ("As Fortune reported", "Yesterday CNN reported"); "US Weekly"
        // keeps its "US".
        while (words.Count > 1 && words[0].Any(char.IsLower) && (NameForms.NotNames.Contains(words[0]) || StopWords.English.Contains(words[0].ToLowerInvariant()))) words.RemoveAt(0);
        // "12:10 A.M. CNN reports that …", "3:15 PM Reuters reports": a live blog's time stamp before the name is not part of it.
        if (words.Count > 2 && words[0].All(char.IsDigit) && ClockHalf().IsMatch(words[1])) words.RemoveAt(0);
        while (words.Count > 1 && ClockHalf().IsMatch(words[0])) words.RemoveAt(0);
        // "the French newspaper Le Figaro" is Le Figaro.
        while (words.Count > 2 && words[0] is "French" or "British" or "German" or "US" or "U.S.") words.RemoveAt(0);
        // "CNN's Jake Tapper", "ABC's Good Morning America", "Fox News' Chris Wallace": the newsroom the reporter or
        // show belongs to. "China's Liberation Daily": the paper, not the country; "People's Daily" is one name.
        int possessive = words.FindIndex(w => w.EndsWith("'s") || w.EndsWith("’s") || w.EndsWith('\'') || w.EndsWith('’'));
        if (possessive >= 0 && possessive < words.Count - 1 && !PossessiveTitle(words, possessive))
        {
            var ownerWord = words[possessive];
            var owner = string.Join(' ', words.Take(possessive).Append(ownerWord[..^(ownerWord.EndsWith('s') ? 2 : 1)]));
            var owned = words.Skip(possessive + 1).ToList();
            if (owned.Count >= 2 && OutletNames.LooksLikeOutlet(string.Join(' ', owned))) words = owned;
            else if (owned.Count >= 2 && OutletNames.LooksLikeOutlet(owner)) words = owner.Split(' ').ToList();
            // "NBC's Today show": a lone media word after a newsroom's possessive is its programme, not another outlet.
            else if (owned.Count == 1 && (!OutletNames.LooksLikeOutlet(owned[0]) || OutletNames.IsBareHead(owned[0])) && OutletNames.LooksLikeOutlet(owner)) words = owner.Split(' ').ToList();
        }
        // "told CNN Producer Judy Kwon", "ABC News Chief Investigative Correspondent Brian Ross": the newsroom, not its staff.
        // An official's title cuts only after a whole name: "White House Press Secretary …" is not "White House Press",
        // "Independent Senator …" not "Independent".
        int staff = words.FindIndex(1, w => StaffWords.Contains(w) || NameForms.Titles.Contains(w));
        if (staff > 0 && OutletNames.LooksLikeOutlet(string.Join(' ', words.Take(staff)))
            && (StaffWords.Contains(words[staff]) || OutletNames.IsNewsOrganization(string.Join(' ', words.Take(staff))) && !OutletNames.IsBareHead(string.Join(' ', words.Take(staff)))))
            words = words.Take(staff).ToList();
        // "told the station Tuesday": a day is no name.
        if (words.All(w => NameForms.NotNames.Contains(w.TrimEnd('.', ',')))) return null;
        var result = string.Join(' ', words).TrimEnd(',', '\'', '’', ':', ';');
        if (result.EndsWith('.') && !Dotted().IsMatch(result.Split(' ')[^1])) result = result[..^1];
        if (result.EndsWith("'s") || result.EndsWith("’s")) result = result[..^2];
        return result.Length > 1 ? result : null;
    }

    /// <summary>A newsroom's staff among the next words ("… said the host had been taken off the air").</summary>
    private static bool OfItsOwnStaff(ReadOnlySpan<char> after)
    {
        int words = 0;
        foreach (var range in after.SplitAny(' ', ','))
        {
            var word = after[range];
            if (word.IsEmpty) continue;
            if (++words > OwnStaffReach) break;
            word = word.TrimEnd('.');
            if (OwnStaffNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return true;
        }
        return false;
    }

    /// <summary>How far after "said" a staff word makes the paper speak of itself.</summary>
    private const int OwnStaffReach = 8;

    private static readonly HashSet<string> OwnStaffNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "editor", "editors", "reporter", "reporters", "journalist", "journalists", "columnist", "correspondent", "anchor", "host",
        "producer", "writer", "contributor", "staff", "newsroom", "publisher", "owner", "owners", "layoffs", "paper", "newspaper",
    };

    /// <summary>"People's Daily", "Investor's Business Daily", "Women's Wear Daily", "Farmers' Weekly": a paper named for
    /// its readers carries their possessive in its title, so the name is not a newsroom's possessive before its programme
    /// ("NBC's Today") or a country's before its paper ("China's Liberation Daily"), and "People" (the magazine) is not
    /// what is cited.</summary>
    private static bool PossessiveTitle(List<string> words, int possessive)
    {
        if (possessive != 0 || !OutletNames.IsBareHead(words[^1])) return false;
        var owner = words[0].TrimEnd('\'', '’');
        if (owner.EndsWith("'s", StringComparison.Ordinal) || owner.EndsWith("’s", StringComparison.Ordinal)) owner = owner[..^2];
        else if (owner.EndsWith('s')) owner = owner[..^1];
        return ReaderNouns.Contains(owner);
    }

    /// <summary>The readers a paper is named for, singular (a plural's "s" is taken off before the look-up).</summary>
    private static readonly HashSet<string> ReaderNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "People", "Women", "Men", "Children", "Investor", "Reader", "Farmer", "Worker", "Consumer", "Builder", "Traveller",
        "Traveler", "Teacher", "Parent", "Nurse", "Doctor", "Trader", "Shipper", "Banker", "Lawyer", "Gardener",
    };

    private static readonly HashSet<string> StaffWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "producer", "correspondent", "anchor", "co-anchor", "reporter", "host", "editor", "columnist", "journalist",
        "contributor", "writer", "analyst", "commentator", "presenter", "investigative", "political", "senior",
    };

    /// <summary>Whom an outlet sends: the newsroom is named after "for", "from", "with" or "at".</summary>
    private const string Journalist = @"(?:journalist|reporter|correspondent)";

    private const string ItsJournalist = @"(?:(?:an?|the)\s+(?:(?:report|account)\s+(?:from|by)\s+(?:an?|the)\s+)?(?:[\w\-]+\s+)?" + Journalist + @"s?\s+(?:from|for|with|at)\s+)?";

    private const string Word = @"(?:\p{Lu}[\p{L}\d&.'’\-]*|\d+)";

    private const string OutletName = @"(?:[Tt]he\s+)?(?<name>" + Word + @"(?:\s+(?:" + Word + @"|of|de|du))" + "{0,5})";

    /// <summary>A medium noun after the name says what it is: "the Oregonian newspaper", "the Xinhua news agency", "the
    /// Astro Awani television station"; after "a", the words before it only describe one ("a Shanghai-based Communist
    /// Party newspaper").</summary>
    private const string MediumAfter = @"(?:\s+(?<mediumAfter>newspaper|magazine|tabloid|website|news agency|broadcaster|(?:television|TV|radio) station)(?!\s+(?:[Tt]he\s+)?\p{Lu}))?";

    /// <summary>"according to the New York Post and People.com": both are sources. "according to a journalist from the
    /// Coastal Chronicle", "according to an account from a reporter for an agency let into the court": the
    /// newsroom its journalist works for is the source.</summary>
    [GeneratedRegex(@"\b[Aa]ccording to\s+" + ItsJournalist + OutletName + MediumAfter + @"(?:\s+and\s+" + OutletName + ")?")]
    private static partial Regex AccordingTo();

    /// <summary>"…, reports the BBC", "per CNN", "first reported Thursday by the Post": the outlet after the verb. Not
    /// "published in": that is where studies appear ("published in the Astronomical Journal"). "A letter seen by
    /// Reuters", "documents obtained by the Harbin Times", "the man was identified as Jo Roe by the Daily News": the newsroom
    /// got the information it passes on.</summary>
    [GeneratedRegex(@"(?:,\s+(?:reports|reported|writes|wrote)|\bper|\b(?:first\s+)?reported\s+(?:\p{Ll}+\s+|\p{Lu}\p{Ll}+day\s+){0,2}by|\b(?:seen|obtained|reviewed|identified(?:\s+as(?:\s+\p{Lu}[\p{L}'’\-]*){1,4})?)\s+(?:\p{Ll}+ly\s+)?by)\s+" + OutletName + MediumAfter)]
    private static partial Regex ReportedBy();

    /// <summary>"according to a report in the Guardian", "a story by the New York Times", "a first-person column in
    /// BuzzFeed", "in a statement to NPR". Not "a report on": that is as often what the piece is about ("a story on
    /// Fox News's ratings").</summary>
    /// <remarks>Up to two words describe the piece ("a long essay for", "a profanity laced interview with"); a piece
    /// written "for" a paper is published by it.</remarks>
    [GeneratedRegex(@"\b(?:(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}(?:report|story|article|interview|investigation|column|op-ed|essay)\s+(?:in|by|from|with|for)|in\s+a\s+statement\s+to)\s+" + OutletName)]
    private static partial Regex AReportIn();

    /// <summary>"an account published in the Rocky Mountain News", "a letter that appeared in the Baltimore Sun": the
    /// paper that carried the words quoted. Judged on the name's own words only (<see cref="Judge"/>): "published in
    /// the Astronomical Journal" is a study's venue. "This story originally appeared in the New York Post" is the
    /// article's own credit line (<see cref="OutletDetector"/>).</summary>
    [GeneratedRegex(@"(?<!\b(?:[Oo]riginally|[Ff]irst)\s+)\b(?<published>published|appeared)\s+(?:\p{Ll}+\s+)?(?:in|by)\s+" + OutletName + @"(?![\p{L}'’])")]
    private static partial Regex PublishedIn();

    /// <summary>"In a BuzzFeed article", "according to an NBC News report": the outlet naming its own piece.</summary>
    [GeneratedRegex(@"\b(?:[Ii]n|[Aa]ccording to|[Cc]iting)\s+(?:a|an|the)\s+(?:\p{Ll}+\s+)?" + OutletName + @"\s+(?:report|article|story|interview|investigation|column|op-ed|documentary)\b")]
    private static partial Regex AnOutletsPiece();

    /// <summary>"CNN reported", "the Daily Mail newspaper reported", "The Hollywood Reporter posted a story", "BuzzFeed
    /// quoted …", "the Jiefang Daily said". Not "People reported seeing smoke": witnesses report what they saw. Not "CNN said it …" or "… said in a statement": a newsroom speaking for
    /// itself is a party to the story. Not "X has learned" or "contacted by X": that is how a newsroom speaks of itself
    /// (<see cref="OutletDetector.SelfReference"/>).</summary>
    [GeneratedRegex(OutletName + MediumAfter + @",?\s+(?:further\s+|also\s+|first\s+|previously\s+|later\s+|earlier\s+)?(?:(?:reported|reports|has reported|had reported)(?!\s+\p{Ll}+ing\b)|reporting|said in a report|wrote|writes|broadcast|quoted|(?<said>said|says)(?!\s+(?:it|its|that it|in a statement|on its|on their)\b)|(?:posted|published|ran|broke)\s+(?:a|an|the|its)\s+(?:\p{Ll}+\s+)?(?:story|report|article|piece|investigation))\b")]
    private static partial Regex Reported();

    /// <summary>"in CNN's five-part series", "citing the Guardian's investigation": an outlet's own work as the
    /// source. Not any mention of it: "a film about the Globe's investigation" tells of the paper.</summary>
    [GeneratedRegex(@"\b(?:in|citing|per)\s+(?:the\s+)?" + OutletName + @"(?<=['’]s)\s+(?:[\p{Ll}\d\-]+\s+){0,2}(?:report|reporting|story|investigation|series|interview|article|documentary|analysis)\b")]
    private static partial Regex OutletsReport();

    /// <summary>"said on Fox News Sunday", "appeared on CNN", "for broadcast on NBC's Meet the Press": the programme a
    /// person spoke on. A network's show is the network's ("on ABC's This Week").</summary>
    /// <remarks>"went on ABC's Good Morning America"; "in an interview with George Stephanopoulos on ABC's This Week":
    /// the host may be named between the interview and the network.</remarks>
    [GeneratedRegex(@"\b(?:said|says|saying|appeared|appearing|went|[Ss]peaking|spoke|interview(?:ed)?(?:\s+with(?:\s+\p{Lu}[\p{L}.'’\-]*){1,3})?|broadcast|aired)\s+(?:\p{Ll}+\s+){0,2}on\s+[""“]?(?:the\s+)?" + OutletName + @"(?![\p{L}'’])(?!\s*[""“])")]
    private static partial Regex SpokeOn();

    /// <summary>"said on ABC's "Good Morning America"", "told CBS's "60 Minutes"": the show by its title, a network's.</summary>
    [GeneratedRegex(@"\b(?:said|says|saying|appeared|appearing|speaking|spoke|interview|interviewed|broadcast|aired|told)\s+(?:\p{Ll}+\s+){0,2}on\s+(?<network>\p{Lu}[\p{L}\d&.\-]*(?:\s+\p{Lu}[\p{L}\d&.\-]*){0,2})['’]s?\s+[""“](?<name>[\p{Lu}\d][^""”“]{2,40}?)[,.]?[""”]")]
    private static partial Regex NetworksShow();

    // "told police the SUV …": words between the verb and a name are allowed only when a medium noun ends them;
    // "told CBS affiliate WLTX-TV": the affiliate is the station that was told.
    // "Asked by TV3 New Zealand whether …": the outlet put the question.
    // "told a reporter for the Harbin Times", "responded to a journalist from the Valley Courier": the reporter's newsroom.
    [GeneratedRegex(@"\b(?:(?:told|tells?|responded\s+to|replied\s+to|[Aa]sked by|[Ii]n (?:an |a )?(?:\p{Ll}+\s+)?interviews? with|[Ss]peaking to|[Ss]peaking with|spoke (?:to|with)|talked (?:to|with)|in an? (?:\p{Lu}\p{Ll}+\s+|\p{Ll}+\s+)?e-?mail to|said to|confirmed to|comment(?:ed|s)?\s+to)|quoted by|cited by|citing|(?<via>via))\s+(?:an?\s+(?:\p{Ll}+\s+)?" + Journalist + @"\s+(?:for|from|with|at)\s+)?(?:the\s+)?(?:(?:\p{Lu}[\p{L}\d]*\s+)?(?:[\p{Ll}\-]+\s+){0,2}(?<medium>newspaper|daily|broadcaster|network|channel|agency|news agency|magazine|outlet|paper|radio|station|website|tabloid|weekly|affiliate)\s+)?" + OutletName + MediumAfter + @"(?:\s+(?:on\s+\p{Lu}\p{L}*\.?\s+\d{1,2}\s+)?and\s+" + OutletName + ")?")]
    private static partial Regex ToldMedium();

    /// <summary>"the French newspaper Le Figaro reported", "Malaysia's state news agency, Bernama, reported",
    /// "according to the Palestinian news agency Ma'an": the medium noun says what the name is, the verb after it or
    /// the citing words before it that it is the source. Without them it is only a mention ("he sued the tabloid
    /// National Enquirer"); "told the newspaper X" is <see cref="ToldMedium"/>'s.</summary>
    [GeneratedRegex(@"\b(?:(?:[Aa]ccording to|[Cc]iting|per|reported by|quoted by|cited by)\s+(?:the\s+)?(?:\p{L}[\p{L}\-]*\s+){0,2}" + MediumWords + @",?\s+" + OutletName
        + @"|(?:the\s+)?(?:[\p{Ll}\-]+\s+)?" + MediumWords + @",?\s+" + OutletName
        + @"(?=,?\s+(?:(?:also|first|further|earlier|later|previously|has|had)\s+)?(?:reported|reports|said|says|wrote|writes|quoted|cited)\b))")]
    private static partial Regex MediumNoun();

    private const string MediumWords = @"(?<medium>newspaper|broadcaster|news agency|wire service|tabloid|news site|news outlet|TV station|television station)";

    [GeneratedRegex(@"[,!?][""”']\s*$")]
    private static partial Regex QuotationBefore();

    [GeneratedRegex(@"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)$")]
    private static partial Regex DayOrMonth();

    [GeneratedRegex(@"^[AaPp]\.?[Mm]\.?$")]
    private static partial Regex ClockHalf();

    [GeneratedRegex(@"\.com$")]
    private static partial Regex Site();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|an|i|ch)$")]
    private static partial Regex Nationality();

    [GeneratedRegex(@"\b(?:[Aa]n?|[Oo]ne)\s+$")]
    private static partial Regex IndefiniteBefore();

    [GeneratedRegex(@"^(?:\p{Lu}\.){2,}$")]
    private static partial Regex Dotted();
}
