using System.Text.RegularExpressions;
using Chorus.Link;
using Chorus.Segment;

namespace Chorus.Analyze;

/// <summary>
/// Direct quotations and their speakers as the text attributes them: "…", X said; X said: "…"; "…," said X;
/// and "…", he said, resolved to the person named as speaker just before. A quote no pattern attributes keeps
/// a null speaker rather than a guess. The same quotation in several outlets is one entry.
/// </summary>
public sealed partial class QuoteExtractor
{
    /// <summary>Quoted spans shorter than this are scare quotes or titles ("red line", "fiction").</summary>
    public int MinWords { get; init; } = 4;

    private const string Verbs = @"said|says|told|tells|added|adds|asked|asks|explained|explains|wrote|writes|noted|notes|insisted|insists|declared|declares|stated|states|warned|warns|continued|recalled|recalls|replied|replies|argued|argues|admitted|admits|claimed|claims|acknowledged|acknowledges|conceded|concedes|remarked|tweeted|posted|responded|responds|exclaimed|quipped|joked|shouted|yelled|captioned|concluded|testified|cautioned|emphasized|emphasised|vowed|boasted|lamented|announced|confirmed|urged|pleaded|demanded|countered|observed|mused|wondered|promised|suggested|reiterated|stressed|maintained|commented|cried|screamed|sobbed";

    /// <summary>Verbs that may come before their speaker ("…," said Jo Roe; "…?" asked Jo Roe). Not "told": the name
    /// after it is who heard the words ("…," he told BBC News; "…" told the Daily Mail).</summary>
    private const string InvertedVerbs = @"said|says|added|adds|asked|asks|explained|explains|wrote|writes|noted|notes|insisted|insists|declared|declares|stated|states|warned|warns|continued|recalled|recalls|replied|replies|argued|argues|admitted|admits|claimed|claims|acknowledged|acknowledges|conceded|concedes|remarked|tweeted|posted|responded|responds|exclaimed|quipped|joked|shouted|yelled|captioned|concluded|testified|cautioned|emphasized|emphasised|vowed|boasted|lamented|announced|confirmed|urged|pleaded|demanded|countered|observed|mused|wondered|promised|suggested|reiterated|stressed|maintained|commented|cried|screamed|sobbed";

    /// <summary>"…, saying, "…"", "…, adding: "…"": a participle handing the quotation to the clause's subject.</summary>
    private const string Participles = @"saying|adding|telling|writing|noting|explaining|insisting|warning|asking|replying|declaring|arguing|tweeting";

