using System.Text.RegularExpressions;
using Chorus.Text;

namespace Chorus.Clean;

/// <summary>
/// Short lines that are a page's own controls and prompts, or that only point elsewhere: "Read or Share this story:
/// &lt;link&gt;", "Email Sign Up By signing up you agree …", "Have a tip we should know? &lt;address&gt;", a gallery's
/// "1 of 26 Full Screen Autoplay Close Skip Ad ×", "Jane Doe on Twitter: &lt;link&gt;", "Mali country profile", a
/// "PODCAST:" promo, and any short line carrying a link or an e-mail address. Reporting names its sources in
/// sentences; a short line whose point is a link, an address or a control is not reporting.
/// </summary>
public sealed partial class FurnitureMarkerRule : IParagraphRule
{
    public const string Reason = "web page furniture: control, prompt or link line";

    /// <summary>Up to this many words a line with a marker is the marker's line, not reporting that mentions one.</summary>
    private const int MaxWords = 40;

    /// <summary>A line this short whose link or address is its point ("Follow the story at …", "tips@…").</summary>
    private const int MaxLinkLineWords = 30;

    public string? Check(ParagraphContext p)
    {
        if (p.Words > MaxWords) return GalleryGate.IsMatch(p.Text) ? Reason : null;
        if (MarkerGate.IsMatch(p.Text) || GalleryGate.IsMatch(p.Text)) return Reason;
        return p.Words <= MaxLinkLineWords && LinkGate.IsMatch(p.Text) ? Reason : null;
    }

    // What each pattern's every branch contains; see GatedPattern.
    private static readonly GatedPattern MarkerGate = new(Marker(),
        "read or share this story", "email sign up", "by signing up", "have a ", "on twitter", "country profile", "podcast", "show all");
    private static readonly GatedPattern GalleryGate = new(Gallery(), "full screen", "skip ad", "autoplay");
    private static readonly GatedPattern LinkGate = new(Link(), "/", "www.", "@");

    [GeneratedRegex(@"read or share this story|\bemail sign up\b|\bby signing up,? you agree|\bhave a (news )?tip( we should know|\?)|\bon twitter\s*:\s*:?\s*(https?://|@|$)|\bcountry profile\s*$|\bPODCAST\s*:|^\W*\d+\s+show all\b", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();

    /// <summary>A photo gallery's or video player's control strip, whatever the length of the captions after it.</summary>
    [GeneratedRegex(@"\bfull screen\s+autoplay\b|\bskip ad\s*×|\bautoplay\s+autoplay\b", RegexOptions.IgnoreCase)]
    private static partial Regex Gallery();

    /// <summary>A web address, a shortened link or an e-mail address.</summary>
    [GeneratedRegex(@"https?://|\bwww\.\w|\bt\.co/|\bpic\.twitter\.com/|\b(?:twitter|facebook|instagram)\.com/|\bbit\.ly/|\b[\w.+-]+@[\w-]+\.[a-z]{2,}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Link();
}
