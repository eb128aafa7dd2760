using System.Text.RegularExpressions;
using Chorus.Clean;
using Chorus.Segment;
using Chorus.Text;

namespace Chorus.Summarize;

/// <summary>
/// Whether a sentence can be read without the one before it. "But the crew…", "He was arrested…", "As such, …" or
/// "“…,” she said." lifted out of an article leave the reader asking who and what; such a sentence goes into a
/// summary only right after the sentence it leans on (issue 12: 12% of summary sentences dangled when plain
/// pronouns were allowed).
/// </summary>
public static partial class StandAloneCheck
{
    public static bool NeedsPrevious(Sentence sentence) =>
        sentence.Tokens.Count > 0 && (SentenceOpener.LeansBack(sentence.Text) || HasPronounSpeakerOnly(sentence.Text) || AnswersUnseenQuestion(sentence.Text));

    /// <summary>A quotation that opens on a connective ("“But the crew kept us calm,” he said.", "“And we will be
    /// back,” Smith said.", "“Therefore I will not agree …”": dev 0e285d4f4c44, 6c7741bd6cb0, train 14 hits) continues words the reader did not see. Pronouns and "this" stay: inside a quotation they
    /// usually point at the situation the speaker is in ("“This bridge is for everyone,” she said.").</summary>
    public static bool QuotationLeansBack(string text) => QuotedConnective().IsMatch(text);

    /// <summary>A reply to a question or an earlier turn the reader did not see: "Well, I would not agree with that.",
    /// "Yes, it was.", "No, not this year." ("No. 1 seed" is a rank, not a reply).</summary>
    public static bool AnswersUnseenQuestion(string text) => ReplyOpening().IsMatch(text);

    /// <summary>A unit that ends open announces or continues text the reader is not shown: a colon ends a speaker
    /// label ("Jane Doe (host, 1999–2015):"), "Here's what he said:" or a list's heading; a semicolon or comma ends a
    /// list item; an ellipsis ends a teaser cut short.</summary>
    public static bool EndsOpen(string text)
    {
        var t = text.AsSpan().TrimEnd();
        var undotted = t.TrimEnd('.');
        if (t.Length - undotted.Length >= 2) return true;
        if (undotted.Length > 0 && undotted[^1] is ':' or ';' or ',' or '…') return true;
        // A quotation broken off: "… but you are down —”.
        var unquoted = t.TrimEnd("\"”’'").TrimEnd();
        return unquoted.Length < t.Length && unquoted.Length > 0 && unquoted[^1] is '—' or '–' or '-' or '…';
    }

    /// <summary>A unit that opens in the middle of a sentence — on a lowercase word or on punctuation (". in
    /// question on behalf of …") — is a piece the segmenter cut; "iPhone" and "eBay" open on a name.</summary>
    public static bool StartsMidSentence(string text)
    {
        var t = text.AsSpan().TrimStart();
        if (t.Length < 2) return false;
        return t[0] is '.' or ',' or ';' or ':' || (char.IsLower(t[0]) && !char.IsUpper(t[1]));
    }

    /// <summary>A unit with no closing punctuation is a headline, a caption or a label, not a sentence of the story
    /// ("Facial features of a child with the syndrome", "Mayor says the bridge will reopen").</summary>
    public static bool LacksEnding(string text)
    {
        var t = text.AsSpan().TrimEnd();
        if (t.Length > 0 && t[^1] is ')' or ']') return BracketsEndNothing(t);
        return t.Length > 0 && t[^1] is not ('.' or '!' or '?' or '"' or '”' or '’' or '\'' or '…');
    }

    /// <summary>A closing bracket ends a sentence only when a stop comes before the bracket ("… to experts.(Haaretz)",
    /// a source credit after the sentence) or inside it ("(That is a tenth.)"); a live blog's item or a caption runs
    /// straight into it: "3:53 P.M. Rocket sirens sound in the south (Haaretz)", "Footage from the 2000 coverage (with
    /// Jane Doe)".</summary>
    private static bool BracketsEndNothing(ReadOnlySpan<char> t)
    {
        int open = t[^1] == ')' ? t.LastIndexOf('(') : t.LastIndexOf('[');
        // A list's number ("1)") or a bracket whose opening is in another sentence: only a stop before it ends it.
        if (open < 0) return !(t.Length >= 2 && t[^2] is '.' or '!' or '?');
        var inner = t[(open + 1)..^1].TrimEnd();
        var before = t[..open].TrimEnd();
        bool innerEnds = inner.Length > 0 && inner[^1] is '.' or '!' or '?';
        bool beforeEnds = before.Length == 0 || before[^1] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or '…' or ')' or ']';
        return !innerEnds && !beforeEnds;
    }

