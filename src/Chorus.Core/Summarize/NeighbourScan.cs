using Chorus.Ingest;
using System.Buffers;
using System.Numerics;

namespace Chorus.Summarize;

/// <summary>
/// A pass over a cluster's sentences, giving each one's neighbours: the sentences sharing a term with it (see
/// <see cref="TermVectors.MaxPostingsForPairs"/>), ascending, with the pair's cosine, zero cosines left out.
/// Computed per sentence into one reused buffer instead of stored for every sentence, whose lists grew faster than
/// a long input's text. Each pair is met from both sides; <see cref="TermVectors.Cosine(int, int)"/> is symmetric
/// to the bit, so both sides see the same value. Dispose returns the buffers.
/// </summary>
public sealed class NeighbourScan : IDisposable
{
    /// <summary>A sentence meets at most this many others (those sharing its rarest terms first), so the pair pass
    /// of a long input costs at most this many cosines a sentence and stays linear in its length. A cluster of at
    /// most this many sentences + 1 (every dev cluster; the largest has 448) is never cut. Above that a sentence's
    /// list is its own: s may list t without t listing s.</summary>
    public const int MaxNeighbours = 500;

    private readonly TermVectors _vectors;
    private int[] _seenAt;
    private int[] _found;
    private TermVectors.Neighbour[] _buffer;
    private int _stamp;

    public NeighbourScan(TermVectors vectors)
    {
        _vectors = vectors;
        int n = Math.Max(1, vectors.Count);
        _seenAt = SmallArrayPool<int>.Shared.Rent(n);
        Array.Clear(_seenAt, 0, n);
        _found = SmallArrayPool<int>.Shared.Rent(n);
        _buffer = SmallArrayPool<TermVectors.Neighbour>.Shared.Rent(n);
        int terms = Math.Max(1, vectors.VocabularySize);
        _termAt = SmallArrayPool<int>.Shared.Rent(terms);
        Array.Clear(_termAt, 0, terms);
        _termWeight = SmallArrayPool<double>.Shared.Rent(terms);
    }

    /// <summary>Per term id: the stamp of the sentence whose weight <see cref="_termWeight"/> holds.</summary>
    private int[] _termAt;
    private double[] _termWeight;

    /// <summary>The neighbours of sentence <paramref name="s"/>; valid until the next call.</summary>
    public ReadOnlySpan<TermVectors.Neighbour> Of(int s) => Collect(s, 0);

    /// <summary>The neighbours of sentence <paramref name="s"/> that come after it: a pass over every sentence
    /// meets each pair once. Only for clusters of at most <see cref="MaxNeighbours"/> + 1 sentences, where no list
    /// is cut and every list is symmetric.</summary>
    public ReadOnlySpan<TermVectors.Neighbour> Later(int s) => Collect(s, s + 1);