    public IReadOnlyList<Quote> Extract(LinkedCluster cluster)
    {
        var found = new List<(string? Speaker, string Text, IReadOnlyList<Sentence> Sentences, bool Inferred)>();
        foreach (var doc in cluster.Articles)
        {
            var sentences = doc.Sentences;
            string? lastSpeaker = null;
            int lastQuoted = -2;
            bool lastOpenedSentence = false;
            bool lastTailClean = false;
            for (int i = 0; i < sentences.Count; i++)
            {
                // A quotation left open runs on into the next sentences of the paragraph.
                var text = WithClosingMarks(sentences[i].Text);
                int last = i;
                while (IsOpen(text) && last + 1 < sentences.Count && last - i < MaxRunOn && sentences[last + 1].Paragraph == sentences[i].Paragraph)
                    text += " " + WithClosingMarks(sentences[++last].Text);
                var span = sentences.Skip(i).Take(last - i + 1).ToList();
                foreach (var m in Quotations(text))
                {
                    var quote = m.Groups["q"].Value.Trim().TrimEnd(',');
                    if (Ingest.TextStats.CountWords(quote) < MinWords) continue;
                    var before = text[..m.Index];
                    var after = text[(m.Index + m.Length)..];
                    var speaker = SpeakerAfter(after) ?? SpeakerBefore(before);
                    // "“…,\uFFFD? Carson said.": the garbled mark's "?" ended the sentence, and the attribution opens the next.
                    if (speaker is null && after.Trim().Length == 0 && sentences[last].Text.TrimEnd().EndsWith(GarbledClose, StringComparison.Ordinal)
                        && last + 1 < sentences.Count && sentences[last + 1].Paragraph == sentences[last].Paragraph && SpeakerAfter(" " + sentences[last + 1].Text) is { } next && next != Pronoun)
                        speaker = next;
                    bool female = speaker == Pronoun && (After().Match(after).Groups["pronoun"] is { Success: true } a ? a : Before().Match(before).Groups["pronoun"]).Value == "she";
                    if (speaker is null && NonSpeechQuotation.Is(before, quote, after)) continue;
                    bool inferred = speaker == Pronoun;
                    // "Raddatz asked if the tweet is "…," she added", "a remark by Trump in which he said: "…"": the
                    // person speaking, or the one person named with "by", earlier in this very sentence.
                    if (speaker == Pronoun && (PersonOf(SpeechSubject().Match(before)) ?? PersonOf(ByPerson().Match(before))) is { } hereName) speaker = hereName;
                    // "…," he said. "…," he added: the pronoun goes on with the speaker of the quotation that opened
                    // the sentence just before (one quoted inside a sentence may be a nickname or a title).
                    if (speaker == Pronoun)
                        speaker = lastQuoted == i - 1 && lastOpenedSentence && lastTailClean && lastSpeaker is not null ? lastSpeaker
                            : ResolvePronoun(sentences, i, female) ?? SpeakerGoingOn(sentences, lastSpeaker, lastQuoted, i, female);
                    // "WOFL says, …" or "CNN reported: …": a station or agency passing on someone's words is not
                    // the speaker, and the text does not say whose words they are.
                    if (speaker is not null && IsAcronym(speaker)) speaker = null;
                    // "Macron said yesterday that the weapons were a "red line" and "would result in reprisals"",
                    // "Damon addressed the allegations, saying, "…"": the one person this sentence has speaking.
                    if (speaker is null && ClauseSpeaker(before) is { } clauseSpeaker) { speaker = clauseSpeaker; inferred = true; }
                    // "He was not specific on the payments, saying: "…"": the participle's subject is a pronoun.
                    if (speaker is null && PronounParticiple().IsMatch(before) && !NamedBefore().IsMatch(before))
                    {
                        bool she = before.TrimStart().StartsWith("She", StringComparison.Ordinal);
                        speaker = ResolvePronoun(sentences, i, she);
                        inferred = true;
                    }
                    // "Medlin "refused to give up" and kept calling, according to Barbour.": a person as the source.
                    if (speaker is null && SourcePerson(after, sentences) is { } source) { speaker = source; inferred = true; }
                    // A quotation that opens the sentence right after a quoted speaker, with no attribution of its
                    // own, is that speaker going on: the convention of every news style guide. Not when the sentence
                    // before went on to report someone else ("…," Macron noted Putin told him …).
                    if (speaker is null && m.Index <= 1 && lastQuoted == i - 1 && lastSpeaker is not null && lastTailClean && !NamesSomeoneElse(after)) { speaker = lastSpeaker; inferred = true; }
                    found.Add((speaker, quote, span, inferred));
                    lastSpeaker = speaker;
                    lastQuoted = last;
                    lastOpenedSentence = m.Index <= 1;
                    lastTailClean = IsAttributionOnly(after);
                }
                i = last;
            }
        }
        var canonical = NameForms.Canonical(found.Where(f => f.Speaker is not null).Select(f => f.Speaker!));
        var byDoc = cluster.Articles.Where(a => a.Sentences.Count > 0).ToDictionary(a => a.Sentences[0].DocId, a => a.Sentences);
        var fullNames = new Dictionary<(string Doc, string Surname), string?>();
        var docTexts = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Resolve(string? speaker, IReadOnlyList<Sentence> span)
        {
            if (speaker is null) return null;
            // A name of two words or more is whole, unless it is a surname with its particle ("Le Pichon", "Abdel
            // Fattah") that the story gives in full elsewhere ("Jean-Baptiste Le Pichon").
            if (speaker.Contains(' ') && !SurnameParticles.Contains(speaker.Split(' ')[0])) return canonical[speaker];
            var key = (span[0].DocId, speaker);
            if (!fullNames.TryGetValue(key, out var full))
            {
                if (!docTexts.TryGetValue(span[0].DocId, out var text)) docTexts[span[0].DocId] = text = DocumentText(byDoc[span[0].DocId]);
                fullNames[key] = full = FullNameInDocument(speaker, text);
            }
            return full ?? canonical[speaker];
        }
        return Merge(found.Select(f => (Resolve(f.Speaker, f.Sentences), f.Text, f.Sentences, f.Inferred)).ToList());
    }

    /// <summary>"“I ducked,” Pillat said. “…” / He said he did not see the crash. / “…,” he said.": when the sentences
    /// since the last attributed quotation name no one and speak of one person as a pronoun, "he said" is still that
    /// speaker. One to three sentences in between, each led by the same pronoun and naming no one.</summary>
    private static string? SpeakerGoingOn(IReadOnlyList<Sentence> sentences, string? lastSpeaker, int lastQuoted, int i, bool female)
    {
        if (lastSpeaker is null || lastQuoted < 0 || i - lastQuoted - 1 is < 1 or > 3) return null;
        for (int k = lastQuoted + 1; k < i; k++)
        {
            // Every sentence in between goes on about the same "he" ("The comedian was accused …" brings in someone new).
            var text = sentences[k].Text;
            if (!LedBySamePronoun(text, female) || NamesPerson(text, sentences) || OtherGender(text, female) || Quoted().IsMatch(text)) return null;
        }
        return lastSpeaker;
    }

    /// <summary>A surname's full form in the speaker's own document: "Markham said" in a story that names Sarah
    /// Markham is hers, even when another outlet quotes a Bo Markham. Two first names with the surname leave it
    /// alone (the surname itself is returned); null when the document gives no full name.</summary>
    /// <summary>A document's whole text at once: a sentence split after an initial ("said Harry E." / "Johnson Sr.,
    /// …") still shows the full name. Contributor credits name the newsroom's staff, never the speaker. Built once
    /// per document, not once per speaker.</summary>
    private static string DocumentText(IReadOnlyList<Sentence> sentences) =>
        string.Join(' ', sentences.Select(s => s.Text).Where(t => !CreditLine().IsMatch(t)));