    /// <summary>A question the outlet asks — a subhead or a teaser ("How does it relate to the base?") — tells the
    /// reader nothing; a question someone asked comes with its speaker after it ("…?” she asked.").</summary>
    public static bool AsksQuestion(string text) => text.AsSpan().TrimEnd().EndsWith("?");

    /// <summary>A sentence that sets out to answer the question its article asked just before it, without saying what the
    /// question was: "Was it a random attack? Detectives were trying to find out as they …", "What caused the blaze?
    /// Investigators hope to determine that this week." Without the question the reader does not know what is sought.</summary>
    public static bool SeeksAnswerToQuestionBefore(string text, string previous) =>
        AsksQuestion(previous) && !QuotationMarks.QuotesWords(previous) && ObjectlessInquiry().IsMatch(text);

    /// <summary>A verb of finding out with no object of its own: its object is the question before ("to find out as
    /// they …", "to determine that", "working to learn."), not "find out whether …" or "determine the cause".</summary>
    [GeneratedRegex(@"\b(?:find|figure)\s+(?:it\s+)?out\b(?=\s*(?:[,.;]|$|\s(?:as|while|when|after|before|on|in|by|and|but|soon|yet|now|today|tonight)\b))|\b(?:determine|learn|establish|answer)\s+(?:that|this)\b(?=\s*(?:[,.;]|$|\s(?:as|while|when|after|before|on|in|by|and|but|soon|yet|now|today|this|next)\b))")]
    private static partial Regex ObjectlessInquiry();

    /// <summary>A unit wholly in brackets is an aside to the sentence before it ("(That's a tenth of the total.)")
    /// or an editor's link ("[Related: how to watch]"), not a statement of the story.</summary>
    public static bool IsAside(string text)
    {
        var t = text.AsSpan().Trim().TrimEnd('.');
        return t.Length > 1 && ((t[0] == '(' && t[^1] == ')') || (t[0] == '[' && t[^1] == ']'));
    }

    /// <summary>An attribution whose words are elsewhere: "Jo Roe wrote on her fundraising page.", "The ministry said in
    /// a statement.", "Smith told reporters on Monday." The quotation or the claim went into another sentence, so this
    /// one tells the reader only that someone spoke. A clause after the place ("… in a statement the bridge would
    /// reopen") carries the claim and is kept.</summary>
    public static bool AttributesNothing(string text)
    {
        if (!EndsOnStop(text) || !BareAttributionGate.MayMatch(text)) return false;
        var m = BareAttribution().Match(text);
        return m.Success && !ClauseWord().IsMatch(m.Groups["place"].Value);
    }

    /// <summary>A line that opens on a label — one to four capitalized words and a colon — is a transcript's turn
    /// ("MB: Oh, within 15 seconds.", "JON STEWART: Ben walked into a buzz saw."), a list's row ("Severe: Height and
    /// weight at or below …") or a page's label ("Source: …", "TRAILER: …"): it belongs to an exchange or a table
    /// the reader is not shown. An inverted attribution ("Says Wax: “…”") is a sentence.</summary>
    public static bool OpensOnLabel(string text)
    {
        int colon = text.IndexOf(':');
        if (colon < 1 || colon > 60) return false;
        var m = Label().Match(text);
        return m.Success && !LabelSpeaks().IsMatch(m.Value);
    }

