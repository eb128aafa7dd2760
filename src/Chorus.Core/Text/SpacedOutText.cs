using System.Buffers;
using System.Text.RegularExpressions;

namespace Chorus.Text;

/// <summary>
/// A text with every match of a pattern replaced by one space — what <c>pattern.Replace(text, " ")</c> returns —
/// written into a pooled buffer instead of a new string: the candidate checks blank out the quoted words of every
/// quoting candidate sentence to read only what stands outside them. Dispose to give the buffer back.
/// </summary>
public ref struct SpacedOutText
{
    private char[]? _rented;

    public ReadOnlySpan<char> Span { get; }

    private SpacedOutText(ReadOnlySpan<char> span, char[]? rented)
    {
        Span = span;
        _rented = rented;
    }

    /// <param name="pattern">Must not match the empty string: each match gives way to exactly one space, so the text
    /// never grows.</param>
    public static SpacedOutText Of(Regex pattern, string text)
    {
        var matches = pattern.EnumerateMatches(text);
        if (!matches.MoveNext()) return new SpacedOutText(text, null);
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        int used = 0, copied = 0;
        do
        {
            var m = matches.Current;
            if (m.Length == 0) throw new ArgumentException("the pattern matched the empty string", nameof(pattern));
            text.AsSpan(copied, m.Index - copied).CopyTo(buffer.AsSpan(used));
            used += m.Index - copied;
            buffer[used++] = ' ';
            copied = m.Index + m.Length;
        } while (matches.MoveNext());
        text.AsSpan(copied).CopyTo(buffer.AsSpan(used));
        used += text.Length - copied;
        return new SpacedOutText(buffer.AsSpan(0, used), buffer);
    }

    public void Dispose()
    {
        if (_rented is { } rented) ArrayPool<char>.Shared.Return(rented);
        _rented = null;
    }
}
