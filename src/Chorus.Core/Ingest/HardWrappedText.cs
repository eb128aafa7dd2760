namespace Chorus.Ingest;

/// <summary>
/// Plain text wrapped at a fixed width — an e-mailed story, a wire feed or an archive saved as text, a terminal's
/// copy — breaks every paragraph into lines of 60 to 100 characters. Read one element per line, as scraped text is
/// (<see cref="PlainTextArticleParser"/>), each line would be a paragraph and every sentence that crosses a line end
/// would be cut in two: the summary is left with fragments. Such text is told from scraped text by its lines: short
/// (nine in ten at most <see cref="MaxWidth"/> characters) and broken mid-sentence, so that the next line often goes on
/// in lower case — a scraped page's lines are whole paragraphs, long, and the next one opens on a capital.
/// </summary>
public static class HardWrappedText
{
    /// <summary>Wider than any fixed wrap in use (72 to 80 columns for mail and wire copy, about 100 for a PDF's text
    /// layer) and narrower than most paragraphs of a scraped page.</summary>
    public const int MaxWidth = 120;

    /// <summary>Line ends inside blocks that go on in lower case, at least this share: a list of headlines or links
    /// (one element a line, each opening on a capital) stays apart.</summary>
    private const double MinLowerContinuations = 0.4;

    /// <summary>The blocks of a text <see cref="WrapWidth"/> finds wrapped (runs of lines between blank lines; each
    /// line's leading white space in <paramref name="indents"/>) with each block's wrapped lines joined into paragraphs.</summary>
    public static List<List<string>> Unwrap(List<List<string>> blocks, List<List<int>> indents)
    {
        // The text was wrapped at no less than its longest line of several words (a lone long word, a link, may stand
        // out past the width on a line of its own).
        int width = 0;
        foreach (var block in blocks)
            if (block.Count > 1)
                foreach (var line in block)
                    if (line.Contains(' ')) width = Math.Max(width, line.Length);
        var unwrapped = new List<List<string>>(blocks.Count);
        for (int b = 0; b < blocks.Count; b++) unwrapped.Add(Paragraphs(blocks[b], indents[b], width));
        return unwrapped;
    }

    /// <summary>The width the text is wrapped at (the 90th percentile of its lines in blocks of two or more), or 0 when
    /// it does not read as wrapped.</summary>
    public static int WrapWidth(List<List<string>> blocks)
    {
        var lengths = new List<int>();
        int breaks = 0, lower = 0;
        foreach (var block in blocks)
        {
            if (block.Count < 2) continue;
            foreach (var line in block) lengths.Add(line.Length);
            for (int i = 1; i < block.Count; i++)
            {
                breaks++;
                if (char.IsLower(block[i][0])) lower++;
            }
        }
        if (lengths.Count < 3 || lower < MinLowerContinuations * breaks) return 0;
        lengths.Sort();
        int width = lengths[(int)(0.9 * (lengths.Count - 1))];
        return width <= MaxWidth ? width : 0;
    }

    /// <summary>One block's lines as paragraphs: a line goes on in the next unless it is short (under half the width: a
    /// paragraph's last line, or a heading) and the next line's first word would have fitted on it — a link too long for
    /// any line leaves a short line before it inside a paragraph — or the next line is indented deeper (a paragraph's
    /// first-line indent). Half the width, not "any room left": a typeset page's text layer (a PDF) breaks its lines
    /// by measure, not by a count of characters. A word broken at a hyphen is joined without a space ("take-a-" +
    /// "knee").</summary>
    private static List<string> Paragraphs(List<string> lines, List<int> indents, int width)
    {
        if (lines.Count < 2) return lines;
        var paragraphs = new List<string>();
        var current = new System.Text.StringBuilder(lines[0]);
        for (int i = 1; i < lines.Count; i++)
        {
            var previous = lines[i - 1];
            int firstWord = lines[i].IndexOf(' ') is var space and >= 0 ? space : lines[i].Length;
            bool ends = (previous.Length * 2 < width && previous.Length + 1 + firstWord <= width) || indents[i] > indents[i - 1];
            if (ends)
            {
                paragraphs.Add(current.ToString());
                current.Clear().Append(lines[i]);
                continue;
            }
            bool brokenWord = previous.Length >= 2 && previous[^1] == '-' && char.IsLetter(previous[^2]) && char.IsLetter(lines[i][0]);
            if (!brokenWord) current.Append(' ');
            current.Append(lines[i]);
        }
        paragraphs.Add(current.ToString());
        return paragraphs;
    }
}
