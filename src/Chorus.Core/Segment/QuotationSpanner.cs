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
        var parts = new QuotationPart[sentences.Count];
        bool open = false;
        int spanStart = -1;
        for (int i = 0; i < sentences.Count; i++)
        {
            var text = sentences[i].Text;
            bool paragraphStart = i == 0 || sentences[i - 1].Paragraph != sentences[i].Paragraph;
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
            int p = sentences[i].Position;
            if (strayCloser && !openBefore) { parts[i] = new QuotationPart(QuoteRole.Stray, p, p); if (open) spanStart = i; continue; }
            if (!openBefore && !open) parts[i] = new QuotationPart(HasMark(text) ? QuoteRole.Whole : QuoteRole.None, p, p);
            else if (!openBefore) { spanStart = i; parts[i] = new QuotationPart(QuoteRole.Opens, p, p); }
            else if (open) parts[i] = new QuotationPart(QuoteRole.Inside, p, p);
            else
            {
                parts[i] = new QuotationPart(QuoteRole.Closes, p, p);
                int first = sentences[spanStart].Position;
                for (int k = spanStart; k <= i; k++) parts[k] = parts[k] with { First = first, Last = p };
            }
        }
        if (open) CloseAsStray(sentences, parts, spanStart, sentences.Count - 1);
        return sentences.Select((s, i) => s with { Quotation = parts[i] }).ToList();
    }

    private static void CloseAsStray(IReadOnlyList<Sentence> sentences, QuotationPart[] parts, int from, int to)
    {
        if (from < 0) return;
        var s = sentences[from];
        // One sentence, one opening mark, its paragraph ends with it: the quotation can only close at its end.
        if (from == to && MarkCount(s.Text) == 1 && IsParagraphEnd(sentences, from))
        {
            char close = s.Text.Contains(QuotationMarks.Open) ? QuotationMarks.Close : QuotationMarks.Straight;
            parts[from] = new QuotationPart(QuoteRole.Whole, s.Position, s.Position, s.Text.TrimEnd() + close);
            return;
        }
        for (int k = from; k <= to; k++) parts[k] = new QuotationPart(QuoteRole.Stray, sentences[k].Position, sentences[k].Position);
    }

    private static bool IsParagraphEnd(IReadOnlyList<Sentence> sentences, int i) =>
        i + 1 >= sentences.Count || sentences[i + 1].Paragraph != sentences[i].Paragraph;

    private static bool StartsWithOpener(string text)
    {
        var t = text.TrimStart();
        return t.Length > 0 && (t[0] == QuotationMarks.Open || t[0] == QuotationMarks.Straight);
    }

    private static bool HasMark(string text) => MarkCount(text) > 0;

    private static int MarkCount(string text) =>
        text.Count(c => c == QuotationMarks.Open || c == QuotationMarks.Close || c == QuotationMarks.Straight);
}
