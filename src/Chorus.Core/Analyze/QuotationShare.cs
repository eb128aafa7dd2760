namespace Chorus.Analyze;

/// <summary>
/// How much of a sentence is someone's quoted words. Two outlets carrying the same quotation verbatim quote the
/// same speaker; that is reporting, not one copying the other, so copy detection sets such sentences aside.
/// </summary>
public static class QuotationShare
{
    public static double Of(string sentence)
    {
        // Asked of every sentence of every copy check; most hold no mark, so the vectorized search goes first.
        int firstQuote = sentence.AsSpan().IndexOfAny('"', '“', '”');
        if (firstQuote < 0) return 0;
        int straight = sentence.AsSpan().Count('"');
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

    /// <summary>Which sentences of a document are mostly quotation, following a quotation that opens in one
    /// sentence and runs on through the next ones of its paragraph (“I don't know him. I never met him.”).</summary>
    public static bool[] Mark(IReadOnlyList<Segment.Sentence> sentences)
    {
        var result = new bool[sentences.Count];
        bool open = false;
        for (int i = 0; i < sentences.Count; i++)
        {
            if (i > 0 && sentences[i].Paragraph != sentences[i - 1].Paragraph) open = false;
            var text = sentences[i].Text;
            if (open)
            {
                // Inside a quotation carried over: the words up to the closing mark are quoted.
                int close = text.IndexOfAny(['"', '”']);
                int quoted = close < 0 ? text.Length : close;
                result[i] = quoted >= text.Length / 2 || IsQuotation(text);
            }
            else result[i] = IsQuotation(text);
            open = OpenAfter(text, open);
        }
        return result;
    }

    private static bool OpenAfter(string text, bool open)
    {
        foreach (var c in text)
        {
            if (c == '“') open = true;
            else if (c == '”') open = false;
            else if (c == '"') open = !open;
        }
        return open;
    }
}
