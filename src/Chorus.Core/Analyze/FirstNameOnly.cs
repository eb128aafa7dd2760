namespace Chorus.Analyze;

/// <summary>
/// A person the story names once in full and then by first name ("Autumn Veatch" … "Autumn said", "Rod
/// Rosenstein" … "Rod"): features, victims' stories and familiar coverage do this, and an entity list holding
/// "Rod" beside "Rod Rosenstein" shows one person twice. A one-word person joins the one longer person whose first
/// word it is; when two people share it ("Kim Jong Un", "Kim Jong-il") it stays as written, as a surname does.
/// </summary>
internal static class FirstNameOnly
{
    public static List<Entity> Fold(List<Entity> people)
    {
        // The longer people by their first word (-1 where two share it): one pass, not every pair of people, so a
        // very large input's thousands of people cost no more than their number.
        var opening = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int j = 0; j < people.Count; j++)
        {
            int space = people[j].Name.IndexOf(' ');
            if (space <= 0) continue;
            var first = people[j].Name[..space];
            opening[first] = opening.ContainsKey(first) ? -1 : j;
        }
        // Each one-word person's index mapped to the index of the one longer person it opens.
        Dictionary<int, int>? into = null;
        for (int i = 0; i < people.Count; i++)
            if (!people[i].Name.Contains(' ') && opening.TryGetValue(people[i].Name, out var match) && match >= 0) (into ??= [])[i] = match;
        if (into is null) return people;
        var joined = people.ToArray();
        foreach (var (first, full) in into) joined[full] = Join(joined[full], people[first]);
        var result = new List<Entity>(people.Count - into.Count);
        for (int i = 0; i < joined.Length; i++)
            if (!into.ContainsKey(i)) result.Add(joined[i]);
        return result;
    }

    /// <summary>The full name's entry with the first-name mentions counted in; its sentences first, then the first
    /// name's, ten at most as for any entity.</summary>
    private static Entity Join(Entity full, Entity first)
    {
        var counts = new Dictionary<string, int>(full.CountsByArticle, StringComparer.Ordinal);
        foreach (var (doc, n) in first.CountsByArticle) counts[doc] = counts.GetValueOrDefault(doc) + n;
        var sentences = full.Sentences.Concat(first.Sentences).DistinctBy(r => (r.Doc, r.Index)).Take(10).ToList();
        return full with { CountsByArticle = counts, Sentences = sentences };
    }
}
