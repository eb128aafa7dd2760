namespace Chorus.Segment;

/// <param name="Start">Offset in the sentence text.</param>
/// <param name="Norm">Lower-cased surface form.</param>
/// <param name="Stem">Stem of <paramref name="Norm"/>, the unit of matching across outlets.</param>
public readonly record struct Token(string Text, int Start, string Norm, string Stem, bool IsStopWord)
{
    public bool IsNumber => Text.Length > 0 && char.IsDigit(Text[0]);
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
}
