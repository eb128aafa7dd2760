namespace Chorus.Clean;

/// <summary>Letters and digits only, lower case: the same paragraph with other spacing, punctuation or casing
/// gets the same fingerprint.</summary>
public static class TextFingerprint
{
    public static string Of(string text)
    {
        Span<char> buffer = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        return new string(buffer[..Write(text, buffer)]);
    }

    /// <summary>Writes the fingerprint into <paramref name="into"/> (at least as long as the text) and returns its
    /// length: for callers that only hash it.</summary>
    public static int Write(ReadOnlySpan<char> text, Span<char> into)
    {
        int n = 0;
        foreach (var c in text)
        {
            // ASCII by hand: the general tests go through the Unicode tables (lower-casing through ICU) for every character.
            if (char.IsAscii(c))
            {
                if (char.IsAsciiLetterOrDigit(c)) into[n++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            }
            else if (char.IsLetterOrDigit(c)) into[n++] = char.ToLowerInvariant(c);
        }
        return n;
    }
}
