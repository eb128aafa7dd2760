using Chorus.Ingest;

namespace Chorus.Summarize;

/// <summary>The LexRank graph: each sentence's neighbour ids, filled sentence by sentence, ascending. A list is
/// held as 16-bit gaps from the id before it (an id further than a gap can say is written whole, after an escape):
/// the 16 MB input's graph holds about 37 million edges, 148 MB as whole ids, the largest thing alive at the run's
/// peak; as gaps it takes about half. Lists live in chunks of <see cref="ChunkLength"/>, a sentence's list whole
/// inside one chunk, so no array is grown by doubling and copied.</summary>
internal sealed class LexRankEdges : IDisposable
{
    /// <summary>Values per chunk: 1 MB, far above one sentence's list (at most
    /// <see cref="NeighbourScan.MaxNeighbours"/> ids, 3 values each at worst).</summary>
    private const int ChunkLength = 1 << 19;

    /// <summary>Marks an id written whole in the two values after it (high half, low half): its gap from the id
    /// before it is this or more.</summary>
    private const ushort Escape = ushort.MaxValue;

    private readonly List<ushort[]> _chunks = [];
    private int[] _chunkOf;
    private int[] _start;
    private int[] _length;
    private ushort[] _current;
    private int _fill;
    private int _sentence;
    private int _previous;

    public LexRankEdges(int sentences)
    {
        Sentences = sentences;
        _chunkOf = SmallArrayPool<int>.Rent(Math.Max(1, sentences));
        _start = SmallArrayPool<int>.Rent(Math.Max(1, sentences));
        _length = SmallArrayPool<int>.Rent(Math.Max(1, sentences));
        // A short cluster's whole graph in one array sized for it.
        _current = NewChunk(Math.Min(ChunkLength, Math.Max(16, sentences * 4)));
        _chunks.Add(_current);
        _chunkOf[0] = _start[0] = _length[0] = 0;
    }

    /// <summary>The graph of pairs met once each (<paramref name="from"/>[k] &lt; <paramref name="to"/>[k], in ascending
    /// order of from, then to), both directions: every list comes out ascending without a sort.</summary>
    public LexRankEdges(int sentences, ReadOnlySpan<int> from, ReadOnlySpan<int> to)
    {
        // Each sentence's list in order: its earlier partners (pairs where it is the "to", in ascending from) and then
        // its later ones (pairs where it is the "from", ascending to), gathered as ids and then added as a stream.
        var degree = SmallArrayPool<int>.Rent(Math.Max(1, sentences + 1));
        Array.Clear(degree, 0, sentences + 1);
        foreach (var s in from) degree[s + 1]++;
        foreach (var t in to) degree[t + 1]++;
        for (int s = 0; s < sentences; s++) degree[s + 1] += degree[s];
        var ids = SmallArrayPool<int>.Rent(Math.Max(1, from.Length * 2));
        var fill = SmallArrayPool<int>.Rent(Math.Max(1, sentences));
        Array.Copy(degree, fill, sentences);
        for (int k = 0; k < from.Length; k++)
        {
            ids[fill[from[k]]++] = to[k];
            ids[fill[to[k]]++] = from[k];
        }
        SmallArrayPool<int>.Return(fill);
        Sentences = sentences;
        _chunkOf = SmallArrayPool<int>.Rent(Math.Max(1, sentences));
        _start = SmallArrayPool<int>.Rent(Math.Max(1, sentences));
        _length = SmallArrayPool<int>.Rent(Math.Max(1, sentences));
        _current = NewChunk(Math.Min(ChunkLength, Math.Max(16, from.Length * 2 + 2)));
        _chunks.Add(_current);
        if (sentences > 0) _chunkOf[0] = _start[0] = _length[0] = 0;
        for (int s = 0; s < sentences; s++)
        {
            for (int k = degree[s]; k < degree[s + 1]; k++) Add(ids[k]);
            EndSentence();
        }
        SmallArrayPool<int>.Return(ids);
        SmallArrayPool<int>.Return(degree);
    }

    public int Sentences { get; }

    /// <summary>The next neighbour of the current sentence. Any order is kept as given; ascending ids keep the gaps
    /// small.</summary>
    public void Add(int target)
    {
        if (_fill + 3 > _current.Length)
        {
            // The sentence's list so far moves to a new chunk with it: every list stays one span.
            int begun = _fill - _start[_sentence];
            var next = NewChunk(ChunkLength);
            Array.Copy(_current, _fill - begun, next, 0, begun);
            _chunks.Add(_current = next);
            _fill = begun;
            _chunkOf[_sentence] = _chunks.Count - 1;
            _start[_sentence] = 0;
        }
        int gap = target - _previous;
        if ((uint)gap < Escape) _current[_fill++] = (ushort)gap;
        else
        {
            _current[_fill++] = Escape;
            _current[_fill++] = (ushort)(target >>> 16);
            _current[_fill++] = (ushort)target;
        }
        _previous = target;
        _length[_sentence]++;
    }

    /// <summary>Closes the current sentence's list; the next <see cref="Add"/> is the next sentence's.</summary>
    public void EndSentence()
    {
        _previous = 0;
        if (++_sentence < Sentences) { _chunkOf[_sentence] = _chunks.Count - 1; _start[_sentence] = _fill; _length[_sentence] = 0; }
    }

    /// <summary>The sum of <paramref name="values"/> at the sentence's neighbours, added in ascending order of id.</summary>
    public double SumOf(int sentence, double[] values)
    {
        var list = _chunks[_chunkOf[sentence]];
        int at = _start[sentence], id = 0;
        double sum = 0;
        for (int k = _length[sentence]; k > 0; k--)
        {
            ushort gap = list[at++];
            if (gap != Escape) id += gap;
            else
            {
                id = (list[at] << 16) | list[at + 1];
                at += 2;
            }
            sum += values[id];
        }
        return sum;
    }

    /// <summary>The sentence's neighbours, ascending (tests; the rank reads them through <see cref="SumOf"/>).</summary>
    public int[] Of(int sentence)
    {
        var ids = new int[_length[sentence]];
        var list = _chunks[_chunkOf[sentence]];
        int at = _start[sentence], id = 0;
        for (int k = 0; k < ids.Length; k++)
        {
            ushort gap = list[at++];
            if (gap != Escape) id += gap;
            else
            {
                id = (list[at] << 16) | list[at + 1];
                at += 2;
            }
            ids[k] = id;
        }
        return ids;
    }

    public int Degree(int sentence) => _length[sentence];

    /// <summary>A full chunk is a plain array: the shared pool keeps up to 32 arrays of a size for the rest of the
    /// run, and a long input's graph gave it back more than a hundred (32 MB kept after the graph was gone).</summary>
    private static ushort[] NewChunk(int length) => length < ChunkLength ? SmallArrayPool<ushort>.Rent(length) : new ushort[ChunkLength];

    public void Dispose()
    {
        foreach (var chunk in _chunks)
            if (chunk.Length < ChunkLength) SmallArrayPool<ushort>.Return(chunk);
        _chunks.Clear();
        SmallArrayPool<int>.Return(_chunkOf);
        SmallArrayPool<int>.Return(_start);
        SmallArrayPool<int>.Return(_length);
        _chunkOf = _start = _length = [];
        _current = [];
    }
}
