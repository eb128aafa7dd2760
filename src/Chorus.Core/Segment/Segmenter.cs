using Chorus.Clean;

namespace Chorus.Segment;

/// <summary>The segment stage: sentences, tokens, stems and stop words for each cleaned document.</summary>
public static class Segmenter
{
    public static IReadOnlyList<SegmentedDocument> Segment(IReadOnlyList<CleanDocument> docs)
    {
        var result = new SegmentedDocument[docs.Count];
        for (int i = 0; i < docs.Count; i++) result[i] = new SegmentedDocument(docs[i], SentencesOf(docs[i], i));
        return result;
    }

    public static IReadOnlyList<Sentence> SentencesOf(CleanDocument doc, int docIndex)
    {
        if (!doc.IsArticle) return [];
        var lines = _lines ??= new Lines();
        lines.Clear();
        for (int p = 0; p < doc.Paragraphs.Count; p++)
        {
            int before = lines.Texts.Count;
            SentenceSplitter.SplitInto(doc.Paragraphs[p], lines.Texts);
            for (int k = before; k < lines.Texts.Count; k++) lines.Paragraphs.Add(p);
        }
        // Quotation parts first, so each sentence is built once, whole.
        var parts = QuotationSpanner.Parts(lines);
        var result = new Sentence[lines.Texts.Count];
        for (int i = 0; i < result.Length; i++)
        {
            var text = lines.Texts[i];
            result[i] = new Sentence(doc.Id, docIndex, i, lines.Paragraphs[i], text, Tokenize(text)) { Quotation = parts[i] };
        }
        lines.Clear();
        return result;
    }

    /// <summary>The sentences of the document being segmented, before they become <see cref="Sentence"/>s.</summary>
    private sealed class Lines : QuotationSpanner.ILines
    {
        public readonly List<string> Texts = new(256);
        public readonly List<int> Paragraphs = new(256);
        public int Count => Texts.Count;
        public string Text(int i) => Texts[i];
        public int Paragraph(int i) => Paragraphs[i];
        public int Position(int i) => i;
        public void Clear() { Texts.Clear(); Paragraphs.Clear(); }
    }

    [ThreadStatic] private static Lines? _lines;

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var lexicon = WordLexicon.ForThisThread;
        var tokens = _scratch ??= new Token[256];
        int n = 0;
        int i = 0;
        while (Tokenizer.NextWord(text, ref i, out int start, out int length))
        {
            if (n == tokens.Length) { Array.Resize(ref tokens, tokens.Length * 2); _scratch = tokens; }
            tokens[n++] = new Token(lexicon.Get(text.AsSpan(start, length)), start);
        }
        // Sentences keep their tokens for the whole run: an exact-size array, not a list with slack.
        return n == 0 ? [] : tokens.AsSpan(0, n).ToArray();
    }

    [ThreadStatic] private static Token[]? _scratch;
}
