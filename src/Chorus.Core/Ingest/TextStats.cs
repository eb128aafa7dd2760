using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Chorus.Ingest;

public static class TextStats
{
    /// <summary>Whitespace-separated words, the unit every budget in Chorus is counted in.</summary>
    public static int CountWords(string text) => CountWords(text.AsSpan());

    /// <summary>Every paragraph and sentence is counted at least once per stage, so runs of ASCII go eight characters
    /// at a time: a word starts where a non-space follows a space (or the start). Any other character takes the
    /// general test, so the count is the same as <see cref="char.IsWhiteSpace(char)"/> gives.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        int count = 0, i = 0;
        bool inWord = false;
        if (Vector128.IsHardwareAccelerated)
        {
            var units = MemoryMarshal.Cast<char, ushort>(text);
            var nonAscii = Vector128.Create((ushort)0x7F);
            var space = Vector128.Create((ushort)' ');
            var tab = Vector128.Create((ushort)'\t');
            var controlSpan = Vector128.Create((ushort)('\r' - '\t'));
            for (; i + Vector128<ushort>.Count <= units.Length; i += Vector128<ushort>.Count)
            {
                var v = Vector128.Create(units.Slice(i, Vector128<ushort>.Count));
                if (Vector128.GreaterThanAny(v, nonAscii))
                {
                    for (int k = i; k < i + Vector128<ushort>.Count; k++) Step(text[k], ref count, ref inWord);
                    continue;
                }
                // ASCII white space: ' ' and '\t'..'\r'.
                var white = Vector128.Equals(v, space) | Vector128.LessThanOrEqual(v - tab, controlSpan);
                uint whiteBits = white.ExtractMostSignificantBits();
                uint afterWhite = ((whiteBits << 1) | (inWord ? 0u : 1u)) & 0xFF;
                count += BitOperations.PopCount(~whiteBits & afterWhite & 0xFF);
                inWord = (whiteBits & 0x80) == 0;
            }
        }
        for (; i < text.Length; i++) Step(text[i], ref count, ref inWord);
        return count;
    }

    private static void Step(char c, ref int count, ref bool inWord)
    {
        if (char.IsWhiteSpace(c)) inWord = false;
        else if (!inWord) { inWord = true; count++; }
    }
}
