using Chorus.Link;
using Chorus.Segment;

namespace Chorus.Analyze;

/// <summary>
/// The same fact given different values by different outlets. A topic (kind + anchor) is a discrepancy only when
/// at least two articles give it clearly different values (more than 15% apart, or a different day or rank)
/// and no single article gives two values itself (then they are two facts, not a disagreement).
/// </summary>
public sealed class DiscrepancyFinder
{
    public double Tolerance { get; init; } = 0.15;

    public IReadOnlyList<Discrepancy> Find(LinkedCluster cluster)
    {
        var mentions = new List<(Quantity Q, Sentence S)>();
        foreach (var sentence in cluster.Sentences)
            foreach (var q in QuantityReader.Read(sentence.Text))
                mentions.Add((q, sentence));

        var result = new List<Discrepancy>();
        var stems = new Dictionary<Sentence, HashSet<string>>(ReferenceEqualityComparer.Instance);
        foreach (var group in mentions.GroupBy(m => (m.Q.Kind, m.Q.Anchor)))
        {
            var (kind, anchor) = group.Key;
            // Counts, amounts, ranks, dates, measures and the ages of unnamed people ("a 5-year-old boy", "his
            // 8-year-old sister" may be two children) are one fact only where their sentences tell the same thing:
            // such a topic splits into the sets of mentions whose sentences do.
            bool unnamedAge = kind == "age" && anchor.StartsWith("age of the ", StringComparison.Ordinal);
            bool byContext = kind is "count" or "amount" or "rank" or "date" or "measure" || unnamedAge;
            foreach (var topic in byContext ? SameSubject(group.ToList(), anchor, stems) : [group.ToList()])
                if (Compare(topic, kind, anchor, byContext, stems) is { } discrepancy) result.Add(discrepancy);
        }
        return result;
    }

    private Discrepancy? Compare(List<(Quantity Q, Sentence S)> topic, string kind, string anchor, bool byContext, Dictionary<Sentence, HashSet<string>> stems)
    {
        var byDoc = topic.GroupBy(m => m.S.DocId).ToList();
        if (byDoc.Count < 2) return null;
        // Days, dates and ranks are names, not measures: any two different ones differ.
        bool exact = kind is "day" or "date" or "rank";
        double tolerance = ToleranceOf(kind);
        bool byRounding = kind is "count" or "age" or "amount";
        if (byDoc.Any(d => Distinct(d.Select(x => x.Q.Value), exact, tolerance, byRounding).Count > 1)) return null;
        var values = Distinct(topic.Select(m => m.Q.Value), exact, tolerance, byRounding);
        if (values.Count < 2) return null;
        IReadOnlyList<string>? shared = null;
        if (byContext && (shared = SameContext(topic, anchor, exact, tolerance, byRounding, stems)) is null) return null;
        var entries = values.Select(v =>
        {
            var carrying = topic.Where(m => Same(m.Q.Value, v, exact, tolerance, byRounding)).ToList();
            return new DiscrepancyValue(carrying[0].Q.Text, carrying.Select(c => c.S.DocId).Distinct().ToList(), carrying[0].S.Text,
                carrying.Select(c => new SentenceRef(c.S.DocId, c.S.Position, c.S.Text)).ToList());
        }).ToList();
        var name = TopicName(kind, anchor);
        return new Discrepancy(name, kind, entries) { Reason = ReasonOf(kind, name, entries.Count, shared) };
    }

    /// <summary>Mentions of one kind and anchor, split into sets linked by sentences that tell the same thing
    /// (<see cref="Similar"/>): "two killed" on the Strip and "15 killed" at a school are two subjects.</summary>
    private static List<List<(Quantity Q, Sentence S)>> SameSubject(List<(Quantity Q, Sentence S)> mentions, string anchor, Dictionary<Sentence, HashSet<string>> stems)
    {
        var parent = Enumerable.Range(0, mentions.Count).ToArray();
        int Root(int x) => parent[x] == x ? x : parent[x] = Root(parent[x]);
        for (int i = 0; i < mentions.Count; i++)
            for (int j = i + 1; j < mentions.Count; j++)
                if (SharesEnough(mentions[i].S, mentions[j].S, anchor, stems)) parent[Root(i)] = Root(j);
        return Enumerable.Range(0, mentions.Count).GroupBy(Root).Select(g => g.Select(i => mentions[i]).ToList()).ToList();
    }

    /// <summary>Counts of the same noun can be different facts ("three employees forced out", "11 employees
    /// recalled"): two values disagree only when their sentences also tell the same thing (at least three
    /// content words besides the counted noun, and 40% of the shorter sentence's).</summary>
    private IReadOnlyList<string>? SameContext(List<(Quantity Q, Sentence S)> mentions, string anchor, bool exact, double tolerance, bool byRounding, Dictionary<Sentence, HashSet<string>> stems)
    {
        for (int i = 0; i < mentions.Count; i++)
            for (int j = i + 1; j < mentions.Count; j++)
            {
                var (a, b) = (mentions[i], mentions[j]);
                if (a.S.DocId == b.S.DocId || Same(a.Q.Value, b.Q.Value, exact, tolerance, byRounding)) continue;
                if (SharesEnough(a.S, b.S, anchor, stems)) return SharedWords(a.S, b.S, anchor);
            }
        return null;
    }

