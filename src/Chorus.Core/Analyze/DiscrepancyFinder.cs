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
        foreach (var group in mentions.GroupBy(m => (m.Q.Kind, m.Q.Anchor)))
        {
            var (kind, anchor) = group.Key;
            // Counts, amounts, ranks, dates, measures and the ages of unnamed people ("a 5-year-old boy", "his
            // 8-year-old sister" may be two children) are one fact only where their sentences tell the same thing:
            // such a topic splits into the sets of mentions whose sentences do.
            bool unnamedAge = kind == "age" && anchor.StartsWith("age of the ", StringComparison.Ordinal);
            bool byContext = kind is "count" or "amount" or "rank" or "date" or "measure" || unnamedAge;
            foreach (var topic in byContext ? SameSubject(group.ToList(), anchor) : [group.ToList()])
                if (Compare(topic, kind, anchor, byContext) is { } discrepancy) result.Add(discrepancy);
        }
        return result;
    }

    private Discrepancy? Compare(List<(Quantity Q, Sentence S)> topic, string kind, string anchor, bool byContext)
    {
        var byDoc = topic.GroupBy(m => m.S.DocId).ToList();
        if (byDoc.Count < 2) return null;
        // Days, dates and ranks are names, not measures: any two different ones differ.
        bool exact = kind is "day" or "date" or "rank";
        double tolerance = ToleranceOf(kind);
        if (byDoc.Any(d => Distinct(d.Select(x => x.Q.Value), exact, tolerance).Count > 1)) return null;
        var values = Distinct(topic.Select(m => m.Q.Value), exact, tolerance);
        if (values.Count < 2) return null;
        IReadOnlyList<string>? shared = null;
        if (byContext && (shared = SameContext(topic, anchor, exact)) is null) return null;
        var entries = values.Select(v =>
        {
            var carrying = topic.Where(m => Same(m.Q.Value, v, exact, tolerance)).ToList();
            return new DiscrepancyValue(carrying[0].Q.Text, carrying.Select(c => c.S.DocId).Distinct().ToList(), carrying[0].S.Text,
                carrying.Select(c => new SentenceRef(c.S.DocId, c.S.Position, c.S.Text)).ToList());
        }).ToList();
        var name = TopicName(kind, anchor);
        return new Discrepancy(name, kind, entries) { Reason = ReasonOf(kind, name, entries.Count, shared) };
    }

    /// <summary>Mentions of one kind and anchor, split into sets linked by sentences that tell the same thing
    /// (<see cref="Similar"/>): "two killed" on the Strip and "15 killed" at a school are two subjects.</summary>
    private static List<List<(Quantity Q, Sentence S)>> SameSubject(List<(Quantity Q, Sentence S)> mentions, string anchor)
    {
        var parent = Enumerable.Range(0, mentions.Count).ToArray();
        int Root(int x) => parent[x] == x ? x : parent[x] = Root(parent[x]);
        for (int i = 0; i < mentions.Count; i++)
            for (int j = i + 1; j < mentions.Count; j++)
                if (Similar(mentions[i].S, mentions[j].S, anchor) is not null) parent[Root(i)] = Root(j);
        return Enumerable.Range(0, mentions.Count).GroupBy(Root).Select(g => g.Select(i => mentions[i]).ToList()).ToList();
    }

    /// <summary>Counts of the same noun can be different facts ("three employees forced out", "11 employees
    /// recalled"): two values disagree only when their sentences also tell the same thing (at least three
    /// content words besides the counted noun, and 40% of the shorter sentence's).</summary>
    private IReadOnlyList<string>? SameContext(List<(Quantity Q, Sentence S)> mentions, string anchor, bool exact)
    {
        for (int i = 0; i < mentions.Count; i++)
            for (int j = i + 1; j < mentions.Count; j++)
            {
                var (a, b) = (mentions[i], mentions[j]);
                if (a.S.DocId == b.S.DocId || Same(a.Q.Value, b.Q.Value, exact)) continue;
                if (Similar(a.S, b.S, anchor) is { } shared) return shared;
            }
        return null;
    }

    /// <summary>The words two sentences share when they tell the same thing: at least three content words
    /// besides the anchor's, and 40% of the shorter sentence's; null otherwise.</summary>
    private static IReadOnlyList<string>? Similar(Sentence a, Sentence b, string anchor)
    {
        bool Counts(string stem) => !anchor.StartsWith(stem, StringComparison.Ordinal) && !char.IsDigit(stem[0]);
        var sa = a.ContentStems.Where(Counts).ToHashSet();
        var sb = b.ContentStems.Where(Counts).ToHashSet();
        int shared = sa.Count(sb.Contains);
        if (shared < 3 || shared < 0.4 * Math.Min(sa.Count, sb.Count)) return null;
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

    private List<double> Distinct(IEnumerable<double> values, bool exact = false, double? tolerance = null)
    {
        var result = new List<double>();
        foreach (var v in values.Order())
            if (!result.Any(r => Same(r, v, exact, tolerance))) result.Add(v);
        return result;
    }

    /// <summary>A negative tolerance is absolute (that many units apart), a positive one relative.</summary>
    private bool Same(double a, double b, bool exact = false, double? tolerance = null)
    {
        double t = tolerance ?? Tolerance;
        if (a == b) return true;
        if (exact) return false;
        return t < 0 ? Math.Abs(a - b) <= -t : Math.Abs(a - b) <= t * Math.Max(Math.Abs(a), Math.Abs(b));
    }
}
