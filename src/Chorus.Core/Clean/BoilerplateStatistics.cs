using Chorus.Ingest;

namespace Chorus.Clean;

/// <summary>
/// Paragraphs that recur across unrelated articles are page furniture whatever their wording (a site's footer,
/// a widget's message), so a corpus is asked how many different stories carry each paragraph. Counting
/// groups (clusters, stories) rather than documents keeps a story's legitimately copied sentences safe.
/// </summary>
public sealed class BoilerplateStatistics
{
    private readonly Dictionary<string, int> _groupsPerParagraph;

    /// <summary>Paragraphs seen in at least this many unrelated groups are boilerplate.</summary>
    public int MinGroups { get; }

    private BoilerplateStatistics(Dictionary<string, int> counts, int minGroups)
    {
        _groupsPerParagraph = counts;
        MinGroups = minGroups;
    }

    public static BoilerplateStatistics Empty { get; } = new(new(), int.MaxValue);

    /// <param name="groups">Each group is the documents of one cluster or story.</param>
    public static BoilerplateStatistics FromGroups(IEnumerable<IEnumerable<SourceDocument>> groups, int minGroups = 3)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var inGroup = new HashSet<string>(StringComparer.Ordinal);
            foreach (var doc in group)
                foreach (var p in doc.Paragraphs)
                    if (Key(p) is { } key) inGroup.Add(key);
            foreach (var key in inGroup) counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        foreach (var key in counts.Where(kv => kv.Value < minGroups).Select(kv => kv.Key).ToList()) counts.Remove(key);
        return new BoilerplateStatistics(counts, minGroups);
    }

    public int GroupsCarrying(string paragraph) =>
        _groupsPerParagraph.Count > 0 && Key(paragraph) is { } key ? _groupsPerParagraph.GetValueOrDefault(key) : 0;

    public bool IsBoilerplate(string paragraph) => GroupsCarrying(paragraph) >= MinGroups;

    /// <summary>Letters and digits only, lower case: recurring furniture differs in spacing and punctuation.
    /// Very short lines ("Yes", "Share") are left to the pattern rules.</summary>
    private static string? Key(string paragraph)
    {
        var key = TextFingerprint.Of(paragraph);
        return key.Length >= 12 ? key : null;
    }
}
