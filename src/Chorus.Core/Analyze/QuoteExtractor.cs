using System.Text.RegularExpressions;
using Chorus.Link;
using Chorus.Segment;
using static Chorus.Analyze.SpeechPatterns;
using static Chorus.Analyze.PersonMention;
using static Chorus.Analyze.AdjacentAttribution;
using static Chorus.Analyze.ReportedSpeechAttribution;
using static Chorus.Analyze.PronounResolution;
using static Chorus.Analyze.FullNameCompletion;
using static Chorus.Analyze.QuoteMerge;

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

    public IReadOnlyList<Quote> Extract(LinkedCluster cluster) => Merge(Attribute(cluster));

    /// <summary>Every outlet's quotations with the speaker its own text gives and the rule that gave it, before the
    /// same quotation in several outlets is merged.</summary>
    public IReadOnlyList<QuoteAttribution> Attribute(LinkedCluster cluster)
    {
        var found = new List<(string? Speaker, string Text, IReadOnlyList<Sentence> Sentences, bool Inferred, AttributionPath Path)>();
        foreach (var doc in cluster.Articles)
        {
            var sentences = doc.Sentences;
            string? lastSpeaker = null;
            int lastQuoted = -2;
            bool lastOpenedSentence = false;
            bool lastTailClean = false;
            bool lastAsked = false;
            bool? lastFemale = null;
            // The speakers given so far to the quotations of each sentence: a sentence quoting a named speaker names them.
            // Made at the first quotation: many documents hold none.
            Dictionary<int, List<string?>>? quoteSpeakers = null;
            for (int i = 0; i < sentences.Count; i++)
            {
                // A quotation left open runs on into the next sentences of the paragraph.
                var text = WithClosingMarks(sentences[i].Text);
                int last = i;
                while (IsOpen(text) && last + 1 < sentences.Count && last - i < MaxRunOn && sentences[last + 1].Paragraph == sentences[i].Paragraph)
                    text += " " + WithClosingMarks(sentences[++last].Text);
                // Built only for a sentence that holds a quotation: most sentences hold none.
                List<Sentence>? span = null;
                // A quotation opened inside a sentence and still open where the run ends is someone's words going on
                // only when the next paragraph reopens it, the convention of every style guide; otherwise its mark is
                // stray and the "quotation" is the outlet's own narration (a "menace to society, who has been on a
                // crime spree …"): no item. One opening a sentence is speech whose closing mark was forgotten.
                bool reopened = last + 1 < sentences.Count && sentences[last + 1].Paragraph != sentences[last].Paragraph && OpensWithMark(sentences[last + 1].Text);
                // Where the run's previous quotation ended, for a quotation that opens a later sentence of the same run.
                int previousEnd = -1;
                foreach (var m in Quotations(text))
                {
                    if (!reopened && IsUnclosed(m) && OpensInsideSentence(text, m.Index)) continue;
                    // Trimmed as a span and cut once: the group's value and, when a comma or a space ends it, a trimmed copy were two strings.
                    var quote = m.Groups["q"].ValueSpan.Trim().TrimEnd(',').ToString();
                    var before = text[..m.Index];
                    var after = text[(m.Index + m.Length)..];
                    if (Ingest.TextStats.CountWords(quote) < MinWords)
                    {
                        // Not listed, but whose words it is carries over to a quotation opening the next sentence.
                        if (IsAttributionOnly(after) && ShortQuotationSpeaker.Speaker(sentences, i, m.Index <= 1, after) is { } shortSpeaker)
                        {
                            (lastSpeaker, lastFemale) = shortSpeaker;
                            lastQuoted = last;
                            lastOpenedSentence = lastTailClean = true;
                            lastAsked = Asked(quote, after);
                        }
                        continue;
                    }
                    var path = AttributionPath.NamedAfter;
                    var speaker = SpeakerAfter(after);
                    if (speaker is null) (speaker, path) = SpeakerBefore(before);
                    // "…," said King, who …: a surname that is also a title word, named in full in the article.
                    if (speaker is null && TitleWordSurname.Speaker(after, sentences) is { } titleWord) (speaker, path) = (titleWord, AttributionPath.TitleWordSurname);
                    // "“…,” Harper was quoted as saying": the quoted person, not whoever did the quoting.
                    if (speaker is null && QuotedAsSaying.Speaker(before, after) is { } quotedPerson) (speaker, path) = (quotedPerson, AttributionPath.QuotedAsSaying);
                    // "“…,” says U.S. Forest Service volunteer Jo Roe", "“…,” said Inspector-General of Police Jo Roe".
                    if (speaker is null && OfficeBeforeNameAfter.Speaker(after) is { } officeHolder) (speaker, path) = (officeHolder, AttributionPath.NamedAfter);
                    if (speaker is null && m.Index <= 1 && SpeakerAfterWords(after) is { } afterWords) (speaker, path) = (afterWords, AttributionPath.NamedAfterWords);
                    // "Statement: "…"", "Update: "…"": a page's label word before a quotation labels the text; it is a
                    // transcript's speaker only when the article names someone by it.
                    if (path == AttributionPath.Transcript && speaker is not null && PageLabels.Contains(speaker) && !IsSurnameInArticle(speaker, sentences)) speaker = null;
                    // "“…,\uFFFD? Carson said.": the garbled mark's "?" ended the sentence, and the attribution opens the next.
                    if (speaker is null && after.Trim().Length == 0 && sentences[last].Text.TrimEnd().EndsWith(GarbledClose, StringComparison.Ordinal)
                        && last + 1 < sentences.Count && sentences[last + 1].Paragraph == sentences[last].Paragraph && SpeakerAfter(" " + sentences[last + 1].Text) is { } next && next != Pronoun)
                        (speaker, path) = (next, AttributionPath.NamedInNextSentence);
                    if (speaker is null && after.Trim().Length == 0 && NextSentenceAttribution.Speaker(sentences, last) is { } spoken)
                        (speaker, path) = (spoken, AttributionPath.NamedInNextSentence);
                    // "He said the detections were "…"": reported speech whose one speaker is a pronoun, resolved as "he said".
                    bool? clausePronoun = null;
                    if (speaker is null && m.Index > 1 && PronounClauseSpeaker(before) is { } pronounFemale) (speaker, clausePronoun) = (Pronoun, pronounFemale);
                    bool female = clausePronoun ?? speaker == Pronoun && (AfterMatch(after).Groups["pronoun"] is { Success: true } a ? a : BeforeMatch(before).Groups["pronoun"]).Value is "she" or "She";
                    if (speaker is null && NonSpeechQuotation.Is(before, quote, after)) continue;
                    bool byPronoun = speaker == Pronoun, inferred = byPronoun;
                    // "Raddatz asked if the tweet is "…," she added", "a remark by Trump in which he said: "…"": the
                    // person speaking, or the one person named with "by", earlier in this very sentence.
                    if (speaker == Pronoun && (PersonOf(SubjectMatch(before)) ?? PersonOf(RemarkBy(before))) is { } hereName)
                        (speaker, path) = (hereName, AttributionPath.PronounNamedInSentence);
                    // "…," he said. "…," he added: the pronoun goes on with the speaker of the quotation that opened
                    // the sentence just before (one quoted inside a sentence may be a nickname or a title).
                    if (speaker == Pronoun)
                    {
                        // Not when the pronouns differ ("…," she said. "…," he said): that is someone else answering.
                        if (lastQuoted == i - 1 && lastOpenedSentence && lastTailClean && lastSpeaker is not null && lastFemale != !female) (speaker, path) = (lastSpeaker, AttributionPath.PronounAfterQuotedSpeaker);
                        else if (ResolvePronoun(sentences, i, female) is { } resolved) (speaker, path) = resolved;
                        else (speaker, path) = (SpeakerGoingOn(sentences, lastSpeaker, lastQuoted, i, female), AttributionPath.PronounThroughPronounSentences);
                        if (speaker is null && OnlyPersonBefore.Resolve(sentences, i, before, female, quoteSpeakers ?? NoQuoteSpeakers) is { } only)
                            (speaker, path) = (only, AttributionPath.PronounToOnlyPersonBefore);
                        // A profile's or an obituary's "she said": the one person the article is about.
                        if (speaker is null && ArticleSubjectPronoun.Resolve(sentences, i, before, female) is { } subjectPerson)
                            (speaker, path) = (subjectPerson, AttributionPath.PronounToArticleSubject);
                    }
                    // "WOFL says, …" or "CNN reported: …": a station or agency passing on someone's words is not
                    // the speaker, and the text does not say whose words they are.
                    // "“…,” the EPA notes": an acronym with "the" beside the words is a body speaking, not a station.
                    if (speaker is not null && IsAcronym(speaker) && !AgencyAcronym.Speaks(speaker, before, after)) speaker = null;
                    // "Macron said yesterday that the weapons were a "red line" and "would result in reprisals"",
                    // "Damon addressed the allegations, saying, "…"": the one person this sentence has speaking.
                    if (speaker is null && ClauseSpeaker(before) is { } clauseSpeaker) { (speaker, path) = clauseSpeaker; inferred = true; }
                    if (speaker is null && CharacterizationSpeaker.Speaker(before, sentences) is { } namer) { (speaker, path) = (namer, AttributionPath.Characterization); inferred = true; }
                    // "He was not specific on the payments, saying: "…"": the participle's subject is a pronoun.
                    if (speaker is null && PronounParticiple().IsMatch(before) && !NamedBefore().IsMatch(before))
                    {
                        bool she = before.TrimStart().StartsWith("She", StringComparison.Ordinal);
                        (speaker, path) = (ResolvePronoun(sentences, i, she)?.Name, AttributionPath.PronounParticiple);
                        inferred = true;
                    }
                    // "Medlin "refused to give up" and kept calling, according to Barbour.": a person as the source.
                    if (speaker is null && SourcePerson(after, sentences) is { } source) { (speaker, path) = (source, AttributionPath.AccordingTo); inferred = true; }
                    // "“…,” the sheriff said" where the article names one Sheriff Leon Lott.
                    if (speaker is null && RoleAttribution.Speaker(after, before, sentences) is { } holder) { (speaker, path) = (holder, AttributionPath.RoleNamedInArticle); inferred = true; }
                    // "“…,” the statement says" after "Harbor Light released a statement": the body that issued it.
                    if (speaker is null && StatementIssuer.Speaker(before, after, sentences, i, m.Index <= 1) is { } issuer) { (speaker, path) = (issuer, AttributionPath.StatementIssuer); inferred = true; }
                    // "“…,” the fraternity wrote" where the article names "the fraternity Delta Rho Nu".
                    if (speaker is null && BodyNounAttribution.Speaker(after, sentences) is { } body) { (speaker, path) = (body, AttributionPath.RoleNamedInArticle); inferred = true; }
                    // A quotation that opens the sentence right after a quoted speaker, with no attribution of its
                    // own, is that speaker going on: the convention of every news style guide. Not when the sentence
                    // before went on to report someone else ("…," Macron noted Putin told him …).
                    // Not after a question: ""Did you see the car?" Tapper asked Roe. "I saw it hit the wall."" is the answer.
                    // Nor when its own "?" or "!" ends the sentence and the next opens with someone speaking.
                    if (speaker is null && m.Index <= 1 && lastQuoted == i - 1 && lastSpeaker is not null && lastTailClean && !lastAsked && !NamesSomeoneElse(after)
                        && !(after.Trim().Length == 0 && NextSentenceAttribution.OpensWithSpeaker(sentences, last)))
                    { (speaker, path) = (lastSpeaker, AttributionPath.QuotationGoingOn); inferred = true; }
                    // "“…," he said of his study. "…”": a quotation opening a sentence of the run, after a sentence that is
                    // only the quotation before and its attribution, is that speaker going on, as when each sentence
                    // stands apart (a mismatched or missing mark keeps them in one run).
                    if (speaker is null && previousEnd >= 0 && lastQuoted == last && lastSpeaker is not null && lastTailClean && !lastAsked
                        && after.Trim().Length == 0 && SentenceClosed().IsMatch(before.AsSpan(previousEnd)))
                    { (speaker, path) = (lastSpeaker, AttributionPath.QuotationGoingOn); inferred = true; }
                    // A paragraph opening with a quotation and no attribution, under a paragraph ending in one person's
                    // reported speech, is that person's words.
                    if (speaker is null && m.Index <= 1 && after.Trim().Length == 0 && ParagraphAfterReportedSpeech.Speaker(sentences, i,
                        (k, she) => SpeakerGoingOn(sentences, lastSpeaker, lastQuoted, k + 1, she) ?? ResolvePronoun(sentences, k, she)?.Name) is { } paraphrased)
                    { (speaker, path) = (paraphrased, AttributionPath.ParagraphAfterReportedSpeech); inferred = true; }
                    if (span is null)
                    {
                        span = new List<Sentence>(last - i + 1);
                        for (int k = i; k <= last; k++) span.Add(sentences[k]);
                    }
                    if (speaker is not null && IsFamily(speaker, text, sentences)) speaker = null;
                    found.Add((speaker, quote, span, inferred, speaker is null ? AttributionPath.None : path));
                    for (int k = i; k <= last; k++)
                    {
                        quoteSpeakers ??= [];
                        if (!quoteSpeakers.TryGetValue(k, out var given)) quoteSpeakers[k] = given = [];
                        given.Add(speaker);
                    }
                    lastSpeaker = speaker;
                    // A quotation attributed by the next sentence ends where its attribution does: a quotation opening
                    // the sentence after that is the same speaker going on ("“…?” Carson said. “…”").
                    lastQuoted = path == AttributionPath.NamedInNextSentence && speaker is not null && !Quoted().IsMatch(sentences[last + 1].Text) ? last + 1 : last;
                    lastOpenedSentence = m.Index <= 1;
                    lastTailClean = IsAttributionOnly(after);
                    // "“…?” / Palin told Fox.": the attribution split off by the question mark is the sentence after.
                    lastAsked = Asked(quote, lastQuoted == last + 1 ? " " + sentences[last + 1].Text : after);
                    lastFemale = byPronoun ? female : null;
                    previousEnd = m.Index + m.Length;
                }
                i = last;
            }
        }
        var names = new SpeakerCompletion(cluster, found.Where(f => f.Speaker is not null).Select(f => f.Speaker!));
        return found.Select(f => new QuoteAttribution(names.Complete(f.Speaker, f.Sentences[0].DocId), f.Text, f.Sentences, f.Inferred, f.Path)).ToList();
    }

    private static readonly Dictionary<int, List<string?>> NoQuoteSpeakers = [];

    /// <summary>A closing mark garbled in a crawl: the right double quotation mark's bytes read in a legacy code page
    /// leave a replacement character and a question mark ("…again,\uFFFD? Carson said."). Seen in several outlets of
    /// the news set (a science daily, a morning show's site, a Las Vegas paper); the opening marks survive intact.</summary>
    private const string GarbledClose = "\uFFFD?";

    /// <summary>Two apostrophes standing for a closing double mark (""…,'' Roe said", "“at least six weeks,’’ her
    /// site said", the typewriter convention some wire feeds keep): read as the double mark the opening calls for,
    /// else the quotation never closes and runs on into the narration after it.</summary>
    private static readonly string[] TwoApostrophes = ["''", "’’"];

    private static string WithClosingMarks(string text)
    {
        if (text.Contains('\uFFFD')) text = text.Replace(GarbledClose, "”");
        foreach (var pair in TwoApostrophes)
            if (text.Contains(pair, StringComparison.Ordinal)) text = text.Replace(pair, text.Contains('“') ? "”" : "\"");
        return text;
    }

    /// <summary>Words web pages and live pages put before a line of text as its label, never its speaker.</summary>
    private static readonly HashSet<string> PageLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "statement", "update", "updated", "note", "related", "correction", "clarification", "question", "answer", "quote",
        "caption", "headline", "source", "watch", "listen", "read", "video", "photo", "transcript", "summary", "background",
        "context", "warning", "disclaimer", "breaking", "exclusive", "opinion", "analysis", "excerpt", "reaction", "verdict",
    };

    /// <summary>How many sentences after its first a quotation inside one pair of marks may run on.</summary>
    private const int MaxRunOn = 8;

    /// <summary>Quoted stretches of a sentence run; a quotation still open where the paragraph ends (the next
    /// paragraph reopens it) ends there.</summary>
    private static IEnumerable<Match> Quotations(string text) =>
        // Both patterns open with a mark; most sentences hold none, and then no enumerator or collection is made.
        text.AsSpan().IndexOfAny('"', '“') < 0 ? [] : QuotationsIn(text);

    private static IEnumerable<Match> QuotationsIn(string text)
    {
        int end = 0;
        foreach (Match m in Quoted().Matches(text)) { yield return m; end = m.Index + m.Length; }
        if (IsOpen(text) && Unclosed().Match(text, end) is { Success: true } open) yield return open;
    }

    /// <summary>The open quotation <see cref="Quotations"/> gives last: every other ends with its closing mark.</summary>
    private static bool IsUnclosed(Match m) => m.ValueSpan[^1] is not ('"' or '”');

    /// <summary>The mark is inside a clause: not opening the sentence, nor after a colon ("ON INTEGRITY: “You need …",
    /// "Roe said: "…"), where the words that follow are given whole.</summary>
    private static bool OpensInsideSentence(string text, int mark) => mark > 1 && !text.AsSpan(0, mark).TrimEnd().EndsWith(":");

    private static bool OpensWithMark(string sentence) => sentence.TrimStart() is { Length: > 0 } s && s[0] is '"' or '“';

    /// <summary>What follows a quotation is only its attribution ("," said Jane Roe, the mayor.) rather than the
    /// attribution and more reporting of someone else ("…," Macron noted Putin told him …): at most one named
    /// person speaking, and no second quotation.</summary>
    private static bool IsAttributionOnly(string after)
    {
        // Read in place: asked after every quotation, and a prefix of the text matches as its copy would.
        int end = after.AsSpan().IndexOfAny('.', '!', '?');
        var tail = end < 0 ? after.AsSpan() : after.AsSpan(0, end);
        return SubjectCount(tail) <= 1 && !Quoted().IsMatch(tail);
    }

    /// <summary>An odd number of straight marks, or more curly openings than closings. Asked of every sentence: one
    /// pass over the characters, no enumerator.</summary>
    private static bool IsOpen(string text)
    {
        int straight = 0, opening = 0, closing = 0;
        foreach (var c in text)
        {
            if (c == '"') straight++;
            else if (c == '“') opening++;
            else if (c == '”') closing++;
        }
        return straight % 2 == 1 || opening > closing;
    }

    /// <summary>Text after the quotation that names a person or attributes the words ("…," according to Dunn; "…,"
    /// one resident wrote): then it is not a plain continuation, even where no rule could tell whose they are.</summary>
    private static bool NamesSomeoneElse(string after) => NameRun().IsMatch(after) || HasVerb(after) && SpeechVerb().IsMatch(after);

    [GeneratedRegex(@"\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+|\b(?:said|says|told|asked|added|according\s+to)\b")]
    private static partial Regex NameRun();

    /// <summary>The quotation was a question put to someone, so a quotation after it may be the answer: asked
    /// ("…," Tapper asked Roe), or ending in "?" unless its speaker is said to go on or to tell it ("“…?” Palin told
    /// Fox. “…”", "“…?” Ariel continued. “…”": a question the speaker asks and answers, no one else's turn).</summary>
    private static bool Asked(string quote, string after) => AskedAfter().IsMatch(after) || quote.EndsWith('?') && !GoesOnAfter().IsMatch(after);

    [GeneratedRegex(@"^\W*(?:[\p{L}'’\-.]+\s+){0,4}(?:continued|continues|told|tells|added|adds)\b")]
    private static partial Regex GoesOnAfter();

    /// <summary>An attribution that asks: the quotation was a question put to someone.</summary>
    [GeneratedRegex(@"^\W*(?:[\p{L}'’\-.]+\s+){0,4}(?:asked|asks|wondered)\b")]
    private static partial Regex AskedAfter();

    /// <summary>The text between two quotations of a run ends its sentence: a full stop, and no mark left open.</summary>
    [GeneratedRegex(@"^[^""“”]*[.!?]\s*$")]
    private static partial Regex SentenceClosed();

    [GeneratedRegex(@"[""“](?<q>[^""“”]{3,})$")]
    private static partial Regex Unclosed();
}
