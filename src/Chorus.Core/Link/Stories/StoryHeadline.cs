using System.Text.RegularExpressions;
using Chorus.Ingest;

namespace Chorus.Link.Stories;

/// <summary>
/// A story's title: the best headline among its articles' titles, or, when none is one, a short headline made from
/// the summary's opening sentence. A title is what a reader picks stories by, so page furniture ("936 SHARES Share
/// Tweet"), bylines, photo captions, quotations and sentences cut with "…" never become one.
/// </summary>
public static partial class StoryHeadline
{
    public const int MinWords = 3, MaxWords = 30;
    /// <summary>A sentence longer than this is cut to its main clause to make a headline: a title, not a paragraph;
    /// shorter ones are kept whole, since a whole sentence reads better than a fragment.</summary>
    private const int MadeWords = 24;

    /// <summary>A made headline never opens on a word that needs the sentence before it ("They all hurt", "She was …").</summary>
    [GeneratedRegex(@"^(he|she|they|it|his|her|their|its|this|these|those|that|him|them|such|both|but|and|however|also|still|yet|so|meanwhile|instead|then|or|here[’']s|there[’']s)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeansBack();

    /// <param name="summarySentences">The summary's sentences in order, for the fallback headline.</param>
    public static string Choose(IReadOnlyList<SourceDocument> docs, IReadOnlyList<string> summarySentences)
    {
        var candidates = docs.Select(d => Clean(d.Title, d.Outlet)).OfType<string>().Where(IsHeadline).ToList();
        if (candidates.Count > 0)
        {
            var opening = summarySentences.Count > 0 ? Words(summarySentences[0]) : [];
            var sets = candidates.Select(Words).ToList();
            // The headline that shares most with the summary's opening and with the other headlines names the
            // event the story is about; the first one given wins ties.
            return candidates.Select((c, i) => (c, Score: Overlap(sets[i], opening) + 0.5 * sets.Where((_, j) => j != i).Sum(s => Overlap(sets[i], s))))
                .OrderByDescending(x => x.Score).First().c;
        }
        foreach (var sentence in summarySentences)
            if (FromSentence(sentence) is { } made) return made;
        // The summary opened with nothing that reads as a headline: the articles' own opening sentences.
        foreach (var doc in docs)
            foreach (var sentence in doc.Paragraphs.Take(4).SelectMany(p => Chorus.Segment.SentenceSplitter.Split(p)).Take(4))
                if (FromSentence(sentence) is { } made) return made;
        return $"Story of {docs.Count} article{(docs.Count == 1 ? "" : "s")}";
    }

    public static string Choose(IReadOnlyList<SourceDocument> docs, string? openingSentence) =>
        Choose(docs, openingSentence is null ? [] : [openingSentence]);

    /// <summary>An HTML title without the site's name around it ("Headline | BBC News", "CNN - Headline").</summary>
    public static string? Clean(string? title, string? outlet)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var t = Space().Replace(title, " ").Trim();
        var parts = SiteSeparator().Split(t);
        if (parts.Length > 1)
        {
            // Keep the longest part when the others are the site: the outlet's name, or a few words beside a real headline.
            var longest = parts.OrderByDescending(p => p.Length).First();
            bool othersAreSite = parts.Where(p => p != longest).All(p =>
                (outlet is not null && (p.Contains(outlet, StringComparison.OrdinalIgnoreCase) || outlet.Contains(p.Trim(), StringComparison.OrdinalIgnoreCase)))
                || TextStats.CountWords(p) <= 4);
            if (othersAreSite && TextStats.CountWords(longest) >= MinWords) t = longest.Trim();
        }
        return t;
    }

    /// <summary>Whether a line can stand as a headline: 3–30 words and none of the shapes of furniture, bylines,
    /// captions, quotations or cut sentences.</summary>
    public static bool IsHeadline(string text)
    {
        var t = text.Trim();
        int words = TextStats.CountWords(t);
        if (words < MinWords || words > MaxWords) return false;
        // A headline starts like one: not mid-sentence (lower case, "…", "and"), not with a parenthesis or bracket.
        if (!char.IsUpper(t[0]) && !char.IsDigit(t[0]) && t[0] is not ('"' or '“' or '‘' or '\'')) return false;
        if (t.EndsWith('…') || t.EndsWith("...", StringComparison.Ordinal) || t.Contains(" … ", StringComparison.Ordinal) || t.Contains(". . .", StringComparison.Ordinal)) return false;
        if (t[^1] is '|' or ':' or ',' or ';' or '-' or '—' or '/' or '(') return false;
        if (Continuation().IsMatch(t) || IsShouted(t) || Debris().IsMatch(t) || FirstPerson().IsMatch(t)) return false;
        if (QuoteOpening().IsMatch(t) || IsMostlyQuoted(t) || HasUnbalancedQuote(t)) return false;
        if (Byline().IsMatch(t) || Caption().IsMatch(t) || IsFurniture(t) || Imperative().IsMatch(t)) return false;
        if (DateLine.TryParse(t, out _)) return false;
        // A headline has words, not only numbers and symbols.
        return t.Count(char.IsLetter) * 2 >= t.Count(c => !char.IsWhiteSpace(c));
    }

    /// <summary>A headline from a summary sentence: without dateline, trailing attribution and final stop, cut at a
    /// clause boundary when long. Null when the sentence cannot give one (a quotation, too short, a sentence that leans
    /// on one before it, or no cut that keeps a verb: "Chip and Joanna Gaines, HGTV's team" names no event).</summary>
    public static string? FromSentence(string sentence)
    {
        var t = Space().Replace(sentence, " ").Trim();
        if (QuoteOpening().IsMatch(t)) return null;
        t = Lead().Replace(t, "");
        t = LeadingDate().Replace(t, "");
        t = Dateline().Replace(t, "");
        t = ShoutedPlace().Replace(t, "");
        t = Attribution().Replace(t, "");
        t = t.TrimEnd('.', ' ', ';', ':', ',');
        if (LeansBack().IsMatch(t)) return null;
        var words = t.Split(' ');
        if (words.Length > MadeWords)
        {
            int cut = ClauseCut(words);
            if (cut < 0) return null;
            t = string.Join(' ', words.Take(cut + 1)).TrimEnd(',', ';', ':', '—', '–', '-', ' ');
        }
        if (t.Length > 0 && char.IsLower(t[0])) t = char.ToUpperInvariant(t[0]) + t[1..];
        return IsHeadline(t) ? t : null;
    }

    /// <summary>Where to end a long sentence so the headline is its main clause: the last comma, semicolon or dash
    /// before the cap that a new clause follows ("…, and crews stayed"), else the first subordinate clause past the
    /// eighth word ("… on Sunday | after its engine failed"); a cut is taken only when what it keeps has a verb, so an
    /// opening name and its apposition are never a headline. -1 when no cut keeps one.</summary>
    private static int ClauseCut(string[] words)
    {
        int limit = Math.Min(words.Length - 1, MadeWords);
        for (int i = limit - 1; i >= 5; i--)
        {
            bool punctuated = words[i].EndsWith(',') || words[i].EndsWith(';');
            bool dash = words[i + 1] is "—" or "–" or "-" or "--";
            if ((dash || (punctuated && NewClause.Contains(words[i + 1].ToLowerInvariant()))) && HasVerb(words, i)) return i;
        }
        for (int i = 8; i < Math.Min(words.Length, MadeWords); i++)
            if (ClauseOpeners.Contains(words[i].ToLowerInvariant()) && HasVerb(words, i - 1)) return i - 1;
        return -1;
    }

    /// <summary>Whether words 1..last hold a finite verb: an auxiliary, a reporting or common irregular verb, or a
    /// regular past tense. Word 0 is left out: a sentence's first word is its subject more often than not.</summary>
    private static bool HasVerb(string[] words, int last)
    {
        for (int i = 1; i <= last; i++)
        {
            var w = words[i].Trim(',', ';', ':', '.', '"', '“', '”', '’', '\'').ToLowerInvariant();
            // A verb inside a relative clause ("Williams, who hasn't played, …") is not the sentence's own: skip to
            // the clause's closing comma, and look for the main verb after it.
            if (w is "who" or "which" or "whose" or "whom")
            {
                while (i <= last && !words[i].EndsWith(',')) i++;
                continue;
            }
            if (w.Length == 0 || char.IsUpper(words[i][0])) continue;
            if (Verbs.Contains(w) || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))) return true;
        }
        return false;
    }

    private static readonly HashSet<string> Verbs =
    [
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "did", "does",
        "says", "said", "tells", "told", "warns", "plans", "wants", "faces", "takes", "makes", "gets", "gives", "wins", "loses", "dies", "kills",
        "ran", "won", "lost", "took", "made", "met", "fell", "hit", "shot", "found", "left", "came", "went", "gave", "got", "held", "began", "broke",
        "caught", "fled", "led", "sent", "struck", "sold", "built", "paid", "saw", "set", "put", "beat", "bought", "brought", "chose", "drove", "flew",
        "grew", "knew", "rose", "spoke", "stood", "swore", "threw", "wrote", "kept", "quit", "sank", "sought", "spent", "spread", "became", "thought",
    ];

    /// <summary>What can follow a comma and start a new clause of the same sentence.</summary>
    private static readonly HashSet<string> NewClause =
        ["and", "but", "while", "as", "after", "before", "because", "which", "who", "when", "where", "although", "though", "saying", "according", "with", "so", "leaving", "prompting"];

    /// <summary>Words that open a subordinate clause a headline can end before. Not "that": after "said" or
    /// "announced" the that-clause is the news ("Astronomers announced Wednesday | that …" says nothing).</summary>
    private static readonly HashSet<string> ClauseOpeners =
        ["after", "because", "when", "while", "which", "who", "where", "since", "before", "until", "although", "as"];

    private static readonly HashSet<string> DanglingWords =
        ["a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "that", "which", "who", "as", "is", "was", "were", "are", "has", "had", "have", "its", "his", "her", "their", "after", "before", "than", "into", "over"];

    private static HashSet<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length > 3).ToHashSet();

    private static double Overlap(HashSet<string> a, HashSet<string> b) => a.Count == 0 || b.Count == 0 ? 0 : (double)a.Count(b.Contains) / a.Count;

    /// <summary>Page furniture: a phrase no headline has ("Subscribe", "Read more"), a shouted control word
    /// ("CLOSE …"), or two sharing words together ("Share Tweet", "Play Facebook"); a single "Facebook" or "close"
    /// is news.</summary>
    private static bool IsFurniture(string t) =>
        StrongFurniture().IsMatch(t) || ShoutedControl().IsMatch(t) || SharingWord().Matches(t).Count >= 2;

    /// <summary>A closing quotation mark without its opening one (or the reverse): a piece of a quotation that
    /// began in an earlier sentence.</summary>
    private static bool HasUnbalancedQuote(string t) =>
        t.Count(c => c == '"') % 2 == 1 || t.Count(c => c == '“') != t.Count(c => c == '”');

    /// <summary>Shouted subheads ("HOW DID POLICE FIND OUT?") are section furniture, not the story's headline.</summary>
    private static bool IsShouted(string t)
    {
        int upper = t.Count(char.IsUpper), lower = t.Count(char.IsLower);
        return upper > 3 * Math.Max(1, lower);
    }

    private static bool IsMostlyQuoted(string t)
    {
        int quoted = 0;
        foreach (Match m in QuotedSpan().Matches(t)) quoted += m.Length;
        return quoted * 2 > t.Length;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    /// <summary>A page talking to its reader ("Read the updated story here", "Know what's happening in the field",
    /// "Click to see more"): a prompt, not a headline.</summary>
    [GeneratedRegex(@"^(read|click|tap|watch|see|know|find out|learn|sign up|subscribe|follow|share|download|check out|scroll)\b(?!\s+(as|how|why)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Imperative();

    /// <summary>A sentence that continues another ("And on …") or is only a subordinate clause ("If you've ever …",
    /// "For people with …" with no comma to a main clause).</summary>
    [GeneratedRegex(@"^(and|but|or|so|also|then|still|yet)\b|^(if|when|while|although|though|because|since|as|unless|whether|asked|for|in|with|after|before|according to)\b[^,]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Continuation();

    /// <summary>What no headline holds: a link, a footnote mark, a clock time stamp, or nothing but a dateline.</summary>
    [GeneratedRegex(@"https?://|www\.|\[\d+\]|\b\d{1,2}:\d{2}\s*(am|pm|a\.m\.|p\.m\.)|^[\p{Lu}][\p{Lu} .,'’-]+\s*\([^)]{1,30}\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Debris();

    /// <summary>A sentence in the first person is someone speaking — a quotation whose marks were lost — not a headline.</summary>
    [GeneratedRegex(@"^(I|I['’](m|ve|d|ll)|We|We['’](re|ve|ll|d)|My|Our)\b")]
    private static partial Regex FirstPerson();

    /// <summary>Labels some sites put before the opening sentence.</summary>
    [GeneratedRegex(@"^(q\.|story highlights|editor'?s note:?|update:|updated:|breaking:|watch:|video:|exclusive:)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Lead();

    [GeneratedRegex(@"\s+[|–—]\s+|\s+-\s+|\s+::\s+")]
    private static partial Regex SiteSeparator();

    [GeneratedRegex(@"^[""“”‘'«„]")]
    private static partial Regex QuoteOpening();

    [GeneratedRegex(@"[""“][^""”]*[""”]")]
    private static partial Regex QuotedSpan();

    [GeneratedRegex(@"^(by|written by|posted by|reporting by)\s|\b(staff writer|staff reporter|correspondent|contributing writer|contributor|senior editor)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(photo|image|picture|video|caption|file photo|credit|pictured|above|left|right|top)\b\s*[:|(,]|\((photo|image|credit|pictured)\b|\b(getty images|ap photo|afp photo|reuters photo|handout|photo credit|file photo|shutterstock|image copyright|image caption|media caption|photo|photograph|image|video)\s*:|\b(getty images|getty|ap photo|afp photo|image copyright|image caption|media caption|shutterstock|buy photo|photo by|photos by|pressphoto|staff photographer|wikimedia commons|screenshot of)\b|\([^()]*(/|photo|images|getty|reuters|\bAP\b|\bAFP\b)[^()]*\)\s*$|\[[^\]]*photo[^\]]*\]|\(\s*(l-r|r-l|left|right|center|centre)\s*[,)]", RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    [GeneratedRegex(@"\b(subscribe|subscription|newsletter|inbox|sign up|sign in|log in|cookie policy|cookies|privacy policy|terms of (use|service)|javascript|your browser|ad ?blocker|advertisement|sponsored content|click here|click to|digital access|breaking news (emails|alerts)|email alerts?|read more|related stories|all rights reserved|skip to|follow us|buzz60|updates directly|this video|enter the characters|download the app|story highlights|editor'?s note|this story has been updated|contributed to this report|(posted|updated|published)( on)?:? (mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d))|©|^\d[\d,.]*\s*(shares|views|comments)\b|^(source|topics|tags|filed under):", RegexOptions.IgnoreCase)]
    private static partial Regex StrongFurniture();

    [GeneratedRegex(@"^(CLOSE|PLAY|WATCH|VIDEO|PHOTOS?|SHARE|ADVERTISEMENT|MENU|SEARCH)\b")]
    private static partial Regex ShoutedControl();

    [GeneratedRegex(@"\b(share|shares|tweet|facebook|twitter|email|e-mail|pinterest|whatsapp|linkedin|reddit|print|comment|comments|play|close)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SharingWord();

    /// <summary>"WASHINGTON (AP) — ", "LONDON — ", "(CNN) — ", "(CNN) ", "KUALA LUMPUR, Malaysia (AP) — ", "Beijing (AFP) - ",
    /// "MONTREAL—": a place of up to five words and an agency in parentheses, or a shouted place, before a dash.</summary>
    [GeneratedRegex(@"^(?:(?:[\p{Lu}][\p{L} .,'’-]{0,60}?\s*)?\([^)]{1,30}\)\s*[—–-]{1,2}\s*|[\p{Lu}][\p{Lu} .,'’-]*[\p{Lu}.]\s*[—–-]{1,2}\s*|\([^)]{1,30}\)\s+)")]
    private static partial Regex Dateline();

    /// <summary>A shouted place glued to the sentence when its dash was lost: "WASHINGTON Obesity is …".</summary>
    [GeneratedRegex(@"^[\p{Lu}]{3,}(?:\s[\p{Lu}]{2,}){0,2},?\s+(?=[\p{Lu}][\p{Ll}])")]
    private static partial Regex ShoutedPlace();

    /// <summary>A date before the sentence: "September 5, 2014: ", "MONDAY, Jan. 25, 2016 (HealthDay News) -- ".</summary>
    [GeneratedRegex(@"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\s*[:,]?\s*(?:\([^)]{1,30}\)\s*[—–-]{0,2}\s*)?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingDate();

    [GeneratedRegex(@",\s+(?:(?:the\s+)?[\p{L}\s.'’-]{1,40}\s+(?:said|says|reported|reports|announced|told [\p{L}\s]{1,30})|according to [^,]{1,60})\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
