using Chorus.Link;

namespace Chorus.Summarize;

/// <summary>
/// Chooses the summary as a whole: the set of showable units (<see cref="CandidateFilter"/>: sentences, or whole
/// quotations with their speakers) that, within the budget, covers most of the cluster's weighted concepts
/// (<see cref="BigramConcepts"/>, after Gillick and Favre's ILP) plus the learned ranker's judgement of each
/// sentence. Covering a concept twice earns nothing, so redundancy is penalized by the objective itself.
/// <para>The objective, concept weight covered / total weight + <see cref="ScoreWeight"/> × Σ score × size /
/// budget, is monotone submodular (a coverage function plus a modular term with non-negative weights). It is
/// maximized by the cost-scaled greedy of Lin and Bilmes (2010): add the unit with the best gain per
/// size^<see cref="CostExponent"/> that still fits; with exponent 1 and the final comparison against the best
/// single unit, the result is within (1 − 1/√e) of the optimum under the knapsack (the hard checks — near-copies,
/// leaning openers — only remove candidates). Cost is O(chosen × candidates × concepts per sentence): a few
/// milliseconds for thousands of sentences.</para>
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

    /// <summary>Units opening at this position of their article or later are taken only once the earlier ones can
    /// no longer fill the budget (0: no window). The ranker learned from articles cut after a few hundred words,
    /// so it knows nothing of sentences deeper than those: trained on multinews-plus, it put deep sentences on a
    /// par with the last ones it saw. The window is where 95 % of its training sentences sit.</summary>
    public int Window { get; init; }

    /// <summary>Open with the lead most outlets agree on (<see cref="BudgetedSelector.AgreedLead"/>).</summary>
    public bool OpenWithAgreedLead { get; init; }

    /// <summary>Concept weights are raised to this power: above 1 the facts most reports share count more
    /// against those two or three share.</summary>
    public double ConceptPower { get; init; } = 1;

    public int MinWords { get; init; } = 6;

    public int MaxWords { get; init; } = 80;

    /// <summary>Leave out units that cannot stand alone unless the sentence they lean on is chosen.</summary>
    public bool StandAloneOnly { get; init; } = true;

    public Summary Select(string method, LinkedCluster cluster, IReadOnlyList<double> scores, Budget budget, TermVectors vectors,
        BigramConcepts concepts, CandidateFilter? filter = null)
    {
        filter ??= new CandidateFilter(cluster);
        var ranking = Enumerable.Range(0, scores.Count).OrderByDescending(s => scores[s]).ThenBy(s => s).ToList();
        var agreedLead = new BudgetedSelector { MinWords = MinWords, MaxWords = MaxWords }.AgreedLead(cluster, ranking, vectors, filter);
        var chosen = Choose(cluster, scores, budget, vectors, concepts, filter, OpenWithAgreedLead ? agreedLead : null);
        var ordered = BudgetedSelector.StoryOrder(cluster, chosen, Opener(cluster, chosen, agreedLead));
        return new Summary(method, budget, ordered.Select(u => new SummarySentence(u.Text, u.Sources, u.First, u.AddedSpeaker)).ToList());
    }

    /// <summary>What the summary opens with: the lead most outlets agree on when it (or a copy) was chosen, else
    /// the chosen unit that sits earliest in its article — a summary should start with what happened.</summary>
    private static CandidateUnit? Opener(LinkedCluster cluster, IReadOnlyList<CandidateUnit> chosen, CandidateUnit? agreedLead)
    {
        if (agreedLead is not null && chosen.FirstOrDefault(u => cluster.GroupOf[u.First] == cluster.GroupOf[agreedLead.First]) is { } lead)
            return lead;
        // A lead that ends "…, the coast guard said" still says what happened: position decides, then reports before
        // reactions.
        return chosen.Where(u => !u.NeedsPrevious)
            .OrderBy(u => cluster.Sentences[u.First].Position).ThenBy(u => u.IsReaction).ThenBy(u => cluster.Sentences[u.First].DocIndex).FirstOrDefault();
    }

    /// <summary>The size of a unit as shown: an added speaker is part of what the reader sees.</summary>
    private static int SizeOf(Budget budget, CandidateUnit unit) =>
        budget.Unit == BudgetUnit.Sentences ? 1 : budget.SizeOf(unit.AddedSpeaker is null ? unit.Text : $"{unit.AddedSpeaker}: {unit.Text}");

    public List<CandidateUnit> Choose(LinkedCluster cluster, IReadOnlyList<double> scores, Budget budget, TermVectors vectors,
        BigramConcepts concepts, CandidateFilter filter, CandidateUnit? opener = null)
    {
        var units = new List<CandidateUnit>();
        var sizes = new List<int>();
        var seen = new HashSet<int>();
        for (int s = 0; s < cluster.Sentences.Count; s++)
        {
            if (filter.UnitOf(s) is not { } unit || !seen.Add(unit.First)) continue;
            int words = unit.Words;
            if (words < MinWords || words > MaxWords) continue;
            int size = Math.Max(1, SizeOf(budget, unit));
            if (size > budget.Limit) continue;
            units.Add(unit);
            sizes.Add(size);
        }
        if (units.Count == 0) return [];

        var conceptsOf = units.Select(u => u.Members.SelectMany(m => concepts.OfSentence[m]).Distinct().ToArray()).ToArray();
        var weight = ConceptPower == 1 ? concepts.Weight.ToArray() : concepts.Weight.Select(w => Math.Pow(w, ConceptPower)).ToArray();
        double totalWeight = weight.Sum();
        double conceptScale = totalWeight > 0 ? 1.0 / totalWeight : 0;
        double scoreScale = ScoreWeight / budget.Limit;
        // Scores are shifted to be non-negative so the objective stays monotone; a unit scores as its sentences' mean.
        var unitScore = units.Select(u => u.Members.Average(m => scores[m])).ToArray();
        double floor = Math.Min(0, unitScore.Min());
        var modular = unitScore.Select((x, i) => scoreScale * (x - floor) * sizes[i]).ToArray();

        var covered = new bool[concepts.Weight.Count];
        double Gain(int u)
        {
            double gain = modular[u];
            foreach (var c in conceptsOf[u]) if (!covered[c]) gain += weight[c] * conceptScale;
            return gain;
        }

        var chosen = new List<int>();
        var chosenSentences = new HashSet<int>();
        var chosenGroups = new HashSet<int>();
        int used = 0;
        double total = 0;
        void Take(int u)
        {
            total += Gain(u);
            chosen.Add(u);
            foreach (var m in units[u].Members) { chosenSentences.Add(m); chosenGroups.Add(cluster.GroupOf[m]); }
            foreach (var c in conceptsOf[u]) covered[c] = true;
            used += sizes[u];
        }
        bool Fits(int u) =>
            used + sizes[u] <= budget.Limit
            && !units[u].Members.Any(m => chosenSentences.Contains(m) || chosenGroups.Contains(cluster.GroupOf[m]))
            && !units[u].Members.Any(m => chosenSentences.Any(c => vectors.Cosine(c, m) > MaxSimilarity));
        bool Leans(int u) => StandAloneOnly && units[u].NeedsPrevious && !chosenSentences.Contains(units[u].First - 1);

        bool InWindow(int u) => Window <= 0 || cluster.Sentences[units[u].First].Position < Window;
        int openerIndex = opener is null ? -1 : units.FindIndex(u => u.First == opener.First);
        if (openerIndex >= 0) Take(openerIndex);
        var open = Enumerable.Range(0, units.Count).Where(u => InWindow(u) && u != openerIndex).ToList();
        var deeper = Enumerable.Range(0, units.Count).Where(u => !InWindow(u) && u != openerIndex).ToList();
        while (open.Count > 0 || deeper.Count > 0)
        {
            if (open.Count == 0) { open = deeper; deeper = []; }
            int best = -1;
            double bestRatio = 0, bestGain = 0;
            for (int k = open.Count - 1; k >= 0; k--)
            {
                int u = open[k];
                if (!Fits(u)) { open.RemoveAt(k); continue; }
                if (Leans(u)) continue;
                double gain = Gain(u);
                double ratio = gain / Math.Pow(sizes[u], CostExponent);
                if (ratio > bestRatio || (ratio == bestRatio && best >= 0 && u < best)) { best = u; bestRatio = ratio; bestGain = gain; }
            }
            if (best < 0 || bestGain <= 0)
            {
                if (deeper.Count == 0) break;
                open.Clear();
                continue;
            }
            Take(best);
            open.Remove(best);
        }

        // The single best unit on its own: the comparison that gives the greedy its guarantee.
        var result = chosen;
        if (openerIndex < 0)
        {
            Array.Clear(covered);
            int single = -1;
            double singleValue = 0;
            for (int u = 0; u < units.Count; u++)
            {
                if (!InWindow(u) || (StandAloneOnly && units[u].NeedsPrevious)) continue;
                double value = Gain(u);
                if (value > singleValue) { single = u; singleValue = value; }
            }
            if (single >= 0 && singleValue > total) result = [single];
        }
        return result.Select(u => EarliestCopy(cluster, filter, units[u], budget)).ToList();
    }

    /// <summary>A sentence several outlets carry verbatim is quoted from the earliest article that carries it, so
    /// the summary reads in the order the story was first told; a copy the filter rejects keeps the chosen one.</summary>
    private static CandidateUnit EarliestCopy(LinkedCluster cluster, CandidateFilter filter, CandidateUnit unit, Budget budget)
    {
        if (unit.First != unit.Last) return unit;
        foreach (var member in cluster.GroupOfSentence(unit.First).Members)
        {
            if (member == unit.First) return unit;
            if (filter.UnitOf(member) is { } copy && copy.First == copy.Last && !copy.NeedsPrevious
                && SizeOf(budget, copy) == SizeOf(budget, unit))
                return copy;
        }
        return unit;
    }
}
