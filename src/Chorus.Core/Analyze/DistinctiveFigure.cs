using Chorus.Segment;

namespace Chorus.Analyze;

/// <summary>
/// A figure two sentences both give that names one thing: a sum ("a $1 million fund") or a number of a hundred or
/// more that is not a year. Two outlets telling one verb ("announced") about the same $1 million tell one act,
/// however differently they word the rest; a small count ("two people", "12 people") is given of many acts.
/// </summary>
internal static class DistinctiveFigure
{
    /// <summary>Below this a bare number counts what many acts of a story count.</summary>
    private const double Smallest = 100;

    /// <summary>The distinctive figure both sentences give, as the first writes it, or null.</summary>
    public static string? Shared(Sentence a, Sentence b)
    {
        var inB = Of(b).ToHashSet(StringComparer.Ordinal);
        return Of(a).FirstOrDefault(inB.Contains);
    }

    /// <summary>The distinctive figures of a sentence: "$1 million" as "$1 million", "2,500" as "2500".</summary>
    private static IEnumerable<string> Of(Sentence s)
    {
        var tokens = s.Tokens;
        for (int k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (!t.IsNumber) continue;
            var digits = t.Norm.Replace(",", "");
            if (!double.TryParse(digits, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)) continue;
            string scale = k + 1 < tokens.Count && tokens[k + 1].Norm is "million" or "billion" or "trillion" ? " " + tokens[k + 1].Norm : "";
            if (t.Start > 0 && s.Text[t.Start - 1] is '$' or '£' or '€') yield return s.Text[t.Start - 1] + digits + scale;
            else if ((value >= Smallest || scale.Length > 0) && !MomentWords.IsMoment(t.Norm)) yield return digits + scale;
        }
    }
}
