using Chorus.Link;
using Chorus.Summarize;

namespace Chorus.Tests.Summarize.Reference;

// The features as computed before the allocation diet of issue 16 (strings, dictionaries, LINQ), kept verbatim as
// the oracle the pooled implementation must match bit for bit: the shipped ranker was trained on these values.

/// <summary>
/// TF-IDF vectors of a cluster's sentences over content stems, with sentences as the IDF's documents, and their
/// pairwise cosine similarities. Shared by the centroid, LexRank and Chorus methods. Similarities are kept
/// sparse: each sentence lists only the sentences it shares a term with, so memory grows with the pairs that
/// overlap rather than with n² (a 46,000-sentence article needed an 8 GB n×n table).
/// </summary>
public sealed class ReferenceTermVectors
{
    /// <summary>A term carried by more sentences than this finds no pairs by itself: its posting list alone would
    /// make the pair search quadratic (every sentence of a long article shares "said"). Below this many sentences
    /// (every dev cluster) nothing is left out; above it, a pair that shares only such words is not a neighbour,
    /// though its <see cref="Cosine(int, int)"/> is still exact.</summary>
    public const int MaxPostingsForPairs = 400;

    public IReadOnlyList<SparseVector> Vectors { get; }
    public IReadOnlyList<double> Norms { get; }
    public IReadOnlyList<double> Idf { get; }
    public SparseVector Centroid { get; }

    private readonly double _centroidNorm;
    private readonly double[] _denseCentroid;
    private readonly Lazy<Neighbour[][]> _neighbours;

    /// <summary>Another sentence sharing a term, with the cosine of the pair.</summary>
    public readonly record struct Neighbour(int Sentence, float Cosine);

    public int Count => Vectors.Count;

    /// <summary>Each sentence's content stems as term ids, in reading order (duplicates kept).</summary>
    public IReadOnlyList<int[]> TermSequences { get; }

    public int VocabularySize { get; }

    public ReferenceTermVectors(LinkedCluster cluster)
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var sequences = new int[cluster.Sentences.Count][];
        var df = new List<int>();
        for (int s = 0; s < sequences.Length; s++)
        {
            var stems = cluster.Sentences[s].ContentStems;
            var ids = new int[stems.Count];
            for (int k = 0; k < ids.Length; k++)
            {
                if (!vocabulary.TryGetValue(stems[k], out var id)) { id = vocabulary.Count; vocabulary[stems[k]] = id; df.Add(0); }
                ids[k] = id;
            }
            sequences[s] = ids;
        }
        TermSequences = sequences;
        VocabularySize = vocabulary.Count;

