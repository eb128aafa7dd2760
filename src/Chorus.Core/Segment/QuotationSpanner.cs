namespace Chorus.Segment;

/// <summary>
/// Follows quotation marks through a document's sentences, so each sentence knows the quotation it belongs to:
/// a quotation may run over several sentences and, by news convention, over several paragraphs when each new
/// paragraph re-opens it ("“… / “… ,” she said."). A mark with no partner makes its sentences stray; when the
/// partner has only one possible place (a single sentence opens a quotation and its paragraph ends), the sentence
/// is repaired by closing it there.
/// </summary>
public static class QuotationSpanner
{
    public static IReadOnlyList<Sentence> Mark(IReadOnlyList<Sentence> sentences)
    {
        var parts = Parts(new SentenceLines(sentences));
        var marked = new Sentence[sentences.Count];
        for (int i = 0; i < marked.Length; i++) marked[i] = sentences[i] with { Quotation = parts[i] };
        return marked;
    }

    /// <summary>A document's sentences as the spanner reads them: text, paragraph and position of each.</summary>
    public interface ILines
    {
        int Count { get; }
        string Text(int i);
        int Paragraph(int i);
        int Position(int i);
    }

    private readonly struct SentenceLines(IReadOnlyList<Sentence> sentences) : ILines
    {
        public int Count => sentences.Count;
        public string Text(int i) => sentences[i].Text;
        public int Paragraph(int i) => sentences[i].Paragraph;
        public int Position(int i) => sentences[i].Position;
    }

    /// <summary>The quotation part of each line, computed before the sentences are built, so the segmenter creates
    /// each sentence once instead of once and again with its part.</summary>
    public static QuotationPart[] Parts<T>(T sentences) where T : ILines
    {
        var parts = new QuotationPart[sentences.Count];
        bool open = false;
        int spanStart = -1;
        for (int i = 0; i < sentences.Count; i++)
        {
            var text = sentences.Text(i);
            bool paragraphStart = i == 0 || sentences.Paragraph(i - 1) != sentences.Paragraph(i);
            bool reopen = false;
            if (paragraphStart && open)
            {
                // A quotation left open at a paragraph's end goes on only if the next paragraph re-opens it.
                reopen = StartsWithOpener(text);
                if (!reopen) { CloseAsStray(sentences, parts, spanStart, i - 1); open = false; }
            }
            bool openBefore = open;
            bool strayCloser = false;
            bool skipFirstStraight = reopen && text.TrimStart().StartsWith(QuotationMarks.Straight);
            foreach (var c in text)
            {
                if (c == QuotationMarks.Open) open = true;
                else if (c == QuotationMarks.Close) { if (!open) strayCloser = true; open = false; }
                else if (c == QuotationMarks.Straight)
                {
                    if (skipFirstStraight) { skipFirstStraight = false; continue; }
                    open = !open;
                }
            }
            int p = sentences.Position(i);
            if (strayCloser && !openBefore) { parts[i] = new QuotationPart(QuoteRole.Stray, p, p); if (open) spanStart = i; continue; }
            if (!openBefore && !open) parts[i] = new QuotationPart(HasMark(text) ? QuoteRole.Whole : QuoteRole.None, p, p);
            else if (!openBefore) { spanStart = i; parts[i] = new QuotationPart(QuoteRole.Opens, p, p); }
            else if (open) parts[i] = new QuotationPart(QuoteRole.Inside, p, p);
            else
            {
                parts[i] = new QuotationPart(QuoteRole.Closes, p, p);
                int first = sentences.Position(spanStart);
                for (int k = spanStart; k <= i; k++) parts[k] = parts[k] with { First = first, Last = p };
            }
        }
        if (open) CloseAsStray(sentences, parts, spanStart, sentences.Count - 1);
        return parts;
    }

    private static void CloseAsStray<T>(T sentences, QuotationPart[] parts, int from, int to) where T : ILines
    {
        if (from < 0) return;
        var text = sentences.Text(from);
        int position = sentences.Position(from);
        // One sentence, one opening mark, its paragraph ends with it: the quotation can only close at its end.
        if (from == to && MarkCount(text) == 1 && IsParagraphEnd(sentences, from))
        {
            char close = text.Contains(QuotationMarks.Open) ? QuotationMarks.Close : QuotationMarks.Straight;
            parts[from] = new QuotationPart(QuoteRole.Whole, position, position, text.TrimEnd() + close);
            return;
        }
        for (int k = from; k <= to; k++) parts[k] = new QuotationPart(QuoteRole.Stray, sentences.Position(k), sentences.Position(k));
    }

    private static bool IsParagraphEnd<T>(T sentences, int i) where T : ILines =>
        i + 1 >= sentences.Count || sentences.Paragraph(i + 1) != sentences.Paragraph(i);

    private static bool StartsWithOpener(string text)
    {
        var t = text.TrimStart();
        return t.Length > 0 && (t[0] == QuotationMarks.Open || t[0] == QuotationMarks.Straight);
    }

    private static bool HasMark(string text) => MarkCount(text) > 0;

    private static int MarkCount(string text)
    {
        int count = 0;
        foreach (var c in text) if (c is QuotationMarks.Open or QuotationMarks.Close or QuotationMarks.Straight) count++;
        return count;
    }
}
