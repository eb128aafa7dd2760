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
        var stemmer = EnglishStemmer.ForThisThread;
        var tokens = new List<Token>(text.Length / 5 + 4);
        foreach (var (word, start) in Tokenizer.Words(text))
        {
            var norm = word.ToLowerInvariant();
            tokens.Add(new Token(word, start, norm, stemmer.Stem(norm), StopWords.Contains(norm)));
        }
        return tokens;
    }
}