        // Term frequencies by sorting each sentence's ids: no dictionary per sentence.
        var vectors = new SparseVector[sequences.Length];
        for (int s = 0; s < sequences.Length; s++)
        {
            var sorted = (int[])sequences[s].Clone();
            Array.Sort(sorted);
            int distinct = 0;
            for (int k = 0; k < sorted.Length; k++) if (k == 0 || sorted[k] != sorted[k - 1]) distinct++;
            var ids = new int[distinct];
            var weights = new double[distinct];
            for (int k = 0, d = -1; k < sorted.Length; k++)
            {
                if (k == 0 || sorted[k] != sorted[k - 1]) { ids[++d] = sorted[k]; df[sorted[k]]++; }
                weights[d]++;
            }
            vectors[s] = new SparseVector(ids, weights);
        }
        int n = Math.Max(1, sequences.Length);
        Idf = df.Select(d => Math.Log((double)(n + 1) / (d + 0.5))).ToList();
        _denseCentroid = new double[vocabulary.Count];
        foreach (var v in vectors)
            for (int k = 0; k < v.Ids.Length; k++)
            {
                v.Weights[k] *= Idf[v.Ids[k]];
                _denseCentroid[v.Ids[k]] += v.Weights[k] / n;
            }
        Vectors = vectors;
        Norms = vectors.Select(NormOf).ToList();
        var centroidIds = Enumerable.Range(0, _denseCentroid.Length).Where(i => _denseCentroid[i] != 0).ToArray();
        Centroid = new SparseVector(centroidIds, centroidIds.Select(i => _denseCentroid[i]).ToArray());
        _centroidNorm = NormOf(Centroid);
        _neighbours = new Lazy<Neighbour[][]>(ComputeNeighbours, LazyThreadSafetyMode.None);
    }

    /// <summary>The cosine of two sentences, exact for any pair (a merge of two short sorted vectors), with the
    /// float rounding the similarity table always had, so every method's choices stay as they were.</summary>
    public double Cosine(int a, int b)
    {
        if (a == b) return 1;
        if (Norms[a] == 0 || Norms[b] == 0) return 0;
        float dot = FloatDot(Vectors[a], Vectors[b]);
        return dot == 0 ? 0f : (float)(dot / (Norms[a] * Norms[b]));
    }

    /// <summary>Every sentence sharing a term with <paramref name="a"/> (see <see cref="MaxPostingsForPairs"/>),
    /// in ascending order, with the pair's cosine; pairs with no term in common have cosine 0 and are absent.</summary>
    public IReadOnlyList<Neighbour> NeighboursOf(int a) => _neighbours.Value[a];

    public double CosineToCentroid(int a) => Cosine(Vectors[a], Norms[a], _denseCentroid, _centroidNorm);

    /// <summary>Cosine of a sparse vector with a dense one (the centroid spans every term; merging with it would
    /// cost its full length each time).</summary>
    public static double Cosine(SparseVector a, double normA, double[] dense, double normDense)
    {
        if (normA == 0 || normDense == 0) return 0;
        double dot = 0;
        for (int k = 0; k < a.Ids.Length; k++) dot += a.Weights[k] * dense[a.Ids[k]];
        return dot / (normA * normDense);
    }

    public double CosineToCentroid(SparseVector v) => Cosine(v, NormOf(v), _denseCentroid, _centroidNorm);

    private static double NormOf(SparseVector v) => Math.Sqrt(v.Weights.Sum(w => w * w));

    public static double Cosine(SparseVector a, double normA, SparseVector b, double normB) =>
        normA == 0 || normB == 0 ? 0 : SparseVector.Dot(a, b) / (normA * normB);

    /// <summary>Products summed in float in ascending term order: the order and precision the n×n table used.</summary>
    private static float FloatDot(SparseVector a, SparseVector b)
    {
        float dot = 0;
        int i = 0, j = 0;
        while (i < a.Ids.Length && j < b.Ids.Length)
        {
            int x = a.Ids[i], y = b.Ids[j];
            if (x == y) dot += (float)(a.Weights[i++] * b.Weights[j++]);
            else if (x < y) i++;
            else j++;
        }
        return dot;
    }

    /// <summary>A sentence meets at most this many others, those sharing its rarest terms first (added in session 7
    /// of issue 16 so a long input's pair pass stays linear; no cluster of up to 501 sentences is cut).</summary>
    public const int MaxNeighbours = 500;

    /// <summary>Pairs through term postings: only pairs that share a term cost anything. Each sentence's partners
    /// are taken from its terms' lists rarest first (by list length, then term id) up to <see cref="MaxNeighbours"/>;
    /// while no list is cut, that is every sentence sharing a term with it.</summary>
    private Neighbour[][] ComputeNeighbours()
    {
        int n = Count;
        var postings = new List<int>[VocabularySize];
        for (int s = 0; s < n; s++)
            foreach (var id in Vectors[s].Ids) (postings[id] ??= []).Add(s);
        var result = new Neighbour[n][];
        for (int s = 0; s < n; s++)
        {
            var found = new List<int>();
            var seen = new HashSet<int>();
            var terms = Vectors[s].Ids.Where(id => postings[id].Count <= MaxPostingsForPairs)
                .OrderBy(id => postings[id].Count).ThenBy(id => id);
            foreach (var id in terms)
                foreach (var t in postings[id])
                    if (t != s && found.Count < MaxNeighbours && seen.Add(t)) found.Add(t);
            result[s] = found.Order().Select(t => new Neighbour(t, (float)Cosine(s, t))).Where(x => x.Cosine != 0).ToArray();
        }
        return result;
    }
}

/// <summary>
/// The cluster's concepts in the manner of Gillick and Favre's ILP summarizer: stemmed word bigrams (not both
/// stop words), each weighted by how many independent reports (<see cref="OutletFamilies"/>) use it. A fact most
/// outlets state is worth covering; a phrase only one outlet uses is worth nothing when several report the story.
/// </summary>
public sealed class ReferenceBigramConcepts
{
    /// <summary>Distinct concept ids of each sentence (weight above zero only).</summary>
    public IReadOnlyList<int[]> OfSentence { get; }

    /// <summary>Weight of each concept id.</summary>
    public IReadOnlyList<double> Weight { get; }

    public double TotalWeight { get; }

    public OutletFamilies Families { get; }

