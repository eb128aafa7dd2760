using System.Text.RegularExpressions;

namespace Chorus.Clean;

/// <summary>
/// The dateline and wire credit that open an article's first paragraph ("PHOENIX (AP) —", "(CNN) --",
/// "MONTPELIER —", "MONDAY, Jan. 25, 2016 (HealthDay News) --"): page furniture that would otherwise open a
/// summary sentence. The outlet it names was already read at ingest; here it is only taken out of the text.
/// </summary>
public sealed partial class DatelineFragmentRule : IFragmentRule
{
    public const string Reason = "dateline";

    public (string Kept, Removal Removed)? Strip(string paragraph)
    {
        var m = Dateline().Match(paragraph);
        if (!m.Success) return null;
        var kept = paragraph[m.Length..];
        // What follows must read as a sentence of its own; "WASHINGTON — the" is not a dateline we understand.
        if (kept.Length == 0 || char.IsLower(kept[0])) return null;
        return (kept, new Removal(paragraph[..m.Length].Trim(), Reason));
    }

    // A place in capitals ("NEW ORLEANS", "BROOKSVILLE, Ala."), or one capitalised word or a date followed by a
    // credit, then a dash. Without a credit only a capitals place and a long dash qualify, so "ABC - the network"
    // or an ordinary "Sen. Smith (R) —" stays.
    [GeneratedRegex(@"^\s*(?:(?:(?<place>[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3})(?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2})?\s*(?:\([A-Z][A-Za-z.&]+(?:\s+[A-Z][A-Za-z.&]+){0,2}\)\s*(?:—|–|--?)|(?:—|–|--)-?))|(?:(?:[A-Z][a-z]+|(?:[A-Z]+,\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)\s*)?\([A-Z][A-Za-z.&]+(?:\s+[A-Z][A-Za-z.&]+){0,2}\)\s*(?:—|–|--?))\s*")]
    private static partial Regex Dateline();
}
