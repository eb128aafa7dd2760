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
            if (Fold(c) is var f && f != '\0') into[n++] = f;
        return n;
    }

    /// <summary>The character's part of the fingerprint: lower case for a letter or digit, '\0' for anything else.</summary>
    private static char Fold(char c)
    {
        // ASCII by hand: the general tests go through the Unicode tables (lower-casing through ICU) for every character.
        if (char.IsAscii(c)) return char.IsAsciiLetterOrDigit(c) ? char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c : '\0';
        // A letter or digit whose lower case is '\0' does not exist, so '\0' marks "not part of it" unambiguously.
        return char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';
    }

    /// <summary>Compares texts by their fingerprints without making them: a set of the paragraphs seen so far holds
    /// the paragraphs themselves, and a new one costs a hash over its characters, not a string.</summary>
    public static IEqualityComparer<string> Comparer { get; } = new FingerprintComparer();

    private sealed class FingerprintComparer : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y)
        {
            if (ReferenceEquals(x, y)) return true;
            if (x is null || y is null) return false;
            int i = 0, j = 0;
            while (true)
            {
                char a = '\0', b = '\0';
                while (i < x.Length && (a = Fold(x[i++])) == '\0') { }
                while (j < y.Length && (b = Fold(y[j++])) == '\0') { }
                if (a != b) return false;
                if (a == '\0') return true;
            }
        }

        public int GetHashCode(string text)
        {
            uint hash = 2166136261;
            foreach (var c in text)
                if (Fold(c) is var f && f != '\0') hash = (hash ^ f) * 16777619;
            return (int)hash;
        }
    }
}
