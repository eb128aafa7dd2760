namespace Chorus.Clean;

/// <summary>
/// One small, composable cleaning filter in the spirit of a Lucene token filter: it looks at a paragraph in
/// its place in the article and says why it is not reporting, or null to keep it.
/// </summary>
public interface IParagraphRule
{
    string? Check(ParagraphContext paragraph);
}

/// <param name="Index">Position of the paragraph in the article (0-based).</param>
/// <param name="Count">Number of paragraphs in the article.</param>
public readonly record struct ParagraphContext(string Text, int Index, int Count)
{
    /// <summary>Counted once here: every rule gates on it, and recounting per rule was a large part of cleaning.</summary>
    public int Words { get; } = Ingest.TextStats.CountWords(Text);

    public bool NearEnd => Index >= Count - 3;
    public bool NearStart => Index < 2;
}

/// <summary>Removes a part of a paragraph (a trailing "(Published …)" stamp, an inline photo credit).</summary>
public interface IFragmentRule
{
    /// <returns>The paragraph without the fragment, and the removed fragment; null when nothing matched.</returns>
    (string Kept, Removal Removed)? Strip(string paragraph);
}
