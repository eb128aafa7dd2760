using Chorus.Clean;

namespace Chorus.Segment;

/// <summary>The segment stage: sentences, tokens, stems and stop words for each cleaned document.</summary>
public static class Segmenter
{
    public static IReadOnlyList<SegmentedDocument> Segment(IReadOnlyList<CleanDocument> docs) =>
        docs.Select((d, i) => new SegmentedDocument(d, SentencesOf(d, i))).ToList();

    public static IReadOnlyList<Sentence> SentencesOf(CleanDocument doc, int docIndex)
    {
        var result = new List<Sentence>();
        if (!doc.IsArticle) return result;
        for (int p = 0; p < doc.Paragraphs.Count; p++)
            foreach (var text in SentenceSplitter.Split(doc.Paragraphs[p]))
                result.Add(new Sentence(doc.Id, docIndex, result.Count, p, text, Tokenize(text)));
        return QuotationSpanner.Mark(result);
    }

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var lexicon = WordLexicon.ForThisThread;
        var tokens = _scratch ??= new List<Token>(256);
        tokens.Clear();
        int i = 0;
        while (Tokenizer.NextWord(text, ref i, out int start, out int length))
        {
            var word = lexicon.Get(text.AsSpan(start, length));
            tokens.Add(new Token(word.Text, start, word.Norm, word.Stem, word.IsStopWord));
        }
        // Sentences keep their tokens for the whole run: an exact-size array, not a list with slack.
        return tokens.ToArray();
    }

    [ThreadStatic] private static List<Token>? _scratch;
}
