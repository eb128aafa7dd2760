using System.Buffers;

namespace Chorus.Summarize;

/// <summary>The LexRank graph as one pooled array of neighbour ids, sentence by sentence, filled in order.</summary>
internal sealed class LexRankEdges : IDisposable
{
    private int[] _start;
    private int[] _targets;
    private int _count;
    private int _sentence;

    public LexRankEdges(int sentences)
    {
        Sentences = sentences;
        _start = ArrayPool<int>.Shared.Rent(sentences + 1);
        _start[0] = 0;
        _targets = ArrayPool<int>.Shared.Rent(Math.Max(16, sentences * 4));
    }

    /// <summary>The graph of pairs met once each (<paramref name="from"/>[k] &lt; <paramref name="to"/>[k], in ascending
    /// order of from, then to), both directions: every list comes out ascending without a sort.</summary>
    public LexRankEdges(int sentences, ReadOnlySpan<int> from, ReadOnlySpan<int> to)
    {
        Sentences = sentences;
        _start = ArrayPool<int>.Shared.Rent(sentences + 1);
        Array.Clear(_start, 0, sentences + 1);
        foreach (var s in from) _start[s + 1]++;
        foreach (var t in to) _start[t + 1]++;
        for (int s = 0; s < sentences; s++) _start[s + 1] += _start[s];
        _count = _start[sentences];
        _sentence = sentences;
        _targets = ArrayPool<int>.Shared.Rent(Math.Max(16, _count));
        var fill = ArrayPool<int>.Shared.Rent(Math.Max(1, sentences));
        Array.Copy(_start, fill, sentences);
        for (int k = 0; k < from.Length; k++)
        {
            _targets[fill[from[k]]++] = to[k];
            _targets[fill[to[k]]++] = from[k];
        }
        ArrayPool<int>.Shared.Return(fill);
    }

    public int Sentences { get; }

    public void Add(int target)
    {
        if (_count == _targets.Length)
        {
            var grown = ArrayPool<int>.Shared.Rent(_targets.Length * 2);
            Array.Copy(_targets, grown, _count);
            ArrayPool<int>.Shared.Return(_targets);
            _targets = grown;
        }
        _targets[_count++] = target;
    }

    /// <summary>Closes the current sentence's list; the next <see cref="Add"/> is the next sentence's.</summary>
    public void EndSentence() => _start[++_sentence] = _count;

    public ReadOnlySpan<int> Of(int sentence) => _targets.AsSpan(_start[sentence], _start[sentence + 1] - _start[sentence]);

    public int Degree(int sentence) => _start[sentence + 1] - _start[sentence];

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_start);
        ArrayPool<int>.Shared.Return(_targets);
        _start = _targets = [];
    }
}