    private static string? FullNameInDocument(string surname, string text)
    {
        // Up to two words before the surname, so that a title or a description in front ("Astronomer Jon Halvey") is
        // passed over to the given name.
        var pattern = new Regex(@"\b(?<first>(?:\p{Lu}[\p{L}'’\-]+\s+)?\p{Lu}[\p{L}'’\-]+)\s+(?:\p{Lu}\.\s+)?" + Regex.Escape(surname) + @"\b(?!['’\-]\p{L}{2})", RegexOptions.CultureInvariant);
        var firsts = NamesBefore(pattern, text, surname).Select(m => FirstNames(m.Groups["first"].Value, surname)).Where(f => f is not null).Select(f => f!)
            .Distinct(StringComparer.Ordinal).ToList();
        // The given name is the word right before the surname: the one before it is a description far more often
        // ("Astronomer Jon Halvey", "Billionaire Phillip Ruffin") than a second given name.
        var single = firsts.Select(f => f.Split(' ')[^1]).Distinct(StringComparer.Ordinal).ToList();
        if (single.Count == 1) return $"{single[0]} {surname}";
        if (single.Count > 0) return surname.Contains(' ') ? null : surname;
        // "says Robin", "Mr Khalid": a single name that no one bears as a surname may be the first name of the one
        // full name in the story that starts with it ("his mother Robin Roberts", "Khalid Abu Bakar").
        if (surname.Contains(' ')) return null;
        var given = new Regex(@"\b" + Regex.Escape(surname) + @"\s+(?<rest>\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)?)", RegexOptions.CultureInvariant);
        var rests = given.Matches(text).Select(m => m.Groups["rest"].Value)
            .Where(r => r.Split(' ').All(w => w != surname && !NameForms.NotNames.Contains(w) && !NameForms.IsTitle(w) && !EntityRecognizer.OrganizationWords.Contains(w) && !w.All(char.IsUpper)))
            .Distinct(StringComparer.Ordinal).ToList();
        var longestRest = rests.OrderByDescending(r => r.Length).FirstOrDefault();
        return longestRest is not null && rests.All(r => r == longestRest || longestRest.StartsWith(r + " ", StringComparison.Ordinal)) ? $"{surname} {longestRest}" : null;
    }

    /// <summary>The matches of <paramref name="pattern"/> (given names, then the surname) in the text, looked for
    /// only around each place the surname occurs: a pattern that opens with any capitalized word would otherwise be
    /// tried at every capital of the document once per speaker, quadratic on a long single-file input. A match holds
    /// at most three words and an initial before the surname, so the window opens four words back.</summary>
    private static IEnumerable<Match> NamesBefore(Regex pattern, string text, string surname)
    {
        int done = 0;
        for (int at = text.IndexOf(surname, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surname, at + 1, StringComparison.Ordinal))
        {
            if (at < done) continue;
            int begin = Math.Max(done, WordsBack(text, at, 4));
            int end = Math.Min(text.Length, at + surname.Length + 3);
            for (var m = pattern.Match(text, begin, end - begin); m.Success; m = m.NextMatch())
            {
                done = m.Index + m.Length;
                yield return m;
            }
        }
    }

    /// <summary>Where the <paramref name="words"/>-th whitespace-separated word before <paramref name="at"/> starts.</summary>
    private static int WordsBack(string text, int at, int words)
    {
        int i = at;
        for (int w = 0; w < words && i > 0; w++)
        {
            while (i > 0 && char.IsWhiteSpace(text[i - 1])) i--;
            while (i > 0 && !char.IsWhiteSpace(text[i - 1])) i--;
        }
        return i;
    }

    private static readonly HashSet<string> SurnameParticles = new(StringComparer.Ordinal)
        { "Le", "La", "De", "Del", "Della", "Van", "Von", "Da", "Di", "Du", "Al", "El", "Abdel", "Abdul", "Abu", "Bin", "Ben", "St", "Mac" };

    /// <summary>The given names in front of a surname, without titles and other words that are not names; null when
    /// nothing is left.</summary>
    private static string? FirstNames(string words, string surname)
    {
        var kept = words.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SkipWhile(f => NameForms.IsTitle(f) || NameForms.NotNames.Contains(f) || StopWords.Contains(f.ToLowerInvariant()) || f.All(char.IsUpper) || EntityRecognizer.OrganizationWords.Contains(f) || PossessiveEnd().IsMatch(f))
            .ToList();
        if (kept.Count == 0 || kept.Any(f => NameForms.IsTitle(f) || NameForms.NotNames.Contains(f) || EntityRecognizer.OrganizationWords.Contains(f) || f == surname)) return null;
        return string.Join(' ', kept);
    }

    private const string Pronoun = "\u0001pronoun";

    /// <summary>A closing mark garbled in a crawl: the right double quotation mark's bytes read in a legacy code page
    /// leave a replacement character and a question mark ("…again,\uFFFD? Carson said."). Seen in several outlets of
    /// the news set (a science daily, a morning show's site, a Las Vegas paper); the opening marks survive intact.</summary>
    private const string GarbledClose = "\uFFFD?";

    private static string WithClosingMarks(string text) => text.Contains('\uFFFD') ? text.Replace(GarbledClose, "”") : text;

    /// <summary>A quotation this long is someone's words; a shorter one may be a scare quote ("a "red line"").</summary>
    private const int MinWordsOfSpeech = 4;

    /// <summary>How many sentences after its first a quotation inside one pair of marks may run on.</summary>
    private const int MaxRunOn = 8;

    /// <summary>Quoted stretches of a sentence run; a quotation still open where the paragraph ends (the next
    /// paragraph reopens it) ends there.</summary>
    private static IEnumerable<Match> Quotations(string text)
    {
        int end = 0;
        foreach (Match m in Quoted().Matches(text)) { yield return m; end = m.Index + m.Length; }
        if (IsOpen(text) && Unclosed().Match(text, end) is { Success: true } open) yield return open;
    }

