using System.Globalization;
using System.Text.RegularExpressions;

namespace Chorus.Ingest;

/// <summary>
/// What an LDC/TREC document number says about its document: the service that filed it and the day. Newswire
/// collections (TREC, TDT, AQUAINT, Gigaword and the summarization benchmarks built on them) name every story by a
/// source code and a date — "APW19981016.0240", "NYT19981016.0311", "XIE19981017.0012", "AFP_ENG_20000101.0001",
/// "AP880212-0001", "LA101698-0042" — and the codes are the corpora's published ones.
/// </summary>
public static partial class WireSources
{
    /// <summary>The LDC source codes of English newswire and broadcast news, by the outlet readers know.</summary>
    private static readonly Dictionary<string, string> Outlets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["APW"] = "Associated Press", ["APE"] = "Associated Press", ["AP"] = "Associated Press",
        ["NYT"] = "The New York Times",
        ["XIE"] = "Xinhua", ["XIN"] = "Xinhua",
        ["LTW"] = "Los Angeles Times/Washington Post",
        ["WPB"] = "Washington Post/Bloomberg",
        ["AFP"] = "Agence France-Presse", ["AFE"] = "Agence France-Presse",
        ["CNA"] = "Central News Agency",
        ["WSJ"] = "The Wall Street Journal",
        ["LA"] = "Los Angeles Times",
        ["FT"] = "Financial Times",
        ["SJMN"] = "San Jose Mercury News",
        ["FBIS"] = "Foreign Broadcast Information Service",
        ["CNN"] = "CNN", ["ABC"] = "ABC News", ["NBC"] = "NBC News", ["MNB"] = "MSNBC",
        ["PRI"] = "Public Radio International", ["VOA"] = "Voice of America",
    };

    /// <summary>The outlet of a document number whose source code is a known service; null otherwise (an
    /// unknown code is no evidence of any outlet).</summary>
    public static string? OutletOf(string? docNo)
    {
        if (docNo is null) return null;
        var m = Code().Match(docNo.Trim());
        return m.Success && Outlets.TryGetValue(m.Groups["code"].Value, out var outlet) ? outlet : null;
    }

    /// <summary>The day in a document number: eight digits after the code (APW19981016, AFP_ENG_20000101), or
    /// six: year first for AP and WSJ (AP880212), month first for the Los Angeles Times (LA101698).</summary>
    public static DateTimeOffset? DateOf(string? docNo)
    {
        if (docNo is null) return null;
        var m = Code().Match(docNo.Trim());
        if (!m.Success) return null;
        var digits = m.Groups["date"].Value;
        string format = digits.Length == 8 ? "yyyyMMdd" : m.Groups["code"].Value.Equals("LA", StringComparison.OrdinalIgnoreCase) ? "MMddyy" : "yyMMdd";
        return DateTimeOffset.TryParseExact(digits, format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var day) ? day : null;
    }

    [GeneratedRegex(@"^(?<code>[A-Za-z]{2,4})(?:_ENG_)?(?<date>\d{8}|\d{6})(?=[.\-_]\d)")]
    private static partial Regex Code();
}
