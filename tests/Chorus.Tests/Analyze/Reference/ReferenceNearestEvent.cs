using System.Text.RegularExpressions;

namespace Chorus.Tests.Analyze.Reference;

/// <summary>QuantityReader.NearestEvent as it was before it read the words in place (LINQ over a match collection of
/// a substring), kept verbatim to hold the new one equal to it.</summary>
public static partial class ReferenceNearestEvent
{
    private static readonly string[][] EventSynonyms =
    [
        ["rescue", "operation", "search", "evacuation"],
        ["trial", "hearing", "deliberation", "deliberations"],
        ["flight", "journey", "trip", "crossing", "voyage"],
        ["delay", "wait", "standoff", "siege"],
    ];

    public static string? NearestEvent(string before)
    {
        int comma = before.LastIndexOf(',');
        if (comma >= 0 && !RelativeClause().IsMatch(before.AsSpan(comma + 1))) before = before[(comma + 1)..];
        var words = WordRun().Matches(before).Select(m => m.Value).TakeLast(6).Reverse();
        return words.Select(Event).FirstOrDefault(e => e is not null);
    }

    private static string? Event(string word)
    {
        if (string.IsNullOrWhiteSpace(word)) return null;
        var w = word.ToLowerInvariant();
        foreach (var group in EventSynonyms)
            if (group.Contains(w)) return group[0];
        return null;
    }

    [GeneratedRegex(@"^\s*(?:which|that|who)\b")]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@"[\p{L}]+")]
    private static partial Regex WordRun();
}
