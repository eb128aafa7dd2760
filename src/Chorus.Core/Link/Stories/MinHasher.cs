using System.Buffers;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Chorus.Link.Stories;

/// <summary>
/// MinHash over word shingles: the share of equal slots in two signatures estimates the Jaccard similarity of the
/// two texts' shingle sets, so near-copies are found without comparing texts. Each shingle is hashed once with
/// XxHash64; the k slot hashes are cheap odd-multiplier remixes of it rather than k full hashes.
/// </summary>
public sealed class MinHasher
{
    public static readonly MinHasher Default = new(64, 4);

    private readonly ulong[] multipliers;
    private readonly ulong[] offsets;

    public int Size { get; }
    public int ShingleWords { get; }

    public MinHasher(int size, int shingleWords)
    {
        Size = size;
        ShingleWords = shingleWords;
        multipliers = new ulong[size];
        offsets = new ulong[size];
        // Fixed seeds: signatures stored by one run must compare with those of the next.
        ulong state = 0x9E3779B97F4A7C15UL;
        for (int i = 0; i < size; i++)
        {
            multipliers[i] = SplitMix(ref state) | 1UL;
            offsets[i] = SplitMix(ref state);
        }
    }

    public ulong[] Signature(IReadOnlyList<string> words)
    {
        if (words.Count < ShingleWords) return [];
        int total = 0;
        for (int i = 0; i < words.Count; i++) total += words[i].Length + 1;
        char[] text = ArrayPool<char>.Shared.Rent(total);
        int[] starts = ArrayPool<int>.Shared.Rent(words.Count + 1);
        try
        {
            int at = 0;
            for (int i = 0; i < words.Count; i++)
            {
                starts[i] = at;
                var word = words[i];
                word.CopyTo(text.AsSpan(at));
                at += word.Length;
                text[at++] = ' ';
            }
            starts[words.Count] = at;
            return Signature(text.AsSpan(0, at), starts.AsSpan(0, words.Count + 1));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
            ArrayPool<int>.Shared.Return(starts);
        }
    }

    /// <summary>The signature of words laid out as "w1 w2 w3 … " in <paramref name="text"/>, word i starting at
    /// <paramref name="starts"/>[i] and the last ending before starts[^1]. Shingle i ("wi … wi+3 ") is the span from
    /// word i's start to word i+4's: the same bytes the shingle's own string once had (signatures in existing stores
    /// stay comparable), with nothing copied or allocated per shingle.</summary>
    public ulong[] Signature(ReadOnlySpan<char> text, ReadOnlySpan<int> starts)
    {
        int count = starts.Length - 1;
        if (count < ShingleWords) return [];
        var signature = new ulong[Size];
        Array.Fill(signature, ulong.MaxValue);
        for (int i = 0; i + ShingleWords <= count; i++)
        {
            var shingle = text[starts[i]..starts[i + ShingleWords]];
            Fold(XxHash64.HashToUInt64(MemoryMarshal.AsBytes(shingle)), signature);
        }
        return signature;
    }

    /// <summary>Lowers each slot to the shingle's remix for that slot when smaller; eight or four slots at a time.</summary>
    private void Fold(ulong h, ulong[] signature)
    {
        int s = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            var hv = Vector512.Create(h);
            for (; s + Vector512<ulong>.Count <= Size; s += Vector512<ulong>.Count)
            {
                var v = hv * Vector512.Create(multipliers.AsSpan(s)) + Vector512.Create(offsets.AsSpan(s));
                v = (v ^ Vector512.ShiftRightLogical(v, 30)) * 0xBF58476D1CE4E5B9UL;
                v = (v ^ Vector512.ShiftRightLogical(v, 27)) * 0x94D049BB133111EBUL;
                v ^= Vector512.ShiftRightLogical(v, 31);
                var slots = Vector512.Create(signature.AsSpan(s));
                Vector512.Min(slots, v).CopyTo(signature.AsSpan(s));
            }
        }
        if (Vector256.IsHardwareAccelerated)
        {
            var hv = Vector256.Create(h);
            for (; s + Vector256<ulong>.Count <= Size; s += Vector256<ulong>.Count)
            {
                var v = hv * Vector256.Create(multipliers.AsSpan(s)) + Vector256.Create(offsets.AsSpan(s));
                v = (v ^ Vector256.ShiftRightLogical(v, 30)) * 0xBF58476D1CE4E5B9UL;
                v = (v ^ Vector256.ShiftRightLogical(v, 27)) * 0x94D049BB133111EBUL;
                v ^= Vector256.ShiftRightLogical(v, 31);
                var slots = Vector256.Create(signature.AsSpan(s));
                Vector256.Min(slots, v).CopyTo(signature.AsSpan(s));
            }
        }
        for (; s < Size; s++)
        {
            ulong v = Mix(h * multipliers[s] + offsets[s]);
            if (v < signature[s]) signature[s] = v;
        }
    }

    public static double Similarity(ulong[] a, ulong[] b)
    {
        if (a.Length == 0 || a.Length != b.Length) return 0;
        int same = 0;
        for (int i = 0; i < a.Length; i++) if (a[i] == b[i]) same++;
        return (double)same / a.Length;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong SplitMix(ref ulong state) => Mix(state += 0x9E3779B97F4A7C15UL);
}
