using System.Text.RegularExpressions;

namespace Chorus.Clean;

/// <summary>
/// A link's words in brackets, pointing at a document the page links to: "… posted on the agency's website (read it
/// here), the agency notes …", "… filed in superior court (read it here) seeks damages …", "(watch the video here)". A
/// summary has no link, so the words point at nothing (dev dbe413a621ee; train mnp-408, mnp-5094, mnp-5566 and five
/// more). Only the bracket goes; the sentence around it is reporting.
/// </summary>
public sealed partial class LinkPointerFragmentRule : IFragmentRule
{
    public const string Reason = "link text";

    public (string Kept, Removal Removed)? Strip(string paragraph)
    {
        if (!paragraph.Contains(" here", StringComparison.OrdinalIgnoreCase)) return null;
        return FragmentCut.All(Pointer(), paragraph, Reason);
    }

    [GeneratedRegex(@"\s*\(\s*(read|see|watch|view|listen to|hear)\s+(it|them|this|that|more|(the|a)\s+(full\s+)?[\p{L}-]+)\s+here\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex Pointer();
}
