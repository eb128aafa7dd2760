using System.Text.RegularExpressions;

namespace Chorus.Ingest;

/// <summary>
/// The credit line a newspaper's news service sets on a line of its own above or below the story ("c.1998 N.Y.
/// Times News Service", "(c) 1999, The Washington Post", "Los Angeles Times-Washington Post News Service"): the
/// service names its own paper, so the line says whose story it is.
/// </summary>
public static partial class WireServiceCredit
{
    /// <summary>A credit sits among the first or the last few lines.</summary>
    private const int Reach = 4;

    /// <summary>Short forms the services write their papers' names in.</summary>
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["N.Y. Times"] = "The New York Times", ["New York Times"] = "The New York Times",
        ["Los Angeles Times-Washington Post"] = "Los Angeles Times/Washington Post",
        ["Los Angeles Times/Washington Post"] = "Los Angeles Times/Washington Post",
    };

    public static string? OutletOf(IReadOnlyList<string> paragraphs)
    {
        for (int i = 0; i < paragraphs.Count; i++)
        {
            if (i >= Reach && i < paragraphs.Count - Reach) { i = paragraphs.Count - Reach - 1; continue; }
            var m = Credit().Match(paragraphs[i]);
            if (!m.Success) continue;
            var name = m.Groups["name"].Value.Trim().TrimEnd('.', ',');
            if (name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) && Names.TryGetValue(name[4..], out var plain)) return plain;
            if (Names.TryGetValue(name, out var known)) return known;
            if (OutletNames.LooksLikeOutlet(name)) return name;
        }
        return null;
    }

    /// <summary>"c.1998 N.Y. Times News Service", "(c) 1999, The Washington Post", "Chicago Tribune News Service".</summary>
    [GeneratedRegex(@"^\W{0,2}(?:(?:c\.|\(c\)|©)\s?(?:19|20)\d{2},?\s+(?<name>(?:The\s+)?[A-Z][\w.'&\-]*(?:[\s\-/]+[A-Z][\w.'&\-]*){0,5}?)(?:\s+News\s+Service)?|(?<name>(?:The\s+)?[A-Z][\w.'&\-]*(?:[\s\-/]+[A-Z][\w.'&\-]*){0,5}?)\s+News\s+Service)\.?\s*$")]
    private static partial Regex Credit();
}
