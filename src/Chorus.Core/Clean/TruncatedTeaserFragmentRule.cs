using System.Text.RegularExpressions;

namespace Chorus.Clean;

/// <summary>
/// A sentence a page cut short for a teaser or a caption's standfirst: "The senator is being questioned about the
/// 1972...", "Police are investigating the beating of a…". It ends mid-clause, so shown alone it says half a thing.
/// A trailing-off inside a quotation ("… and then, well…") is the speaker's and stays.
/// </summary>
public sealed partial class TruncatedTeaserFragmentRule : IFragmentRule
{
    public const string Reason = "teaser cut short";

    public (string Kept, Removal Removed)? Strip(string paragraph)
    {
        var m = CutSentence().Match(paragraph);
        if (!m.Success) return null;
        return (paragraph[..m.Index].Trim(), new Removal(m.Value.Trim(), Reason));
    }

    /// <summary>The paragraph's last sentence, of at least six words without quotation marks, ending in a word and
    /// "..." or "…" (a cut), not in "?..." or "!...".</summary>
    [GeneratedRegex(@"(?:^|(?<=[.!?]\s))(?:[^\s.!?…""“”‘’]+\s+){5,}[^\s.!?…""“”‘’]*[\p{L}\d,]\s?(?:\.{3,4}|…)\s*$")]
    private static partial Regex CutSentence();
}
