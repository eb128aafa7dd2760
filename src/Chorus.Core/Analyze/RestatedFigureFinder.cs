using System.Globalization;
using System.Text.RegularExpressions;
using Chorus.Link;
using Chorus.Segment;

namespace Chorus.Analyze;

/// <summary>One figure two outlets give differently in a sentence they tell in nearly the same words.</summary>
/// <param name="Context">The words around the figure, the figure itself left out ("fled the scene about … a.m").</param>
/// <param name="Shared">Content words the two sentences share; <paramref name="Of"/> the shorter sentence's count.</param>
public sealed record Restatement(Sentence A, Sentence B, Quantity ValueA, Quantity ValueB, string Context, int Shared, int Of)
{
    /// <summary>The words right before and after the figure, the same in both sentences ("the" and "block" in "the
    /// 800 block of …"); after is null when the figure ends the sentence.</summary>
    public string? WordBefore { get; init; }

    /// <inheritdoc cref="WordBefore"/>
    public string? WordAfter { get; init; }
}

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

    /// <summary>A word of the sentence as this finder reads it (figures keep their commas, decimals and clock colons);
    /// the lower-cased form is the lexicon's shared string, so reading a sentence cuts no string per word.</summary>
    private readonly record struct Word(int Start, int Length, string Norm, double? Figure);

    /// <summary>A sentence that gives a figure, with its content stems as ranks (rarest first, sorted) and, once a
    /// pair needs them, its words and moment words.</summary>
    private sealed class Candidate(Sentence sentence, int[] stems)
    {
        public Sentence S { get; } = sentence;
        public int[] Stems { get; } = stems;
        private List<Word>? words;
        private HashSet<string>? moments;
        public List<Word> Words => words ??= WordsOf(S.Text);
        public HashSet<string> Moments => moments ??= MomentsOf(Words);
    }

    public static IReadOnlyList<Restatement> Find(LinkedCluster cluster) => Find(cluster, everyPair: false);

    /// <summary><paramref name="everyPair"/>: compare every two sentences with a figure, the reference the prefix
    /// filter is tested against (the same restatements come out).</summary>
    internal static IReadOnlyList<Restatement> Find(LinkedCluster cluster, bool everyPair)
    {
        var candidates = Candidates(cluster.Sentences);
        // Prefix filtering, aware of length (stems in one order of the cluster, rarest first). A pair needs at least
        // Needed(m) shared stems, m the shorter one's count, so the shorter one's first (m - Needed(m) + 1) stems
        // hold one the longer one carries. Each sentence indexes that short prefix and all its stems: a sentence
        // meets the earlier shorter (or as long) ones through their prefixes and its own stems, and the earlier
        // longer ones through its own prefix and their stems. Indexing all but the last four stems of every
        // sentence, as this did, met every pair sharing a common word: quadratic in a long input's figures.
        var prefixPostings = t_prefixPostings ??= new Postings();
        var stemPostings = t_stemPostings ??= new Postings();
        prefixPostings.Clear();
        stemPostings.Clear();
        var seenBy = new int[candidates.Count];
        Array.Fill(seenBy, -1);
        var probed = new List<int>();
        var found = new List<(int I, int J, Restatement R)>();
        for (int j = 0; j < candidates.Count; j++)
        {
            var b = candidates[j];
            int length = b.Stems.Length;
            if (length < MinShared) continue;
            probed.Clear();
            if (everyPair)
            {
                for (int i = 0; i < j; i++) if (candidates[i].Stems.Length >= MinShared) probed.Add(i);
            }
            else
            {
                // Which pairs are probed does not depend on the order the postings give them in: the pairs found are
                // sorted below.
                foreach (var stem in b.Stems)
                    for (int e = prefixPostings.First(stem); e >= 0; e = prefixPostings.Next(e))
                        if (prefixPostings.Item(e) is var i && seenBy[i] != j && candidates[i].Stems.Length <= length) { seenBy[i] = j; probed.Add(i); }
                int prefix = PrefixOf(length);
                for (int k = 0; k < prefix; k++)
                    for (int e = stemPostings.First(b.Stems[k]); e >= 0; e = stemPostings.Next(e))
                        if (stemPostings.Item(e) is var i && seenBy[i] != j && candidates[i].Stems.Length > length) { seenBy[i] = j; probed.Add(i); }
                for (int k = 0; k < length; k++)
                {
                    if (k < prefix) prefixPostings.Add(b.Stems[k], j);
                    stemPostings.Add(b.Stems[k], j);
                }
            }
            foreach (var i in probed)
            {
                var a = candidates[i];
                if (a.S.DocId == b.S.DocId) continue;
                int shared = SharedCount(a.Stems, b.Stems), of = Math.Min(a.Stems.Length, b.Stems.Length);
                if (shared < MinShared || shared < MinShareOfShorter * of) continue;
                if (MomentWords.Differ(a.Moments, b.Moments)) continue;
                if (DifferingFigure(a.S, a.Words, b.S, b.Words, shared, of) is { } r
                    && !ArticleGives(candidates, a.S.DocId, r.ValueB.Value, r) && !ArticleGives(candidates, b.S.DocId, r.ValueA.Value, r))
                    found.Add((i, j, r));
            }
        }
        // In the order of the sentences, first sentence then second, as a scan of every pair would give them.
        found.Sort((x, y) => x.I != y.I ? x.I.CompareTo(y.I) : x.J.CompareTo(y.J));
        var result = new Restatement[found.Count];
        for (int k = 0; k < found.Count; k++) result[k] = found[k].R;
        return result;
    }

    /// <summary>An article that gives both figures between the same two words ("the 800 block of Buffalo Springs
    /// Drive" where the crime was, "the 900 block" where the suspect lives; "near Gate 12 of Terminal B", "to Gate 14 of
    /// Terminal B") tells two things, not one told two ways: the principle a single sentence giving both figures
    /// already follows, taken to the whole article. Both neighbours must match: "killing 22 people" is not answered
    /// by "39 people were injured".</summary>
    private static bool ArticleGives(List<Candidate> candidates, string docId, double figure, Restatement r)
    {
        if (r.WordBefore is not { } before || r.WordAfter is not { } after) return false;
        foreach (var c in candidates)
        {
            if (c.S.DocId != docId) continue;
            var words = c.Words;
            for (int k = 1; k + 1 < words.Count; k++)
                if (words[k].Figure == figure && words[k - 1].Norm == before && words[k + 1].Norm == after) return true;
        }
        return false;
    }

    [ThreadStatic] private static Postings? t_prefixPostings;
    [ThreadStatic] private static Postings? t_stemPostings;

    /// <summary>A lower bound of the stems a pair must share when the shorter sentence has <paramref name="m"/>:
    /// MinShared, and MinShareOfShorter of m (one less than its ceiling, so rounding never makes it too high).</summary>
    private static int Needed(int m) => Math.Max(MinShared, (int)Math.Ceiling(MinShareOfShorter * m) - 1);

    /// <summary>How many of a sentence's first stems hold one that any partner at least as long shares.</summary>
    private static int PrefixOf(int m) => m - Needed(m) + 1;

    /// <summary>The sentences that give a figure, each with its distinct content stems (figures left out) as ranks
    /// in one order of the cluster, rarest first.</summary>
    private static List<Candidate> Candidates(IReadOnlyList<Sentence> sentences)
    {
        // The stem table and the set are per thread and emptied per cluster: every cluster fills them.
        var ids = t_ids ??= new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = t_distinct ??= [];
        ids.Clear();
        var frequency = t_frequency ??= [];
        frequency.Clear();
        var result = new List<Candidate>();
        foreach (var s in sentences)
        {
            if (!GivesFigure(s.Tokens)) continue;
            distinct.Clear();
            foreach (var stem in s.ContentStems)
            {
                if (char.IsDigit(stem[0])) continue;
                ref var id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(ids, stem, out bool known);
                if (!known) { id = ids.Count - 1; frequency.Add(0); }
                if (distinct.Add(id)) frequency[id]++;
            }
            var stems = new int[distinct.Count];
            distinct.CopyTo(stems);
            // Stem ids for now; turned into ranks in place below.
            result.Add(new Candidate(s, stems));
        }
        // A huge input's table is not kept for the clusters after it.
        if (ids.Count > 1 << 16) (t_ids, t_frequency) = (null, null);
        // Rarest first, ties by id: (frequency << 32 | id) sorts in that order, without a comparison delegate.
        int n = frequency.Count;
        var byRarity = t_byRarity is { } kept && kept.Length >= n ? kept : new long[Math.Max(n, 256)];
        for (int k = 0; k < n; k++) byRarity[k] = ((long)frequency[k] << 32) | (uint)k;
        Array.Sort(byRarity, 0, n);
        var rank = t_rank is { } keptRank && keptRank.Length >= n ? keptRank : new int[byRarity.Length];
        for (int k = 0; k < n; k++) rank[(int)(byRarity[k] & 0xFFFFFFFF)] = k;
        // Kept for the next cluster unless a huge input grew them.
        (t_byRarity, t_rank) = n > 1 << 16 ? (null, null) : (byRarity, rank);
        foreach (var candidate in result)
        {
            var stems = candidate.Stems;
            for (int k = 0; k < stems.Length; k++) stems[k] = rank[stems[k]];
            Array.Sort(stems);
        }
        return result;
    }

    [ThreadStatic] private static List<int>? t_frequency;
    [ThreadStatic] private static long[]? t_byRarity;
    [ThreadStatic] private static int[]? t_rank;
    [ThreadStatic] private static Dictionary<string, int>? t_ids;
    [ThreadStatic] private static HashSet<int>? t_distinct;

    private static bool GivesFigure(IReadOnlyList<Token> tokens)
    {
        for (int t = 0; t < tokens.Count; t++)
            if (tokens[t].IsNumber || NumberWords.ContainsKey(tokens[t].Norm)) return true;
        return false;
    }

    /// <summary>How many ranks two sorted rank arrays share.</summary>
    private static int SharedCount(int[] a, int[] b)
    {
        int shared = 0;
        for (int x = 0, y = 0; x < a.Length && y < b.Length;)
        {
            if (a[x] == b[y]) { shared++; x++; y++; }
            else if (a[x] < b[y]) x++;
            else y++;
        }
        return shared;
    }

    /// <summary>The one figure the two sentences give differently in the same words, when there is exactly one and
    /// every other figure of the sentence with fewer figures is in the other too.</summary>
    private static Restatement? DifferingFigure(Sentence sa, List<Word> a, Sentence sb, List<Word> b, int shared, int of)
    {
        Restatement? result = null;
        for (int i = 0; i < a.Count; i++)
        {
            if (a[i].Figure is null || IsMeasured(a, i) || IsAge(a, i)) continue;
            for (int j = 0; j < b.Count; j++)
            {
                if (b[j].Figure is null || IsMeasured(b, j) || IsAge(b, j)) continue;
                if (FigureAgreement.Same(FigureAt(a, i), FigureAt(b, j))) continue;
                // "the 2014 grade 7 test, and the 2013 grade 8 test": a sentence that gives both figures disagrees with neither.
                if (Gives(a, b[j].Figure!.Value) || Gives(b, a[i].Figure!.Value)) continue;
                int left = 0, right = 0;
                while (left < 3 && i - left - 1 >= 0 && j - left - 1 >= 0 && a[i - left - 1].Norm == b[j - left - 1].Norm && a[i - left - 1].Figure is null) left++;
                while (right < 3 && i + right + 1 < a.Count && j + right + 1 < b.Count && a[i + right + 1].Norm == b[j + right + 1].Norm && a[i + right + 1].Figure is null) right++;
                // The end of both sentences right after the figure is a matching word on that side.
                if (right < 3 && i + right + 1 == a.Count && j + right + 1 == b.Count) right++;
                if (left == 0 || right == 0 || left + right < MinContext) continue;
                if (OneQualifies(a, i + right + 1, b, j + right + 1)) continue;
                // "$25 million in punitive damages" against "$33.5 million in total damages": a part and a whole.
                if (PartOfWhole.MarksAt(sa, a[i].Start) != PartOfWhole.MarksAt(sb, b[j].Start)) continue;
                if (OtherReferencePoint(a, i, b, j, right)) continue;
                // "'We pulled 12 swimmers out,' the captain said" against narration of 7: a figure someone gives in a
                // quotation is theirs, not the outlet's.
                if (ComparableFigures.Quoted(sa, a[i].Start) != ComparableFigures.Quoted(sb, b[j].Start)) continue;
                if (result is not null) return null;
                if (!OthersAgree(a, i, b, j)) return null;
                var text = sa.Text;
                int from = a[i - left].Start, to = Math.Min(text.Length, i + right < a.Count ? a[i + right].Start + a[i + right].Length : text.Length);
                var context = (text[from..a[i].Start] + "…" + text[(a[i].Start + a[i].Length)..to]).Trim();
                result = new Restatement(sa, sb, QuantityAt(sa.Text, a, i), QuantityAt(sb.Text, b, j), context, shared, of)
                {
                    WordBefore = a[i - 1].Norm,
                    WordAfter = i + 1 < a.Count ? a[i + 1].Norm : null,
                };
            }
        }
        return result;
    }

    /// <summary>"ordered to pay $25 million in punitive damages" and "ordered to pay $33.5 million in damages": where the
    /// shared words end, one sentence puts a content word before the word the other goes on with. That word narrows
    /// what is counted (a part of the damages, not all of them), so the figures are of two things.</summary>
    /// <param name="ia">The first word after the shared words in <paramref name="a"/>; <paramref name="jb"/> in b.</param>
    private static bool OneQualifies(List<Word> a, int ia, List<Word> b, int jb)
    {
        static bool Inserted(List<Word> x, int ix, List<Word> y, int iy) =>
            ix + 1 < x.Count && iy < y.Count && x[ix + 1].Norm == y[iy].Norm && x[ix].Figure is null && y[iy].Figure is null
            && !StopWords.English.Contains(x[ix].Norm) && !StopWords.English.Contains(y[iy].Norm);
        return Inserted(a, ia, b, jb) || Inserted(b, jb, a, ia);
    }

    /// <summary>"carried 31 pupils from Millbrook" and "carried 45 pupils from Eastfield": the shared words end on a
    /// word that sets the figure off from a point, and the points differ, so the figures are of two things.</summary>
    private static bool OtherReferencePoint(List<Word> a, int i, List<Word> b, int j, int right)
    {
        // The reference word may be among the shared words or the first after them ("carried 40 passengers a day since the storm").
        for (int p = 1; p <= right + 1 && i + p < a.Count && j + p < b.Count; p++)
        {
            if (a[i + p].Norm != b[j + p].Norm || !ComparableFigures.ReferenceWords.Contains(a[i + p].Norm)) continue;
            // The point: the next word that is not an article ("since the storm", "since the strike").
            int x = i + p + 1, y = j + p + 1;
            while (x < a.Count && a[x].Norm is "the" or "a" or "an") x++;
            while (y < b.Count && b[y].Norm is "the" or "a" or "an") y++;
            return x < a.Count && y < b.Count && a[x].Norm != b[y].Norm;
        }
        return false;
    }

    /// <summary>A figure with a unit of measure ("12 miles") is compared only with its reference point, which the
    /// quantity reader finds: "12 miles away" and "20 miles from Nairobi" share the words around the figure.</summary>
    private static bool IsMeasured(List<Word> words, int i) =>
        i + 1 < words.Count && QuantityReader.IsMeasureUnit(words[i + 1].Norm)
        || i + 2 < words.Count && words[i + 1].Norm is "million" or "billion" or "thousand" && QuantityReader.IsMeasureUnit(words[i + 2].Norm);

    /// <summary>An age ("a 6-year-old girl") is compared by whose age it is, which the age readings find: "a 6-year-old
    /// girl" and "a 9-year-old boy" pulled from one fire share every word around the figure.</summary>
    private static bool IsAge(List<Word> words, int i) => i + 1 < words.Count && words[i + 1].Norm is "year-old" or "years-old";

    private static bool Gives(List<Word> words, double figure)
    {
        foreach (var w in words)
            if (w.Figure == figure) return true;
        return false;
    }

    private static bool OthersAgree(List<Word> a, int i, List<Word> b, int j)
    {
        var restA = a.Where((w, k) => k != i && w.Figure is not null).Select(w => w.Figure!.Value).ToList();
        var restB = b.Where((w, k) => k != j && w.Figure is not null).Select(w => w.Figure!.Value).ToList();
        var (fewer, more) = restA.Count <= restB.Count ? (restA, restB) : (restB, restA);
        return fewer.All(more.Contains);
    }

    private static HashSet<string> MomentsOf(List<Word> words)
    {
        var moments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in words)
            if (SeriesWords.Contains(w.Norm) || MomentWords.IsMoment(w.Norm)) moments.Add(w.Norm);
        return moments;
    }

    /// <summary>The figure at a word, to compare: a clock time when written with a colon, hedged when a hedge word
    /// stands before it. Its text is left empty (only <see cref="QuantityAt"/>, for a found pair, cuts it).</summary>
    private static Quantity FigureAt(List<Word> words, int i)
    {
        var w = words[i];
        bool clock = w.Norm.Contains(':');
        bool hedged = i > 0 && Hedges.Contains(words[i - 1].Norm);
        return new Quantity(clock ? QuantityKind.Time : QuantityKind.Figure, "", w.Figure!.Value, "", hedged);
    }

    private static Quantity QuantityAt(string text, List<Word> words, int i) =>
        FigureAt(words, i) with { Text = text.Substring(words[i].Start, words[i].Length) };

    private static List<Word> WordsOf(string text)
    {
        // About one word in six characters of news text: sized so the list rarely regrows.
        var words = new List<Word>(text.Length / 6 + 4);
        var lexicon = WordLexicon.ForThisThread;
        foreach (var m in WordPattern().EnumerateMatches(text))
        {
            var norm = lexicon.Get(text.AsSpan(m.Index, m.Length)).Norm;
            words.Add(new Word(m.Index, m.Length, norm, FigureOf(norm)));
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
