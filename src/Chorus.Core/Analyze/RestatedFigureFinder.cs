using System.Globalization;
using System.Text.RegularExpressions;
using Chorus.Link;
using Chorus.Segment;

namespace Chorus.Analyze;

/// <summary>One figure two outlets give differently in a sentence they tell in nearly the same words.</summary>
/// <param name="Context">The words around the figure, the figure itself left out ("fled the scene about … a.m").</param>
/// <param name="Shared">Content words the two sentences share; <paramref name="Of"/> the shorter sentence's count.</param>
public sealed record Restatement(Sentence A, Sentence B, Quantity ValueA, Quantity ValueB, string Context, int Shared, int Of);

/// <summary>
/// Two outlets telling one thing in nearly the same words, with a different figure in the same place: "fled the
/// scene about 4:20 a.m." and "fled the scene about 4:30 a.m.". The wording around the figure says what it is
/// about, from where and when, so no table of quantities is needed. Any second difference of figures, weekdays,
/// months or ordinals means the sentences tell two moments or two things (another day's toll, another round), and
/// the pair is left alone.
/// </summary>
public static partial class RestatedFigureFinder
{
    /// <summary>Sentences tell the same thing when they share at least this many content words…</summary>
    private const int MinShared = 5;

    /// <summary>…and this share of the shorter one's: a rewrite of one sentence, not two sentences on one topic.</summary>
    private const double MinShareOfShorter = 0.6;

    /// <summary>Matching words around the figure: at least one on each side, four in all. Three common words ("would
    /// be $… million") match by chance in two sentences on one topic; four in a row around it are one sentence.</summary>
    private const int MinContext = 4;