    /// <summary>Whether two sentences tell the same thing: at least three content words besides the anchor's
    /// shared, and 40% of the shorter sentence's. Each sentence's stems are gathered once per cluster.</summary>
    private static bool SharesEnough(Sentence a, Sentence b, string anchor, Dictionary<Sentence, HashSet<string>> stems)
    {
        var (sa, sb) = (StemsOf(a, stems), StemsOf(b, stems));
        if (sa.Count > sb.Count) (sa, sb) = (sb, sa);
        int shared = 0, countA = 0, countB = 0;
        foreach (var stem in sa)
            if (Counts(stem, anchor)) { countA++; if (sb.Contains(stem)) shared++; }
        if (shared < 3) return false;
        foreach (var stem in sb)
            if (Counts(stem, anchor)) countB++;
        return shared >= 0.4 * Math.Min(countA, countB);
    }

    private static bool Counts(string stem, string anchor) => !anchor.StartsWith(stem, StringComparison.Ordinal) && !char.IsDigit(stem[0]);

    private static HashSet<string> StemsOf(Sentence s, Dictionary<Sentence, HashSet<string>> stems)
    {
        if (!stems.TryGetValue(s, out var set)) stems[s] = set = new HashSet<string>(s.ContentStems, StringComparer.Ordinal);
        return set;
    }

    /// <summary>The words two sentences that tell the same thing share, in the first one's order.</summary>
    private static IReadOnlyList<string> SharedWords(Sentence a, Sentence b, string anchor)
    {
        var sa = a.ContentStems.Where(st => Counts(st, anchor)).ToHashSet();
        var sb = b.ContentStems.Where(st => Counts(st, anchor)).ToHashSet();
        return a.Tokens.Where(t => sb.Contains(t.Stem) && sa.Contains(t.Stem)).Select(t => t.Text.ToLowerInvariant()).Distinct().ToList();
    }

    private static string ReasonOf(string kind, string topic, int values, IReadOnlyList<string>? shared)
    {
        var what = kind switch
        {
            "measure" => "the same measure of the same thing from the same reference point",
            "duration" => "how long the same event lasted",
            "time" => "the clock time of the one incident the sentences name",
            "distance" => "the height of the same fall, storeys taken as 12 feet",
            "age" => "the age of the same person",
            _ => $"the same kind of quantity ({kind}) about the same subject",
        };
        var reason = $"outlets give {what} ({topic}) {values} different values";
        return shared is { Count: > 0 } ? $"{reason}; their sentences tell the same thing (shared words: {string.Join(", ", shared.Take(8))})" : reason;
    }

    private static string TopicName(string kind, string anchor) => kind switch
    {
        "duration" => $"how long the {anchor} lasted",
        "count" when anchor.StartsWith("people ", StringComparison.Ordinal) => $"number of {anchor}",
        "count" => anchor.Contains(" of ") ? $"number of {anchor.Replace(" of ", "s of ")}" : $"number of {anchor}s",
        "amount" => $"amount of the {anchor}",
        "day" => $"day it was {anchor}",
        "date" => $"date it was {anchor}",
        "rank" => $"which {anchor} it was",
        "time" => $"time of the {anchor}",
        "distance" => $"how far the {anchor} was",
        "measure" => anchor,
        _ => anchor,
    };

    /// <summary>Times of day are clock minutes, where a relative tolerance means nothing: they differ by more than
    /// twenty minutes. Fall heights given in storeys are conversions, so they need a third apart.</summary>
    private double ToleranceOf(string kind) => kind switch { "time" => -20, "distance" => 0.35, _ => Tolerance };

    private List<double> Distinct(IEnumerable<double> values, bool exact = false, double? tolerance = null, bool byRounding = false)
    {
        var result = new List<double>();
        foreach (var v in values.Order())
            if (!result.Any(r => Same(r, v, exact, tolerance, byRounding))) result.Add(v);
        return result;
    }

    /// <summary>A negative tolerance is absolute (that many units apart), a positive one relative. Counts, ages and
    /// sums are also held to their rounding: "about 300" and "297" are one figure (300 is rounded to the hundred),
    /// but "12 dead" and "13 dead", or a 30- and a 33-year-old, are two, however close.</summary>
    private bool Same(double a, double b, bool exact = false, double? tolerance = null, bool byRounding = false)
    {
        double t = tolerance ?? Tolerance;
        if (a == b) return true;
        if (exact) return false;
        bool close = t < 0 ? Math.Abs(a - b) <= -t : Math.Abs(a - b) <= t * Math.Max(Math.Abs(a), Math.Abs(b));
        return close && (!byRounding || Math.Abs(a - b) < Math.Max(RoundedTo(a), RoundedTo(b)) / 2);
    }

    /// <summary>The unit a figure is rounded to: 300 to 100, 70 to 10, 65 to 5, 2.5 billion to 500 million; a
    /// figure under ten, or one with a fraction, to one.</summary>
    private static double RoundedTo(double v)
    {
        v = Math.Abs(v);
        if (v < 10 || v != Math.Floor(v)) return 1;
        double unit = 1;
        // Steps 5, 10, 50, 100, 500, …: a figure is rounded to the largest that divides it and is at most its half.
        for (double step = 5, next = 2; step <= v / 2; step *= next, next = next == 2 ? 5 : 2)
            if (v % step == 0) unit = step;
        return unit;
    }
}
