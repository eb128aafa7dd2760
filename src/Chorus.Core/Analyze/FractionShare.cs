using Chorus.Segment;

namespace Chorus.Analyze;

/// <summary>
/// A share written as a fraction of something: "a third of the country", "half of the victims", "two-thirds of its
/// members", "half the town". Outlets give one share as a fraction in one report and another fraction or a percentage
/// in the next ("a third of the country" against "half of it"), so it is read as a percentage, compared with other
/// shares by <see cref="ComparableFigures"/>. A fraction is a loose figure: it agrees with a percentage within five
/// points either way ("a third" and "35 percent" are one share told two ways).
/// </summary>
internal static class FractionShare
{
    /// <summary>Points either way a fraction covers: a writer says "a third" for 30 to 38 percent.</summary>
    public const double Looseness = 10;

    private static readonly Dictionary<string, double> Hyphenated = new(StringComparer.Ordinal)
    {
        ["one-half"] = 50, ["one-third"] = 100.0 / 3, ["two-thirds"] = 200.0 / 3, ["one-quarter"] = 25, ["three-quarters"] = 75,
        ["one-fourth"] = 25, ["three-fourths"] = 75, ["one-fifth"] = 20, ["two-fifths"] = 40,
    };

    /// <summary>Fractions written as two words: the count word, then the part.</summary>
    private static readonly Dictionary<(string, string), double> TwoWords = new()
    {
        [("a", "third")] = 100.0 / 3, [("one", "third")] = 100.0 / 3, [("two", "thirds")] = 200.0 / 3, [("a", "quarter")] = 25,
        [("one", "quarter")] = 25, [("three", "quarters")] = 75, [("a", "fifth")] = 20, [("one", "fifth")] = 20,
        [("two", "fifths")] = 40, [("a", "half")] = 50, [("one", "half")] = 50,
    };

    /// <summary>Words before "half" that make it a part of a time or a game ("the second half of the year", "the other
    /// half of the duo"), not a share of a group.</summary>
    private static readonly HashSet<string> NotAShare = new(StringComparer.Ordinal) { "first", "second", "other", "the", "latter", "former", "and" };

    /// <summary>Whether a token may start or end a fraction, so sentences without any are skipped.</summary>
    public static bool MayBe(Token t) => t.Norm is "half" or "third" or "thirds" or "quarter" or "quarters" or "fifth" or "fifths" || Hyphenated.ContainsKey(t.Norm);

    /// <summary>The fraction whose last word is at <paramref name="k"/>, as a percentage, with its first word; it must be a
    /// share of something ("of" after it, or "the", "its", "their" after "half").</summary>
    public static bool TryRead(IReadOnlyList<Token> tokens, int k, out double percent, out int first)
    {
        percent = 0;
        first = k;
        var norm = tokens[k].Norm;
        if (Hyphenated.TryGetValue(norm, out percent)) { }
        else if (k > 0 && TwoWords.TryGetValue((tokens[k - 1].Norm, norm), out percent)) first = k - 1;
        else if (norm == "half") percent = 50;
        else return false;
        var next = k + 1 < tokens.Count ? tokens[k + 1].Norm : "";
        if (next != "of" && !(norm == "half" && next is "the" or "its" or "their" or "his" or "her")) return false;
        if (first > 0 && NotAShare.Contains(tokens[first - 1].Norm)) return false;
        return true;
    }
}