    private static readonly Dictionary<string, double> NumberWords = new(StringComparer.Ordinal)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["dozen"] = 12,
    };

    /// <summary>Words that place a sentence in a series or a part of the day, besides weekdays, months and years
    /// (<see cref="MomentWords"/>): two rewrites that differ in one of them tell two moments, not one fact.</summary>
    private static readonly HashSet<string> SeriesWords = new(StringComparer.Ordinal)
    {
        "today", "yesterday", "tonight", "first", "second", "third", "fourth", "fifth", "last", "previous",
        "earlier", "later", "morning", "afternoon", "evening", "night",
    };

    private static readonly HashSet<string> Hedges = new(StringComparer.Ordinal)
        { "about", "nearly", "almost", "around", "roughly", "some", "approximately", "than", "least", "over", "under", "to" };

    private sealed record Word(string Text, int Start, string Norm, double? Figure);

    public static IReadOnlyList<Restatement> Find(LinkedCluster cluster)
    {
        var candidates = cluster.Sentences
            .Where(s => s.Tokens.Any(t => t.IsNumber || NumberWords.ContainsKey(t.Norm)))
            .Select(s => (S: s, Words: Words(s.Text), Stems: s.ContentStems.Where(st => !char.IsDigit(st[0])).ToHashSet(StringComparer.Ordinal)))
            .ToList();
        var found = new List<Restatement>();
        for (int i = 0; i < candidates.Count; i++)
            for (int j = i + 1; j < candidates.Count; j++)
            {
                var (a, b) = (candidates[i], candidates[j]);
                if (a.S.DocId == b.S.DocId) continue;
                int shared = a.Stems.Count(b.Stems.Contains), of = Math.Min(a.Stems.Count, b.Stems.Count);
                if (shared < MinShared || shared < MinShareOfShorter * of) continue;
                if (MomentsDiffer(a.Words, b.Words)) continue;
                if (DifferingFigure(a.S, a.Words, b.S, b.Words, shared, of) is { } r) found.Add(r);
            }
        return found;
    }

    /// <summary>The one figure the two sentences give differently in the same words, when there is exactly one and
    /// every other figure of the sentence with fewer figures is in the other too.</summary>
    private static Restatement? DifferingFigure(Sentence sa, List<Word> a, Sentence sb, List<Word> b, int shared, int of)
    {
        Restatement? result = null;
        for (int i = 0; i < a.Count; i++)
        {
            if (a[i].Figure is null || IsMeasured(a, i)) continue;
            for (int j = 0; j < b.Count; j++)
            {
                if (b[j].Figure is null || IsMeasured(b, j)) continue;
                var (qa, qb) = (QuantityAt(a, i), QuantityAt(b, j));
                if (FigureAgreement.Same(qa, qb)) continue;
                // "the 2014 grade 7 test, and the 2013 grade 8 test": a sentence that gives both figures disagrees with neither.
                if (a.Any(w => w.Figure == qb.Value) || b.Any(w => w.Figure == qa.Value)) continue;
                int left = 0, right = 0;
                while (left < 3 && i - left - 1 >= 0 && j - left - 1 >= 0 && a[i - left - 1].Norm == b[j - left - 1].Norm && a[i - left - 1].Figure is null) left++;
                while (right < 3 && i + right + 1 < a.Count && j + right + 1 < b.Count && a[i + right + 1].Norm == b[j + right + 1].Norm && a[i + right + 1].Figure is null) right++;
                // The end of both sentences right after the figure is a matching word on that side.
                if (right < 3 && i + right + 1 == a.Count && j + right + 1 == b.Count) right++;
                if (left == 0 || right == 0 || left + right < MinContext) continue;
                if (result is not null) return null;
                if (!OthersAgree(a, i, b, j)) return null;
                var text = sa.Text;
                int from = a[i - left].Start, to = Math.Min(text.Length, i + right < a.Count ? a[i + right].Start + a[i + right].Text.Length : text.Length);
                var context = (text[from..a[i].Start] + "…" + text[(a[i].Start + a[i].Text.Length)..to]).Trim();
                result = new Restatement(sa, sb, qa, qb, context, shared, of);
            }
        }
        return result;
    }

    /// <summary>A figure with a unit of measure ("12 miles") is compared only with its reference point, which the
    /// quantity reader finds: "12 miles away" and "20 miles from Nairobi" share the words around the figure.</summary>
    private static bool IsMeasured(List<Word> words, int i) =>
        i + 1 < words.Count && QuantityReader.IsMeasureUnit(words[i + 1].Norm)
        || i + 2 < words.Count && words[i + 1].Norm is "million" or "billion" or "thousand" && QuantityReader.IsMeasureUnit(words[i + 2].Norm);

    private static bool OthersAgree(List<Word> a, int i, List<Word> b, int j)
    {
        var restA = a.Where((w, k) => k != i && w.Figure is not null).Select(w => w.Figure!.Value).ToList();
        var restB = b.Where((w, k) => k != j && w.Figure is not null).Select(w => w.Figure!.Value).ToList();
        var (fewer, more) = restA.Count <= restB.Count ? (restA, restB) : (restB, restA);
        return fewer.All(more.Contains);
    }

    private static bool MomentsDiffer(List<Word> a, List<Word> b)
    {
        var ma = a.Where(w => SeriesWords.Contains(w.Norm) || MomentWords.IsMoment(w.Norm)).Select(w => w.Norm).ToHashSet(StringComparer.Ordinal);
        var mb = b.Where(w => SeriesWords.Contains(w.Norm) || MomentWords.IsMoment(w.Norm)).Select(w => w.Norm).ToHashSet(StringComparer.Ordinal);
        return MomentWords.Differ(ma, mb);
    }

    private static Quantity QuantityAt(List<Word> words, int i)
    {
        var w = words[i];
        bool clock = w.Text.Contains(':');
        bool hedged = i > 0 && Hedges.Contains(words[i - 1].Norm);
        return new Quantity(clock ? QuantityKind.Time : QuantityKind.Figure, "", w.Figure!.Value, w.Text, hedged);
    }

    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        foreach (Match m in WordPattern().Matches(text))
        {
            var norm = m.Value.ToLowerInvariant();
            words.Add(new Word(m.Value, m.Index, norm, FigureOf(norm)));
        }
        return words;
    }

    private static double? FigureOf(string norm)
    {
        if (NumberWords.TryGetValue(norm, out var n)) return n;
        if (!char.IsDigit(norm[0])) return null;
        if (norm.Contains(':'))
        {
            var parts = norm.Split(':');
            return parts.Length == 2 && int.TryParse(parts[0], out var h) && int.TryParse(parts[1], out var m) ? h * 60 + m : null;
        }
        return double.TryParse(norm.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    /// <summary>Words, and figures with their commas, decimals and clock colons ("1,700", "2.5", "4:20").</summary>
    [GeneratedRegex(@"\d[\d,.:]*\d|\d|\p{L}+(?:['’\-]\p{L}+)*")]
    private static partial Regex WordPattern();
}
