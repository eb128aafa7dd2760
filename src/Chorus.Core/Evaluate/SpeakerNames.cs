using Chorus.Analyze;

namespace Chorus.Evaluate;

/// <summary>
/// Whether two speaker names mean the same person: the analysis may say "Putin" or "Vladimir Putin", an annotator
/// "President Vladimir Putin" or "Vladimir V. Putin". Titles, "the", suffixes and possessives go; then the surnames
/// must agree, and the first names too when both give one (an initial agrees with its name). A curly apostrophe is
/// the straight one ("Sa’ar", "Sa'ar" in one article).
/// </summary>
public static class SpeakerNames
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "jr", "sr", "ii", "iii", "iv" };

    public static bool Same(string? a, string? b)
    {
        if (a is null || b is null) return false;
        var x = Words(a);
        var y = Words(b);
        if (x.Count == 0 || y.Count == 0) return false;
        if (x.SequenceEqual(y)) return true;
        if (x[^1] != y[^1]) return false;
        // A tail of the other name is a surname form, however many words it has: "Dickson Wright" for Clarissa
        // Dickson Wright, "Huckabee Sanders" for Sarah Huckabee Sanders, "Manana Nabugyere" for Francis Manana
        // Nabugyere, as "Putin" is for Vladimir Putin.
        var (shorter, longer) = x.Count <= y.Count ? (x, y) : (y, x);
        if (longer.Skip(longer.Count - shorter.Count).SequenceEqual(shorter)) return true;
        return x[0] == y[0] || x[0].Length == 1 && y[0].StartsWith(x[0], StringComparison.Ordinal)
            || y[0].Length == 1 && x[0].StartsWith(y[0], StringComparison.Ordinal);
    }

    private static List<string> Words(string name)
    {
        var words = name.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', ';', ':', '"', '“', '”', '(', ')'))
            .Select(w => w.EndsWith("'s") || w.EndsWith("’s") ? w[..^2] : w)
            .Where(w => w.Length > 0 && !Suffixes.Contains(w))
            .Select(w => w.Replace('’', '\'').ToLowerInvariant())
            .ToList();
        int lastTitle = words.FindLastIndex(w => NameForms.Titles.Contains(w) || w == "the");
        // A name that is all title ("the President") keeps its words rather than vanishing.
        if (lastTitle >= 0 && lastTitle < words.Count - 1) words = words.Skip(lastTitle + 1).ToList();
        return words;
    }
}
