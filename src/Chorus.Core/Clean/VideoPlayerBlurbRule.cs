using System.Text.RegularExpressions;

namespace Chorus.Clean;

/// <summary>
/// The text of an embedded video player as a page's crawl keeps it: the player's close button ("CLOSE") run into the
/// clip's blurb and its credit — "CLOSE Kevin Spacey was accused by … USA TODAY", "CLOSE Authorities are trying to
/// capture a leopard … Tony Spitz has the details. Buzz60", "CLOSE The church is by far the largest in the South.Video
/// provided by Newsy Newslook". The blurb restates the story in a producer's words, or another story's; it is the
/// page's furniture, not the article. The button's word in capitals followed by a capitalized word opens no sentence
/// of prose.
/// </summary>
public sealed partial class VideoPlayerBlurbRule : IParagraphRule
{
    public const string Reason = "video player text";

    /// <summary>A blurb is a clip's two or three sentences and a credit.</summary>
    private const int MaxWords = 80;

    public string? Check(ParagraphContext p)
    {
        var text = p.Text;
        if (p.Words > MaxWords || !text.AsSpan().TrimStart().StartsWith("CLOSE ", StringComparison.Ordinal)) return null;
        return Blurb().IsMatch(text) ? Reason : null;
    }

    [GeneratedRegex(@"^\s*CLOSE\s+\p{Lu}\p{Ll}")]
    private static partial Regex Blurb();
}
