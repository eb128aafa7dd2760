using System.Text.RegularExpressions;
using Chorus.Link;
using Chorus.Segment;
using static Chorus.Analyze.SpeechPatterns;
using static Chorus.Analyze.PersonMention;
using static Chorus.Analyze.AdjacentAttribution;
using static Chorus.Analyze.ReportedSpeechAttribution;
using static Chorus.Analyze.PronounResolution;
using static Chorus.Analyze.FullNameCompletion;

namespace Chorus.Analyze;

/// <summary>The same quotation in several outlets is one entry, with the speaker most outlets give.</summary>
internal static partial class QuoteMerge
{
    internal static IReadOnlyList<Quote> Merge(IReadOnlyList<QuoteAttribution> found)
    {
        var groups = new List<List<QuoteAttribution>>();
        // A quotation joins the first group whose first quotation shares enough of its words. Shared words are counted
        // through postings of each group's first quotation, so a long input costs the postings it touches rather than
        // a re-tokenization of every group per quotation (quadratic on a 1 MB single-file input).
        var firstWords = new List<int>();
        // Words as ids, and each id's groups: kept on the thread and emptied per call.
        var wordIds = t_wordIds ??= new Dictionary<string, int>(StringComparer.Ordinal);
        var postings = t_postings ??= new Postings();
        wordIds.Clear();
        postings.Clear();
        var shared = new List<int>();
        var touched = new List<int>();
        // One set reused for every quotation: the postings keep the words (the lexicon's shared strings), not the set.
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in found)
        {
            WordsOf(f.Text, words);
            int joined = -1;
            if (words.Count == 0) joined = firstWords.IndexOf(0);
            else
            {
                foreach (var w in words)
                    if (wordIds.TryGetValue(w, out var id))
                        for (int e = postings.First(id); e >= 0; e = postings.Next(e))
                            if (postings.Item(e) is var g && shared[g]++ == 0) touched.Add(g);
                // The first group that qualifies, whatever the order the groups were touched in.
                foreach (var g in touched)
                {
                    if ((joined < 0 || g < joined) && (Similar(shared[g], firstWords[g], words.Count) || Within(shared[g], firstWords[g], words.Count) && SameOrUnsaid(f.Speaker, groups[g]))) joined = g;
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
                ref var id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(wordIds, w, out bool known);
                if (!known) id = wordIds.Count - 1;
                postings.Add(id, index);
            }
        }
        // A huge input's table is not kept for the clusters after it.
        if (wordIds.Count > 1 << 16) t_wordIds = null;
        var quotes = new List<Quote>(groups.Count);
        foreach (var g in groups)
            if (g.Count == 1) quotes.Add(Alone(g[0]));
            else quotes.AddRange(Merged(g));
        return quotes;
    }

    [ThreadStatic] private static Dictionary<string, int>? t_wordIds;
    [ThreadStatic] private static Postings? t_postings;

    /// <summary>A quotation no other outlet gives: its own speaker, text and sentences. Most are; the vote of
    /// <see cref="Merged"/> over one outlet comes to the same.</summary>
    private static Quote Alone(QuoteAttribution f) =>
        new(f.Speaker, f.Text, new List<string>(1) { f.Sentences[0].DocId }, DistinctRefs(f.Sentences));

    /// <summary>The sentences as references, each once and in order, as <c>Distinct().Select(…).ToList()</c> gives them
    /// (first occurrence, the sentences' own equality), without the set, iterators and growing list that cost more
    /// than the references themselves: a quotation spans one sentence, or a few.</summary>
    private static List<SentenceRef> DistinctRefs(IReadOnlyList<Sentence> sentences)
    {
        var refs = new List<SentenceRef>(sentences.Count);
        for (int i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            bool seen = false;
            for (int j = 0; j < i && !seen; j++) seen = EqualityComparer<Sentence>.Default.Equals(sentences[j], s);
            if (!seen) refs.Add(new SentenceRef(s.DocId, s.Position, s.Text));
        }
        return refs;
    }

