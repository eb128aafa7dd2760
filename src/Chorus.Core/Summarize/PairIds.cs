using Chorus.Ingest;
using System.Numerics;

namespace Chorus.Summarize;

/// <summary>
/// Dense ids for pairs of term ids (a cluster's bigrams), the first pair seen getting 0: an open-addressing table
/// of ids over pooled arrays, each id's pair kept once in a list by id. A dictionary of a cluster's bigrams is a
/// few hundred KB of garbage per cluster; once the pool is warm this is none. A slot holds only an id (4 bytes,
/// not the 12 of an id and its pair): the 16 MB input's two tables, half empty by design, took 50 MB each.
/// Dispose returns the arrays.
/// </summary>
internal sealed class PairIds : IDisposable
{
    private int[] _slots;
    private long[] _pairs;
    private int _mask;

    public int Count { get; private set; }

    /// <param name="expected">About how many pairs will be added (the table grows past it).</param>
    public PairIds(int expected)
    {
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, expected * 2));
        _slots = EmptySlots(capacity);
        _mask = capacity - 1;
        _pairs = SmallArrayPool<long>.Shared.Rent(Math.Max(16, expected));
    }

    /// <summary>The id of the pair, a new one when it was not seen before.</summary>
    public int IdOf(int first, int second)
    {
        long key = Key(first, second);
        int slot = Slot(key);
        for (int id; (id = _slots[slot]) >= 0; slot = (slot + 1) & _mask)
            if (_pairs[id] == key) return id;
        if (Count == _pairs.Length) _pairs = Grown(_pairs, Count);
        _pairs[Count] = key;
        _slots[slot] = Count;
        if (++Count * 2 > _mask + 1) Grow();
        return Count - 1;
    }

    /// <summary>The id of the pair, or -1 when it was never added.</summary>
    public int Find(int first, int second)
    {
        long key = Key(first, second);
        for (int slot = Slot(key), id; (id = _slots[slot]) >= 0; slot = (slot + 1) & _mask)
            if (_pairs[id] == key) return id;
        return -1;
    }

    public void Dispose()
    {
        SmallArrayPool<int>.Shared.Return(_slots);
        SmallArrayPool<long>.Shared.Return(_pairs);
        _slots = [];
        _pairs = [];
    }

    private static long Key(int first, int second) => ((long)first << 32) | (uint)second;

    /// <summary>A multiplicative mix: pairs of small ids differ only in a few low bits of each half.</summary>
    private int Slot(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 32) & _mask;

    private void Grow()
    {
        int capacity = (_mask + 1) * 2;
        SmallArrayPool<int>.Shared.Return(_slots);
        _slots = EmptySlots(capacity);
        _mask = capacity - 1;
        for (int id = 0; id < Count; id++)
        {
            int slot = Slot(_pairs[id]);
            while (_slots[slot] >= 0) slot = (slot + 1) & _mask;
            _slots[slot] = id;
        }
    }

    private static long[] Grown(long[] pairs, int count)
    {
        var grown = SmallArrayPool<long>.Shared.Rent(pairs.Length * 2);
        Array.Copy(pairs, grown, count);
        SmallArrayPool<long>.Shared.Return(pairs);
        return grown;
    }

    private static int[] EmptySlots(int capacity)
    {
        var slots = SmallArrayPool<int>.Shared.Rent(capacity);
        // Rented arrays may be longer than asked: only the first capacity slots are the table.
        Array.Fill(slots, -1, 0, capacity);
        return slots;
    }
}
