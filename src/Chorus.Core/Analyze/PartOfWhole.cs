using Chorus.Segment;

namespace Chorus.Analyze;

/// <summary>
/// A figure told as a part of a sum or as the whole of one: "$25 million in punitive damages" is a part of an award
/// another outlet gives whole ("a total of $33.5 million"), "31 out of 58 patients" gives the whole the part is
/// taken from. Two outlets that split a sum differently give two quantities, not two values of one, so a figure
/// marked as a part or a whole is compared only with a figure marked the same way.
/// </summary>
internal static class PartOfWhole
{
    /// <summary>Kinds of a sum that name one share of an award or a penalty: "$25 million in punitive damages".</summary>
    private static readonly HashSet<string> KindWords = new(StringComparer.Ordinal) { "punitive", "compensatory", "exemplary", "statutory" };

    /// <summary>Words of inclusion: before a figure they make it a part ("including $25 million", "plus $12
    /// million"), right after it the whole the part is taken from ("$33.5 million, including").</summary>
    private static readonly HashSet<string> InclusionWords = new(StringComparer.Ordinal) { "including", "included", "includes", "plus", "additional" };

    /// <summary>Words that make a sum of money the total of its parts ("a total of $33.5 million", "$33.5 million in
    /// all"). Only sums: "a total of 21 people" is how outlets write a count, while an award, a fine or a budget is
    /// what is told both whole and in parts.</summary>
    private static readonly HashSet<string> WholeWords = new(StringComparer.Ordinal)
        { "total", "totaling", "totalling", "totaled", "totalled", "combined", "overall", "altogether" };

    /// <summary>How far before the figure a marker reaches ("including $25 million", "a total of $33.5 million").</summary>
    private const int Before = 3;

    /// <summary>How far after the figure and its unit ("$25 million in punitive damages", "$33.5 million, including").</summary>
    private const int After = 3;

    /// <summary>How the figure spanning tokens <paramref name="first"/> to <paramref name="last"/> is told: as a part
    /// (and of which kind), as a whole, or on its own (empty). Two figures are compared only when told the same way.</summary>
    public static string Marks(Sentence s, int first, int last, bool money)
    {
        var tokens = s.Tokens;
        bool part = false, whole = false;
        string kind = "";
        for (int k = Math.Max(0, first - Before); k < first; k++)
        {
            var (norm, next) = (tokens[k].Norm, k + 1 < tokens.Count ? tokens[k + 1].Norm : "");
            if (InclusionWords.Contains(norm) || norm == "of" && next == "which") part = true;
            if (norm == "out" && next == "of" || money && WholeWords.Contains(norm)) whole = true;
        }
        for (int k = last + 1; k <= Math.Min(tokens.Count - 1, last + After); k++)
        {
            var (norm, next) = (tokens[k].Norm, k + 1 < tokens.Count ? tokens[k + 1].Norm : "");
            if (KindWords.Contains(norm)) (part, kind) = (true, norm);
            if (InclusionWords.Contains(norm) || norm == "of" && next == "which") whole = true;
            if (money && (WholeWords.Contains(norm) || norm == "in" && next == "all" || norm == "all" && next == "told")) whole = true;
        }
        return (part ? "part" : "") + (whole ? "whole" : "") + (kind.Length > 0 ? ":" + kind : "");
    }

    /// <summary><see cref="Marks(Sentence, int, int, bool)"/> of the figure starting at a character offset of the
    /// sentence, with its scale word ("$25 million"); a sum when a currency sign stands before it.</summary>
    public static string MarksAt(Sentence s, int start)
    {
        var tokens = s.Tokens;
        int first = -1;
        for (int k = 0; k < tokens.Count && first < 0; k++) if (tokens[k].Start >= start) first = k;
        if (first < 0) return "";
        int last = first + 1 < tokens.Count && tokens[first + 1].Norm is "million" or "billion" or "thousand" or "trillion" ? first + 1 : first;
        return Marks(s, first, last, money: start > 0 && s.Text[start - 1] is '$' or '£' or '€');
    }

    /// <summary>The other figures of a sentence, with the compared one, add up to the other outlet's figure: "$40
    /// million, plus $12 million in back pay" against "$52 million" gives the parts of that sum.</summary>
    public static bool AddUpTo(IReadOnlyList<double> sentenceFigures, double other, Func<double, double, bool> agree)
    {
        if (sentenceFigures.Count < 2) return false;
        for (int i = 0; i < sentenceFigures.Count; i++)
            for (int j = i + 1; j < sentenceFigures.Count; j++)
                if (agree(sentenceFigures[i] + sentenceFigures[j], other)) return true;
        return sentenceFigures.Count > 2 && agree(sentenceFigures.Sum(), other);
    }
}
