using System.Text.RegularExpressions;

namespace Chorus.Analyze;

/// <summary>
/// "About eight times closer than any other spacecraft", "seven times closer than any other probe": how many times
/// more one thing is than what it is measured against. The topic is the comparison itself (the comparative word and
/// what follows "than"), so "three times faster than the old line" never meets "three times higher than the old
/// line", nor "than the old line" "than the bus".
/// </summary>
public static partial class QuantityReader
{
    /// <summary>The words after "than" that make the comparison a record ("than any other …", "than ever"): one story
    /// has one record holder for a comparison, whatever class noun an outlet gives it ("spacecraft", "probe").</summary>
    private static readonly HashSet<string> RecordOpenings = new(StringComparer.Ordinal) { "any other", "any previous", "ever", "anyone", "anything" };

    /// <summary>Whether a ratio's topic compares with every other of its kind ("than any other", "than ever").</summary>
    public static bool IsRecordRatio(string anchor)
    {
        int than = anchor.LastIndexOf(" than ", StringComparison.Ordinal);
        return than >= 0 && RecordOpenings.Contains(anchor[(than + 6)..]);
    }

    private static IEnumerable<Quantity> Ratios(string sentence)
    {
        if (!sentence.Contains(" times ", StringComparison.OrdinalIgnoreCase)) yield break;
        foreach (Match m in Ratio().Matches(sentence))
        {
            if (!TryNumber(m.Groups["num"].Value, out var n) || n < 2) continue;
            var than = m.Groups["than"].Value.ToLowerInvariant();
            var words = than.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // "than any other probe" is "than any other": the class noun is the outlet's word for the record holder's
            // kind; "than the old bridge" keeps what the thing is compared with.
            var against = words.Length >= 2 && (words[0] == "any" && words[1] is "other" or "previous") ? $"{words[0]} {words[1]}"
                : words[0] is "the" or "a" or "an" or "its" or "their" or "his" or "her" && words.Length >= 2 ? $"{words[0]} {words[1]}" : words[0];
            var comparative = string.Join(' ', m.Groups["cmp"].Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            yield return new Quantity(QuantityKind.Ratio, $"times {comparative} than {against}", n, m.Value.Trim(), m.Groups["approx"].Success)
            {
                Hedge = HedgeOf(m.Groups["approx"]),
            };
        }
    }

    [GeneratedRegex(@"\b" + Approx + @"(?<num>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\s+times\s+(?<cmp>(?:more|less)\s+[a-z]+|[a-z]+er)\s+than\s+(?<than>[\p{L}\-]+(?:\s+[\p{L}\-]+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex Ratio();
}
