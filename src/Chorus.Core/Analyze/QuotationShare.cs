namespace Chorus.Analyze;

/// <summary>
/// How much of a sentence is someone's quoted words. Two outlets carrying the same quotation verbatim quote the
/// same speaker; that is reporting, not one copying the other, so copy detection sets such sentences aside.
/// </summary>
public static class QuotationShare
{
    public static double Of(string sentence)
    {
        int straight = sentence.Count(c => c == '"');
        int firstQuote = sentence.IndexOfAny(['"', '“', '”']);
        if (firstQuote < 0) return 0;
        // A sentence whose first mark closes a quotation ("… end of quote," he said) starts inside one: a
        // curly closing mark says so, and so does an odd number of straight marks not opening the sentence.
        bool inside = sentence[firstQuote] == '”' || (sentence[firstQuote] == '"' && straight % 2 == 1 && sentence.TrimStart()[0] != '"');
        int quotedLetters = 0, letters = 0;
        foreach (var c in sentence)
        {
            if (c is '“') { inside = true; continue; }
            if (c is '”') { inside = false; continue; }
            if (c is '"') { inside = !inside; continue; }
            if (!char.IsLetterOrDigit(c)) continue;
            letters++;
            if (inside) quotedLetters++;
        }
        return letters == 0 ? 0 : (double)quotedLetters / letters;
    }

    /// <summary>Mostly quoted words: at least half of the letters sit inside quotation marks.</summary>
    public static bool IsQuotation(string sentence) => Of(sentence) >= 0.5;
}
