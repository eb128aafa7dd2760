namespace Chorus.Clean;

/// <summary>
/// The caret that marks a paragraph's start in agency copy of the era ("^WASHINGTON (AP) _ …", "^Officials said …"):
/// a control mark for the wire's terminals, never part of a sentence.
/// </summary>
public sealed class CaretMarkerFragmentRule : IFragmentRule
{
    public const string Reason = "wire paragraph mark";

    public (string Kept, Removal Removed)? Strip(string paragraph)
    {
        var trimmed = paragraph.TrimStart();
        if (trimmed.Length < 2 || trimmed[0] != '^') return null;
        var kept = trimmed.TrimStart('^', ' ');
        return kept.Length == 0 ? null : (kept, new Removal("^", Reason));
    }
}
