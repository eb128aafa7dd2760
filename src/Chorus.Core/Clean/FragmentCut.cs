using System.Text.RegularExpressions;

namespace Chorus.Clean;

/// <summary>Takes every match of a fragment rule's pattern out of a paragraph (<see cref="TickerSymbolFragmentRule"/>,
/// <see cref="LinkPointerFragmentRule"/>).</summary>
public static class FragmentCut
{
    /// <summary>Every match taken out, listed in one removal. A rule calls it after its own cheap gate, so a paragraph
    /// the gate turns away costs no allocation (a Replace with a callback allocated its closure on every paragraph).</summary>
    public static (string Kept, Removal Removed)? All(Regex pattern, string paragraph, string reason)
    {
        var m = pattern.Match(paragraph);
        if (!m.Success) return null;
        var kept = new System.Text.StringBuilder(paragraph.Length);
        var removed = new System.Text.StringBuilder();
        int at = 0;
        for (; m.Success; m = m.NextMatch())
        {
            kept.Append(paragraph, at, m.Index - at);
            if (removed.Length > 0) removed.Append(' ');
            removed.Append(m.Value.Trim());
            at = m.Index + m.Length;
        }
        kept.Append(paragraph, at, paragraph.Length - at);
        return (kept.ToString(), new Removal(removed.ToString(), reason));
    }
}
