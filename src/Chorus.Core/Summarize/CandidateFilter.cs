using Chorus.Analyze;
using Chorus.Clean;
using Chorus.Link;
using Chorus.Segment;

namespace Chorus.Summarize;

/// <summary>
/// What a summary may show in place of one sentence: the sentence itself, or the whole quotation it belongs to
/// together with the sentence that attributes it, with the speaker added when only the quote analysis knows it.
/// </summary>
/// <param name="First">Cluster index of the unit's first sentence; the unit runs over consecutive sentences of one article.</param>
/// <param name="Last">Cluster index of its last sentence.</param>
/// <param name="Text">What the reader sees (a stray mark repaired, the sentences joined).</param>
/// <param name="Sources">Documents that carry every sentence of the unit.</param>
/// <param name="AddedSpeaker">The speaker found by the quote analysis, shown marked as added, with the role the cluster gives
/// the person when it gives one (<see cref="SpeakerRole"/>: "Don Clark, a family friend and the boy's former coach").</param>
/// <param name="NeedsPrevious">Opens on a pronoun or connective: shown only right after the sentence before it.</param>
/// <param name="IsReaction">Quotes someone's words: a reaction rather than the event ("…, officials said" is reporting).</param>
/// <param name="SpeakerToMeet">The surname of a speaker whose label Chorus added ("Name: “…”") without a role the cluster
/// gives: the unit's own text does not say who that is, so a summary shows it only after a sentence that names the person
/// (<see cref="UnmetSpeaker"/>). An added first name ("[Jordan] Milner said") or a name in place of "he said" is not held
/// back: waiting for those cost 0.1 to 0.6 R-2 on dev.</param>
public sealed record CandidateUnit(int First, int Last, string Text, IReadOnlyList<string> Sources, string? AddedSpeaker,
    bool NeedsPrevious, bool IsReaction, string? SpeakerToMeet = null)
{
    public IEnumerable<int> Members => Enumerable.Range(First, Last - First + 1);

    public int Words => Ingest.TextStats.CountWords(Text);
}

/// <summary>
/// Which sentences a reader can be shown (issue 12), for every summarizer that selects sentences and for the
/// ranker's training data: no page furniture; no cut quotation (a quotation over several sentences comes whole
/// or not at all; a stray mark is kept only when its repair is certain); no quotation of four or more words
/// without its speaker — named in the unit, in the attributing sentence taken with it, or added from the quote
/// analysis.
/// </summary>
public sealed class CandidateFilter
{
    /// <summary>Longest quotation, in sentences, shown whole: longer ones are speeches, not summary material.</summary>
    public const int MaxUnitSentences = 5;

    private readonly LinkedCluster _cluster;
    private readonly Dictionary<(string Doc, int Position), string> _speakers;
    private readonly CandidateUnit?[] _units;

    /// <param name="surnameIndexFrom">Clusters of this many sentences or more look surnames up through an index
    /// (<see cref="SentencesThatMayName"/>); tests pass 0 to check it finds what reading every sentence finds.</param>
    public CandidateFilter(LinkedCluster cluster, IReadOnlyList<Quote>? quotes = null, int surnameIndexFrom = DefaultSurnameIndexFrom)
    {
        _cluster = cluster;
        _surnameIndexFrom = surnameIndexFrom;
        quotes ??= new QuoteExtractor().Extract(cluster);
        _speakers = new();
        foreach (var q in quotes)
            if (q.Speaker is { } speaker)
                foreach (var r in q.Sentences) _speakers.TryAdd((r.Doc, r.Index), speaker);
        _furniture = new sbyte[cluster.Sentences.Count];
        _units = new CandidateUnit?[cluster.Sentences.Count];
        for (int s = 0; s < _units.Length; s++) _units[s] = UnitFor(s);
    }

    /// <summary>Per sentence: 0 not yet judged, 1 furniture, -1 not. Every sentence of a quotation is judged for
    /// each unit that spans it, and a one-sentence unit's text is its sentence's: the regexes run once each.</summary>
    private readonly sbyte[] _furniture;

    private bool SentenceIsFurniture(int k)
    {
        if (_furniture[k] == 0) _furniture[k] = IsFurniture(_cluster.Sentences[k].Text) ? (sbyte)1 : (sbyte)-1;
        return _furniture[k] > 0;
    }

