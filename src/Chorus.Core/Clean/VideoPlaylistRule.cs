using System.Text.RegularExpressions;

namespace Chorus.Clean;

/// <summary>
/// A video playlist crawled into the body: each clip listed twice with its length ("JUST WATCHED Divers reach the
/// wreck Replay More Videos ... MUST WATCH Divers reach the wreck 02:18"), one paragraph per clip. Seen in two dev
/// stories (a cold case, a missing airliner); the lines name videos and say nothing a reader of the text can use.
/// </summary>
public sealed partial class VideoPlaylistRule : IParagraphRule
{
    public const string Reason = "video playlist";

    public string? Check(ParagraphContext p) => Playlist().IsMatch(p.Text) ? Reason : null;

    /// <summary>A clip's entry: "JUST WATCHED" then "Replay More Videos" or "MUST WATCH".</summary>
    [GeneratedRegex(@"^\W{0,3}JUST WATCHED\b.{0,200}?(?:Replay More Videos|MUST WATCH)")]
    private static partial Regex Playlist();
}
