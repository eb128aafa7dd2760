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

    private const string Verbs = @"said|says|told|tells|added|adds|asked|asks|explained|explains|wrote|writes|noted|notes|insisted|insists|declared|declares|stated|states|warned|warns|continued|recalled|recalls|replied|replies|argued|argues|admitted|admits|claimed|claims|acknowledged|acknowledges|conceded|concedes|remarked|tweeted|posted|responded|responds|exclaimed|quipped|joked|shouted|yelled|captioned|concluded|testified|cautioned|emphasized|emphasised|vowed|boasted|lamented";

    public IReadOnlyList<Quote> Extract(LinkedCluster cluster)
    {
        var found = new List<(string? Speaker, string Text, IReadOnlyList<Sentence> Sentences, bool Inferred)>();
        foreach (var doc in cluster.Articles)
        {
            var sentences = doc.Sentences;
            string? lastSpeaker = null;
            int lastQuoted = -2;
            bool lastOpenedSentence = false;
            for (int i = 0; i < sentences.Count; i++)
            {
                // A quotation left open runs on into the next sentences of the paragraph.
                var text = sentences[i].Text;
                int last = i;
                while (IsOpen(text) && last + 1 < sentences.Count && last - i < 4 && sentences[last + 1].Paragraph == sentences[i].Paragraph)
                    text += " " + sentences[++last].Text;
                var span = sentences.Skip(i).Take(last - i + 1).ToList();
                foreach (Match m in Quoted().Matches(text))
                {
                    var quote = m.Groups["q"].Value.Trim().TrimEnd(',');
                    if (Ingest.TextStats.CountWords(quote) < MinWords) continue;
                    var speaker = SpeakerAfter(text[(m.Index + m.Length)..]) ?? SpeakerBefore(text[..m.Index]);
                    bool inferred = speaker == Pronoun;
                    // "Raddatz asked if the tweet is "…," she added": the person asking in this very sentence.
                    if (speaker == Pronoun && PersonOf(SpeechSubject().Match(text[..m.Index])) is { } hereName) speaker = hereName;
                    // "…," he said. "…," he added: the pronoun goes on with the speaker of the quotation that opened
                    // the sentence just before (one quoted inside a sentence may be a nickname or a title).
                    if (speaker == Pronoun)
                        speaker = lastQuoted == i - 1 && lastOpenedSentence && lastSpeaker is not null ? lastSpeaker : ResolvePronoun(sentences, i);
                    // "WOFL says, …" or "CNN reported: …": a station or agency passing on someone's words is not
                    // the speaker, and the text does not say whose words they are.
                    if (speaker is not null && IsAcronym(speaker)) speaker = null;
                    // A quotation that opens the sentence right after a quoted speaker, with no attribution of its
                    // own, is that speaker going on: the convention of every news style guide.
                    if (speaker is null && m.Index <= 1 && lastQuoted == i - 1 && lastSpeaker is not null && !NamesSomeoneElse(text, m)) { speaker = lastSpeaker; inferred = true; }
                    found.Add((speaker, quote, span, inferred));
                    lastSpeaker = speaker;
                    lastQuoted = last;
                    lastOpenedSentence = m.Index <= 1;
                }
                i = last;
            }
        }
        var canonical = NameForms.Canonical(found.Where(f => f.Speaker is not null).Select(f => f.Speaker!));
        return Merge(found.Select(f => (f.Speaker is null ? null : canonical[f.Speaker], f.Text, f.Sentences, f.Inferred)).ToList());
    }

    private const string Pronoun = "\u0001pronoun";

    private static bool IsAcronym(string name) => name.Length >= 2 && name.All(c => char.IsUpper(c) || char.IsDigit(c) || c is '.' or '-' or '&');

    /// <summary>An odd number of straight marks, or more curly openings than closings.</summary>
    private static bool IsOpen(string text) => text.Count(c => c == '"') % 2 == 1 || text.Count(c => c == '“') > text.Count(c => c == '”');

    /// <summary>Text after the quotation that names a person: then it is not a plain continuation.</summary>
    private static bool NamesSomeoneElse(string text, Match quote) =>
        NameRun().IsMatch(text[(quote.Index + quote.Length)..]);

    [GeneratedRegex(@"\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+|\b(?:said|says|told|asked|added)\b")]
    private static partial Regex NameRun();

    private static string? SpeakerAfter(string rest)
    {
        var m = After().Match(rest);
        if (!m.Success) return null;
        if (m.Groups["pronoun"].Success) return Pronoun;
        return NameForms.Clean(m.Groups["name"].Value);
    }

    private static string? SpeakerBefore(string before)
    {
        var m = Before().Match(before);
        if (!m.Success) return null;
        return m.Groups["pronoun"].Success ? Pronoun : NameForms.Clean(m.Groups["name"].Value);
    }

    /// <summary>"he said" takes the person named as speaking near the start of one of the three sentences
    /// before ("Putin, who stood beside Macron, said …"), or a titled subject ("Mr Putin emphasised …").
    /// A name merely mentioned there ("her response to Damon") is not enough: then no speaker is given.</summary>
    private static string? ResolvePronoun(IReadOnlyList<Sentence> sentences, int i)
    {
        for (int back = i - 1; back >= Math.Max(0, i - 3); back--)
        {
            var previous = sentences[back].Text;
            var subject = SpeechSubject().Match(previous);
            if (subject.Index <= 60 && PersonOf(subject) is { } name) return name;
            var titled = TitledSubject().Match(previous);
            if (titled.Success && NameForms.Clean(titled.Groups["name"].Value) is { } titledName) return titledName;
            // The sentence just before opens with a person doing something ("Wyatt referenced the persecution of
            // Jesus …", "Ferry captain Olav Berg described …"): "he said" next is that person. Only right before,
            // where no one else can come between. A lone capitalised word opens many sentences ("Gosh, …"): it
            // counts only as the surname of a full name the article gives somewhere.
            if (back == i - 1 && PersonOf(NameLed().Match(previous)) is { } ledName
                && (ledName.Contains(' ') || IsSurnameInArticle(ledName, sentences))) return ledName;
            // A quotation in between belongs to someone already, and a sentence led by a pronoun ("She said …")
            // talks about someone not named there: looking further back would skip a speaker.
            if (Quoted().IsMatch(previous) || PronounLed().IsMatch(previous)) return null;
        }
        return null;
    }

    [GeneratedRegex(@"^\W*(?:(?!(?:He|She|They|It|We|I)\b)\p{Lu}\p{Ll}+\s+)?(?:(?!(?:" + Verbs + @")\b)[a-z\-]+\s+){0,2}(?<name>" + NameForms.NamePattern + @")\s+(?:also\s+|then\s+|later\s+)?(?:[a-z]+ed|[a-z]+[a-rt-z]s|chose|took|wrote|spoke|made|gave|went|came|sent|began|held|left|met|ran|saw|spent|stood|thought|won|got|put|told|said)\b")]
    private static partial Regex NameLed();

    private static bool IsSurnameInArticle(string word, IReadOnlyList<Sentence> sentences)
    {
        var fullName = new Regex(@"\p{Lu}[\p{L}'’\-]+\s+" + Regex.Escape(word) + @"\b", RegexOptions.CultureInvariant);
        return sentences.Any(s => fullName.IsMatch(s.Text));
    }

    [GeneratedRegex(@"^\W*(?:He|She|They)\b")]
    private static partial Regex PronounLed();

    /// <summary>The one person a subject match names, or null when it matched nothing or names a group.</summary>
    private static string? PersonOf(Match m) =>
        m.Success && NameForms.Clean(m.Groups["name"].Value) is { } name && !IsGroupNoun(name) ? name : null;

    /// <summary>"Palestinians", "Democrats": a people or a party, not one speaker.</summary>
    private static bool IsGroupNoun(string name) => !name.Contains(' ') && name.EndsWith('s') && !name.EndsWith("ss");

    private static IReadOnlyList<Quote> Merge(List<(string? Speaker, string Text, IReadOnlyList<Sentence> Sentences, bool Inferred)> found)
    {
        var groups = new List<List<(string? Speaker, string Text, IReadOnlyList<Sentence> Sentences, bool Inferred)>>();
        foreach (var f in found)
        {
            var words = WordsOf(f.Text);
            var group = groups.FirstOrDefault(g => Similar(WordsOf(g[0].Text), words));
            if (group is null) groups.Add([f]); else group.Add(f);
        }
        return groups.Select(g =>
        {
            // Outlets that disagree on the speaker: keep the majority, or none on a tie. An outlet naming the speaker
            // beside the quotation outweighs one where the speaker was inferred (a pronoun, a quotation running on).
            var speakers = g.Where(x => x.Speaker is not null).GroupBy(x => x.Speaker!)
                .Select(s => (Name: s.Key, Weight: s.Sum(x => x.Inferred ? 1 : 2))).OrderByDescending(s => s.Weight).ToList();
            string? speaker = speakers.Count == 0 ? null : speakers.Count == 1 || speakers[0].Weight > speakers[1].Weight ? speakers[0].Name : null;
            return new Quote(speaker, g.OrderByDescending(x => x.Text.Length).First().Text,
                g.Select(x => x.Sentences[0].DocId).Distinct().ToList(),
                g.SelectMany(x => x.Sentences).Distinct().Select(x => new SentenceRef(x.DocId, x.Position, x.Text)).ToList());
        }).ToList();
    }

    private static HashSet<string> WordsOf(string text) =>
        Tokenizer.Words(text).Select(w => w.Text.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    private static bool Similar(HashSet<string> a, HashSet<string> b)
    {
        int shared = a.Count(b.Contains);
        return shared >= 0.8 * Math.Min(a.Count, b.Count) && shared >= 0.5 * Math.Max(a.Count, b.Count);
    }

    [GeneratedRegex(@"[""“](?<q>[^""“”]{3,}?)[""”]")]
    private static partial Regex Quoted();

    // After the quotation: "…," said passenger Tomas Reiner; "…," he said; "…," coast guard commander Elena Varga told.
    [GeneratedRegex(@"^\s*[,.:;!?—–-]?\s*(?:(?:" + Verbs + @")\s+(?:[a-z\-]+\s+){0,3}(?<name>" + NameForms.NamePattern + @")|(?<pronoun>he|she)\s+(?:" + Verbs + @")\b|(?:the\s+)?(?:[a-z\-]+\s+){0,3}(?<name>" + NameForms.TitledNamePattern + @")(?:,\s[^,""“”]{2,60},)?\s+(?:also\s+|later\s+|then\s+)?(?:" + Verbs + @")\b)")]
    private static partial Regex After();

    [GeneratedRegex(@"(?:(?<name>" + NameForms.TitledNamePattern + @")(?:,\s[^,""“”]{2,60},)?|\b(?<pronoun>he|she))\s+(?:also\s+|later\s+|then\s+)?(?:" + Verbs + @")(?:\s+(?:reporters|journalists|the\s+\w+|\w+))?\s*[:,]?\s*(?:that\s+)?$")]
    private static partial Regex Before();

    [GeneratedRegex(@"(?<name>" + NameForms.NamePattern + @")(?:,\s[^,]{2,80},)?\s+(?:also\s+|later\s+|then\s+|had\s+)?(?:" + Verbs + @"|denied|denies|defended|defends)\b")]
    private static partial Regex SpeechSubject();

    /// <summary>A sentence opening with a titled or full name and a verb: "Mr Putin emphasised …".</summary>
    [GeneratedRegex(@"^\W*(?<name>(?:Mr|Mrs|Ms|Dr|President|Prime Minister|Chancellor|Gov|Sen|Rep)\.?\s+" + NameForms.NamePattern + @")\s+(?:also\s+)?[a-z]+(?:ed|s)\b")]
    private static partial Regex TitledSubject();

}
