namespace Chorus.Analyze;

/// <summary>
/// One name written in two casings by two outlets ("BuzzFeed" and "Buzzfeed", "PEOPLE" and "People") is one
/// entity: a reader of the entity list takes two entries for two things. Initials keep their capitals ("UK" over
/// "Uk", "NASA" over "Nasa": house styles that write them as words are the exception); otherwise the form written
/// most often names it, on a tie the one not in capitals throughout (a shouted name, not the name's own spelling),
/// then the first seen.
/// </summary>
internal static class CaseVariantNames
{
    /// <param name="mentions">How often each name is mentioned, in order of first mention.</param>
    /// <returns>Each name mapped to the form that names it; null when no two names differ only in case.</returns>
    public static Dictionary<string, string>? Fold(IReadOnlyList<(string Name, int Mentions)> mentions)
    {
        Dictionary<string, List<int>>? byLower = null;
        // Sized for every name at once: grown step by step it was reallocated several times per cluster.
        var seen = new Dictionary<string, int>(mentions.Count, StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < mentions.Count; i++)
        {
            if (!seen.TryAdd(mentions[i].Name, i))
            {
                byLower ??= new(StringComparer.OrdinalIgnoreCase);
                var first = seen[mentions[i].Name];
                if (!byLower.TryGetValue(mentions[first].Name, out var list)) byLower[mentions[first].Name] = list = [first];
                list.Add(i);
            }
        }
        if (byLower is null) return null;
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var variants in byLower.Values)
        {
            int best = variants[0];
            foreach (var v in variants)
                if (Initials(mentions[v].Name) != Initials(mentions[best].Name) ? Initials(mentions[v].Name)
                    : mentions[v].Mentions > mentions[best].Mentions
                    || mentions[v].Mentions == mentions[best].Mentions && AllCapitals(mentions[best].Name) && !AllCapitals(mentions[v].Name))
                    best = v;
            foreach (var v in variants) map[mentions[v].Name] = mentions[best].Name;
        }
        return map;
    }

    /// <summary>Two to five capitals, the shape of initials (as <see cref="EntityRecognizer"/> reads acronyms).</summary>
    private static bool Initials(string name) => name.Length is >= 2 and <= 5 && AllCapitals(name);

    private static bool AllCapitals(string name)
    {
        foreach (var c in name)
            if (char.IsLower(c)) return false;
        return true;
    }
}
