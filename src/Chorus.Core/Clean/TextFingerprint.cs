namespace Chorus.Clean;

/// <summary>Letters and digits only, lower case: the same paragraph with other spacing, punctuation or casing
/// gets the same fingerprint.</summary>
public static class TextFingerprint
{
    public static string Of(string text)
    {
        Span<char> buffer = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        int n = 0;
        foreach (var c in text)
            if (char.IsLetterOrDigit(c)) buffer[n++] = char.ToLowerInvariant(c);
        return new string(buffer[..n]);
    }
}
