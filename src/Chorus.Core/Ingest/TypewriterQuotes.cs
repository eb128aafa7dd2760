namespace Chorus.Ingest;

/// <summary>
/// The typewriter quotation marks of older wire copy and of text tokenized in its style: two grave accents open a
/// quotation and two apostrophes close it (``We left everything,'' she said.), a single grave accent opens a
/// quotation inside one. Read as the curly marks they stand for, so the splitter and the quote analysis, which know
/// only “ ” and ", see the quotation and its speaker. Text that never opens with `` is left as it is: there two
/// apostrophes may close a straight mark or stand for inches.
/// </summary>
public static class TypewriterQuotes
{
    public static bool Uses(ReadOnlySpan<char> text) => text.Contains("``", StringComparison.Ordinal);

    /// <returns>The new length (never longer).</returns>
    public static int NormalizeInPlace(Span<char> text)
    {
        if (!Uses(text)) return text.Length;
        int write = 0;
        bool singleOpen = false;
        for (int read = 0; read < text.Length; read++)
        {
            char c = text[read];
            bool pair = read + 1 < text.Length && text[read + 1] == c;
            if (c == '`' && pair) { text[write++] = '“'; read++; }
            else if (c == '\'' && pair)
            {
                // An opening after a space or a bracket, else a closing mark.
                bool opens = (write == 0 || char.IsWhiteSpace(text[write - 1]) || text[write - 1] is '(' or '[' or '—')
                             && read + 2 < text.Length && !char.IsWhiteSpace(text[read + 2]);
                text[write++] = opens ? '“' : '”';
                read++;
            }
            else if (c == '`' && read + 1 < text.Length && char.IsLetterOrDigit(text[read + 1])) { text[write++] = '‘'; singleOpen = true; }
            // The apostrophe that closes a single grave accent's quotation ends a word; one inside a word ("driver's") does not.
            else if (c == '\'' && singleOpen && (read + 1 == text.Length || !char.IsLetter(text[read + 1]))) { text[write++] = '’'; singleOpen = false; }
            else text[write++] = c;
        }
        return write;
    }

    public static string Normalize(string text)
    {
        if (!Uses(text)) return text;
        var chars = text.ToCharArray();
        return new string(chars, 0, NormalizeInPlace(chars));
    }
}
