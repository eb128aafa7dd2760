using Chorus.Link;

namespace Chorus.Summarize;

/// <summary>
/// What Chorus knows about each sentence when ranking it: where it sits (news is written lead-first), how many
/// outlets repeat it (what editors keep), how central it is, and whether it can stand alone.
/// </summary>
public sealed class SentenceFeatures
{
    public static readonly string[] Names =
    [
        "position", "articleRank", "articles", "words", "exactSupport", "softSupport",
        "centroid", "lexrank", "quote", "startsWithQuote", "digits", "danglingStart",
        "wordSupport", "bigramSupport", "leadSimilarity", "docCentrality", "wordOffset",
        "supportDensity", "stopWordShare", "attribution", "meanIdf", "leadOfFirstArticle",
        "familySupport", "conceptWeight", "conceptDensity",
        "centroidRank", "softSupportRank", "wordSupportRank", "bigramSupportRank", "lexrankRank", "supportDensityRank",
        "conceptWeightRank", "conceptDensityRank",
    ];

    /// <summary>Features re-expressed as their percentile within the cluster: clusters differ in size and
    /// vocabulary, and what matters is how a sentence compares with its neighbours.</summary>
    private static readonly string[] Ranked = ["centroid", "softSupport", "wordSupport", "bigramSupport", "lexrank", "supportDensity", "conceptWeight", "conceptDensity"];

    private static readonly HashSet<string> Dangling = new(StringComparer.OrdinalIgnoreCase)
        { "he", "she", "it", "they", "this", "that", "these", "those", "but", "and", "also", "however", "his", "her", "their", "its", "so", "then", "still", "yet" };

    public TermVectors Vectors { get; }

    /// <summary>The cluster's weighted bigram concepts, shared with the selector.</summary>
    public BigramConcepts Concepts { get; }

    /// <summary>One row per sentence of the cluster, columns as <see cref="Names"/>.</summary>
    public float[][] Rows { get; }

