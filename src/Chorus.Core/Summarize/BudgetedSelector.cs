using Chorus.Link;

namespace Chorus.Summarize;

/// <summary>
/// Fills a budget from a ranking: takes sentences best first, never one that repeats a chosen sentence (same
/// link group, or too similar in content), skips fragments, and keeps trying shorter sentences when the
/// next best no longer fits. The chosen sentences are then put in reading order.
/// </summary>
public sealed class BudgetedSelector
{
    /// <summary>Cosine similarity above which a candidate says what a chosen sentence already says.</summary>
    public double MaxSimilarity { get; init; } = 0.5;

    /// <summary>Share of a candidate's content words that must be new to the summary so far.</summary>
    public double MinNovelty { get; init; } = 0;

    public int MinWords { get; init; } = 6;

    /// <summary>Leave out sentences that cannot stand alone unless the sentence they lean on is chosen.</summary>
    public bool StandAloneOnly { get; init; } = true;

    public int MaxWords { get; init; } = 80;

    public Summary Select(string method, LinkedCluster cluster, IReadOnlyList<int> ranking, Budget budget, TermVectors? vectors = null)
    {
        vectors ??= new TermVectors(cluster);
        var chosen = new List<int>();
        var chosenGroups = new HashSet<int>();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        int used = 0;
        foreach (var s in ranking)
        {
            var sentence = cluster.Sentences[s];
            int words = sentence.WordCount;
            if (words < MinWords || words > MaxWords) continue;
            int size = budget.SizeOf(sentence.Text);
            if (used + size > budget.Limit) continue;
            if (chosenGroups.Contains(cluster.GroupOf[s])) continue;
            if (StandAloneOnly && StandAloneCheck.NeedsPrevious(sentence) && !chosen.Contains(s - 1)) continue;
            if (chosen.Any(c => vectors.Cosine(c, s) > MaxSimilarity)) continue;
            if (MinNovelty > 0)
            {
                var stems = sentence.ContentStems.Distinct().ToList();
                if (stems.Count > 0 && (double)stems.Count(x => !covered.Contains(x)) / stems.Count < MinNovelty) continue;
                covered.UnionWith(stems);
            }
            chosen.Add(s);
            chosenGroups.Add(cluster.GroupOf[s]);
            used += size;
            if (budget.Limit - used < (budget.Unit == BudgetUnit.Words ? MinWords : 1)) break;
        }
        return new Summary(method, budget, ReadingOrder(cluster, chosen).Select(s => ToSummarySentence(cluster, s)).ToList());
    }

    /// <summary>Articles are written lead-first; a sentence keeps its place in its article, and articles come
    /// in the order their first chosen sentence would be read.</summary>
    public static IEnumerable<int> ReadingOrder(LinkedCluster cluster, IEnumerable<int> chosen) =>
        chosen.OrderBy(s => cluster.Sentences[s].DocIndex).ThenBy(s => cluster.Sentences[s].Position);

    public static SummarySentence ToSummarySentence(LinkedCluster cluster, int s) =>
        new(cluster.Sentences[s].Text, cluster.GroupOfSentence(s).Sources, s);
}
