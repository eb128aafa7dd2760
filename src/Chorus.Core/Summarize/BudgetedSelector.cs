using Chorus.Link;
using Chorus.Text;

namespace Chorus.Summarize;

/// <summary>
/// Fills a budget from a ranking with what a reader can be shown (<see cref="CandidateFilter"/>): opens on the
/// sentence most outlets' leads agree on, then takes units best first, never one that repeats a chosen sentence
/// (same link group, or too similar in content), one that leans on a sentence not chosen, or a fragment, and keeps
/// trying shorter units when the next best no longer fits. The result reads as a story: the event, the details in
/// reading order, then the reactions.
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

    /// <summary>Open the summary with the lead most outlets agree on, whatever its rank.</summary>
    public bool OpenWithAgreedLead { get; init; } = true;

    /// <summary>Leads are an article's first sentences: those that say what happened.</summary>
    public int LeadPositions { get; init; } = 2;

    public int MaxWords { get; init; } = 80;

    public Summary Select(string method, LinkedCluster cluster, IReadOnlyList<int> ranking, Budget budget, TermVectors? vectors = null,
        CandidateFilter? filter = null)
    {
        vectors ??= new TermVectors(cluster);
        filter ??= new CandidateFilter(cluster);
        var chosen = new List<CandidateUnit>();
        var chosenSentences = new HashSet<int>();
        var chosenGroups = new HashSet<int>();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        int used = 0;

        bool TryAdd(CandidateUnit unit)
        {
            int words = unit.Words;
            if (words < MinWords || words > MaxWords) return false;
            // The budget holds what the reader sees, an added speaker included.
            int size = budget.SizeOf(unit.AddedSpeaker, unit.Text);
            if (used + size > budget.Limit) return false;
            if (unit.Members.Any(m => chosenSentences.Contains(m) || chosenGroups.Contains(cluster.GroupOf[m]))) return false;
            if (StandAloneOnly && unit.NeedsPrevious && !chosenSentences.Contains(unit.First - 1)) return false;
            if (unit.Members.Any(m => chosenSentences.Any(c => vectors.Cosine(c, m) > MaxSimilarity))) return false;
            if (MinNovelty > 0)
            {
                var stems = unit.Members.SelectMany(m => cluster.Sentences[m].ContentStems).Distinct().ToList();
                if (stems.Count > 0 && (double)stems.Count(x => !covered.Contains(x)) / stems.Count < MinNovelty) return false;
                covered.UnionWith(stems);
            }
            chosen.Add(unit);
            foreach (var m in unit.Members) { chosenSentences.Add(m); chosenGroups.Add(cluster.GroupOf[m]); }
            used += size;
            return true;
        }

        CandidateUnit? opener = OpenWithAgreedLead ? AgreedLead(cluster, ranking, vectors, filter) : null;
        if (opener is not null) TryAdd(opener);
        foreach (var s in ranking)
        {
            if (filter.UnitOf(s) is not { } unit) continue;
            TryAdd(unit);
            if (budget.Limit - used < (budget.Unit == BudgetUnit.Words ? MinWords : 1)) break;
        }
        var ordered = StoryOrder(cluster, chosen, opener is not null && chosen.Contains(opener) ? opener : null);
        return new Summary(method, budget, ordered.Select(u => new SummarySentence(u.Text, u.Sources, u.First, u.AddedSpeaker)).ToList());
    }

    /// <summary>
    /// The lead that says what happened as most outlets tell it: among the first sentences of each article that
    /// stand alone and report rather than quote, those that say when it happened (news leads do) come first, then
    /// the one closest to the other articles' leads; the ranking breaks ties.
    /// </summary>
    public CandidateUnit? AgreedLead(LinkedCluster cluster, IReadOnlyList<int> ranking, TermVectors vectors, CandidateFilter filter) =>
        OpeningLeads(cluster, ranking, vectors, filter).FirstOrDefault();

    /// <summary>The leads of <see cref="AgreedLeads"/> in their order, less those that open on a surname alone or name
    /// someone by surname alone further on (<see cref="SurnameOnlySubject"/>; the full name was in the outlet's headline,
    /// which the reader of a summary does not see): such a lead still counts towards the others' agreement (its outlet told the
    /// story), but cannot open. Checked as a caller takes them, so the cluster's people are read only when a lead it
    /// takes opens like a surname; a caller that asks about other openings too passes its own <paramref name="surnames"/>
    /// so the cluster's people are read once.</summary>
    public IEnumerable<CandidateUnit> OpeningLeads(LinkedCluster cluster, IReadOnlyList<int> ranking, TermVectors vectors, CandidateFilter filter,
        SurnameOnlySubject? surnames = null)
    {
        surnames ??= SurnameOnlySubject.Of(cluster);
        foreach (var lead in AgreedLeads(cluster, ranking, vectors, filter))
            if (!surnames.Opens(lead.Text) && !surnames.MentionsAlone(lead.Text))
                yield return lead;
    }

    /// <summary>Every lead that may open a summary, the one most outlets agree on first (<see cref="AgreedLead"/>).</summary>
    public IReadOnlyList<CandidateUnit> AgreedLeads(LinkedCluster cluster, IReadOnlyList<int> ranking, TermVectors vectors, CandidateFilter filter)
    {
        var sentences = cluster.Sentences;
        var leads = new List<CandidateUnit>();
        for (int s = 0; s < sentences.Count; s++)
            if (sentences[s].Position < LeadPositions && filter.UnitOf(s) is { } u && !u.NeedsPrevious && !u.IsReaction
                && u.Words >= MinWords && u.Words <= MaxWords && u.First == u.Last && !UnnamedSubject.Opens(u.Text))
                leads.Add(u);
        if (leads.Count == 0) return [];
        var agreement = Agreement(cluster, leads, vectors, leads.Count <= PairwiseAgreementLimit);
        // Each lead's place in the ranking (its first, were a sentence ranked twice; last when unranked).
        var rankOf = new Dictionary<int, int>(leads.Count);
        foreach (var lead in leads) rankOf[lead.First] = int.MaxValue;
        for (int i = 0; i < ranking.Count; i++)
            if (rankOf.TryGetValue(ranking[i], out var first) && first == int.MaxValue) rankOf[ranking[i]] = i;
        var rank = new int[leads.Count];
        for (int i = 0; i < leads.Count; i++) rank[i] = rankOf[leads[i].First];
        var saysWhen = new bool[leads.Count];
        for (int i = 0; i < leads.Count; i++) saysWhen[i] = SaysWhen(leads[i]);
        // Telling when first, then agreement, then rank, then reading order: a total order, so exactly the order
        // of the stable LINQ sort this replaces (its iterators and key arrays were 3 % of summarizing).
        var order = new int[leads.Count];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (x, y) =>
        {
            int c = saysWhen[y].CompareTo(saysWhen[x]);
            if (c == 0) c = agreement[y].CompareTo(agreement[x]);
            if (c == 0) c = rank[x].CompareTo(rank[y]);
            return c != 0 ? c : x.CompareTo(y);
        });
        var ordered = new CandidateUnit[leads.Count];
        for (int i = 0; i < order.Length; i++) ordered[i] = leads[order[i]];
        return ordered;
    }

    /// <summary>Up to this many leads, a lead's agreement is summed pair by pair; above it, against the sum of every
    /// lead's unit vector (<see cref="Agreement"/>). Dev clusters stay far below it (PairwiseAgreementTests); the
    /// 4,600 articles of a 4 MB input have thousands of leads, whose pairs took 8 s of CPU.</summary>
    public const int PairwiseAgreementCap = 1000;

    /// <summary><see cref="PairwiseAgreementCap"/>, lowered by the tests to run the one-pass sum on small clusters.</summary>
    internal int PairwiseAgreementLimit { get; init; } = PairwiseAgreementCap;

    /// <summary>
    /// How much each lead agrees with the leads of the other articles: the sum of its cosines with them.
    /// <paramref name="pairwise"/>: each cosine taken as <see cref="TermVectors.Cosine(int, int)"/> gives it (float
    /// rounded), quadratic in leads. Otherwise the same sum in one pass: the sum over other articles' leads o of
    /// cos(l, o) is l's unit vector dotted with the sum of their unit vectors, that is with the sum over every lead
    /// less those of l's own article (at most <see cref="LeadPositions"/> of them), so the cost is linear in the
    /// leads' terms. The two differ only in rounding (PairwiseAgreementTests: the same order on every dev cluster and on
    /// merged halves of the dev set with hundreds of leads).
    /// </summary>
    internal static double[] Agreement(LinkedCluster cluster, IReadOnlyList<CandidateUnit> leads, TermVectors vectors, bool pairwise)
    {
        var agreement = new double[leads.Count];
        string DocOf(CandidateUnit u) => cluster.Sentences[u.First].DocId;
        if (pairwise)
        {
            for (int i = 0; i < leads.Count; i++)
            {
                var l = leads[i];
                agreement[i] = leads.Where(o => DocOf(o) != DocOf(l)).Sum(o => vectors.Cosine(l.First, o.First));
            }
            return agreement;
        }
        var total = new double[Math.Max(1, vectors.VocabularySize)];
        var byDoc = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < leads.Count; i++)
        {
            int s = leads[i].First;
            var v = vectors.Vectors[s];
            double norm = vectors.Norms[s];
            if (norm > 0)
                for (int k = 0; k < v.Ids.Length; k++) total[v.Ids[k]] += v.Weights[k] / norm;
            if (!byDoc.TryGetValue(DocOf(leads[i]), out var same)) byDoc[DocOf(leads[i])] = same = [];
            same.Add(i);
        }
        for (int i = 0; i < leads.Count; i++)
        {
            int s = leads[i].First;
            var v = vectors.Vectors[s];
            double norm = vectors.Norms[s];
            if (norm == 0) continue;
            double dot = 0;
            for (int k = 0; k < v.Ids.Length; k++) dot += v.Weights[k] * total[v.Ids[k]];
            double sum = dot / norm;
            foreach (var j in byDoc[DocOf(leads[i])])
            {
                int t = leads[j].First;
                if (vectors.Norms[t] > 0) sum -= SparseVector.Dot(v, vectors.Vectors[t]) / (norm * vectors.Norms[t]);
            }
            // Leads the pairwise sums tie (two articles' leads, each other's only partner; copies of one lead) tie
            // here too, and the ranking breaks the tie as it does there: rounding to 1e-9 drops the last bits in
            // which the two ways of summing differ.
            agreement[i] = Math.Round(sum, 9);
        }
        return agreement;
    }

    /// <summary>Whether a lead says when it happened, as news leads of the event do.</summary>
    public static bool SaysWhen(CandidateUnit lead) => TimeExpression.IsMatch(lead.Text);

    /// <summary>When something happened, as leads say it: a weekday, a date, "yesterday", "last night". Gated by what
    /// every match holds (a day, a night, a morning or a month's first three letters): the case-insensitive regex
    /// was otherwise tried at every word of every lead.</summary>
    internal static readonly GatedPattern TimeExpression = new(new System.Text.RegularExpressions.Regex(
        @"\b(on |last |this |early |late )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(yesterday|today|tonight|last night|this morning|overnight)\b|\b(jan(uary)?|feb(ruary)?|march|april|may|june|july|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.? \d{1,2}\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Compiled),
        "day", "night", "morning", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    /// <summary>
    /// The event first, then the details in reading order, then the reactions (quotations and attributed words)
    /// in reading order. A unit that leans on the one before it follows it directly, whatever its kind.
    /// </summary>
    public static IReadOnlyList<CandidateUnit> StoryOrder(LinkedCluster cluster, IReadOnlyList<CandidateUnit> chosen, CandidateUnit? opener)
    {
        var byLast = chosen.ToDictionary(u => u.Last);
        var followers = chosen.Where(u => u.NeedsPrevious && byLast.ContainsKey(u.First - 1)).ToDictionary(u => u.First - 1);
        var heads = chosen.Where(u => !followers.ContainsValue(u)).ToList();
        var docOrder = ReadingRank(cluster, chosen.Select(u => u.First));
        var ordered = heads
            .OrderBy(u => u == opener ? 0 : u.IsReaction ? 2 : 1)
            .ThenBy(u => docOrder[cluster.Sentences[u.First].DocIndex])
            .ThenBy(u => cluster.Sentences[u.First].Position);
        var result = new List<CandidateUnit>();
        foreach (var head in ordered)
            for (var u = head; u is not null; u = followers.GetValueOrDefault(u.Last))
                result.Add(u);
        return result;
    }

    /// <summary>Articles in the order of their first chosen sentence's article index.</summary>
    private static Dictionary<int, int> ReadingRank(LinkedCluster cluster, IEnumerable<int> chosen) =>
        chosen.Select(s => cluster.Sentences[s].DocIndex).Distinct().Order().Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i);
}
