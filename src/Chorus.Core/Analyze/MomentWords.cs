using Chorus.Segment;

namespace Chorus.Analyze;

/// <summary>
/// The words that place a sentence in time: weekdays, months and years. Two sentences that name different ones
/// ("on Monday … 12", "on Tuesday … 15"; "in 2014, 120 cases", "in 2015, 21 cases") tell two moments, so their
/// figures are an update or two facts, never a disagreement.
/// </summary>
public static class MomentWords
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "aug", "sept", "oct", "nov", "dec",
    };

    /// <summary>Words that put what a sentence tells in another, earlier time than the story's ("two years ago", "the
    /// previous attack", "last year"): a sentence with one tells another moment than a sentence without.</summary>
    private static readonly HashSet<string> EarlierWords = new(StringComparer.Ordinal) { "ago", "previous", "previously", "earlier" };

    /// <summary>What "last" names when it places a sentence in an earlier period ("last year"), not the last of a series.</summary>
    private static readonly HashSet<string> Periods = new(StringComparer.Ordinal)
        { "year", "month", "week", "summer", "winter", "spring", "autumn", "fall", "decade", "century" };

    /// <summary>The moment every earlier-time word stands for.</summary>
    private const string Earlier = "(earlier)";

    public static bool IsMoment(string norm) =>
        Names.Contains(norm) || norm.Length == 4 && (norm.StartsWith("19", StringComparison.Ordinal) || norm.StartsWith("20", StringComparison.Ordinal)) && char.IsDigit(norm[2]) && char.IsDigit(norm[3]);

    /// <summary>Each sentence names a moment the other does not ("on Monday" against "on Tuesday"); one that only
    /// adds a moment ("police said on Friday") may still tell the same thing.</summary>
    public static bool Differ(Sentence a, Sentence b) => Differ(Of(a), Of(b));

    public static bool Differ(IReadOnlySet<string> a, IReadOnlySet<string> b) => !a.IsSubsetOf(b) && !b.IsSubsetOf(a);

    /// <summary>The same test on the moments of two sentences as <see cref="Of"/> gives them; besides, a sentence
    /// set in an earlier time ("two years ago") and one that is not tell two moments, though it only adds one.</summary>
    public static bool Differ(string[] a, string[] b) =>
        !IsSubset(a, b) && !IsSubset(b, a) || Array.IndexOf(a, Earlier) >= 0 != Array.IndexOf(b, Earlier) >= 0;

    /// <summary>The distinct moment words of a sentence, in order; most sentences name none, and then share one empty
    /// array.</summary>
    public static string[] Of(Sentence sentence)
    {
        List<string>? moments = null;
        var tokens = sentence.Tokens;
        for (int t = 0; t < tokens.Count; t++)
        {
            var norm = tokens[t].Norm;
            var moment = IsMoment(norm) ? norm
                : EarlierWords.Contains(norm) || norm == "last" && t + 1 < tokens.Count && Periods.Contains(tokens[t + 1].Norm) ? Earlier : null;
            if (moment is not null && (moments is null || !moments.Contains(moment))) (moments ??= []).Add(moment);
        }
        return moments is null ? [] : [.. moments];
    }

    private static bool IsSubset(string[] a, string[] b)
    {
        foreach (var x in a)
            if (Array.IndexOf(b, x) < 0) return false;
        return true;
    }
}