    /// <summary>What follows a quotation is only its attribution ("," said Jane Roe, the mayor.) rather than the
    /// attribution and more reporting of someone else ("…," Macron noted Putin told him …): at most one named
    /// person speaking, and no second quotation.</summary>
    private static bool IsAttributionOnly(string after)
    {
        int end = after.IndexOfAny(['.', '!', '?']);
        var tail = end < 0 ? after : after[..end];
        return SpeechSubject().Matches(tail).Count <= 1 && !Quoted().IsMatch(tail);
    }

    /// <summary>The person a sentence ending "…, according to X." credits: a full name, or a surname the article
    /// gives in full somewhere; never a medium ("according to CNN").</summary>
    private static string? SourcePerson(string after, IReadOnlyList<Sentence> sentences)
    {
        var m = AccordingToPerson().Match(after);
        if (!m.Success || OutletCitationFinder.LooksLikeOutlet(m.Groups["name"].Value)) return null;
        var name = NameForms.Clean(m.Groups["name"].Value);
        return name is not null && !IsAcronym(name) && (name.Contains(' ') || IsSurnameInArticle(name, sentences)) ? Individual(name) : null;
    }

    /// <summary>The speaker of a quotation inside reported speech: the one person whose speech verb comes before
    /// it in the sentence ("X said … that …", "X told reporters … "…""), or the subject of a sentence handing the
    /// quotation on with a participle ("X addressed …, saying, "…""). Two speakers before it leave it unattributed.</summary>
    private static string? ClauseSpeaker(string before)
    {
        var ends = SentenceEnd().Matches(before);
        var clause = ends.Count == 0 ? before : before[(ends[^1].Index + ends[^1].Length)..];
        // "a spokesperson for Spacey said": a name after a preposition is not who speaks.
        // "a specialist at Kaiser Permanente in Oakland, Calif., said": nor is a place. A title in front ("in Paris
        // Mayor Anne Roe said") shows the subject starts after the place.
        var matches = SpeechSubject().Matches(clause).Where(m => !(AfterPreposition().IsMatch(clause[..m.Index]) && NameForms.Clean(m.Groups["name"].Value) == m.Groups["name"].Value.Trim())).ToList();
        if (matches.Count == 1 && PersonOf(matches[0]) is { } speaker && !IsAcronym(speaker) && SpeechVerb().Matches(clause).Count <= 1)
        {
            var rest = clause[(matches[0].Index + matches[0].Length)..];
            // "While Lott said, "…," the review concluded that "…"": the speaker's words were the first quotation.
            // "Trump asked them to fire Ross after he dismissed a proposal, saying, "…"": the participle belongs to
            // the "he" nearer to it, who may be someone else.
            if (OwnQuotation().Match(rest) is { Success: true } own && Ingest.TextStats.CountWords(own.Groups["q"].Value) >= MinWordsOfSpeech || ParticipleEnd().IsMatch(clause) && SubjectPronoun().IsMatch(rest)) return null;
            return speaker;
        }
        var subjects = matches.Select(PersonOf).ToList();
        if (subjects.Count == 0 && ParticipleEnd().IsMatch(clause) && PersonOf(NameLed().Match(clause)) is { } subject && subject.Contains(' ')) return subject;
        // "a dissent by Justice Stephen Breyer in which he said that … "…"": the pronoun is the one person named by "by".
        if (subjects.Count == 0 && PersonOf(ByPerson().Match(clause)) is { } by) return by;
        return null;
    }

    private static bool IsAcronym(string name) => name.Length >= 2 && name.All(c => char.IsUpper(c) || char.IsDigit(c) || c is '.' or '-' or '&');

    /// <summary>An odd number of straight marks, or more curly openings than closings.</summary>
    private static bool IsOpen(string text) => text.Count(c => c == '"') % 2 == 1 || text.Count(c => c == '“') > text.Count(c => c == '”');

    /// <summary>Text after the quotation that names a person: then it is not a plain continuation.</summary>
    private static bool NamesSomeoneElse(string after) => NameRun().IsMatch(after);

    [GeneratedRegex(@"\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+|\b(?:said|says|told|asked|added)\b")]
    private static partial Regex NameRun();