    public ReferenceBigramConcepts(LinkedCluster cluster, OutletFamilies? families = null)
    {
        Families = families ?? new OutletFamilies(cluster);
        var ids = new Dictionary<(string, string), int>();
        var familiesOf = new List<HashSet<int>>();
        var raw = new int[cluster.Sentences.Count][];
        var buffer = new List<int>();
        for (int s = 0; s < raw.Length; s++)
        {
            var sentence = cluster.Sentences[s];
            int family = Families.FamilyOf(sentence.DocId);
            buffer.Clear();
            var tokens = sentence.Tokens;
            for (int t = 0; t + 1 < tokens.Count; t++)
            {
                if (tokens[t].IsStopWord && tokens[t + 1].IsStopWord) continue;
                var key = (tokens[t].Stem, tokens[t + 1].Stem);
                if (!ids.TryGetValue(key, out var id)) { id = ids.Count; ids[key] = id; familiesOf.Add([]); }
                if (family >= 0) familiesOf[id].Add(family);
                if (!buffer.Contains(id)) buffer.Add(id);
            }
            raw[s] = buffer.ToArray();
        }
        // With several independent reports a concept counts from its second report on; a lone article's
        // concepts all count once.
        int offset = Families.Count >= 2 ? 1 : 0;
        var weight = familiesOf.Select(f => (double)Math.Max(0, f.Count - offset)).ToArray();
        OfSentence = raw.Select(c => c.Where(id => weight[id] > 0).ToArray()).ToArray();
        Weight = weight;
        TotalWeight = weight.Sum();
    }

    /// <summary>Sum of the weights of a sentence's concepts.</summary>
    public double WeightOf(int sentence)
    {
        double sum = 0;
        foreach (var c in OfSentence[sentence]) sum += Weight[c];
        return sum;
    }
}

/// <summary>
/// What Chorus knows about each sentence when ranking it: where it sits (news is written lead-first), how many
/// outlets repeat it (what editors keep), how central it is, and whether it can stand alone.
/// </summary>
public sealed class ReferenceSentenceFeatures
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

    public ReferenceTermVectors Vectors { get; }

    /// <summary>The cluster's weighted bigram concepts, shared with the selector.</summary>
    public ReferenceBigramConcepts Concepts { get; }

    /// <summary>One row per sentence of the cluster, columns as <see cref="Names"/>.</summary>
    public float[][] Rows { get; }

    public ReferenceSentenceFeatures(LinkedCluster cluster)
    {
        Vectors = new ReferenceTermVectors(cluster);
        Concepts = new ReferenceBigramConcepts(cluster);
        var families = Concepts.Families;
        var sentences = cluster.Sentences;
        int n = sentences.Count;
        var articleIds = cluster.Articles.Select(d => d.Id).ToList();
        var articleRank = articleIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        int articles = Math.Max(1, articleIds.Count);
        var sentencesOfDoc = Enumerable.Range(0, n).GroupBy(s => sentences[s].DocId).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var lexrank = ReferenceLexRank.Scores(Vectors, n);
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
                reports > 1 ? (float)(cluster.GroupOfSentence(s).Sources.Select(families.FamilyOf).Where(f => f >= 0).Distinct().Count() - 1) / (reports - 1) : 0f,
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
        var ids = sum.Keys.ToArray();
        Array.Sort(ids);
        return new SparseVector(ids, ids.Select(id => sum[id]).ToArray());
    }
}

public static class ReferenceLexRank
{
    public static double[] Scores(ReferenceTermVectors vectors, int n, double threshold = 0.1, double damping = 0.85)
    {
        var neighbours = new List<int>[n];
        for (int i = 0; i < n; i++) neighbours[i] = [];
        // Only pairs sharing a term can pass the threshold: the sparse neighbour lists keep this linear in pairs.
        for (int i = 0; i < n; i++)
            foreach (var neighbour in vectors.NeighboursOf(i))
                if (neighbour.Cosine > threshold) neighbours[i].Add(neighbour.Sentence);
        var rank = Enumerable.Repeat(1.0 / Math.Max(1, n), n).ToArray();
        for (int iteration = 0; iteration < 50; iteration++)
        {
            var next = new double[n];
            for (int i = 0; i < n; i++)
                foreach (var j in neighbours[i]) next[i] += rank[j] / neighbours[j].Count;
            double delta = 0;
            for (int i = 0; i < n; i++)
            {
                next[i] = (1 - damping) / n + damping * next[i];
                delta += Math.Abs(next[i] - rank[i]);
            }
            rank = next;
            if (delta < 1e-5) break;
        }
        return rank;
    }
}
