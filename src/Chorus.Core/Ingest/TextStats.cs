namespace Chorus.Ingest;

public static class TextStats
{
    /// <summary>Whitespace-separated words, the unit every budget in Chorus is counted in.</summary>
    public static int CountWords(string text) => CountWords(text.AsSpan());

    public static int CountWords(ReadOnlySpan<char> text)
    {
        int count = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) inWord = false;
            else if (!inWord) { inWord = true; count++; }
        }
        return count;
    }
}
