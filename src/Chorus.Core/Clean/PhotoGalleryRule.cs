using System.Text.RegularExpressions;

namespace Chorus.Clean;

/// <summary>
/// A photo gallery crawled into the body as one long paragraph: the viewer's title shown twice ("Photos: The search
/// for the ferry Photos: The search for the ferry …") and a slide counter between captions ("Hide Caption 3 of 40").
/// Seen in four dev stories (a space station, a parole hearing, a missing airliner, a shooting). The whole paragraph
/// goes, captions with it: <see cref="CaptionRule"/> drops a short caption whole for the same reason. Stripping only
/// the viewer's controls was tried: the captions then reached summaries as sentences of the story ("The crew of the
/// shuttle took this picture of the station …", "President Obama delivers his statement …"), while the quotations
/// some captions repeat (four on the tuning parts, one cited outlet) are what the analysis loses.
/// </summary>
public sealed partial class PhotoGalleryRule : IParagraphRule
{
    public const string Reason = "photo gallery";

    public string? Check(ParagraphContext p) => RepeatedTitle().IsMatch(p.Text) || Counter().IsMatch(p.Text) ? Reason : null;

    /// <summary>"Photos: T Photos: T" opening the paragraph: the viewer's heading and its first slide's.</summary>
    [GeneratedRegex(@"^\W{0,3}(?<label>Photos?|Gallery|In pictures)\s*:\s*(?<title>[^\n]{3,120}?)\s+\k<label>\s*:\s*\k<title>(?=\s|$)")]
    private static partial Regex RepeatedTitle();

    /// <summary>"Hide Caption 3 of 40": a gallery viewer's slide counter; prose never writes it.</summary>
    [GeneratedRegex(@"\bHide Caption\s+\d{1,3}\s+of\s+\d{1,3}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Counter();
}
