using Chorus.Ingest;
using System.Buffers;
using System.Numerics;

namespace Chorus.Summarize;

/// <summary>
/// Dense ids for pairs of term ids (a cluster's bigrams), the first pair seen getting 0: an open-addressing table
/// over pooled arrays. A dictionary of a cluster's bigrams is a few hundred KB of garbage per cluster; once the
/// pool is warm this is none. Dispose returns the arrays.
/// </summary>
internal sealed class PairIds : IDisposable
{
    private long[] _keys;
    private int[] _ids;
    private int _mask;

    public int Count { get; private set; }

    /// <param name="expected">About how many pairs will be added (the table grows past it).</param>
    public PairIds(int expected)
    {
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, expected * 2));
        (_keys, _ids) = Rent(capacity);
        _mask = capacity - 1;
    }

    /// <summary>The id of the pair, a new one when it was not seen before.</summary>
    public int IdOf(int first, int second)
    {
        long key = Key(first, second);
        int slot = Slot(key);
        while (_ids[slot] >= 0)
        {
            if (_keys[slot] == key) return _ids[slot];
            slot = (slot + 1) & _mask;
        }
        _keys[slot] = key;
        _ids[slot] = Count;
        if (++Count * 2 > _mask + 1) Grow();
        return Count - 1;
    }

    /// <summary>The id of the pair, or -1 when it was never added.</summary>
    public int Find(int first, int second)
    {
        long key = Key(first, second);
        for (int slot = Slot(key); _ids[slot] >= 0; slot = (slot + 1) & _mask)
            if (_keys[slot] == key) return _ids[slot];
        return -1;
    }

    public void Dispose()
    {
        SmallArrayPool<long>.Shared.Return(_keys);
        SmallArrayPool<int>.Shared.Return(_ids);
        _keys = [];
        _ids = [];
    }

    private static long Key(int first, int second) => ((long)first << 32) | (uint)second;

    /// <summary>A multiplicative mix: pairs of small ids differ only in a few low bits of each half.</summary>
    private int Slot(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 32) & _mask;

    private void Grow()
    {
        var (oldKeys, oldIds) = (_keys, _ids);
        int oldCapacity = _mask + 1;
        (_keys, _ids) = Rent(oldCapacity * 2);
        _mask = oldCapacity * 2 - 1;
        for (int k = 0; k < oldCapacity; k++)
        {
            if (oldIds[k] < 0) continue;
            int slot = Slot(oldKeys[k]);
            while (_ids[slot] >= 0) slot = (slot + 1) & _mask;
            _keys[slot] = oldKeys[k];
            _ids[slot] = oldIds[k];
        }
        SmallArrayPool<long>.Shared.Return(oldKeys);
        SmallArrayPool<int>.Shared.Return(oldIds);
    }

    private static (long[], int[]) Rent(int capacity)
    {
        var keys = SmallArrayPool<long>.Shared.Rent(capacity);
        var ids = SmallArrayPool<int>.Shared.Rent(capacity);
        // Rented arrays may be longer than asked: only the first capacity slots are the table.
        Array.Fill(ids, -1, 0, capacity);
        return (keys, ids);
    }
}
