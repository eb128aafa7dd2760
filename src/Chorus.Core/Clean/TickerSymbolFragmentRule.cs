using System.Text.RegularExpressions;

namespace Chorus.Clean;

/// <summary>
/// A stock ticker a business site links after a company's name, left in the text as "( cbs )": "… lost the ratings
/// battle with ABC and CBS ( cbs ) during …", "… Apple ( aapl ) is still the most valuable …". The link's markup leaves
/// the spaces inside the brackets and the symbol in small letters, which prose never writes; a summary line would show
/// it (dev 30546aafe482, Fortune; train mnp-21, mnp-90, mnp-1248 and more than two hundred others, Fortune and
/// others). Only after a name with a capital that does not open its sentence: in a lower-cased feed "Washington ( ap )
/// —" is a dateline, not a ticker, and a dash after the bracket marks one.
/// </summary>
public sealed partial class TickerSymbolFragmentRule : IFragmentRule
{
    public const string Reason = "stock ticker";

    public (string Kept, Removal Removed)? Strip(string paragraph)
    {
        if (!paragraph.Contains("( ", StringComparison.Ordinal)) return null;
        return FragmentCut.All(Ticker(), paragraph, Reason);
    }

    [GeneratedRegex(@"(?<=[\p{L}\p{N},;]\s+[\p{L}&.'’-]*\p{Lu}[\p{L}&.'’-]*)\s\(\s[a-z]{1,5}\s\)(?!\s*[-—–])(\s(?=[.,;:!?]))?")]
    private static partial Regex Ticker();
}
