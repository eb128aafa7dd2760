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
/// pairwise cosine similarities (computed once: LexRank, cross-outlet support and the redundancy check all
/// read them). Shared by the centroid, LexRank and Chorus methods.
/// </summary>
public sealed class TermVectors
{
    public IReadOnlyList<SparseVector> Vectors { get; }
    public IReadOnlyList<double> Norms { get; }
    public IReadOnlyList<double> Idf { get; }
    public SparseVector Centroid { get; }

    private readonly double _centroidNorm;
    private readonly double[] _denseCentroid;
    private readonly Lazy<float[]> _similarity;

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
        _similarity = new Lazy<float[]>(ComputeSimilarities, LazyThreadSafetyMode.None);
    }

    public double Cosine(int a, int b) => a == b ? 1 : _similarity.Value[a * Count + b];

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

    /// <summary>All pairwise cosines through term postings: only pairs that share a term cost anything.</summary>
    private float[] ComputeSimilarities()
    {
        int n = Count;
        var dot = new float[n * n];
        var postings = new Dictionary<int, List<(int Sentence, double Weight)>>();
        for (int s = 0; s < n; s++)
        {
            var v = Vectors[s];
            for (int k = 0; k < v.Ids.Length; k++)
            {
                if (!postings.TryGetValue(v.Ids[k], out var list)) postings[v.Ids[k]] = list = [];
                foreach (var (other, w) in list) dot[other * n + s] += (float)(w * v.Weights[k]);
                list.Add((s, v.Weights[k]));
            }
        }
        for (int a = 0; a < n; a++)
            for (int b = a + 1; b < n; b++)
            {
                float d = dot[a * n + b];
                dot[a * n + b] = dot[b * n + a] = d == 0 || Norms[a] == 0 || Norms[b] == 0 ? 0f : (float)(d / (Norms[a] * Norms[b]));
            }
        return dot;
    }
}
