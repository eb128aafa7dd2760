using Chorus.Clean;

namespace Chorus.Segment;

/// <param name="DocIndex">Index of the document in the cluster.</param>
/// <param name="Position">Index of the sentence in its document (0 = lead sentence).</param>
/// <param name="Paragraph">Index of the paragraph the sentence sits in.</param>
public sealed record Sentence(
    string DocId,
    int DocIndex,
    int Position,
    int Paragraph,
    string Text,
    IReadOnlyList<Token> Tokens)
{
    public int WordCount { get; } = Ingest.TextStats.CountWords(Text);

    /// <summary>Where the sentence stands in a quotation that may run over several sentences (set by the segmenter).</summary>
    public QuotationPart Quotation { get; init; } = QuotationPart.Outside(Position);

    /// <summary>Stems of the words that carry content (no stop words, no single characters), in order.</summary>
    public IReadOnlyList<string> ContentStems { get; } = ContentStemsOf(Tokens);

    /// <summary>The tokens lying wholly within <c>Text[start..end]</c> (a quotation, a clause), as a first index and a
    /// count into <see cref="Tokens"/>: the words of part of the sentence without tokenizing it again. A word the
    /// range cuts is left out, where tokenizing the cut text would have kept its part.</summary>
    public (int First, int Count) TokenRange(int start, int end)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < start) lo = mid + 1; else hi = mid;
        }
        int last = lo;
        while (last < Tokens.Count && Tokens[last].End <= end) last++;
        return (lo, last - lo);
    }

    private static string[] ContentStemsOf(IReadOnlyList<Token> tokens)
    {
        // The segmenter hands over an array: read it as a span, not through the list interface per token.
        if (tokens is Token[] array) return ContentStemsOf(array.AsSpan());
        var stems = new List<string>(tokens.Count);
        foreach (var t in tokens) if (t.Word.IsContent) stems.Add(t.Word.Stem);
        return stems.ToArray();
    }

    private static string[] ContentStemsOf(ReadOnlySpan<Token> tokens)
    {
        int count = 0;
        foreach (var t in tokens) if (t.Word.IsContent) count++;
        if (count == 0) return [];
        var stems = new string[count];
        int k = 0;
        foreach (var t in tokens) if (t.Word.IsContent) stems[k++] = t.Word.Stem;
        return stems;
    }
}

public sealed record SegmentedDocument(CleanDocument Document, IReadOnlyList<Sentence> Sentences)
{
    public string Id => Document.Id;
}
