using System.Text;
using System.Text.RegularExpressions;

namespace Chorus.Clean;

/// <summary>
/// Footnote marks glued to the word or stop they follow: an encyclopedia's citations ("… during pregnancy.[1] Problems
/// may include …", "… (ARBD).[1][8]") and a press release's footnote ("… iPad or Mac[1].”"). They point at notes the
/// article does not carry; left in, a summary line shows "[1]", and a stop followed by "[1]" hides a sentence's end
/// from the splitter, so two sentences come out as one. Only numbers in brackets with no space before them: "[Trump
/// is]" in a quotation is an editor's words, "[1] Officials said" opening a line is a list.
/// </summary>
public sealed partial class ReferenceMarkFragmentRule : IFragmentRule
{
    public const string Reason = "footnote mark";

    public (string Kept, Removal Removed)? Strip(string paragraph)
    {
        if (paragraph.IndexOf('[') < 0) return null;
        var marks = new StringBuilder();
        var kept = Mark().Replace(paragraph, m =>
        {
            if (marks.Length > 0) marks.Append(' ');
            marks.Append(m.Value);
            return "";
        });
        return marks.Length == 0 ? null : (kept, new Removal(marks.ToString(), Reason));
    }

    [GeneratedRegex(@"(?<=[\p{L}\p{N}.,;:)""”’%])(?:\[\d{1,3}\])+")]
    private static partial Regex Mark();
}
