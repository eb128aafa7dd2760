using Chorus.Link;
using Chorus.Segment;

namespace Chorus.Analyze;

/// <summary>
/// Finds article pairs that share text: sentences the link stage grouped as copies, and long verbatim word runs
/// inside otherwise different sentences. Precision first: a pair needs either two shared sentences, or one
/// shared sentence or run of at least <see cref="MinPassageWords"/> words. Sentences that are mostly quotation
/// are set aside: two outlets quoting one speaker word for word is not one copying the other.
/// </summary>
public sealed class CopyDetector
{
    public int MinPassageWords { get; init; } = 15;

    /// <summary>Word runs shorter than this are common phrasing, not copying.</summary>
    public int MinRunWords { get; init; } = 12;

    public IReadOnlyList<CopyPair> Detect(LinkedCluster cluster)
    {
        var articles = cluster.Articles.ToList();
        var indexOf = new Dictionary<Sentence, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < cluster.Sentences.Count; i++) indexOf[cluster.Sentences[i]] = i;
        var prepared = articles.Select(a => new Prepared(a)).ToList();
        var result = new List<CopyPair>();
        for (int i = 0; i < articles.Count; i++)
            for (int j = i + 1; j < articles.Count; j++)
                if (Pair(cluster, indexOf, prepared[i], prepared[j]) is { } pair) result.Add(pair);
        return result.OrderByDescending(p => p.SharedFraction).ThenBy(p => p.A, StringComparer.Ordinal).ToList();
    }

    /// <summary>What every pair with a document reuses: which sentences are quotation, and an index of word
    /// 4-grams, since a verbatim run of <see cref="MinRunWords"/> words shares at least one: the word-by-word
    /// comparison then runs only on sentence pairs that can hold a run, not on every pair of a large story.</summary>
    private sealed class Prepared
    {
        public SegmentedDocument Document { get; }
        public bool[] Quoted { get; }
        public long[][] Shingles { get; }
        public Dictionary<long, List<int>> SentencesWith { get; } = [];

        public Prepared(SegmentedDocument document)
        {
            Document = document;
            Quoted = QuotationShare.Mark(document.Sentences);
            Shingles = new long[document.Sentences.Count][];
            for (int k = 0; k < document.Sentences.Count; k++)
            {
                var tokens = document.Sentences[k].Tokens;
                var hashes = new HashSet<long>();
                for (int t = 0; t + 4 <= tokens.Count; t++)
                    hashes.Add(HashCode.Combine(tokens[t].Norm, tokens[t + 1].Norm, tokens[t + 2].Norm, tokens[t + 3].Norm));
                Shingles[k] = hashes.ToArray();
                foreach (var h in hashes)
                {
                    if (!SentencesWith.TryGetValue(h, out var list)) SentencesWith[h] = list = [];
                    list.Add(k);
                }
            }
        }
    }

    private CopyPair? Pair(LinkedCluster cluster, Dictionary<Sentence, int> indexOf, Prepared pa, Prepared pb)
    {
        var (a, b) = (pa.Document, pb.Document);
        var quotedA = pa.Quoted;
        var quotedInB = new HashSet<Sentence>(b.Sentences.Where((_, k) => pb.Quoted[k]), ReferenceEqualityComparer.Instance);
        var passages = new List<CopiedPassage>();
        var usedB = new HashSet<Sentence>(ReferenceEqualityComparer.Instance);
        int sharedSentences = 0;
        for (int k = 0; k < a.Sentences.Count; k++)
        {
            var sa = a.Sentences[k];
            if (quotedA[k]) continue;
            int group = cluster.GroupOf[indexOf[sa]];
            var sb = b.Sentences.FirstOrDefault(x => cluster.GroupOf[indexOf[x]] == group && !usedB.Contains(x) && !quotedInB.Contains(x));
            // Sentences linked because they carry the same long name ("born Clarissa Theresa Philomena …") but
            // otherwise worded apart do not show copying.
            if (sb is not null && IsNameList(sa.Tokens, LongestCommonRun(sa.Tokens, sb.Tokens))) sb = null;
            if (sb is not null)
            {
                usedB.Add(sb);
                sharedSentences++;
                passages.Add(new CopiedPassage(sa.Text, Math.Min(sa.WordCount, sb.WordCount), Ref(sa), Ref(sb)));
                continue;
            }
            // Not the same sentence, but perhaps a long verbatim run inside it (a clause lifted into new framing).
            if (sa.Tokens.Count < MinRunWords) continue;
            var candidates = new SortedSet<int>();
            foreach (var h in pa.Shingles[k])
                if (pb.SentencesWith.TryGetValue(h, out var list)) candidates.UnionWith(list);
            foreach (var candidate in candidates.Select(c => b.Sentences[c]).Where(x => !usedB.Contains(x) && !quotedInB.Contains(x)))
            {
                var run = LongestCommonRun(sa.Tokens, candidate.Tokens);
                if (run.Length >= MinRunWords && !IsNameList(sa.Tokens, run))
                {
                    usedB.Add(candidate);
                    var text = sa.Text.Substring(sa.Tokens[run.Start].Start,
                        sa.Tokens[run.Start + run.Length - 1].Start + sa.Tokens[run.Start + run.Length - 1].Text.Length - sa.Tokens[run.Start].Start);
                    passages.Add(new CopiedPassage(text, run.Length, Ref(sa), Ref(candidate)));
                    break;
                }
            }
        }
        if (passages.Count == 0) return null;
        if (passages.Count < 2 && passages.Max(p => p.Words) < MinPassageWords) return null;
        int shorter = Math.Min(a.Sentences.Sum(s => s.WordCount), b.Sentences.Sum(s => s.WordCount));
        double fraction = shorter == 0 ? 0 : Math.Min(1.0, (double)passages.Sum(p => p.Words) / shorter);
        return new CopyPair(a.Id, b.Id, sharedSentences, Math.Round(fraction, 3), Direction(a, b), passages);
    }

    private static string Direction(SegmentedDocument a, SegmentedDocument b)
    {
        var pa = a.Document.Source.Published;
        var pb = b.Document.Source.Published;
        if (pa is null || pb is null || pa == pb) return "shared";
        return pa < pb ? "a->b" : "b->a";
    }

    private static SentenceRef Ref(Sentence s) => new(s.DocId, s.Position, s.Text);

    /// <summary>A run that is mostly capitalised words is a name or a list of names ("Clarissa Theresa Philomena
    /// Aileen …"): a fact every outlet spells the same, not prose one lifted from another.</summary>
    private static bool IsNameList(IReadOnlyList<Token> tokens, (int Start, int Length) run)
    {
        int capitalised = 0;
        for (int i = run.Start; i < run.Start + run.Length; i++) if (tokens[i].IsCapitalized) capitalised++;
        return capitalised * 2 > run.Length;
    }

    /// <summary>The longest run of identical lower-cased tokens (dynamic programming over the two sentences).</summary>
    private static (int Start, int Length) LongestCommonRun(IReadOnlyList<Token> a, IReadOnlyList<Token> b)
    {
        int best = 0, bestEnd = 0;
        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        for (int i = 1; i <= a.Count; i++)
        {
            for (int j = 1; j <= b.Count; j++)
            {
                current[j] = a[i - 1].Norm == b[j - 1].Norm ? previous[j - 1] + 1 : 0;
                if (current[j] > best) { best = current[j]; bestEnd = i; }
            }
            (previous, current) = (current, previous);
            Array.Clear(current);
        }
        return (bestEnd - best, best);
    }
}
