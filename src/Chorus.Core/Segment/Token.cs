namespace Chorus.Segment;

/// <summary>A word of a sentence: where it starts and the lexicon word it is. Sixteen bytes, not three strings and a
/// flag per token; the strings are the lexicon's, shared by every occurrence.</summary>
/// <param name="Start">Offset in the sentence text.</param>
public readonly record struct Token(Word Word, int Start)
{
    /// <summary>A token whose word is not from the lexicon (tests, hand-built sentences).</summary>
    public Token(string text, int start, string norm, string stem, bool isStopWord) : this(new Word(text, norm, stem, isStopWord), start) { }

    public string Text => Word.Text;

    /// <summary>Lower-cased surface form.</summary>
    public string Norm => Word.Norm;

    /// <summary>Stem of <see cref="Norm"/>, the unit of matching across outlets.</summary>
    public string Stem => Word.Stem;

    public bool IsStopWord => Word.IsStopWord;

    /// <summary>Offset just past the token in the sentence text.</summary>
    public int End => Start + Word.Text.Length;

    public bool IsNumber => Text.Length > 0 && char.IsDigit(Text[0]);
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
}