    public SentenceFeatures(LinkedCluster cluster)
    {
        Vectors = new TermVectors(cluster);
        Concepts = new BigramConcepts(cluster);
        var families = Concepts.Families;
        var sentences = cluster.Sentences;
        int n = sentences.Count;
        var articleIds = cluster.Articles.Select(d => d.Id).ToList();
        var articleRank = articleIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        int articles = Math.Max(1, articleIds.Count);
        var sentencesOfDoc = Enumerable.Range(0, n).GroupBy(s => sentences[s].DocId).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var lexrank = LexRankSummarizer.Scores(Vectors, n);
        var docOrdinal = sentencesOfDoc.Keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
        var docOf = sentences.Select(x => docOrdinal[x.DocId]).ToArray();

        // How many independent reports use each stem and each stem bigram: words most outlets use are what the
        // story is about. A family's articles are visited together so each family counts once.
        var stemArticles = new int[Vectors.VocabularySize];
        var stemLastDoc = new int[Vectors.VocabularySize];
        Array.Fill(stemLastDoc, -1);
        var bigramArticles = new Dictionary<long, (int Count, int LastDoc)>(MixedKey.Instance);
        int docNumber = 0;
        foreach (var (docId, docSentences) in sentencesOfDoc.OrderBy(kv => families.FamilyOf(kv.Key)))
        {
            docNumber = families.FamilyOf(docId);
            foreach (var s in docSentences)
            {
                var ids = Vectors.TermSequences[s];
                for (int i = 0; i < ids.Length; i++)
                {
                    if (stemLastDoc[ids[i]] != docNumber) { stemLastDoc[ids[i]] = docNumber; stemArticles[ids[i]]++; }
                    if (i + 1 >= ids.Length) continue;
                    long key = BigramKey(ids[i], ids[i + 1]);
                    var (count, last) = bigramArticles.GetValueOrDefault(key, (0, -1));
                    if (last != docNumber) bigramArticles[key] = (count + 1, docNumber);
                }
            }
        }
        int reports = families.Count;
        var conceptWeight = new double[n];
        var conceptDensity = new double[n];
        for (int s = 0; s < n; s++)
        {
            conceptWeight[s] = Concepts.WeightOf(s);
            conceptDensity[s] = conceptWeight[s] / Math.Max(1, sentences[s].Tokens.Count);
        }
        double maxConceptWeight = Math.Max(1e-9, conceptWeight.DefaultIfEmpty(0).Max());
        double maxConceptDensity = Math.Max(1e-9, conceptDensity.DefaultIfEmpty(0).Max());
        var docVectors = sentencesOfDoc.ToDictionary(kv => kv.Key, kv => Sum(kv.Value.Select(s => Vectors.Vectors[s])), StringComparer.Ordinal);
        var docCentrality = docVectors.ToDictionary(kv => kv.Key, kv => Vectors.CosineToCentroid(kv.Value), StringComparer.Ordinal);
        int leadSentence = sentencesOfDoc.Count > 0 && articleIds.Count > 0 && sentencesOfDoc.TryGetValue(articleIds[0], out var firstDoc) ? firstDoc[0] : -1;
        var wordOffset = new int[n];
        for (int s = 1; s < n; s++)
            wordOffset[s] = sentences[s].DocId == sentences[s - 1].DocId ? wordOffset[s - 1] + sentences[s - 1].WordCount : 0;

        Rows = new float[n][];
        var best = new double[docOrdinal.Count];
        for (int s = 0; s < n; s++)
        {
            var sentence = sentences[s];
            Array.Clear(best);
            foreach (var neighbour in Vectors.NeighboursOf(s))
            {
                int d = docOf[neighbour.Sentence];
                if (d == docOf[s]) continue;
                double c = neighbour.Cosine;
                if (c > best[d]) best[d] = c;
            }
            double soft = best.Sum();
            soft /= Math.Max(1, sentencesOfDoc.Count - 1);
            var tokens = sentence.Tokens;
            var first = tokens.Count > 0 ? tokens[0].Norm : "";
            int stopWords = 0, quoteMarks = 0;
            bool digits = false, attribution = false;
            for (int t = 0; t < tokens.Count; t++)
            {
                var token = tokens[t];
                if (token.IsStopWord) stopWords++;
                digits |= token.IsNumber;
                attribution |= token.Norm is "said" or "says" or "told" or "according" or "reported" or "reports";
            }
            foreach (var c in sentence.Text) if (c is '"' or '“' or '”') quoteMarks++;
            double supportSum = 0;
            var termIds = Vectors.TermSequences[s];
            foreach (var id in termIds) supportSum += stemArticles[id];
            Rows[s] =
            [
                sentence.Position,
                articleRank.GetValueOrDefault(sentence.DocId),
                articles,
                sentence.WordCount,
                articles > 1 ? (float)(cluster.GroupOfSentence(s).Sources.Count - 1) / (articles - 1) : 0f,
                (float)soft,
                (float)Vectors.CosineToCentroid(s),
                (float)(lexrank[s] * n),
                quoteMarks >= 2 ? 1f : 0f,
                sentence.Text.Length > 0 && sentence.Text[0] is '"' or '“' or '\'' ? 1f : 0f,
                digits ? 1f : 0f,
                Dangling.Contains(first) ? 1f : 0f,
                termIds.Length == 0 ? 0f : (float)(supportSum / termIds.Length / reports),
                (float)MeanBigramSupport(termIds, bigramArticles, reports),
                leadSentence >= 0 ? (float)Vectors.Cosine(s, leadSentence) : 0f,
                (float)docCentrality[sentence.DocId],
                wordOffset[s],
                tokens.Count > 0 ? (float)(supportSum / reports / tokens.Count) : 0f,
                tokens.Count > 0 ? (float)stopWords / tokens.Count : 0f,
                attribution ? 1f : 0f,
                Vectors.Vectors[s].Ids.Length > 0 ? (float)Vectors.Vectors[s].Ids.Average(k => Vectors.Idf[k]) : 0f,
                s == leadSentence ? 1f : 0f,
                reports > 1 ? (float)(families.FamiliesAmong(cluster.GroupOfSentence(s).Sources) - 1) / (reports - 1) : 0f,
                (float)(conceptWeight[s] / maxConceptWeight),
                (float)(conceptDensity[s] / maxConceptDensity),
                0f, 0f, 0f, 0f, 0f, 0f, 0f, 0f,
            ];
        }
        AddPercentiles(Rows, Names.Length - Ranked.Length);
    }

    public static int Index(string name) => Array.IndexOf(Names, name);

    private static void AddPercentiles(float[][] rows, int baseCount)
    {
        int n = rows.Length;
        for (int f = 0; f < Ranked.Length; f++)
        {
            int source = Index(Ranked[f]);
            var order = Enumerable.Range(0, n).OrderBy(i => rows[i][source]).ToArray();
            for (int r = 0; r < n; r++)
                rows[order[r]][baseCount + f] = n > 1 ? (float)r / (n - 1) : 1f;
        }
    }

    private static long BigramKey(int a, int b) => ((long)a << 32) | (uint)b;

    /// <summary>long's own hash is the xor of its halves: for pairs of small term ids that folds thousands of
    /// bigrams onto the same buckets (a 50-article cluster spent seconds here). A multiplicative mix spreads them.</summary>
    private sealed class MixedKey : IEqualityComparer<long>
    {
        public static readonly MixedKey Instance = new();

        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long key)
        {
            ulong z = (ulong)key * 0x9E3779B97F4A7C15UL;
            return (int)(z >> 32) ^ (int)z;
        }
    }

    private static double MeanBigramSupport(int[] ids, Dictionary<long, (int Count, int LastDoc)> articlesOf, int articles)
    {
        if (ids.Length < 2) return 0;
        double sum = 0;
        for (int i = 0; i + 1 < ids.Length; i++) sum += articlesOf.GetValueOrDefault(BigramKey(ids[i], ids[i + 1])).Count;
        return sum / (ids.Length - 1) / articles;
    }

    private static SparseVector Sum(IEnumerable<SparseVector> vectors)
    {
        var sum = new Dictionary<int, double>();
        foreach (var v in vectors)
            for (int k = 0; k < v.Ids.Length; k++) sum[v.Ids[k]] = sum.GetValueOrDefault(v.Ids[k]) + v.Weights[k];
        return SparseVector.From(sum);
    }
}
