using System.Text.RegularExpressions;

namespace Chorus.Ingest;

/// <summary>
/// The entity references of LDC/TREC newswire SGML. Besides the markup ones (&amp;AMP;, &amp;LT;) the wire copy
/// carries its typesetting codes as entities — &amp;QL; (quad left), &amp;UR; and &amp;LR; (upper and lower rail),
/// &amp;HT; (a tab), &amp;MD; (an em dash), &amp;Cx1f; (a control byte) — which mean nothing to a reader.
/// </summary>
public static partial class WireEntities
{
    private static readonly Dictionary<string, string> Meanings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["amp"] = "&", ["lt"] = "<", ["gt"] = ">", ["quot"] = "\"", ["apos"] = "'", ["equals"] = "=", ["plus"] = "+",
        ["HT"] = " ", ["MD"] = "—", ["nbsp"] = " ",
    };

    /// <summary>Codes of the wire's typesetting: removed wherever they appear.</summary>
    private static readonly HashSet<string> Typesetting = new(StringComparer.OrdinalIgnoreCase)
    {
        "QL", "QC", "QR", "UR", "LR", "TL", "IL", "TB", "EM", "EN", "QQ",
    };

    /// <summary>Every entity reference decoded: a known one to its character, a typesetting code or an unknown
    /// name to nothing. For text known to be SGML.</summary>
    public static string Decode(string text) => text.Contains('&') ? AnyEntity().Replace(text, m => Meaning(m.Groups["name"].Value) ?? "") : text;

    /// <summary>Only the wire's own codes (&amp;QL;, &amp;UR;, &amp;AMP; in capitals, &amp;HT;, &amp;MD;, &amp;Cx1f;):
    /// for plain text that came out of SGML, where "&amp;T;" may as well be a name's letters.</summary>
    public static string DecodeWireCodes(string text) => text.Contains('&') ? WireCode().Replace(text, m => Meaning(m.Groups["name"].Value) ?? "") : text;

    /// <summary>The wire codes in the text, in order.</summary>
    public static IEnumerable<string> WireCodesIn(string text) => WireCode().Matches(text).Select(m => m.Value);

    public static bool HasWireCode(string text) => text.Contains('&') && WireCode().IsMatch(text);

    private static string? Meaning(string name)
    {
        if (name.StartsWith('#'))
        {
            bool hex = name.Length > 1 && (name[1] == 'x' || name[1] == 'X');
            return int.TryParse(hex ? name[2..] : name[1..], hex ? System.Globalization.NumberStyles.HexNumber : System.Globalization.NumberStyles.None, null, out var code)
                   && code is >= 0x20 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) and not (>= 0x7F and <= 0x9F)
                ? char.ConvertFromUtf32(code) : null;
        }
        if (Typesetting.Contains(name)) return null;
        return Meanings.TryGetValue(name, out var meaning) ? meaning : null;
    }

    [GeneratedRegex(@"&(?<name>#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{0,9});")]
    private static partial Regex AnyEntity();

    /// <summary>The codes in the capitals the wire writes them in, and its control bytes (&amp;Cx1f;).</summary>
    [GeneratedRegex(@"&(?<name>QL|QC|QR|UR|LR|TL|IL|HT|MD|AMP|LT|GT|Cx[0-9a-fA-F]{1,2});")]
    private static partial Regex WireCode();
}