    // The unit last built: every sentence of one quotation gives the same span, and the unit depends on nothing else.
    private int _lastFirst = -1, _lastLast = -1;
    private CandidateUnit? _lastUnit;

    public bool IsCandidate(int sentence) => _units[sentence] is not null;

    /// <summary>The unit a sentence is shown in, or null when it must not be shown.</summary>
    public CandidateUnit? UnitOf(int sentence) => _units[sentence];

    /// <summary>One flag per sentence of the cluster: may it be shown.</summary>
    public bool[] Mask() => _units.Select(u => u is not null).ToArray();

    private CandidateUnit? UnitFor(int s)
    {
        var sentences = _cluster.Sentences;
        var sentence = sentences[s];
        var part = sentence.Quotation;
        if (part.Role == QuoteRole.Stray) return null;
        int first = s - (sentence.Position - part.First), last = s + (part.Last - sentence.Position);
        if (last - first + 1 > MaxUnitSentences) return null;
        if (first == _lastFirst && last == _lastLast) return _lastUnit;
        (_lastFirst, _lastLast) = (first, last);
        return _lastUnit = UnitSpanning(first, last);
    }

    /// <summary>The unit over these sentences, or null when any check turns it away. Every check is a pure test of the
    /// sentences and the unit's text, so the order is free: the cheap tests of the text's shape run first and the
    /// furniture regexes (a third of the filter's time) last, on the units every other check let through.</summary>
    private CandidateUnit? UnitSpanning(int first, int last)
    {
        var sentences = _cluster.Sentences;
        for (int k = first; k <= last; k++)
            if (sentences[k].Quotation.Role == QuoteRole.Stray) return null;
        // The rest of a sentence a hard-wrapped line broke off: its start is in the sentence before.
        if (sentences[first].Position > 0 && StandAloneCheck.BreaksOffMidSentence(sentences[first - 1].Text)) return null;

        int quotedFirst = first;
        string text = TextOf(first, last);
        string? addedSpeaker = null;
        if (QuotationMarks.QuotesWords(text) && !QuotationMarks.HasAttribution(text))
        {
            if (AttributesNext(first) && last - first + 2 <= MaxUnitSentences) { first--; text = TextOf(first, last); }
            // A text that already names the speaker ("Garner continued: “…”") would show the name twice.
            else if (SpeakerOf(first, last) is { } speaker)
            {
                if (Names(text, speaker)) addedSpeaker = null;
                // A label reads as the speaker of what follows it: before narration ("Chaney: The photo was captioned: “…”")
                // it makes the narrator the speaker. Such a unit goes out, as one with no speaker does.
                else if (!QuotationMarks.OpensOnQuotation(text)) return null;
                else addedSpeaker = speaker;
            }
            else return null;
        }
        string? speakerToMeet = addedSpeaker;
        // A label that says who the speaker is introduces the person itself.
        if (addedSpeaker is not null && RoleOf(addedSpeaker) is { } role)
        {
            addedSpeaker = $"{addedSpeaker}, {role}";
            speakerToMeet = null;
        }
        bool pronounSpeaker = StandAloneCheck.HasPronounSpeakerOnly(text);
        if (pronounSpeaker && addedSpeaker is null && SpeakerOf(first, last) is { } named && !Names(text, named))
        {
            text = StandAloneCheck.NamePronounSpeaker(text, named);
            pronounSpeaker = false;
        }
        // "“…,” Daniels said." names whom only an earlier sentence introduced: the first name goes in, marked as added.
        else if (!pronounSpeaker && addedSpeaker is null && QuotationMarks.QuotesWords(text) && SpeakerOf(first, last) is { } full && full.Contains(' '))
            text = SurnameAttribution.Complete(text, full);
        // It says nothing without the text it announces or was cut from, it is a headline or label, or it asks rather than tells.
        if (StandAloneCheck.EndsOpen(text) || StandAloneCheck.StartsMidSentence(text) || StandAloneCheck.LacksEnding(text) || StandAloneCheck.IsAside(text)
            || StandAloneCheck.AsksQuestion(text) || QuotationMarks.IsUnpaired(text))
            return null;
        bool needsPrevious = (SentenceOpener.LeansBack(text) || LeaningConnective.Opens(text)) && !LeaningConnective.CanDrop(text) || StandAloneCheck.QuotationLeansBack(text)
            || StandAloneCheck.AnswersUnseenQuestion(text) || pronounSpeaker || StandAloneCheck.PronounWithoutReferent(text)
            || sentences[first].Position > 0 && StandAloneCheck.SeeksAnswerToQuestionBefore(text, sentences[first - 1].Text);
        // Nothing precedes an article's first sentence in a summary that could give it its referent.
        if (needsPrevious && sentences[first].Position == 0) return null;
        // It speaks in an outlet's or a source's own voice, or it only says that someone spoke, or its conversion to text broke it, or it is a
        // transcript's turn or a table's row, or it shouts.
        if (UnquotedVoice.Speaks(text) || StandAloneCheck.AttributesNothing(text) || DamagedText.Shows(text) || StandAloneCheck.OpensOnLabel(text) || StandAloneCheck.Shouts(text))
            return null;
        // It has no verb, or it tells only how the outlet reported ("… did not answer our calls").
        if (VerblessFragment.Is(text) || ReportingProcess.Tells(text)) return null;
        for (int k = quotedFirst; k <= last; k++)
            if (SentenceIsFurniture(k)) return null;
        if (IsSentenceText(first, last, text) ? SentenceIsFurniture(first) : IsFurniture(text)) return null;
        bool reaction = QuotationMarks.QuotesWords(text);
        return new CandidateUnit(first, last, text, SourcesOf(first, last), addedSpeaker, needsPrevious, reaction, UnmetSpeaker.SurnameOf(speakerToMeet));
    }