    private static string? SpeakerAfter(string rest)
    {
        var m = After().Match(rest);
        if (!m.Success) return null;
        if (m.Groups["pronoun"].Success) return Pronoun;
        // "…," Google Glass engineer Charles Mendis told …: an organization and a lower-case title before the name;
        // without a title among the lower-case words ("…," Obama told reporters Smith said) it is no attribution.
        if (m.Groups["org"].Success && !m.Groups["role"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(NameForms.IsTitle)) return null;
        var following = rest[(m.Index + m.Length)..];
        // "…," said Melquan's former coach, Don Clark: the possessor is not the speaker; the name set off after is.
        if (PossessiveEnd().IsMatch(m.Groups["name"].Value.Trim()))
            return ApposedName().Match(following) is { Success: true } apposed ? SpeakerName(apposed.Groups["name"].Value) : null;
        // "…," said White House lawyer Ty Cobb: a lower-case title after the organization leads to the person.
        if (TitledPersonAfter().Match(following) is { Success: true } titled && titled.Groups["words"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(NameForms.IsTitle))
            return SpeakerName(titled.Groups["name"].Value);
        return SpeakerName(m.Groups["name"].Value);
    }

    /// <summary>A speaker's name as the attribution gives it. "Xbox's Marc Whitten said", "North Carolina's Perdue
    /// told reporters": the name after a possessive is the person (unless it is an institution's, "St Anne's
    /// Hospital"). Right before the verb, "'s" is "has" ("Polizzi's told the press").</summary>
    private static string? SpeakerName(string raw)
    {
        var name = raw.Trim();
        if (PossessiveInside().Match(name) is { Success: true } p)
        {
            var after = name[(p.Index + p.Length)..];
            if (!after.Split(' ').Any(w => EntityRecognizer.OrganizationWords.Contains(w))) name = after;
        }
        return NameForms.Clean(name);
    }

    [GeneratedRegex(@"\p{L}['’]s?$")]
    private static partial Regex PossessiveEnd();

    [GeneratedRegex(@"^.*?\p{L}['’]s?\s+(?=\p{Lu})")]
    private static partial Regex PossessiveInside();

    [GeneratedRegex(@"^[\s\p{Ll}\-]*,\s+(?<name>" + NameForms.NamePattern + @")\s*(?:[.,;]|$)")]
    private static partial Regex ApposedName();

    [GeneratedRegex(@"^\s+(?<words>(?:[a-z\-]+\s+){1,2})(?<name>" + NameForms.NamePattern + ")")]
    private static partial Regex TitledPersonAfter();

    /// <summary>"Staff writers … contributed to this report", "Reporting by …": the newsroom's own people.</summary>
    [GeneratedRegex(@"\bcontributed\b|\b(?:Reporting|Writing|Editing|Additional reporting) by\b|\bStaff writers?\b", RegexOptions.IgnoreCase)]
    private static partial Regex CreditLine();

    private static string? SpeakerBefore(string before)
    {
        // A transcript line: "Keilar: "You say it is not a shake-up …"".
        if (TranscriptSpeaker().Match(before) is { Success: true } transcript) return SpeakerName(transcript.Groups["name"].Value);
        // "…," says Jo Roe, a director on the film, "…": the attribution between two parts, speaker after the verb.
        if (Between().Match(before) is { Success: true } between) return SpeakerName(between.Groups["name"].Value);
        var m = Before().Match(before);
        if (!m.Success) return null;
        if (m.Groups["pronoun"].Success) return Pronoun;
        var name = SpeakerName(m.Groups["name"].Value);
        // "leaflets dropped across Helmand said, "…"", "a spokesperson for Spacey said: "…"": a name after a
        // preposition is a place or the person spoken for, not the subject (a title before it, as in "in Paris Mayor
        // Anne Roe said", shows the subject starts later).
        if (name is not null && name == m.Groups["name"].Value.Trim() && PlaceOrPartyBefore().IsMatch(before[..m.Groups["name"].Index])) return null;
        return name;
    }

    [GeneratedRegex(@"\b(?:for|of|to|with|from|about|against|at|in|throughout|across|near|inside|outside)\s+(?:the\s+)?$")]
    private static partial Regex PlaceOrPartyBefore();

    /// <summary>"he said" takes the person named as speaking near the start of one of the three sentences
    /// before ("Putin, who stood beside Macron, said …"), or at its end ("…, NASA spokesman Josh Byerly said."), or
    /// the person the sentence right before opens with ("Wyatt referenced …"), where sentences led by a pronoun
    /// ("But she said she had been asleep.") go on about the same person and do not count as coming between.
    /// A name merely mentioned ("her response to Damon") is not enough: then no speaker is given.</summary>
    private static string? ResolvePronoun(IReadOnlyList<Sentence> sentences, int i, bool female)
    {
        bool adjacent = true;
        for (int back = i - 1; back >= Math.Max(0, i - 3); back--)
        {
            var previous = sentences[back].Text;
            // "Jumaah told Turner that he and his family …", then "…," she said: a sentence that speaks of its person
            // only as "he" cannot be the one "she" points back to (and the other way round).
            bool otherGender = OtherGender(previous, female);
            // "He was alert, even laughing when board Chairman Connie Bisbee said he was 90.": a sentence led by the
            // pronoun goes on about the person before it; a name inside it is someone else.
            if (LedBySamePronoun(previous, female)) continue;
            var subject = FirstPersonMatch(SpeechSubject(), previous);
            // Far into the sentence the subject may follow a long opening ("In Minya, one of the provinces …, Mina
            // Magdy, a Christian, said …"): right before the quotation and the only person speaking there, it counts.
            bool onlySpeaker = back == i - 1 && subject.Success && SpeechSubject().Matches(previous).Count == 1;
            if (!otherGender && Individual(PersonOf(subject)) is { } name && (subject.Index <= 60 || onlySpeaker && name.Contains(' '))) return name;
            if (!otherGender && Individual(PersonOf(FinalAttribution().Match(previous))) is { } finalName) return finalName;
            // A lone capitalised word opens many sentences ("Gosh, …"): it counts only as the surname of a full
            // name the article gives somewhere.
            if (adjacent && !otherGender && Individual(PersonOf(NameLed().Match(previous))) is { } ledName
                && (ledName.Contains(' ') || IsSurnameInArticle(ledName, sentences))) return ledName;
            // "A spokesman for the visitors authority, Jeremy Handel, reassured people …": the person a sentence
            // introduces by role and then by name is its subject.
            if (back == i - 1 && !otherGender && Individual(PersonOf(ApposedSubject().Match(previous))) is { } apposedName && apposedName.Contains(' ')) return apposedName;
            // A quotation in between belongs to someone already: looking further back would skip a speaker. So does a
            // person named in between ("Rep. Will Hurd (R-Texas), a member of …, said he …"): the pronoun may be theirs.
            if (Quoted().IsMatch(previous) || NamesPerson(previous, sentences)) return null;
            adjacent &= PronounLed().IsMatch(previous);
        }
        return null;
    }

    private static bool LedBySamePronoun(string sentence, bool female) =>
        PronounLed().Match(sentence) is { Success: true } m && (female ? SheLed().IsMatch(sentence) : HeLed().IsMatch(sentence));

    [GeneratedRegex(@"^\W*(?:(?:But|And|So|Yet|Then|Still)\s+)?(?:He|he)\b")]
    private static partial Regex HeLed();

    [GeneratedRegex(@"^\W*(?:(?:But|And|So|Yet|Then|Still)\s+)?(?:She|she)\b")]
    private static partial Regex SheLed();

    /// <summary>Some capitalised run in the sentence is a person's full name: not an institution, and not a run that
    /// only opens the sentence.</summary>
    private static bool NamesPerson(string sentence, IReadOnlyList<Sentence> sentences) =>
        FullName().Matches(sentence).Any(m => NameForms.Clean(m.Value) is { } n && n.Contains(' ') && Individual(n) is not null)
        // "McComas's part of the mission will …": a surname of the story in the possessive is a person too.
        || PossessiveName().Matches(sentence).Any(m => IsSurnameInArticle(m.Groups["name"].Value, sentences));

    [GeneratedRegex(@"\b(?<name>\p{Lu}[\p{L}\-]+)['’]s?(?!\p{L})")]
    private static partial Regex PossessiveName();

    /// <summary>Two to four capitalised words, a middle initial allowed: a title in front ("Spokesman Rob Manning") is
    /// dropped by <see cref="NameForms.Clean"/> and the name is left.</summary>
    [GeneratedRegex(@"\p{Lu}\p{Ll}+(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{Ll}'’\-]+){1,3}")]
    private static partial Regex FullName();

    /// <summary>"he" or "she" is a person, never "the Secret Service", "the Interior Department" or a news medium
    /// ("… and Forbes continued to fall for it").</summary>
    private static string? Individual(string? name) =>
        name is not null && (name.Split(' ').Any(w => EntityRecognizer.OrganizationWords.Contains(w)) || OutletCitationFinder.LooksLikeOutlet(name)) ? null : name;

    private static bool OtherGender(string sentence, bool female)
    {
        var words = PronounWord().Matches(sentence).Select(m => m.Value.ToLowerInvariant()).ToList();
        bool he = words.Any(w => w is "he" or "his" or "him"), she = words.Any(w => w is "she" or "her" or "hers");
        return female ? he && !she : she && !he;
    }

    [GeneratedRegex(@"\b(?:he|she)\s+(?!said|says)[a-z]+", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectPronoun();

    [GeneratedRegex(@"\b(?:he|she|his|him|her|hers)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PronounWord();

    [GeneratedRegex(@"^\W*(?:(?!(?:He|She|They|It|We|I)\b)\p{Lu}\p{Ll}+\s+)??(?:(?!(?:" + Verbs + @")\b)[a-z\-]+\s+){0,2}(?<name>" + NameForms.NamePattern + @")(?:," + Apposition + @")?\s+(?:also\s+|then\s+|later\s+|\w+ly\s+)?(?:[a-z]+ed|was|is|has|had|[a-z]+[a-rt-z]s|chose|took|wrote|spoke|made|gave|went|came|sent|began|held|left|met|ran|saw|spent|stood|thought|won|got|put|told|said)\b")]
    private static partial Regex NameLed();

    [GeneratedRegex(@"^\W*(?:A|An|The|Another)\s[^,""“”]{3,80},\s(?<name>" + NameForms.NamePattern + @")(?:,\s[^,""“”]{1,40})*,\s+(?:also\s+|then\s+)?[a-z]+(?:ed|s)\b")]
    private static partial Regex ApposedSubject();

    /// <summary>The first match of the pattern that names a person: "In an interview Tuesday, Essam el-Erian, …, said"
    /// first matches at "Tuesday", which is no one, and the search goes on from the next word.</summary>
    private static Match FirstPersonMatch(Regex pattern, string text)
    {
        var m = pattern.Match(text);
        while (m.Success && PersonOf(m) is null && text.IndexOf(' ', m.Index) is var next and > 0) m = pattern.Match(text, next + 1);
        return m;
    }

    private static bool IsSurnameInArticle(string word, IReadOnlyList<Sentence> sentences)
    {
        // "Nicholas S. Zeppos": a middle initial may stand between.
        var fullName = new Regex(@"\p{Lu}[\p{L}'’\-]+\s+(?:\p{Lu}\.\s+)?" + Regex.Escape(word) + @"\b", RegexOptions.CultureInvariant);
        return sentences.Any(s => fullName.IsMatch(s.Text));
    }

    [GeneratedRegex(@"^\W*(?:(?:But|And|So|Yet|Then|Still)\s+)?(?:He|She|They|he|she|they)\b")]
    private static partial Regex PronounLed();

    /// <summary>The one person a subject match names, or null when it matched nothing or names a group.</summary>
    private static string? PersonOf(Match m) =>
        m.Success && SpeakerName(m.Groups["name"].Value) is { } name && !IsGroupNoun(name) ? name : null;

    /// <summary>"Palestinians", "Democrats", "Catholics": a people, a party or a faith, not one speaker. Only these
    /// plural endings count: many surnames end in "s" too ("Simmons", "Jones", "Roberts").</summary>
    private static bool IsGroupNoun(string name) => !name.Contains(' ') && GroupEnding().IsMatch(name);

    [GeneratedRegex(@"(?:ians|cans|rats|ics|ims|ives|ists|ites|ese)$")]
    private static partial Regex GroupEnding();

    private static IReadOnlyList<Quote> Merge(List<(string? Speaker, string Text, IReadOnlyList<Sentence> Sentences, bool Inferred)> found)
    {
        var groups = new List<List<(string? Speaker, string Text, IReadOnlyList<Sentence> Sentences, bool Inferred)>>();
        // A quotation joins the first group whose first quotation shares enough of its words. Shared words are counted
        // through postings of each group's first quotation, so a long input costs the postings it touches rather than
        // a re-tokenization of every group per quotation (quadratic on a 1 MB single-file input).
        var firstWords = new List<int>();
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var shared = new List<int>();
        var touched = new List<int>();
        foreach (var f in found)
        {
            var words = WordsOf(f.Text);
            int joined = -1;
            if (words.Count == 0) joined = firstWords.IndexOf(0);
            else
            {
                foreach (var w in words)
                    if (postings.TryGetValue(w, out var list))
                        foreach (var g in list)
                            if (shared[g]++ == 0) touched.Add(g);
                foreach (var g in touched)
                {
                    if ((joined < 0 || g < joined) && Similar(shared[g], firstWords[g], words.Count)) joined = g;
                    shared[g] = 0;
                }
                touched.Clear();
            }
            if (joined >= 0) { groups[joined].Add(f); continue; }
            int index = groups.Count;
            groups.Add([f]);
            firstWords.Add(words.Count);
            shared.Add(0);
            foreach (var w in words)
            {
                if (!postings.TryGetValue(w, out var list)) postings[w] = list = [];
                list.Add(index);
            }
        }
        return groups.SelectMany(g =>
        {
            // Outlets that disagree on the speaker: keep the majority, or none on a tie. An outlet naming the speaker
            // beside the quotation outweighs one where the speaker was inferred (a pronoun, a quotation running on).
            var speakers = g.Where(x => x.Speaker is not null).GroupBy(x => x.Speaker!)
                .Select(s => (Name: s.Key, Weight: s.Sum(x => x.Inferred ? 1 : 2))).OrderByDescending(s => s.Weight).ToList();
            string? speaker = speakers.Count == 0 ? null : speakers.Count == 1 || speakers[0].Weight > speakers[1].Weight ? speakers[0].Name : null;
            // An outlet that gives the words no speaker but names someone else beside them ("spokesman Rob Manning
            // issued a statement explaining that …" where another outlet has Dana White tweet the same words) may
            // credit them to that other person: its sentences stay apart, unattributed, rather than take the speaker.
            var apart = speaker is null ? [] : g.Where(x => x.Speaker is null && NamesSomeoneBut(speaker, x.Sentences)).ToList();
            var kept = g.Except(apart).ToList();
            return new[] { (Speaker: speaker, Items: kept), (Speaker: (string?)null, Items: apart) }.Where(p => p.Items.Count > 0).Select(p =>
                new Quote(p.Speaker, p.Items.OrderByDescending(x => x.Text.Length).First().Text,
                    p.Items.Select(x => x.Sentences[0].DocId).Distinct().ToList(),
                    p.Items.SelectMany(x => x.Sentences).Distinct().Select(x => new SentenceRef(x.DocId, x.Position, x.Text)).ToList()));
        }).ToList();
    }

    /// <summary>The sentences, outside their quotations, name a person and none of them is the speaker.</summary>
    private static bool NamesSomeoneBut(string speaker, IReadOnlyList<Sentence> sentences)
    {
        var surname = speaker.Split(' ')[^1];
        var names = sentences.SelectMany(s => FullName().Matches(Quoted().Replace(s.Text, " ")))
            .Select(m => NameForms.Clean(m.Value)).Where(n => n is not null && n.Contains(' ') && Individual(n) is not null).ToList();
        return names.Count > 0 && !names.Any(n => n!.Split(' ')[^1] == surname) && !sentences.Any(s => s.Text.Contains(surname, StringComparison.Ordinal));
    }

    private static HashSet<string> WordsOf(string text) =>
        Tokenizer.Words(text).Select(w => w.Text.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    private static bool Similar(int shared, int a, int b) =>
        shared >= 0.8 * Math.Min(a, b) && shared >= 0.5 * Math.Max(a, b);

    [GeneratedRegex(@"[""“](?<q>[^""“”]{3,}?)[""”]")]
    private static partial Regex Quoted();

    // After the quotation: "…," said passenger Tomas Reiner; "…," he said; "…," coast guard commander Elena Varga told.
    [GeneratedRegex(@"^\s*[,.:;!?—–-]?\s*(?:(?:" + InvertedVerbs + @")\s+(?:[a-z\-]+\s+){0,3}(?<name>" + NameForms.NamePattern + @")|(?<pronoun>he|she)\s+(?:" + Verbs + @")\b|(?:the\s+)?(?<org>(?:\p{Lu}[\p{L}'’\-.]*\s+){1,4}(?=[a-z]))??(?<role>(?:[a-z\-]+\s+){0,3})(?<name>" + NameForms.TitledNamePattern + @")(?:," + Apposition + @"|,\s(?:the|a|an)\s[^,""“”]{2,80}?)?\s+(?:also\s+|later\s+|then\s+)?(?:" + Verbs + @")\b)")]
    private static partial Regex After();

    /// <summary>What news sets off between a speaker's name and the verb, up to its closing comma: an office ("director
    /// of the … Center for Social and Historic Studies in Cairo,"), an age and a home town (", 33, of Columbus, Ohio,").</summary>
    /// A part that is a name of two words or more (", Mina Magdy,") is not an apposition but the subject itself.
    private const string Apposition = @"(?:\s(?!(?:\p{Lu}[\p{L}'’\-]+\s){1,3}\p{Lu}[\p{L}'’\-]+,)[^,""“”]{1,100},){1,3}";

    [GeneratedRegex(@"(?:(?<name>" + NameForms.TitledNamePattern + @")(?:,\s[^,""“”]{2,60},)?|\b(?<pronoun>he|she))\s+(?:also\s+|later\s+|then\s+|\w+ly\s+)?(?:" + Verbs + @")(?:\s+(?:reporters|journalists|the\s+\w+|\w+)|\s*\([^()""“”]{1,60}\)|(?:\s+[\w'’\-]+){1,6}(?=\s*:))?\s*[:,]?\s*(?:that\s+)?$")]
    private static partial Regex Before();

    [GeneratedRegex(@"(?<name>" + NameForms.NamePattern + @")(?:\s\([^()""“”]{1,30}\))?(?:," + Apposition + @")?\s+(?:also\s+|later\s+|then\s+|had\s+|\w+ly\s+)?(?:" + Verbs + @"|denied|denies|defended|defends)\b")]
    private static partial Regex SpeechSubject();

    /// <summary>A quotation hung directly on the speech verb ("said, "…"" or "said that "…""): the speaker's own words.</summary>
    [GeneratedRegex(@"^\s*[,:]?\s*(?:that\s+)?[""“](?<q>[^""“”]{3,}?)[""”]")]
    private static partial Regex OwnQuotation();

    [GeneratedRegex(@"^\W*(?:(?:Says|Said|Adds|Added|Writes|Wrote)\s+)?(?<name>" + NameForms.TitledNamePattern + @"):\s*$")]
    private static partial Regex TranscriptSpeaker();

    [GeneratedRegex(@"^\W*(?:He|She)\b[^""“”]*,\s*(?:" + Participles + @")(?:\s+that)?[:,]?\s*$")]
    private static partial Regex PronounParticiple();

    [GeneratedRegex(@"\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+")]
    private static partial Regex NamedBefore();

    [GeneratedRegex(@"^[^""“”]*?,\s+according\s+to\s+(?<name>" + NameForms.TitledNamePattern + @")\s*[.]?\s*$")]
    private static partial Regex AccordingToPerson();

    [GeneratedRegex(@"[""”],?\s+(?:" + InvertedVerbs + @")\s+(?:[a-z\-]+\s+){0,3}(?<name>" + NameForms.NamePattern + @")(?:,\s[^,""“”]{2,80})?,\s*$")]
    private static partial Regex Between();

    /// <summary>"… by Trump during a debate in which he said": the person a remark or a ruling is by.</summary>
    [GeneratedRegex(@"\bby\s+(?:[a-z\-]+\s+){0,2}(?:(?:\p{Lu}\.){2,}\s+)?(?<name>" + NameForms.TitledNamePattern + @")[^""“”]{0,120}?\b(?:he|she)\s+(?:" + Verbs + @")\b")]
    private static partial Regex ByPerson();

    /// <summary>A sentence ending in its attribution: "…, NASA spokesman Josh Byerly said." or "…, said Jo Roe."</summary>
    [GeneratedRegex(@"(?:(?<name>" + NameForms.TitledNamePattern + @")\s+(?:" + Verbs + @")|(?:" + InvertedVerbs + @")\s+(?:(?!(?:against|about|to|for|with|of|on|in|at|by|from|that)\b)[a-z\-]+\s+){0,3}(?<name>" + NameForms.NamePattern + @")(?:,\s+(?:the|a|an|who|whose)\s[^,.""“”]{2,80})?)\W*$")]
    private static partial Regex FinalAttribution();

    [GeneratedRegex(@"\b(?:" + Verbs + @")\b")]
    private static partial Regex SpeechVerb();

    [GeneratedRegex(@",\s*(?:" + Participles + @")(?:\s+(?:that|of|about)\b[^""“”]{0,80})?[:,]?\s*$")]
    private static partial Regex ParticipleEnd();

    /// <summary>The end of a sentence inside a run of text: not after an abbreviation ("Mr. Cosby").</summary>
    [GeneratedRegex(@"(?<=\p{Ll}{2}[.!?][""”]?)\s+(?=[""“]?\p{Lu})")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(?:for|of|to|with|from|about|against|at|in|on|by|throughout|across|near|inside|outside)\s+$")]
    private static partial Regex AfterPreposition();

    [GeneratedRegex(@"[""“](?<q>[^""“”]{3,})$")]
    private static partial Regex Unclosed();

}
