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

    public static bool IsMoment(string norm) =>
        Names.Contains(norm) || norm.Length == 4 && (norm.StartsWith("19", StringComparison.Ordinal) || norm.StartsWith("20", StringComparison.Ordinal)) && norm.All(char.IsDigit);

    /// <summary>Each sentence names a moment the other does not ("on Monday" against "on Tuesday"); one that only
    /// adds a moment ("police said on Friday") may still tell the same thing.</summary>
    public static bool Differ(Sentence a, Sentence b) =>
        Differ(a.Tokens.Select(t => t.Norm).Where(IsMoment).ToHashSet(StringComparer.Ordinal),
               b.Tokens.Select(t => t.Norm).Where(IsMoment).ToHashSet(StringComparer.Ordinal));

    public static bool Differ(IReadOnlySet<string> a, IReadOnlySet<string> b) => !a.IsSubsetOf(b) && !b.IsSubsetOf(a);
}
