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
        foreach (var topic in mentions.GroupBy(m => (m.Q.Kind, m.Q.Anchor)))
        {
            var byDoc = topic.GroupBy(m => m.S.DocId).ToList();
            if (byDoc.Count < 2) continue;
            // Days, dates and ranks are names, not measures: any two different ones differ.
            bool exact = topic.Key.Kind is "day" or "date" or "rank";
            double tolerance = ToleranceOf(topic.Key.Kind);
            if (byDoc.Any(d => Distinct(d.Select(x => x.Q.Value), exact, tolerance).Count > 1)) continue;
            var values = Distinct(topic.Select(m => m.Q.Value), exact, tolerance);
            if (values.Count < 2) continue;
            // Counts, amounts, ranks and the ages of unnamed people ("a 5-year-old boy", "his 8-year-old sister"
            // may be two children) disagree only when their sentences tell the same thing.
            bool unnamedAge = topic.Key.Kind == "age" && topic.Key.Anchor.StartsWith("age of the ", StringComparison.Ordinal);
            IReadOnlyList<string>? shared = null;
            if ((topic.Key.Kind is "count" or "amount" or "rank" or "date" or "measure" || unnamedAge) && (shared = SameContext(topic.ToList(), topic.Key.Anchor, exact)) is null) continue;
            var entries = values.Select(v =>
            {
                var carrying = topic.Where(m => Same(m.Q.Value, v, exact, tolerance)).ToList();
                return new DiscrepancyValue(carrying[0].Q.Text, carrying.Select(c => c.S.DocId).Distinct().ToList(), carrying[0].S.Text,
                    carrying.Select(c => new SentenceRef(c.S.DocId, c.S.Position, c.S.Text)).ToList());
            }).ToList();
            var name = TopicName(topic.Key.Kind, topic.Key.Anchor);
            result.Add(new Discrepancy(name, topic.Key.Kind, entries) { Reason = ReasonOf(topic.Key.Kind, name, entries.Count, shared) });
        }
        return result;
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
                bool Counts(string stem) => !anchor.StartsWith(stem, StringComparison.Ordinal) && !char.IsDigit(stem[0]);
                var sa = a.S.ContentStems.Where(Counts).ToHashSet();
                var sb = b.S.ContentStems.Where(Counts).ToHashSet();
                int shared = sa.Count(sb.Contains);
                if (shared >= 3 && shared >= 0.4 * Math.Min(sa.Count, sb.Count))
                    return a.S.Tokens.Where(t => sb.Contains(t.Stem) && sa.Contains(t.Stem)).Select(t => t.Text.ToLowerInvariant()).Distinct().ToList();
            }
        return null;
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
