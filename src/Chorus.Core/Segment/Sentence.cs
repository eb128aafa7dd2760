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

    private static string[] ContentStemsOf(IReadOnlyList<Token> tokens)
    {
        int count = 0;
        for (int i = 0; i < tokens.Count; i++) if (!tokens[i].IsStopWord && tokens[i].Stem.Length > 1) count++;
        var stems = new string[count];
        for (int i = 0, k = 0; i < tokens.Count; i++) if (!tokens[i].IsStopWord && tokens[i].Stem.Length > 1) stems[k++] = tokens[i].Stem;
        return stems;
    }
}

public sealed record SegmentedDocument(CleanDocument Document, IReadOnlyList<Sentence> Sentences)
{
    public string Id => Document.Id;
}
