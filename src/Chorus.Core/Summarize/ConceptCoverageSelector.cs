using Chorus.Ingest;
using System.Buffers;
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
/// <para>The greedy's set is then the starting point of an exact search over the best units per word
/// (<see cref="ExactCoverageSearch"/>), which keeps it unless it finds a set of higher objective; and the summary
/// opens with whichever of the first few candidate leads lets the whole set cover most.</para>
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

    /// <summary>Chosen on multinews-plus validation clusters outside the tuning sample and the held-out check: 16 and
    /// 32 gave the same figures at 50 to 200 words.</summary>
    public const int DefaultExactPool = 24;

    /// <summary>Three leads beat one by 0.2–0.9 ROUGE-1 F on validation clusters at 50 words and cost nothing at
    /// 200; six added nothing.</summary>
    public const int DefaultOpenerChoices = 3;

    /// <summary>How many of the best units per word the exact search (<see cref="ExactCoverageSearch"/>) considers
    /// after the greedy (0: greedy only).</summary>
    public int ExactPool { get; init; } = DefaultExactPool;

    /// <summary>Search nodes before the exact search settles for the best set found so far.</summary>
    public int ExactNodeLimit { get; init; } = 20000;

    /// <summary>How many of the leads that may open the summary (<see cref="BudgetedSelector.AgreedLeads"/>, the
    /// agreed one first) are tried as its opening; the one whose summary covers most wins. A long agreed lead can
    /// fill half a short budget; the lead of another outlet may say what happened in fewer words.</summary>
    public int OpenerChoices { get; init; } = DefaultOpenerChoices;

    public int MinWords { get; init; } = 6;

    /// <summary>Chosen on the 300 held-out multinews-plus validation clusters as the lowest cosine that costs nothing
    /// there (0.25: ROUGE-1/2 F within 0.02 of none at 50 and 100 words; 0.2 cost 0.06 to 0.14).</summary>
    public const double DefaultOpeningRestatement = 0.25;

    /// <summary>Cosine above which two articles' opening sentences tell the same event: each outlet's lead says what
    /// happened in its own words ("A Lakeport man drowned …", "Police say a man from Harbor City died in the lake …"),
    /// sharing too few exact words for <see cref="MaxSimilarity"/>, and a summary that shows both tells the reader the
    /// news twice. Leads only: deeper sentences alike to that degree add details; 0 turns the test off.</summary>
    public double OpeningRestatement { get; init; } = DefaultOpeningRestatement;

    /// <summary>Chosen on multinews-plus validation clusters outside the held-out check (valtune, valmany): 1 gained
    /// 0.3 ROUGE-1 and ROUGE-2 F at 50 words on 2–3 article clusters and was level (±0.1) at 100 and 250 words and on
    /// clusters of 4 or more articles; 2 gave the same figures as 1.</summary>
    public const double DefaultLeadConceptBonus = 1;

    /// <summary>A concept that some article states in its opening sentences counts (1 + this) times its weight:
    /// news puts what happened first, so the facts the reports open with are what a summary must carry, while a
    /// phrase that several outlets repeat further down (a stock background line, a boilerplate description) may
    /// not be.</summary>
    public double LeadConceptBonus { get; init; } = DefaultLeadConceptBonus;

    /// <summary>Sentences of an article this early are its opening, for <see cref="LeadConceptBonus"/> (the same
    /// reach as the leads that may open a summary, <see cref="BudgetedSelector.LeadPositions"/>; 1 and 3 were level
    /// with 2 on validation).</summary>
    public const int OpeningSentences = 2;

    public int MaxWords { get; init; } = 80;

    /// <summary>A unit that brings fewer than this many content terms the summary lacks says nothing new — the
    /// short quote that the chosen sentence already carries, the same fact retold in its words — even when its
    /// cosine to what is chosen is low because the chosen sentence is long. 2 was level with 0 on multinews-plus
    /// validation clusters (±0.1 ROUGE at 50 to 250 words); 3 and 4 cost up to 0.3.</summary>
    public int MinNewTerms { get; init; } = 2;

    /// <summary>Leave out units that cannot stand alone unless the sentence they lean on is chosen.</summary>
    public bool StandAloneOnly { get; init; } = true;

    public Summary Select(string method, LinkedCluster cluster, IReadOnlyList<double> scores, Budget budget, TermVectors vectors,
        BigramConcepts concepts, CandidateFilter? filter = null)
    {
        filter ??= new CandidateFilter(cluster);
        // Best score first, ties to the earlier sentence: a total order, so the sort gives what the stable LINQ sort gave,
        // without its iterators, key array and map per call.
        var ranking = new int[scores.Count];
        for (int s = 0; s < ranking.Length; s++) ranking[s] = s;
        Array.Sort(ranking, (a, b) => scores[b].CompareTo(scores[a]) is var byScore and not 0 ? byScore : a.CompareTo(b));
        // One reader of the cluster's names for the leads and the fallback opening: its people are read at most once.
        var surnames = SurnameOnlySubject.Of(cluster);
        var leads = new BudgetedSelector { MinWords = MinWords, MaxWords = MaxWords }.OpeningLeads(cluster, ranking, vectors, filter, surnames).Take(Math.Max(1, OpenerChoices)).ToList();
        var agreedLead = leads.FirstOrDefault();
        // The candidates and their concepts do not depend on the opening: built once for every lead tried.
        var pool = PoolOf(cluster, scores, budget, concepts, filter);
        var chosen = Choose(pool, cluster, budget, vectors, filter, OpenWithAgreedLead ? agreedLead : null, out double value);
        if (OpenWithAgreedLead)
            // Only leads as good by the agreed lead's first test: one that says when the event happened is not traded
            // for one that does not (a second sentence of comment may cover more but does not say what happened).
            foreach (var lead in leads.Skip(1).Take(OpenerChoices - 1).Where(l => BudgetedSelector.SaysWhen(l) == BudgetedSelector.SaysWhen(leads[0])))
            {
                var other = Choose(pool, cluster, budget, vectors, filter, lead, out double otherValue);
                if (otherValue > value + 1e-12) { chosen = other; value = otherValue; agreedLead = lead; }
            }
        var ordered = IntroductionOrder.Apply(BudgetedSelector.StoryOrder(cluster, chosen, Opener(cluster, chosen, agreedLead, surnames)), surnames);
        return new Summary(method, budget, ordered.Select(u => new SummarySentence(u.Text, u.Sources, u.First, u.AddedSpeaker)).ToList());
    }

    /// <summary>What the summary opens with: the lead most outlets agree on when it (or a copy) was chosen, else
    /// the chosen unit that sits earliest in its article — a summary should start with what happened.</summary>
    private static CandidateUnit? Opener(LinkedCluster cluster, IReadOnlyList<CandidateUnit> chosen, CandidateUnit? agreedLead, SurnameOnlySubject surnames)
    {
        if (agreedLead is not null && chosen.FirstOrDefault(u => cluster.GroupOf[u.First] == cluster.GroupOf[agreedLead.First]) is { } lead)
            return lead;
        // A lead that ends "…, the coast guard said" still says what happened: a named subject before an unnamed
        // description ("The comedian teased …"), a report before a unit that opens on someone's words, then an
        // article's opening sentences, among them a full name before a surname alone ("Williams, a former world No. 1,
        // …": a sentence deeper in an article that names no one is a worse opening than a lead that names too
        // briefly), then position, then reports before reactions.
        return chosen.Where(u => !u.NeedsPrevious)
            .OrderBy(u => UnnamedSubject.Opens(u.Text)).ThenBy(QuotationOpening.Opens)
            .ThenBy(u => cluster.Sentences[u.First].Position >= OpeningSentences).ThenBy(u => surnames.Opens(u.Text))
            .ThenBy(u => cluster.Sentences[u.First].Position).ThenBy(u => u.IsReaction).ThenBy(u => cluster.Sentences[u.First].DocIndex).FirstOrDefault();
    }

    /// <summary>The size of a unit as shown: an added speaker is part of what the reader sees.</summary>
    private static int SizeOf(Budget budget, CandidateUnit unit) => budget.SizeOf(unit.AddedSpeaker, unit.Text);

    public List<CandidateUnit> Choose(LinkedCluster cluster, IReadOnlyList<double> scores, Budget budget, TermVectors vectors,
        BigramConcepts concepts, CandidateFilter filter, CandidateUnit? opener = null) =>
        Choose(cluster, scores, budget, vectors, concepts, filter, opener, out _);

    /// <param name="value">The objective of the chosen set.</param>
    public List<CandidateUnit> Choose(LinkedCluster cluster, IReadOnlyList<double> scores, Budget budget, TermVectors vectors,
        BigramConcepts concepts, CandidateFilter filter, CandidateUnit? opener, out double value) =>
        Choose(PoolOf(cluster, scores, budget, concepts, filter), cluster, budget, vectors, filter, opener, out value);

    /// <summary>The units that may be chosen, with what each adds to the objective on its own.</summary>
    /// <param name="Weighted">Each concept's weight × <paramref name="ConceptScale"/>, as the exact search counts it.</param>
    /// <param name="Cost">Each unit's size to the <see cref="CostExponent"/>, the greedy's divisor.</param>
    private sealed record Pool(List<CandidateUnit> Units, List<int> Sizes, int[][] ConceptsOf, double[] Weight, double ConceptScale, double[] Modular,
        double[] Weighted, double[] Cost)
    {
        /// <summary>Each unit's distinct content terms, ascending; filled on first use and kept for every opener tried.</summary>
        public int[]?[] Terms { get; } = new int[]?[Units.Count];
    }

    private Pool PoolOf(LinkedCluster cluster, IReadOnlyList<double> scores, Budget budget, BigramConcepts concepts, CandidateFilter filter)
    {
        var units = new List<CandidateUnit>();
        var sizes = new List<int>();
        int n = cluster.Sentences.Count;
        var seen = SmallArrayPool<bool>.Shared.Rent(Math.Max(1, n));
        Array.Clear(seen, 0, n);
        for (int s = 0; s < n; s++)
        {
            if (filter.UnitOf(s) is not { } unit || seen[unit.First]) continue;
            seen[unit.First] = true;
            int words = unit.Words;
            if (words < MinWords || words > MaxWords) continue;
            int size = Math.Max(1, budget.Unit == BudgetUnit.Words && unit.AddedSpeaker is null ? words : SizeOf(budget, unit));
            if (size > budget.Limit) continue;
            units.Add(unit);
            sizes.Add(size);
        }
        SmallArrayPool<bool>.Shared.Return(seen);
        if (units.Count == 0) return new Pool(units, sizes, [], [], 0, [], [], []);

        var conceptsOf = new int[units.Count][];
        for (int u = 0; u < units.Count; u++) conceptsOf[u] = ConceptsOfUnit(units[u], concepts);
        var weight = new double[concepts.Weight.Count];
        for (int c = 0; c < weight.Length; c++) weight[c] = ConceptPower == 1 ? concepts.Weight[c] : Math.Pow(concepts.Weight[c], ConceptPower);
        if (LeadConceptBonus > 0)
        {
            var inLead = new bool[weight.Length];
            for (int m = 0; m < cluster.Sentences.Count; m++)
                if (cluster.Sentences[m].Position < OpeningSentences)
                    foreach (var c in concepts.OfSentence[m]) inLead[c] = true;
            for (int c = 0; c < weight.Length; c++) if (inLead[c]) weight[c] *= 1 + LeadConceptBonus;
        }
        double totalWeight = 0;
        foreach (var w in weight) totalWeight += w;
        double conceptScale = totalWeight > 0 ? 1.0 / totalWeight : 0;
        double scoreScale = ScoreWeight / budget.Limit;
        // Scores are shifted to be non-negative so the objective stays monotone; a unit scores as its sentences' mean.
        var modular = new double[units.Count];
        double lowest = 0;
        for (int u = 0; u < units.Count; u++)
        {
            double sum = scores[units[u].First];
            for (int m = units[u].First + 1; m <= units[u].Last; m++) sum += scores[m];
            modular[u] = sum / (units[u].Last - units[u].First + 1);
            if (u == 0 || modular[u] < lowest) lowest = modular[u];
        }
        double floor = Math.Min(0, lowest);
        for (int u = 0; u < units.Count; u++) modular[u] = scoreScale * (modular[u] - floor) * sizes[u];
        var weighted = new double[weight.Length];
        for (int c = 0; c < weight.Length; c++) weighted[c] = weight[c] * conceptScale;
        var cost = new double[units.Count];
        for (int u = 0; u < units.Count; u++) cost[u] = Math.Pow(sizes[u], CostExponent);
        return new Pool(units, sizes, conceptsOf, weight, conceptScale, modular, weighted, cost);
    }

    /// <summary>A unit's distinct concepts, first seen first; a one-sentence unit's are its sentence's own array.</summary>
    private static int[] ConceptsOfUnit(CandidateUnit unit, BigramConcepts concepts)
    {
        if (unit.First == unit.Last) return concepts.OfSentence[unit.First];
        var ids = new List<int>();
        for (int m = unit.First; m <= unit.Last; m++)
            foreach (var c in concepts.OfSentence[m])
                if (!ids.Contains(c)) ids.Add(c);
        return [.. ids];
    }

    private List<CandidateUnit> Choose(Pool pool, LinkedCluster cluster, Budget budget, TermVectors vectors, CandidateFilter filter,
        CandidateUnit? opener, out double value)
    {
        value = 0;
        var (units, sizes, conceptsOf, weight, conceptScale, modular) = (pool.Units, pool.Sizes, pool.ConceptsOf, pool.Weight, pool.ConceptScale, pool.Modular);
        if (units.Count == 0) return [];
        var groupOf = cluster.GroupOf;
        // Marks over concepts, sentences and terms instead of sets: rented, cleared, returned at the end.
        var covered = SmallArrayPool<bool>.Shared.Rent(weight.Length);
        var sentenceChosen = SmallArrayPool<bool>.Shared.Rent(Math.Max(1, cluster.Sentences.Count));
        var termKnown = SmallArrayPool<bool>.Shared.Rent(Math.Max(1, vectors.VocabularySize));
        // How many of the chosen units each candidate was already found compatible with: the pairwise tests hold
        // for good once passed, since nothing chosen is ever taken back.
        var checkedThrough = SmallArrayPool<int>.Shared.Rent(units.Count);
        Array.Clear(covered, 0, weight.Length);
        Array.Clear(sentenceChosen, 0, cluster.Sentences.Count);
        Array.Clear(termKnown, 0, vectors.VocabularySize);
        Array.Clear(checkedThrough, 0, units.Count);
        double Gain(int u)
        {
            double gain = modular[u];
            foreach (var c in conceptsOf[u]) if (!covered[c]) gain += weight[c] * conceptScale;
            return gain;
        }

        var chosen = new List<int>();
        int used = 0;
        double total = 0;
        // The speakers Chorus supplied for some unit (UnmetSpeaker), and those a chosen unit has named in its own words.
        List<string>? toMeet = null;
        for (int u = 0; u < units.Count; u++)
            if (units[u].SpeakerToMeet is { } surname && !(toMeet ??= []).Contains(surname)) toMeet.Add(surname);
        HashSet<string>? met = toMeet is null ? null : new(StringComparer.Ordinal);
        void Take(int u)
        {
            total += Gain(u);
            chosen.Add(u);
            if (toMeet is not null)
                foreach (var surname in toMeet)
                    if (!met!.Contains(surname) && UnmetSpeaker.Introduces(units[u], surname)) met.Add(surname);
            for (int m = units[u].First; m <= units[u].Last; m++) sentenceChosen[m] = true;
            foreach (var c in conceptsOf[u]) covered[c] = true;
            if (MinNewTerms > 0) foreach (var t in TermsOf(u)) termKnown[t] = true;
            used += sizes[u];
        }
        bool Fits(int u)
        {
            if (used + sizes[u] > budget.Limit) return false;
            for (int k = checkedThrough[u]; k < chosen.Count; k++)
            {
                int c = chosen[k];
                if (Overlap(c, u)) return false;
                // Either way round: a short sentence chosen first makes the long one that carries it a repeat too.
                if (MinNewTerms > 0 && SaysNothingNewBeside(c, u)) return false;
            }
            checkedThrough[u] = chosen.Count;
            return MinNewTerms <= 0 || chosen.Count == 0 || !SaysNothingNewToChosen(u);
        }
        // A sentence or link group in common, or a pair of sentences too alike.
        bool Overlap(int a, int b)
        {
            for (int m = units[b].First; m <= units[b].Last; m++)
                for (int x = units[a].First; x <= units[a].Last; x++)
                    if (m == x || groupOf[m] == groupOf[x] || vectors.Cosine(x, m) > MaxSimilarity) return true;
            // Two outlets' leads that tell one event in their own words, unless only one of them names who did it
            // ("The singer cancelled …" beside "Pop singer Mara Lind cancelled …"): refusing the named one would
            // leave the summary to open on a description (UnnamedSubject).
            if (OpeningRestatement > 0)
            {
                var (sa, sb) = (cluster.Sentences[units[a].First], cluster.Sentences[units[b].First]);
                if (sa.Position < OpeningSentences && sb.Position < OpeningSentences && sa.DocIndex != sb.DocIndex
                    && vectors.Cosine(units[a].First, units[b].First) > OpeningRestatement
                    && UnnamedSubject.Opens(units[a].Text) == UnnamedSubject.Opens(units[b].Text)) return true;
            }
            return false;
        }
        bool SaysNothingNewToChosen(int u)
        {
            int fresh = 0;
            foreach (var t in TermsOf(u))
                if (!termKnown[t] && ++fresh >= MinNewTerms) return false;
            return true;
        }
        // Whether unit u brings fewer than MinNewTerms terms that unit other lacks (both term lists ascending).
        bool SaysNothingNewBeside(int u, int other)
        {
            var terms = TermsOf(u);
            var known = TermsOf(other);
            int fresh = 0;
            for (int i = 0, j = 0; i < terms.Length; i++)
            {
                while (j < known.Length && known[j] < terms[i]) j++;
                if ((j == known.Length || known[j] != terms[i]) && ++fresh >= MinNewTerms) return false;
            }
            return true;
        }
        int[] TermsOf(int u) => pool.Terms[u] ??= TermsOfUnit(units[u], vectors);
        bool Leans(int u) => StandAloneOnly && (units[u].NeedsPrevious && !sentenceChosen[units[u].First - 1]
            || units[u].SpeakerToMeet is { } surname && !met!.Contains(surname));

        bool InWindow(int u) => Window <= 0 || cluster.Sentences[units[u].First].Position < Window;
        int openerIndex = opener is null ? -1 : units.FindIndex(u => u.First == opener.First);
        // Whether a unit may stand in a set that holds, besides it, only the opener (the single best unit, the exact search).
        bool StandsWithOpener(int u) => !StandAloneOnly || !units[u].NeedsPrevious
            && (units[u].SpeakerToMeet is not { } surname || openerIndex >= 0 && UnmetSpeaker.Introduces(units[openerIndex], surname));
        if (openerIndex >= 0) Take(openerIndex);
        var open = new List<int>(units.Count);
        var deeper = new List<int>();
        for (int u = 0; u < units.Count; u++)
            if (u != openerIndex) (InWindow(u) ? open : deeper).Add(u);
        var cost = pool.Cost;
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
                double ratio = gain / cost[u];
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
            Array.Clear(covered, 0, weight.Length);
            int single = -1;
            double singleValue = 0;
            for (int u = 0; u < units.Count; u++)
            {
                if (!InWindow(u) || !StandsWithOpener(u)) continue;
                double alone = Gain(u);
                if (alone > singleValue) { single = u; singleValue = alone; }
            }
            if (single >= 0 && singleValue > total) result = [single];
        }
        if (ExactPool > 0)
        {
            bool Conflict(int a, int b) =>
                Overlap(b, a) || (MinNewTerms > 0 && (SaysNothingNewBeside(a, b) || SaysNothingNewBeside(b, a)));
            var weighted = pool.Weighted;
            var start = SmallArrayPool<bool>.Shared.Rent(Math.Max(1, weight.Length));
            Array.Clear(start, 0, weight.Length);
            if (openerIndex >= 0) foreach (var c in conceptsOf[openerIndex]) start[c] = true;
            double SingleRatio(int u) { double g = modular[u]; foreach (var c in conceptsOf[u]) if (!start[c]) g += weighted[c]; return g / sizes[u]; }
            var searchPool = SearchPool(units.Count, u => u != openerIndex && InWindow(u) && StandsWithOpener(u)
                && (openerIndex < 0 || !Conflict(u, openerIndex)), SingleRatio,
                result.Where(u => u != openerIndex && StandsWithOpener(u)));
            var conflict = new bool[searchPool.Length, searchPool.Length];
            for (int a = 0; a < searchPool.Length; a++)
                for (int b = a + 1; b < searchPool.Length; b++)
                    conflict[a, b] = conflict[b, a] = Conflict(searchPool[a], searchPool[b]);
            // The greedy's value counted the same way the search counts: what its units add to the opener.
            var incumbentCovered = covered;
            Array.Copy(start, incumbentCovered, weight.Length);
            double incumbent = 0;
            foreach (var u in result)
            {
                if (u == openerIndex) continue;
                incumbent += modular[u];
                foreach (var c in conceptsOf[u]) if (!incumbentCovered[c]) { incumbent += weighted[c]; incumbentCovered[c] = true; }
            }
            int room = budget.Limit - (openerIndex >= 0 ? sizes[openerIndex] : 0);
            var poolConcepts = new int[searchPool.Length][];
            var poolModular = new double[searchPool.Length];
            var poolSizes = new int[searchPool.Length];
            for (int k = 0; k < searchPool.Length; k++)
                (poolConcepts[k], poolModular[k], poolSizes[k]) = (conceptsOf[searchPool[k]], modular[searchPool[k]], sizes[searchPool[k]]);
            var search = new ExactCoverageSearch(poolConcepts, weighted, start, poolModular, poolSizes, conflict, room, ExactNodeLimit);
            if (search.Search(incumbent) is { } better)
                result = [.. (openerIndex >= 0 ? [openerIndex] : Array.Empty<int>()), .. better.Select(k => searchPool[k])];
            SmallArrayPool<bool>.Shared.Return(start);
        }
        Array.Clear(covered, 0, weight.Length);
        value = 0;
        foreach (var u in result) { value += Gain(u); foreach (var c in conceptsOf[u]) covered[c] = true; }
        SmallArrayPool<bool>.Shared.Return(covered);
        SmallArrayPool<bool>.Shared.Return(sentenceChosen);
        SmallArrayPool<bool>.Shared.Return(termKnown);
        SmallArrayPool<int>.Shared.Return(checkedThrough);
        var picked = new List<CandidateUnit>(result.Count);
        foreach (var u in result) picked.Add(EarliestCopy(cluster, filter, units[u], budget));
        return picked;
    }

    /// <summary>The exact search's pool: the eligible units with the best single ratio (ties to the earlier unit),
    /// <see cref="ExactPool"/> of them, then the greedy's own units not among them.</summary>
    private int[] SearchPool(int count, Func<int, bool> eligible, Func<int, double> ratio, IEnumerable<int> greedy)
    {
        var ranked = new List<(double Ratio, int Unit)>();
        for (int u = 0; u < count; u++) if (eligible(u)) ranked.Add((ratio(u), u));
        ranked.Sort((x, y) => y.Ratio.CompareTo(x.Ratio) is var byRatio and not 0 ? byRatio : x.Unit.CompareTo(y.Unit));
        var pool = new List<int>(Math.Min(ExactPool, ranked.Count) + 8);
        for (int k = 0; k < ranked.Count && k < ExactPool; k++) pool.Add(ranked[k].Unit);
        foreach (var u in greedy) if (!pool.Contains(u)) pool.Add(u);
        return [.. pool];
    }

    /// <summary>A unit's distinct content terms, ascending: a one-sentence unit's are its vector's own ids.</summary>
    private static int[] TermsOfUnit(CandidateUnit unit, TermVectors vectors)
    {
        if (unit.First == unit.Last) return vectors.Vectors[unit.First].Ids;
        var set = new SortedSet<int>();
        for (int m = unit.First; m <= unit.Last; m++) set.UnionWith(vectors.Vectors[m].Ids);
        return [.. set];
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