    private ReadOnlySpan<TermVectors.Neighbour> Collect(int s, int from)
    {
        var (start, postings) = _vectors.Postings;
        int stamp = ++_stamp, count = 0;
        var terms = _vectors.Vectors[s].Ids;
        int listed = 0, eligible = 0;
        foreach (var id in terms)
        {
            int length = start[id + 1] - start[id];
            if (length <= TermVectors.MaxPostingsForPairs) { listed += length; eligible++; }
        }
        // Each list holds s itself: without it, the lists hold at most listed - eligible partners.
        if (listed - eligible <= MaxNeighbours)
        {
            foreach (var id in terms)
            {
                if (start[id + 1] - start[id] > TermVectors.MaxPostingsForPairs) continue;
                for (int k = start[id]; k < start[id + 1]; k++)
                {
                    int t = postings[k];
                    if (t >= from && t != s && _seenAt[t] != stamp) { _seenAt[t] = stamp; _found[count++] = t; }
                }
            }
        }
        else count = CollectRarestFirst(s, from, stamp, terms);
        if (count > 0) count = Ascending(count, from, stamp);
        int kept = 0;
        if (count == 0) return _buffer.AsSpan(0, 0);
        // Sentence s's weights spread over its term ids once: each partner's dot product then walks the partner's
        // terms alone, meeting the shared ones in the ascending order the merge in TermVectors.Cosine adds them.
        var vector = _vectors.Vectors[s];
        var norms = _vectors.Norms;
        for (int k = 0; k < vector.Ids.Length; k++) { _termAt[vector.Ids[k]] = stamp; _termWeight[vector.Ids[k]] = vector.Weights[k]; }
        double norm = norms[s];
        for (int k = 0; k < count; k++)
        {
            int t = _found[k];
            double partnerNorm = norms[t];
            if (norm == 0 || partnerNorm == 0) continue;
            var partner = _vectors.Vectors[t];
            var ids = partner.Ids;
            var weights = partner.Weights;
            float dot = 0;
            for (int j = 0; j < ids.Length; j++)
                if (_termAt[ids[j]] == stamp) dot += (float)(_termWeight[ids[j]] * weights[j]);
            if (dot == 0) continue;
            var cosine = (float)(dot / (norm * partnerNorm));
            if (cosine != 0) _buffer[kept++] = new TermVectors.Neighbour(t, cosine);
        }
        return _buffer.AsSpan(0, kept);
    }

    /// <summary>The partners found, in ascending order: read off the marks when the sentences from
    /// <paramref name="from"/> on are few next to what sorting the partners costs (a short cluster), else sorted.</summary>
    private int Ascending(int count, int from, int stamp)
    {
        int span = _vectors.Count - from;
        if (span > 8 * count * (BitOperations.Log2((uint)count) + 1))
        {
            Array.Sort(_found, 0, count);
            return count;
        }
        int kept = 0;
        for (int t = from; t < _vectors.Count && kept < count; t++)
            if (_seenAt[t] == stamp) _found[kept++] = t;
        return kept;
    }

    /// <summary>The partners of a sentence whose terms' lists hold more than <see cref="MaxNeighbours"/>: its rarest
    /// terms' sentences first (by list length, then term id; each list in text order) until the cap is reached.
    /// When the lists hold no more than the cap this is the same set as taking every list.</summary>
    private int CollectRarestFirst(int s, int from, int stamp, int[] terms)
    {
        var (start, postings) = _vectors.Postings;
        if (_order.Length < terms.Length) _order = new long[Math.Max(Math.Max(64, terms.Length), 2 * _order.Length)];
        int eligible = 0;
        foreach (var id in terms)
        {
            int length = start[id + 1] - start[id];
            if (length <= TermVectors.MaxPostingsForPairs) _order[eligible++] = ((long)length << 32) | (uint)id;
        }
        Array.Sort(_order, 0, eligible);
        int count = 0;
        for (int e = 0; e < eligible; e++)
        {
            int id = (int)(uint)_order[e];
            for (int k = start[id]; k < start[id + 1]; k++)
            {
                int t = postings[k];
                if (t < from || t == s || _seenAt[t] == stamp) continue;
                _seenAt[t] = stamp;
                _found[count++] = t;
                if (count == MaxNeighbours) return count;
            }
        }
        return count;
    }

    /// <summary>Grown on the first sentence past the cap: a cluster of up to <see cref="MaxNeighbours"/> + 1 sentences
    /// never needs it.</summary>
    private long[] _order = [];

    public void Dispose()
    {
        SmallArrayPool<int>.Shared.Return(_seenAt);
        SmallArrayPool<int>.Shared.Return(_found);
        SmallArrayPool<TermVectors.Neighbour>.Shared.Return(_buffer);
        SmallArrayPool<int>.Shared.Return(_termAt);
        SmallArrayPool<double>.Shared.Return(_termWeight);
        _seenAt = _found = _termAt = [];
        _termWeight = [];
        _buffer = [];
    }
}
