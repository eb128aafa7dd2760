using Chorus.Link;

namespace Chorus.Summarize;

/// <summary>A sparse vector with term ids in ascending order, so dot products are a linear merge.</summary>
public readonly record struct SparseVector(int[] Ids, double[] Weights)
{
    public double Norm => Math.Sqrt(Weights.Sum(w => w * w));

    public static double Dot(SparseVector a, SparseVector b)
    {
        double dot = 0;
        int i = 0, j = 0;
        while (i < a.Ids.Length && j < b.Ids.Length)
        {
            int x = a.Ids[i], y = b.Ids[j];
            if (x == y) { dot += a.Weights[i++] * b.Weights[j++]; }
            else if (x < y) i++;
            else j++;
        }
        return dot;
    }

    public static SparseVector From(Dictionary<int, double> weights)
    {
        var ids = weights.Keys.ToArray();
        Array.Sort(ids);
        return new SparseVector(ids, ids.Select(id => weights[id]).ToArray());
    }
}

/// <summary>
/// TF-IDF vectors of a cluster's sentences over content stems, with sentences as the IDF's documents, and their
/// pairwise cosine similarities. Shared by the centroid, LexRank and Chorus methods. Similarities are kept
/// sparse: each sentence lists only the sentences it shares a term with, so memory grows with the pairs that
/// overlap rather than with n² (a 46,000-sentence article needed an 8 GB n×n table).
/// </summary>
public sealed class TermVectors
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

    public TermVectors(LinkedCluster cluster)
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
        Norms = vectors.Select(v => v.Norm).ToList();
        var centroidIds = Enumerable.Range(0, _denseCentroid.Length).Where(i => _denseCentroid[i] != 0).ToArray();
        Centroid = new SparseVector(centroidIds, centroidIds.Select(i => _denseCentroid[i]).ToArray());
        _centroidNorm = Centroid.Norm;
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

    public double CosineToCentroid(SparseVector v) => Cosine(v, v.Norm, _denseCentroid, _centroidNorm);

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

    /// <summary>Pairs through term postings: only pairs that share a term cost anything, and each pair's cosine
    /// is computed once.</summary>
    private Neighbour[][] ComputeNeighbours()
    {
        int n = Count;
        var postings = new List<int>[VocabularySize];
        for (int s = 0; s < n; s++)
            foreach (var id in Vectors[s].Ids) (postings[id] ??= []).Add(s);
        var lists = new List<Neighbour>[n];
        for (int s = 0; s < n; s++) lists[s] = [];
        var seenBy = new int[n];
        Array.Fill(seenBy, -1);
        var found = new List<int>();
        for (int s = 0; s < n; s++)
        {
            found.Clear();
            foreach (var id in Vectors[s].Ids)
            {
                var list = postings[id];
                if (list.Count > MaxPostingsForPairs) continue;
                foreach (var t in list)
                    if (t > s && seenBy[t] != s) { seenBy[t] = s; found.Add(t); }
            }
            foreach (var t in found)
            {
                var c = (float)Cosine(s, t);
                if (c == 0) continue;
                lists[s].Add(new Neighbour(t, c));
                lists[t].Add(new Neighbour(s, c));
            }
        }
        var result = new Neighbour[n][];
        for (int s = 0; s < n; s++)
        {
            lists[s].Sort((x, y) => x.Sentence.CompareTo(y.Sentence));
            result[s] = lists[s].ToArray();
        }
        return result;
    }
}
