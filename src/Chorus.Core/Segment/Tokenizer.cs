namespace Chorus.Segment;

/// <summary>
/// Splits a sentence into word tokens: runs of letters and digits, keeping inner apostrophes, hyphens and
/// the dots and commas of numbers and acronyms ("don't", "well-known", "3.5", "1,000", "U.S.").
/// Hand-written because Lucene's StandardTokenizer splits "U.S." and drops the offsets we cite by.
/// </summary>
public static class Tokenizer
{
    private static bool IsAcronymSoFar(string text, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            bool letterSlot = (k - start) % 2 == 0;
            if (letterSlot ? !char.IsLetter(text[k]) : text[k] != '.') return false;
        }
        return (end - start) % 2 == 1;
    }

    public static IEnumerable<(string Text, int Start)> Words(string text)
    {
        int i = 0;
        while (NextWord(text, ref i, out int start, out int length))
            yield return (text.Substring(start, length), start);
    }

    /// <summary>The next word at or after <paramref name="i"/> as an offset and length into the text, so the hot
    /// path can look words up without cutting a string for each one. Advances <paramref name="i"/> past it.</summary>
    public static bool NextWord(string text, ref int i, out int start, out int length)
    {
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            start = i;
            while (i < text.Length)
            {
                char c = text[i];
                if (char.IsLetterOrDigit(c)) { i++; continue; }
                bool joinsNext = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
                if (joinsNext && (c is '\'' or '’' or '-' or '&'))
                { i++; continue; }
                if (joinsNext && c is '.' or ',' && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))
                { i++; continue; }
                // Acronym dots: "U.S." stays one token while single letters alternate with dots.
                if (c == '.' && joinsNext && IsAcronymSoFar(text, start, i) && char.IsLetter(text[i + 1])
                    && (i + 2 >= text.Length || text[i + 2] == '.'))
                { i++; continue; }
                break;
            }
            length = i - start;
            var word = text.AsSpan(start, length);
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
                length -= 2;
            if (length > 0) return true;
        }
        start = length = 0;
        return false;
    }
}