    /// <summary>Capitals throughout — a broadcast script's teaser ("NEW AT 5:00, A COUNTY MOM IS ACCUSED …") or a
    /// banner — shout at the reader and are not a sentence of the story as an outlet wrote it.</summary>
    public static bool Shouts(string text)
    {
        // Upper and lower letters together are at most the text's length, so once a fifth of it is small letters the
        // capitals can no longer outnumber them four to one: prose is settled within its first words.
        int upper = 0, lower = 0, length = text.Length;
        if (length < 20) return false;
        foreach (char c in text)
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c) && 5 * ++lower >= length) return false;
        return upper >= 20 && upper > 4 * lower;
    }

    /// <summary>A personal pronoun as the subject of the sentence's main clause that nothing in the sentence can
    /// name: after an opening phrase that names no one ("In the same statement, he came out …", "Since then, she has
    /// …") or in what a group says or believes ("Police believe he gunned down …", "Authorities say she drove …"). The
    /// person was named in a sentence before; the first word alone (<see cref="Segment.SentenceOpener"/>) misses these.</summary>
    public static bool PronounWithoutReferent(string text)
    {
        // Most sentences carry none of the four pronouns after a space: no regex for them.
        if (text.AsSpan().IndexOfAny(SpacedPronouns) < 0) return false;
        if (PronounAfterPhrase().Match(text) is { Success: true } m)
        {
            // A name in the opening phrase may be who the pronoun means ("After Smith lost, he …"); a month or a
            // weekday names no one.
            bool names = false;
            var intro = m.Groups["intro"].Value;
            // Only as the intro's own subject or as a possessive ("After Smith lost, he …", "In Smith's view, he …"); a name
            // the intro's words act on is someone else ("Of her plan to skip Super Bowl ads, she said", "Speaking to CNN, he").
            foreach (Match w in CapitalizedWord().Matches(intro, 1))
                names |= !Calendar.Contains(w.Value) && IntroNames(intro, w);
            if (!names) return true;
        }
        return GroupBelievesPronoun().IsMatch(text);
    }

    /// <summary>Puts the speaker the quote analysis found in place of the pronoun of the attribution, marked as
    /// added the way editors mark words they insert: "“…,” he said." becomes "“…,” [Josh Byerly] said." A label in
    /// front ("Josh Byerly: “…,” he said.") would name the speaker twice.</summary>
    public static string NamePronounSpeaker(string text, string speaker)
    {
        var m = PronounAttribution().Match(text);
        if (!m.Success) return text;
        var p = m.Groups["p"];
        return $"{text.AsSpan(0, p.Index)}[{speaker}]{text.AsSpan(p.Index + p.Length)}";
    }

    /// <summary>A sentence broken off at the end of a line — a PDF's or a hard-wrapped page's ("… Carter Page. Page is
    /// a", "… in favor of") — ends on a word that needs the next one: an article, a preposition, a conjunction, a
    /// possessive or a verb of being, with no stop (not a word that also ends a headline as an adverb or a particle:
    /// "… than ever before", "Senator weighs in"). What the next line starts with is the rest of that sentence
    /// ("US citizen who served as a volunteer advisor …"), not a sentence of its own. A headline ends on a content
    /// word ("Mayor says the bridge will reopen").</summary>
    public static bool BreaksOffMidSentence(string text)
    {
        var t = text.AsSpan().TrimEnd();
        if (t.Length == 0 || !char.IsLetter(t[^1])) return false;
        int start = t.Length - 1;
        while (start > 0 && char.IsLetter(t[start - 1])) start--;
        return start > 0 && WordsNeedingMore.Contains(t[start..]);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordsNeedingMore = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "to", "and", "or", "for", "with", "by", "at", "from", "into", "as", "that",
        "which", "who", "whom", "whose", "is", "are", "was", "were", "be", "been", "his", "their", "its", "our", "my", "your",
        "than", "between",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A quotation attributed only to a pronoun: the speaker is named in an earlier sentence.</summary>
    public static bool HasPronounSpeakerOnly(string text) => PronounAttributionGate.IsMatch(text) && !NamedAttribution().IsMatch(text);

    private static readonly System.Buffers.SearchValues<string> SpacedPronouns =
        System.Buffers.SearchValues.Create([" he ", " she ", " his ", " her "], StringComparison.Ordinal);

    // These run on every unit and almost none attributes anything: each regex runs only where its verbs are.
    private static readonly GatedPattern PronounAttributionGate = new(PronounAttribution(),
        "said", "says", "added", "adds", "told", "explained", "continued", "wrote", "noted", "asked", "emphasi", "stressed",
        "insisted", "argued", "warned", "admitted", "acknowledged", "recalled", "declared", "responded", "replied", "remarked", "conceded",
        "joked", "quipped", "vowed", "tweeted");
    private static readonly GatedPattern BareAttributionGate = new(BareAttribution(),
        "wrote", "said", "says", "posted", "tweeted", "added", "explained", "told");

    /// <summary>The gated regexes with their gates, for the test that holds each gate a superset of its regex.</summary>
    internal static IReadOnlyList<GatedPattern> Gates { get; } = [PronounAttributionGate, BareAttributionGate];

    /// <summary>The text's last character other than white space is a full stop, as every bare attribution's is.</summary>
    internal static bool EndsOnStop(string text) => text.AsSpan().TrimEnd() is { Length: > 0 } t && t[^1] == '.';

    internal static Regex BareAttributionPattern => BareAttribution();

    [GeneratedRegex(@"[""”’']\s*,?\s*(?<p>he|she|they)\s+(said|says|added|adds|told|explained|continued|wrote|noted|asked|emphasi[sz]ed|stressed|insisted|argued|warned|admitted|acknowledged|recalled|declared|responded|replied|remarked|conceded|joked|quipped|vowed|tweeted)\b|\b(?<p>he|she|they)\s+(said|says|added)\s*[.,:]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PronounAttribution();

    [GeneratedRegex(@"^\s*[""“‘']\s*(but|and|however|also|still|yet|so|meanwhile|instead|then|or|nor|thus|moreover|furthermore|otherwise|nevertheless|likewise|hence|as such|therefore|consequently|accordingly)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuotedConnective();

    [GeneratedRegex(@"^\W*(yes|yeah|yep|no(?!\.\s*\d)|nope|well|sure|okay|ok|oh|right|exactly|absolutely|indeed|of course|not at all|not really)\s*[,.!?;—–]", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyOpening();

    [GeneratedRegex(@"^\s*[^,;:""“”‘’]{1,60}?\b(wrote|said|says|posted|tweeted|added|explained|told\s+(the\s+)?(reporters|journalists|\p{Lu}[\p{L}.]+))(?<place>\s+(on|in|to|at|during|after|via|through|from|before)\b(\s+[\p{L}\d'’.-]+){1,8})?\s*\.\s*$")]
    private static partial Regex BareAttribution();

    /// <summary>Words that open or carry a clause: after them the place is followed by what was said.</summary>
    [GeneratedRegex(@"\b(that|whether|if|because|would|will|was|were|is|are|has|had|have|could|should|may|might|can|did|does|do)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseWord();

    /// <summary>A name beside the verb: "said Smith", "Smith said". A capital after the verb that is a day, a month or
    /// a time word ("she said Wednesday", "he said Monday night") is when it was said, and the listener of "told"
    /// ("she told CNN") is not the speaker: neither names who spoke.</summary>
    [GeneratedRegex(@"\b(said|says|added)\s+(?!(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Tonight|Yesterday|Last|Later|Earlier)\b)\p{Lu}\p{L}+|\p{Lu}\p{L}+\s+(said|says|told|added)\b")]
    private static partial Regex NamedAttribution();

    [GeneratedRegex(@"^\W{0,2}\p{Lu}[\p{L}'’.&-]*(\s+\p{Lu}[\p{L}'’.&-]*){0,3}:\s")]
    private static partial Regex Label();

    [GeneratedRegex(@"\b(says|said|asks|asked|adds|added|writes|wrote|tweeted|recalls|recalled)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LabelSpeaks();

    [GeneratedRegex(@"^\s*(?<intro>((Hours|Days|Weeks|Months|Years|Decades|Minutes|Moments)\s+(later|earlier|after|before)|\p{Lu}\p{Ll}+ing|Asked|Pressed|Born|Raised|Known|Dressed|Seated|Faced|Charged|Accused|Convicted|Married|Divorced|In|On|At|During|After|Before|Since|With|Without|For|From|By|Under|Over|Despite|Following|Throughout|Within|Upon|Later|Earlier|Last|Next|Then|Now|Today|Tonight|Yesterday|Recently|Previously|Instead|Afterwards?|Eventually|Finally|Initially|Ultimately|Separately|Additionally|Meanwhile|Again|Once|When|While|As|Although|Though|Because|If|Until|Unless|Like|Unlike|Besides|Back|Of|Asked about)\b[^,;:""“”‘’()]{0,60}),\s+(he|she|his|her)\s")]
    private static partial Regex PronounAfterPhrase();

    [GeneratedRegex(@"\b\p{Lu}\p{L}*")]
    private static partial Regex CapitalizedWord();

    private static bool IntroNames(string intro, Match word) =>
        intro.AsSpan(word.Index + word.Length).StartsWith("'s") || intro.AsSpan(word.Index + word.Length).StartsWith("’s")
        || IntroSubject().IsMatch(intro.AsSpan(0, word.Index));

    /// <summary>What stands before a name that is the intro clause's subject: its conjunction, an article, other capitals.</summary>
    [GeneratedRegex(@"^\p{Lu}\p{L}*\s+((the|a|an)\s+)?(\p{Lu}[\p{L}.'’-]*\s+)*$")]
    private static partial Regex IntroSubject();

    private static readonly HashSet<string> Calendar = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    [GeneratedRegex(@"^\s*(?i:police|authorities|officials|investigators|prosecutors|detectives|deputies|officers|troopers|witnesses|neighbors|neighbours|relatives|friends|sources|records|documents|court (records|documents|papers))\s+(\p{Ll}+\s+)?(say|said|says|believe|believed|allege|alleged|suspect|suspected|think|thought|claim|claimed|told|tell)\s+(that\s+)?(he|she|his|her)\s")]
    private static partial Regex GroupBelievesPronoun();
}
