using Chorus.Ingest;

namespace Chorus.Summarize;

/// <summary>The LexRank graph: each sentence's neighbour ids, filled sentence by sentence. Held in chunks of
/// <see cref="ChunkLength"/> ids, a sentence's list whole inside one chunk, so the graph of a long input takes the
/// memory its edges need: one array grown by doubling (and copied at each step) made the pass over the 16 MB
/// input's pairs allocate 308 MB, the chunks 148 MB.</summary>
internal sealed class LexRankEdges : IDisposable
{
    /// <summary>Ids per chunk: 1 MB, within the shared pool's reach, and far above one sentence's list (at most
    /// <see cref="NeighbourScan.MaxNeighbours"/>).</summary>
    private const int ChunkLength = 1 << 18;

    private readonly List<int[]> _chunks = [];
    private int[] _chunkOf;
    private int[] _start;
    private int[] _length;
    private int[] _current;
    private int _fill;
    private int _sentence;

    public LexRankEdges(int sentences)
    {
        Sentences = sentences;
        _chunkOf = SmallArrayPool<int>.Rent(Math.Max(1, sentences));
        _start = SmallArrayPool<int>.Rent(Math.Max(1, sentences));
        _length = SmallArrayPool<int>.Rent(Math.Max(1, sentences));
        // A short cluster's whole graph in one array sized for it, as before the chunks.
        _current = SmallArrayPool<int>.Rent(Math.Min(ChunkLength, Math.Max(16, sentences * 4)));
        _chunks.Add(_current);
        _chunkOf[0] = _start[0] = 0;
    }

    /// <summary>The graph of pairs met once each (<paramref name="from"/>[k] &lt; <paramref name="to"/>[k], in ascending
    /// order of from, then to), both directions: every list comes out ascending without a sort.</summary>
    public LexRankEdges(int sentences, ReadOnlySpan<int> from, ReadOnlySpan<int> to)
    {
        Sentences = sentences;
        _chunkOf = SmallArrayPool<int>.Rent(Math.Max(1, sentences));
        _start = SmallArrayPool<int>.Rent(Math.Max(1, sentences + 1));
        _length = SmallArrayPool<int>.Rent(Math.Max(1, sentences));
        Array.Clear(_chunkOf, 0, sentences);
        Array.Clear(_length, 0, sentences);
        foreach (var s in from) _length[s]++;
        foreach (var t in to) _length[t]++;
        _start[0] = 0;
        for (int s = 1; s < sentences; s++) _start[s] = _start[s - 1] + _length[s - 1];
        int count = sentences == 0 ? 0 : _start[sentences - 1] + _length[sentences - 1];
        _current = SmallArrayPool<int>.Rent(Math.Max(16, count));
        _chunks.Add(_current);
        var fill = SmallArrayPool<int>.Rent(Math.Max(1, sentences));
        Array.Copy(_start, fill, sentences);
        for (int k = 0; k < from.Length; k++)
        {
            _current[fill[from[k]]++] = to[k];
            _current[fill[to[k]]++] = from[k];
        }
        SmallArrayPool<int>.Return(fill);
        _sentence = sentences;
    }

    public int Sentences { get; }

    public void Add(int target)
    {
        if (_fill == _current.Length)
        {
            // The sentence's list so far moves to a new chunk with it: every list stays one span.
            int begun = _fill - _start[_sentence];
            var next = SmallArrayPool<int>.Rent(ChunkLength);
            Array.Copy(_current, _fill - begun, next, 0, begun);
            _chunks.Add(_current = next);
            _fill = begun;
            _chunkOf[_sentence] = _chunks.Count - 1;
            _start[_sentence] = 0;
        }
        _current[_fill++] = target;
    }

    /// <summary>Closes the current sentence's list; the next <see cref="Add"/> is the next sentence's.</summary>
    public void EndSentence()
    {
        _length[_sentence] = _fill - _start[_sentence];
        if (++_sentence < Sentences) { _chunkOf[_sentence] = _chunks.Count - 1; _start[_sentence] = _fill; }
    }

    public ReadOnlySpan<int> Of(int sentence) => _chunks[_chunkOf[sentence]].AsSpan(_start[sentence], _length[sentence]);

    public int Degree(int sentence) => _length[sentence];

    public void Dispose()
    {
        foreach (var chunk in _chunks) SmallArrayPool<int>.Return(chunk);
        _chunks.Clear();
        SmallArrayPool<int>.Return(_chunkOf);
        SmallArrayPool<int>.Return(_start);
        SmallArrayPool<int>.Return(_length);
        _chunkOf = _start = _length = _current = [];
    }
}