    /// <summary>One quotation given by several outlets: the speaker they agree on, and apart those who name another.</summary>
    private static IEnumerable<Quote> Merged(List<QuoteAttribution> g)
    {
        // Outlets that disagree on the speaker: keep the majority, or none on a tie. An outlet naming the speaker
        // beside the quotation outweighs one where the speaker was inferred (a pronoun, a quotation running on).
        var fuller = FullerForms(g);
        var speakers = g.Where(x => x.Speaker is not null).GroupBy(x => fuller.GetValueOrDefault(x.Speaker!, x.Speaker!))
            .Select(s => (Name: s.Key, Weight: s.Sum(x => x.Inferred ? 1 : 2))).OrderByDescending(s => s.Weight).ToList();
        string? speaker = speakers.Count == 0 ? null : speakers.Count == 1 || speakers[0].Weight > speakers[1].Weight ? speakers[0].Name : null;
        // An outlet that gives the words no speaker but names someone else beside them ("spokesman Rob Manning
        // issued a statement explaining that …" where another outlet has Dana White tweet the same words) may
        // credit them to that other person: its sentences stay apart, unattributed, rather than take the speaker.
        var apart = speaker is null ? [] : g.Where(x => x.Speaker is null && NamesSomeoneBut(speaker, x.Sentences)).ToList();
        // "Our thoughts and prayers are with the families," the police chief said in one outlet, the mayor in
        // another: words named beside their speaker keep that speaker. Outvoting them would give the same stock
        // phrase to one person in every outlet; only a speaker inferred (a pronoun, a quotation running on) yields.
        var ownSpeaker = g.Where(x => x.Speaker is not null && !x.Inferred && fuller.GetValueOrDefault(x.Speaker, x.Speaker) != speaker)
            .GroupBy(x => fuller.GetValueOrDefault(x.Speaker!, x.Speaker!)).Select(o => (Speaker: (string?)o.Key, Items: o.ToList())).ToList();
        var kept = g.Except(apart).Except(ownSpeaker.SelectMany(o => o.Items)).ToList();
        return new[] { (Speaker: speaker, Items: kept), (Speaker: (string?)null, Items: apart) }.Concat(ownSpeaker).Where(p => p.Items.Count > 0).Select(p =>
            new Quote(p.Speaker, p.Items.OrderByDescending(x => x.Text.Length).First().Text,
                p.Items.Select(x => x.Sentences[0].DocId).Distinct().ToList(),
                p.Items.SelectMany(x => x.Sentences).Distinct().Select(x => new SentenceRef(x.DocId, x.Position, x.Text)).ToList()));
    }

    /// <summary>"Dunn" in one outlet, "Ray Dunn" in another, for the same words: the surname is the one fuller name of
    /// the group that ends in it, so the outlets agree rather than tie. Left alone when two fuller names end in it.</summary>
    private static Dictionary<string, string> FullerForms(List<QuoteAttribution> group)
    {
        var names = group.Select(x => x.Speaker).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (names.Count < 2) return map;
        foreach (var name in names)
        {
            var longer = names.Where(n => n.Length > name.Length && n.EndsWith(" " + name, StringComparison.Ordinal)).ToList();
            if (longer.Count == 1) map[name] = longer[0];
        }
        return map;
    }

    /// <summary>The sentences, outside their quotations, name a person and none of them is the speaker.</summary>
    internal static bool NamesSomeoneBut(string speaker, IReadOnlyList<Sentence> sentences)
    {
        var surname = speaker.Split(' ')[^1];
        var names = sentences.SelectMany(s => FullName().Matches(Quoted().Replace(s.Text, " ")))
            .Select(m => NameForms.Clean(m.Value)).Where(n => n is not null && n.Contains(' ') && Individual(n) is not null).ToList();
        return names.Count > 0 && !names.Any(n => n!.Split(' ')[^1] == surname) && !sentences.Any(s => s.Text.Contains(surname, StringComparison.Ordinal));
    }

    /// <summary>The quotation's distinct lower-cased words. Read through the shared lexicon, whose lower-cased form of
    /// a word is the one string every occurrence shares: no substring and no lower-casing per word.</summary>
    internal static void WordsOf(string text, HashSet<string> words)
    {
        var lexicon = WordLexicon.ForThisThread;
        words.Clear();
        int i = 0;
        while (Tokenizer.NextWord(text, ref i, out int start, out int length)) words.Add(lexicon.Get(text.AsSpan(start, length)).Norm);
    }

    /// <summary>Every word of the shorter quotation is in the longer ("clear and convincing evidence" inside "he found
    /// clear and convincing evidence that …"): one outlet quoting a part of what another quotes whole.</summary>
    internal static bool Within(int shared, int a, int b) => shared == Math.Min(a, b) && shared >= MinWordsOfSpeech;

    /// <summary>The part goes with the whole only when neither gives it to someone else.</summary>
    private static bool SameOrUnsaid(string? speaker, List<QuoteAttribution> group) =>
        speaker is null || group.All(x => x.Speaker is null || x.Speaker == speaker);

    internal static bool Similar(int shared, int a, int b) =>
        shared >= 0.8 * Math.Min(a, b) && shared >= 0.5 * Math.Max(a, b);
}
