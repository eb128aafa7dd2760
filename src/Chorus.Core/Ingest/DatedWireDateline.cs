using System.Text.RegularExpressions;

namespace Chorus.Ingest;

/// <summary>
/// An agency dateline with the day in it, after a place of several words or a place and its region: "NEW YORK,
/// March 12 (Xinhua) -- …", "INDEPENDENCE, Missouri, March 12 (AFP) - …", "UNITED NATIONS, Oct. 16 (Kyodo) -- …".
/// The credit in brackets must name a news organization; what follows the dash opens a sentence.
/// </summary>
public static partial class DatedWireDateline
{
    /// <returns>The length of the dateline with its dash and spaces, and the credit; (0, null) when the paragraph
    /// does not open with one.</returns>
    public static (int Length, string? Credit) Match(string paragraph)
    {
        var m = Pattern().Match(paragraph);
        if (!m.Success || !OutletNames.LooksLikeOutlet(m.Groups["credit"].Value)) return (0, null);
        return (m.Length, m.Groups["credit"].Value);
    }

    private const string Month = @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    [GeneratedRegex(@"^\s*\^?\s*[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3}(?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2})?,\s+" + Month + @"\s+\d{1,2}(?:,\s+\d{4})?\s*\((?<credit>[A-Z][A-Za-z.&\-]*(?:\s+[A-Z][A-Za-z.&\-]*){0,2})\)\s*(?:—|–|--?|_)\s*(?=[A-Z0-9""“‘])")]
    private static partial Regex Pattern();
}
