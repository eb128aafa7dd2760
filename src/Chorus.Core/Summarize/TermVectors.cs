using Chorus.Ingest;
using System.Buffers;
using Chorus.Link;

namespace Chorus.Summarize;

/// <summary>A sparse vector with term ids in ascending order, so dot products are a linear merge.</summary>
public readonly record struct SparseVector(int[] Ids, double[] Weights)
{
    public double Norm
    {
        get
        {
            double sum = 0;
            foreach (var w in Weights) sum += w * w;
            return Math.Sqrt(sum);
        }
    }

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
}

/// <summary>
/// TF-IDF vectors of a cluster's sentences over content stems, with sentences as the IDF's documents, and their
/// pairwise cosine similarities. Shared by the centroid, LexRank and Chorus methods. Similarities are sparse and
/// computed when asked (<see cref="NeighbourScan"/>): each sentence meets only the sentences it shares a term with
/// (a 46,000-sentence article needed an 8 GB n×n table), and the pairs are never all held at once (stored, a 5 MB
/// article's lists took 840 MB).
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
    /// <summary>The centroid's terms of non-zero weight, ascending. Built when asked: only the dense centroid is read
    /// to summarize, and the sparse copy's two arrays were as long as the vocabulary.</summary>
    public SparseVector Centroid => _centroid ??= SparseCentroid();

    private SparseVector? _centroid;

    private readonly double _centroidNorm;
    private readonly SparseVector[] _vectors;
    private readonly double[] _norms;
    private readonly double[] _denseCentroid;
    private (int[] Start, int[] Sentences)? _postings;

    /// <summary>Another sentence sharing a term, with the cosine of the pair.</summary>
    public readonly record struct Neighbour(int Sentence, float Cosine);

    public int Count => Vectors.Count;

    /// <summary>Each sentence's content stems as term ids, in reading order (duplicates kept): sentence s's from
    /// <see cref="_sequenceStart"/>[s] to [s + 1]. Pooled, and given back by <see cref="ReleaseSequences"/>.</summary>
    private int[]? _sequences;
    private int[]? _sequenceStart;

    /// <summary>Sentence <paramref name="s"/>'s content stems as term ids, in reading order (duplicates kept).</summary>
    public ReadOnlySpan<int> TermSequence(int s)
    {
        if (_sequences is null || _sequenceStart is null) throw new InvalidOperationException("the term sequences were released");
        return _sequences.AsSpan(_sequenceStart[s], _sequenceStart[s + 1] - _sequenceStart[s]);
    }

    /// <summary>Gives the term sequences' arrays back to the pool: only the features read them (an array per sentence
    /// was a tenth of summarizing's garbage), and <see cref="TermSequence"/> may not be asked after.</summary>
    internal void ReleaseSequences()
    {
        if (_sequences is null || _sequenceStart is null) return;
        SmallArrayPool<int>.Shared.Return(_sequences);
        SmallArrayPool<int>.Shared.Return(_sequenceStart);
        _sequences = _sequenceStart = null;
    }

    public int VocabularySize { get; }

    public TermVectors(LinkedCluster cluster)
    {
        var vocabulary = StemTable.Rent();
        int count = cluster.Sentences.Count, total = 0;
        for (int s = 0; s < count; s++) total += cluster.Sentences[s].ContentStems.Count;
        var sequences = SmallArrayPool<int>.Shared.Rent(Math.Max(1, total));
        var sequenceStart = SmallArrayPool<int>.Shared.Rent(count + 1);
        var df = SmallArrayPool<int>.Shared.Rent(64);
        int longest = 0;
        for (int s = 0, at = 0; s < count; s++)
        {
            sequenceStart[s] = at;
            var stems = cluster.Sentences[s].ContentStems;
            for (int k = 0; k < stems.Count; k++)
            {
                if (!vocabulary.TryGetValue(stems[k], out var id))
                {
                    id = vocabulary.Count;
                    vocabulary[stems[k]] = id;
                    if (id == df.Length) df = Grown(df);
                    df[id] = 0;
                }
                sequences[at++] = id;
            }
            longest = Math.Max(longest, stems.Count);
        }
        sequenceStart[count] = total;
        (_sequences, _sequenceStart) = (sequences, sequenceStart);
        VocabularySize = vocabulary.Count;
        StemTable.Return(vocabulary);

        // Term frequencies by sorting each sentence's ids in one reused buffer: no dictionary per sentence.
        var vectors = new SparseVector[count];
        var sorted = SmallArrayPool<int>.Shared.Rent(Math.Max(1, longest));
        for (int s = 0; s < count; s++)
        {
            int length = sequenceStart[s + 1] - sequenceStart[s];
            sequences.AsSpan(sequenceStart[s], length).CopyTo(sorted);
            Array.Sort(sorted, 0, length);
            int distinct = 0;
            for (int k = 0; k < length; k++) if (k == 0 || sorted[k] != sorted[k - 1]) distinct++;
            var ids = distinct == 0 ? [] : new int[distinct];
            var weights = distinct == 0 ? [] : new double[distinct];
            for (int k = 0, d = -1; k < length; k++)
            {
                if (k == 0 || sorted[k] != sorted[k - 1]) { ids[++d] = sorted[k]; df[sorted[k]]++; }
                weights[d]++;
            }
            vectors[s] = new SparseVector(ids, weights);
        }
        SmallArrayPool<int>.Shared.Return(sorted);
        int n = Math.Max(1, count);
        var idf = new double[VocabularySize];
        for (int id = 0; id < idf.Length; id++) idf[id] = Math.Log((double)(n + 1) / (df[id] + 0.5));
        SmallArrayPool<int>.Shared.Return(df);
        Idf = idf;
        _denseCentroid = new double[VocabularySize];
        foreach (var v in vectors)
            for (int k = 0; k < v.Ids.Length; k++)
            {
                v.Weights[k] *= idf[v.Ids[k]];
                _denseCentroid[v.Ids[k]] += v.Weights[k] / n;
            }
        Vectors = _vectors = vectors;
        var norms = new double[vectors.Length];
        for (int s = 0; s < norms.Length; s++) norms[s] = vectors[s].Norm;
        Norms = _norms = norms;
        // The norm of the sparse centroid: its squares summed in ascending term order; a zero adds nothing.
        double squares = 0;
        foreach (var w in _denseCentroid) if (w != 0) squares += w * w;
        _centroidNorm = Math.Sqrt(squares);
    }

    private SparseVector SparseCentroid()
    {
        int nonZero = 0;
        foreach (var w in _denseCentroid) if (w != 0) nonZero++;
        var centroidIds = new int[nonZero];
        var centroidWeights = new double[nonZero];
        for (int i = 0, k = 0; i < _denseCentroid.Length; i++)
            if (_denseCentroid[i] != 0) { centroidIds[k] = i; centroidWeights[k++] = _denseCentroid[i]; }
        return new SparseVector(centroidIds, centroidWeights);
    }

    private static int[] Grown(int[] array)
    {
        var grown = SmallArrayPool<int>.Shared.Rent(array.Length * 2);
        array.CopyTo(grown, 0);
        SmallArrayPool<int>.Shared.Return(array);
        return grown;
    }

    /// <summary>The cosine of two sentences, exact for any pair (a merge of two short sorted vectors), with the
    /// float rounding the similarity table always had, so every method's choices stay as they were.</summary>
    public double Cosine(int a, int b)
    {
        if (a == b) return 1;
        if (_norms[a] == 0 || _norms[b] == 0) return 0;
        float dot = FloatDot(_vectors[a], _vectors[b]);
        return dot == 0 ? 0f : (float)(dot / (_norms[a] * _norms[b]));
    }

    /// <summary>Every sentence sharing a term with <paramref name="a"/> (see <see cref="MaxPostingsForPairs"/>),
    /// in ascending order, with the pair's cosine; pairs with no term in common have cosine 0 and are absent.</summary>
    /// <remarks>A new array per call; a pass over every sentence takes a <see cref="NeighbourScan"/>.</remarks>
    public Neighbour[] NeighboursOf(int a)
    {
        using var scan = new NeighbourScan(this);
        return scan.Of(a).ToArray();
    }

    /// <summary>The sentences carrying each term id, ascending: term id's at [Start[id], Start[id + 1]) of Sentences.
    /// Built on first use (the centroid method never asks).</summary>
    internal (int[] Start, int[] Sentences) Postings => _postings ??= BuildPostings();

    /// <summary>Gives the postings' arrays back to the pool once a pass over every sentence is done (the features'
    /// pair pass): they are rebuilt if asked again, and a new pair per cluster was a twentieth of summarizing's garbage.</summary>
    internal void ReleasePostings()
    {
        if (_postings is not { } postings) return;
        _postings = null;
        SmallArrayPool<int>.Shared.Return(postings.Start);
        SmallArrayPool<int>.Shared.Return(postings.Sentences);
    }

    /// <remarks>Pooled arrays: they may be longer than the vocabulary and the postings, and only those are read.</remarks>
    private (int[] Start, int[] Sentences) BuildPostings()
    {
        var start = SmallArrayPool<int>.Shared.Rent(VocabularySize + 1);
        Array.Clear(start, 0, VocabularySize + 1);
        foreach (var v in _vectors)
            foreach (var id in v.Ids) start[id + 1]++;
        for (int id = 0; id < VocabularySize; id++) start[id + 1] += start[id];
        var sentences = SmallArrayPool<int>.Shared.Rent(Math.Max(1, start[VocabularySize]));
        var fill = SmallArrayPool<int>.Shared.Rent(Math.Max(1, VocabularySize));
        Array.Copy(start, fill, VocabularySize);
        for (int s = 0; s < _vectors.Length; s++)
            foreach (var id in _vectors[s].Ids) sentences[fill[id]++] = s;
        SmallArrayPool<int>.Shared.Return(fill);
        return (start, sentences);
    }

    public double CosineToCentroid(int a) => Cosine(_vectors[a], _norms[a], _denseCentroid, _centroidNorm);

    /// <summary>Cosine of a sparse vector with a dense one (the centroid spans every term; merging with it would
    /// cost its full length each time).</summary>
    public static double Cosine(SparseVector a, double normA, double[] dense, double normDense)
    {
        if (normA == 0 || normDense == 0) return 0;
        double dot = 0;
        for (int k = 0; k < a.Ids.Length; k++) dot += a.Weights[k] * dense[a.Ids[k]];
        return dot / (normA * normDense);
    }

    /// <summary>The same cosine for a vector held in (pooled) spans: term ids ascending and their weights.</summary>
    public double CosineToCentroid(ReadOnlySpan<int> ids, ReadOnlySpan<double> weights)
    {
        double squares = 0;
        foreach (var w in weights) squares += w * w;
        double norm = Math.Sqrt(squares);
        if (norm == 0 || _centroidNorm == 0) return 0;
        double dot = 0;
        for (int k = 0; k < ids.Length; k++) dot += weights[k] * _denseCentroid[ids[k]];
        return dot / (norm * _centroidNorm);
    }

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
}
