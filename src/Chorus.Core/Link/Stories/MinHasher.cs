using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

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
        var signature = new ulong[Size];
        Array.Fill(signature, ulong.MaxValue);
        var buffer = new StringBuilder();
        for (int i = 0; i + ShingleWords <= words.Count; i++)
        {
            buffer.Clear();
            for (int k = 0; k < ShingleWords; k++) buffer.Append(words[i + k]).Append(' ');
            var bytes = MemoryMarshal.AsBytes(buffer.ToString().AsSpan());
            ulong h = XxHash64.HashToUInt64(bytes);
            for (int s = 0; s < Size; s++)
            {
                ulong v = Mix(h * multipliers[s] + offsets[s]);
                if (v < signature[s]) signature[s] = v;
            }
        }
        return signature;
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
