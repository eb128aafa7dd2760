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
