using Chorus.Link;

namespace Chorus.Summarize;

/// <summary>
/// TF-IDF vectors of a cluster's sentences over content stems, with sentences as the IDF's documents.
/// Shared by the centroid, LexRank and Chorus methods and by the redundancy check.
/// </summary>
public sealed class TermVectors
{
    public IReadOnlyList<Dictionary<int, double>> Vectors { get; }
    public IReadOnlyList<double> Norms { get; }
    public IReadOnlyList<double> Idf { get; }
    public Dictionary<int, double> Centroid { get; }

    public TermVectors(LinkedCluster cluster)
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var tfs = new List<Dictionary<int, double>>();
        var df = new List<int>();
        foreach (var sentence in cluster.Sentences)
        {
            var tf = new Dictionary<int, double>();
            foreach (var stem in sentence.ContentStems)
            {
                if (!vocabulary.TryGetValue(stem, out var id)) { id = vocabulary.Count; vocabulary[stem] = id; df.Add(0); }
                tf[id] = tf.GetValueOrDefault(id) + 1;
            }
            foreach (var id in tf.Keys) df[id]++;
            tfs.Add(tf);
        }
        int n = Math.Max(1, cluster.Sentences.Count);
        Idf = df.Select(d => Math.Log((double)(n + 1) / (d + 0.5))).ToList();
        Centroid = new Dictionary<int, double>();
        foreach (var tf in tfs)
        {
            foreach (var id in tf.Keys.ToList()) tf[id] *= Idf[id];
            foreach (var (id, w) in tf) Centroid[id] = Centroid.GetValueOrDefault(id) + w / n;
        }
        Vectors = tfs;
        Norms = tfs.Select(v => Math.Sqrt(v.Values.Sum(x => x * x))).ToList();
    }

    public double Cosine(int a, int b) => Cosine(Vectors[a], Norms[a], Vectors[b], Norms[b]);

    public double CosineToCentroid(int a) =>
        Cosine(Vectors[a], Norms[a], Centroid, Math.Sqrt(Centroid.Values.Sum(x => x * x)));

    public static double Cosine(Dictionary<int, double> a, double normA, Dictionary<int, double> b, double normB)
    {
        if (normA == 0 || normB == 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        double dot = 0;
        foreach (var (id, w) in small) if (large.TryGetValue(id, out var v)) dot += w * v;
        return dot / (normA * normB);
    }
}