    /// <summary>A line of page furniture, or a sentence that captions a picture or credits the work.</summary>
    private static bool IsFurniture(string text) => FurnitureLine.IsFurniture(text) || FurnitureSentence.IsFurniture(text);

    /// <summary>The text already names the speaker (by surname): adding it again says nothing.</summary>
    private static bool Names(string text, string speaker) =>
        text.Contains(speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1], StringComparison.Ordinal);

    private string TextOf(int first, int last)
    {
        var sentences = _cluster.Sentences;
        if (first == last) return sentences[first].Quotation.Repaired ?? sentences[first].Text;
        var parts = new string[last - first + 1];
        for (int k = first; k <= last; k++) parts[k - first] = sentences[k].Quotation.Repaired ?? sentences[k].Text;
        return string.Join(' ', parts);
    }

    /// <summary>The unit shows one sentence's own text, unrepaired: what holds of that sentence holds of the unit.</summary>
    private bool IsSentenceText(int first, int last, string text) => first == last && ReferenceEquals(text, _cluster.Sentences[first].Text);

    /// <summary>The sentence before says who speaks next ("Smith told reporters on Monday:"): it names the act of
    /// speaking, quotes nothing itself, and stands alone.</summary>
    private bool AttributesNext(int first)
    {
        var sentences = _cluster.Sentences;
        if (sentences[first].Position == 0) return false;
        var previous = sentences[first - 1];
        return previous.Quotation.Role == QuoteRole.None && QuotationMarks.HasAttribution(previous.Text)
            && !SentenceOpener.LeansBack(previous.Text) && !SentenceIsFurniture(first - 1)
            && previous.Paragraph >= sentences[first].Paragraph - 1;
    }

    /// <summary>The speaker to show: the analysis' speaker with its one first name. A surname that the cluster gives
    /// two or more first names ("Gary Wilson", "Jane Wilson": a husband and a wife, a father and a son) names no one
    /// the reader can tell apart, so it is no speaker to show: the label is not added and a pronoun stays a pronoun.</summary>
    private string? SpeakerOf(int first, int last)
    {
        for (int k = first; k <= last; k++)
            if (_speakers.TryGetValue((_cluster.Sentences[k].DocId, _cluster.Sentences[k].Position), out var speaker))
                return FullName(speaker) is var full && _sharedSurnames.Contains(full) ? null : full;
        return null;
    }

    private readonly HashSet<string> _sharedSurnames = new(StringComparer.Ordinal);

    private Dictionary<string, string?>? _roles;

    /// <summary>What the cluster says the speaker is (<see cref="SpeakerRole"/>), read once per speaker.</summary>
    private string? RoleOf(string fullName)
    {
        _roles ??= new(StringComparer.Ordinal);
        if (_roles.TryGetValue(fullName, out var known)) return known;
        string? role = null;
        if (UnmetSpeaker.SurnameOf(fullName) is { } surname && fullName.Contains(' '))
            foreach (var sentence in SentencesThatMayName(surname))
                if ((role = SpeakerRole.In(sentence.Text, fullName)) is not null) break;
        return _roles[fullName] = role;
    }

    private readonly Dictionary<string, string> _fullNames = new(StringComparer.Ordinal);

    /// <summary>A speaker the analysis gives by surname ("Solberg") is shown with the one first name the cluster
    /// gives that surname ("Rita Solberg"); with none, or several, the surname stays.</summary>
    private string FullName(string speaker)
    {
        if (speaker.Contains(' ')) return speaker;
        if (_fullNames.TryGetValue(speaker, out var full)) return full;
        var found = new List<string>();
        foreach (var sentence in SentencesThatMayName(speaker)) FirstNameScan.Before(sentence.Text, speaker, found);
        var firsts = found.Where(f => !NotFirstNames.Contains(f) && !OpensClause(f)).Distinct(StringComparer.Ordinal).ToList();
        if (firsts.Count > 1) _sharedSurnames.Add(speaker);
        return _fullNames[speaker] = firsts.Count == 1 ? $"{firsts[0]} {speaker}" : speaker;
    }

    /// <summary>The sentences that can hold "First Surname": every match holds the surname right after white space.
    /// A long input looks them up by the surname's first three characters (one index, built once) instead of
    /// reading every sentence once per surname, which grew with surnames × sentences.</summary>
    private IEnumerable<Segment.Sentence> SentencesThatMayName(string surname)
    {
        var sentences = _cluster.Sentences;
        if (sentences.Count < _surnameIndexFrom || surname.Length < 3 || surname.AsSpan().ContainsAny(WhiteSpace))
            return sentences.Where(s => s.Text.Contains(surname, StringComparison.Ordinal));
        _byWordStart ??= WordStarts();
        return _byWordStart.TryGetValue(surname[..3], out var list) ? list.Select(k => sentences[k]) : [];
    }

    /// <summary>Below this many sentences reading each one per surname costs less than building the index.</summary>
    public const int DefaultSurnameIndexFrom = 2000;

    private readonly int _surnameIndexFrom;

    private static readonly System.Buffers.SearchValues<char> WhiteSpace = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray());

    private Dictionary<string, List<int>>? _byWordStart;

    /// <summary>Sentences by the first three characters of each word that follows white space, ascending.</summary>
    private Dictionary<string, List<int>> WordStarts()
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var lookup = index.GetAlternateLookup<ReadOnlySpan<char>>();
        var sentences = _cluster.Sentences;
        for (int k = 0; k < sentences.Count; k++)
        {
            var text = sentences[k].Text;
            for (int i = 1; i + 3 <= text.Length; i++)
            {
                if (!char.IsWhiteSpace(text[i - 1]) || char.IsWhiteSpace(text[i])) continue;
                var key = text.AsSpan(i, 3);
                if (!lookup.TryGetValue(key, out var list)) lookup[key] = list = [];
                if (list.Count == 0 || list[^1] != k) list.Add(k);
            }
        }
        return index;
    }

    /// <summary>A function word that opens a sentence or clause before the surname ("If Ross …", "Although Smith …"):
    /// no first name. "Will" and "May" are first names too often to be ruled out.</summary>
    private static bool OpensClause(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower is not ("will" or "may") && Segment.StopWords.Contains(lower);
    }

    /// <summary>Capitalized words that stand before a surname without being a first name.</summary>
    private static readonly HashSet<string> NotFirstNames = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "President", "Mayor", "Senator", "Sen", "Rep", "Gov", "Governor", "Judge", "Chief", "Officer",
        "Sheriff", "Captain", "Commander", "General", "Minister", "Secretary", "Professor", "Prof", "Coach", "Director",
        "When", "But", "And", "The", "As", "After", "Said", "Says", "Told", "Asked", "Added", "Lady", "Sir", "Prince", "Princess", "King", "Queen",
    };

    private IReadOnlyList<string> SourcesOf(int first, int last)
    {
        // One sentence: its link group's list, immutable like every record of the linked cluster, serves as it is.
        if (first == last) return _cluster.GroupOfSentence(first).Sources;
        IEnumerable<string> sources = _cluster.GroupOfSentence(first).Sources;
        for (int k = first + 1; k <= last; k++) sources = sources.Intersect(_cluster.GroupOfSentence(k).Sources);
        return sources.ToList();
    }
}
