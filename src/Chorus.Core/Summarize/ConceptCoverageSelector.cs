using Chorus.Link;

namespace Chorus.Summarize;

/// <summary>
/// Chooses the summary as a whole: the set of sentences, within the budget, that covers most of the cluster's
/// weighted concepts (<see cref="BigramConcepts"/>, after Gillick and Favre's ILP) plus the learned ranker's
/// judgement of each sentence. Covering a concept twice earns nothing, so redundancy is penalized by the
/// objective itself.
/// <para>The objective, concept weight covered / total weight + <see cref="ScoreWeight"/> × Σ score × size /
/// budget, is monotone submodular (a coverage function plus a modular term with non-negative weights). It is
/// maximized by the cost-scaled greedy of Lin and Bilmes (2010): add the sentence with the best gain per
/// size^<see cref="CostExponent"/> that still fits; with exponent 1 and the final comparison against the best
/// single sentence the result is within (1 − 1/√e) of the optimum under the knapsack. Cost is
/// O(chosen × candidates × concepts per sentence): a few milliseconds for thousands of sentences.</para>
/// </summary>
public sealed class ConceptCoverageSelector
{
    /// <summary>Weight of the learned per-sentence scores against concept coverage.</summary>
    public double ScoreWeight { get; init; } = 1.0;

    /// <summary>Gain is divided by size to this power: 1 favours dense short sentences, 0 ignores size.</summary>
    public double CostExponent { get; init; } = 1.0;

    /// <summary>Cosine above which a candidate repeats a chosen sentence outright (near-copies in other words
    /// that share few exact bigrams).</summary>
    public double MaxSimilarity { get; init; } = 0.5;

    /// <summary>Sentences at this position of their article or later are taken only once the earlier ones can no
    /// longer fill the budget (0: no window). The ranker learned from articles cut after a few hundred words, so
    /// it knows nothing of sentences deeper than those: trained on multinews-plus, it put deep sentences on a par
    /// with the last ones it saw. The window is where 95 % of its training sentences sit.</summary>
    public int Window { get; init; }

    public int MinWords { get; init; } = 6;

    public int MaxWords { get; init; } = 80;

    /// <summary>Leave out sentences that cannot stand alone unless the sentence they lean on is chosen.</summary>
    public bool StandAloneOnly { get; init; } = true;

    public Summary Select(string method, LinkedCluster cluster, IReadOnlyList<double> scores, Budget budget, TermVectors vectors, BigramConcepts concepts)
    {
        var chosen = Choose(cluster, scores, budget, vectors, concepts);
        return new Summary(method, budget, BudgetedSelector.ReadingOrder(cluster, chosen).Select(s => BudgetedSelector.ToSummarySentence(cluster, s)).ToList());
    }

    public List<int> Choose(LinkedCluster cluster, IReadOnlyList<double> scores, Budget budget, TermVectors vectors, BigramConcepts concepts)
    {
        int n = cluster.Sentences.Count;
        var candidates = new List<int>();
        var size = new int[n];
        for (int s = 0; s < n; s++)
        {
            var sentence = cluster.Sentences[s];
            if (sentence.WordCount < MinWords || sentence.WordCount > MaxWords) continue;
            size[s] = Math.Max(1, budget.SizeOf(sentence.Text));
            if (size[s] > budget.Limit) continue;
            candidates.Add(s);
        }
        if (candidates.Count == 0) return [];

        double conceptScale = concepts.TotalWeight > 0 ? 1.0 / concepts.TotalWeight : 0;
        double scoreScale = ScoreWeight / budget.Limit;
        // Scores are shifted to be non-negative so the objective stays monotone.
        double floor = candidates.Min(s => scores[s]);
        double Modular(int s) => scoreScale * (scores[s] - Math.Min(0, floor)) * size[s];

        var covered = new bool[concepts.Weight.Count];
        double Gain(int s)
        {
            double gain = Modular(s);
            foreach (var c in concepts.OfSentence[s]) if (!covered[c]) gain += concepts.Weight[c] * conceptScale;
            return gain;
        }

        var chosen = new List<int>();
        var chosenGroups = new HashSet<int>();
        bool InWindow(int s) => Window <= 0 || cluster.Sentences[s].Position < Window;
        var open = candidates.Where(InWindow).ToList();
        var deeper = candidates.Where(s => !InWindow(s)).ToList();
        int used = 0;
        double total = 0;
        while (open.Count > 0 || deeper.Count > 0)
        {
            if (open.Count == 0) { open = deeper; deeper = []; }
            int best = -1;
            double bestRatio = 0, bestGain = 0;
            for (int k = open.Count - 1; k >= 0; k--)
            {
                int s = open[k];
                if (used + size[s] > budget.Limit || !Allowed(cluster, s, chosen, chosenGroups, vectors)) { open.RemoveAt(k); continue; }
                if (StandAloneOnly && StandAloneCheck.NeedsPrevious(cluster.Sentences[s]) && !chosen.Contains(s - 1)) continue;
                double gain = Gain(s);
                double ratio = gain / Math.Pow(size[s], CostExponent);
                if (ratio > bestRatio || (ratio == bestRatio && best >= 0 && s < best)) { best = s; bestRatio = ratio; bestGain = gain; }
            }
            if (best < 0 || bestGain <= 0)
            {
                if (deeper.Count == 0) break;
                open.Clear();
                continue;
            }
            chosen.Add(best);
            chosenGroups.Add(cluster.GroupOf[best]);
            foreach (var c in concepts.OfSentence[best]) covered[c] = true;
            used += size[best];
            total += bestGain;
            open.Remove(best);
        }

        // The single best sentence on its own: the comparison that gives the greedy its guarantee.
        Array.Clear(covered);
        int single = -1;
        double singleValue = 0;
        foreach (var s in candidates.Where(InWindow))
        {
            if (StandAloneOnly && StandAloneCheck.NeedsPrevious(cluster.Sentences[s])) continue;
            double value = Gain(s);
            if (value > singleValue) { single = s; singleValue = value; }
        }
        var result = single >= 0 && singleValue > total ? [single] : chosen;
        return result.Select(s => EarliestCopy(cluster, s, size)).ToList();
    }

    /// <summary>A sentence several outlets carry verbatim is quoted from the earliest article that carries it, so
    /// the summary reads in the order the story was first told; a copy the filters reject keeps the chosen one.</summary>
    private int EarliestCopy(LinkedCluster cluster, int s, int[] size)
    {
        foreach (var member in cluster.GroupOfSentence(s).Members)
        {
            if (member == s) return s;
            var sentence = cluster.Sentences[member];
            if (size[member] == size[s] && !StandAloneCheck.NeedsPrevious(sentence))
                return member;
        }
        return s;
    }

    private bool Allowed(LinkedCluster cluster, int s, List<int> chosen, HashSet<int> chosenGroups, TermVectors vectors)
    {
        if (chosenGroups.Contains(cluster.GroupOf[s])) return false;
        foreach (var c in chosen) if (vectors.Cosine(c, s) > MaxSimilarity) return false;
        return true;
    }
}
