using Chorus.Link;

namespace Chorus.Summarize;

/// <summary>
/// Which articles count as one voice when agreement is counted: two that share most of their sentences (a wire story
/// and its reprints, an outlet's story and its own update) are one family. Agreement across outlets means something
/// only when each independent report is counted once.
/// </summary>
/// <remarks>Two articles under one outlet's name that do not share their sentences are two reports: a newswire archive
/// is a handful of outlets each filing a story a day (a cluster of ten wire articles from two services), and counting
/// each outlet once left two voices, so nothing the cluster agrees on stood out (dev clusters of four or more articles
/// written as two services' SGML: 100-word recall 36.18/11.09 with the name rule, 37.32/12.35 without; the plain
/// dev clusters gain too, 250 words F 46.84/16.94 to 46.91/17.02).</remarks>
public sealed class OutletFamilies
{
    /// <summary>Share of the shorter article's sentences found in the other above which one copies the other.</summary>
    public const double CopyShare = 0.5;

    private readonly Dictionary<string, int> _familyOf;

    /// <summary>Number of independent families among the cluster's articles (at least 1).</summary>
    public int Count { get; }

    public OutletFamilies(LinkedCluster cluster) : this(cluster, everyPair: false) { }

    /// <param name="everyPair">Count shared sentences for every pair of articles in every link group, as the tests'
    /// reference does; otherwise only for the pairs a prefix filter lets through (<see cref="CopyPairs"/>), which are
    /// all the pairs that can pass.</param>
    internal OutletFamilies(LinkedCluster cluster, bool everyPair)
    {
        var ids = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in cluster.Articles)
        {
            index.Add(article.Id, ids.Count);
            ids.Add(article.Id);
        }
        var parent = new int[ids.Count];
        for (int i = 0; i < parent.Length; i++) parent[i] = i;
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        void Union(int a, int b) { a = Find(a); b = Find(b); if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b); }

        var sentencesOf = new int[ids.Count];
        foreach (var s in cluster.Sentences)
            if (index.TryGetValue(s.DocId, out var d)) sentencesOf[d]++;
        // Each group's articles, each once, in the order the group names them: gathered in one reused list, an
        // article's last group marking it seen (LINQ's Where, Select and Distinct made iterators and a set per group).
        var groups = new List<int[]>();
        var articlesOfGroup = new List<int>();
        var lastGroupOf = new int[ids.Count];
        Array.Fill(lastGroupOf, -1);
        for (int g = 0; g < cluster.Groups.Count; g++)
        {
            var sources = cluster.Groups[g].Sources;
            if (sources.Count < 2) continue;
            articlesOfGroup.Clear();
            foreach (var source in sources)
                if (index.TryGetValue(source, out var d) && lastGroupOf[d] != g) { lastGroupOf[d] = g; articlesOfGroup.Add(d); }
            if (articlesOfGroup.Count >= 2) groups.Add(articlesOfGroup.ToArray());
        }
        if (everyPair)
        {
            var shared = new Dictionary<(int, int), int>();
            foreach (var docs in groups)
                for (int a = 0; a < docs.Length; a++)
                    for (int b = a + 1; b < docs.Length; b++)
                    {
                        var key = docs[a] < docs[b] ? (docs[a], docs[b]) : (docs[b], docs[a]);
                        shared[key] = shared.GetValueOrDefault(key) + 1;
                    }
            foreach (var ((a, b), count) in shared)
                if (Copies(a, b, count, sentencesOf)) Union(a, b);
        }
        else
            foreach (var (a, b, count) in CopyPairs(groups, sentencesOf))
                if (Copies(a, b, count, sentencesOf)) Union(a, b);

        _familyOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var roots = new Dictionary<int, int>();
        for (int i = 0; i < ids.Count; i++)
        {
            int root = Find(i);
            if (!roots.TryGetValue(root, out var family)) roots[root] = family = roots.Count;
            _familyOf[ids[i]] = family;
        }
        Count = Math.Max(1, roots.Count);
    }

    private static bool Copies(int a, int b, int shared, int[] sentencesOf)
    {
        int shorter = Math.Min(sentencesOf[a], sentencesOf[b]);
        return shorter > 0 && (double)shared / shorter > CopyShare;
    }

    /// <summary>
    /// Every pair of articles that may share more than <see cref="CopyShare"/> of the shorter one's sentences, with
    /// the number of link groups they share. Counting every pair of every group is quadratic in a group's articles,
    /// and a large input holds sentences reprinted by thousands (a wire lead, a boilerplate line). A pair passes only
    /// if the shorter article <c>a</c> shares at least <c>t = ⌊n/2⌋ + 1</c> of its groups with the other (n its
    /// sentences); so with a's groups in one fixed order, rarest first, the other is in one of a's first
    /// <c>g − t + 1</c> groups (g the groups a is in), or the two share at most t − 1. Reprinted boilerplate comes
    /// last in that order and is looked through only by an article made mostly of it. Each candidate's groups are
    /// then counted exactly: the same pairs pass as when every pair is counted (tested on dev, merged and alone).
    /// </summary>
    private static IEnumerable<(int A, int B, int Shared)> CopyPairs(List<int[]> groups, int[] sentencesOf)
    {
        // Rarest first, ties by first appearance: one fixed order for every article.
        var rank = new int[groups.Count];
        var order = new int[groups.Count];
        for (int g = 0; g < order.Length; g++) order[g] = g;
        Array.Sort(order, (x, y) => groups[x].Length != groups[y].Length ? groups[x].Length.CompareTo(groups[y].Length) : x.CompareTo(y));
        for (int r = 0; r < order.Length; r++) rank[order[r]] = r;
        var groupsOf = new List<int>[sentencesOf.Length];
        for (int g = 0; g < groups.Count; g++)
            foreach (var d in groups[g]) (groupsOf[d] ??= []).Add(g);
        foreach (var list in groupsOf) list?.Sort((x, y) => rank[x].CompareTo(rank[y]));

        var seen = new HashSet<(int, int)>();
        for (int a = 0; a < groupsOf.Length; a++)
        {
            var mine = groupsOf[a];
            int n = sentencesOf[a];
            if (mine is null || n == 0) continue;
            int prefix = mine.Count - (n / 2 + 1) + 1;
            for (int i = 0; i < prefix; i++)
                foreach (var b in groups[mine[i]])
                {
                    // From the shorter article only (either one when both are as long).
                    if (b == a || sentencesOf[b] < n) continue;
                    var key = a < b ? (a, b) : (b, a);
                    if (seen.Add(key)) yield return (key.Item1, key.Item2, SharedCount(groupsOf[a]!, groupsOf[b]!, rank));
                }
        }
    }

    /// <summary>How many groups two articles' lists (both in rank order) have in common.</summary>
    private static int SharedCount(List<int> x, List<int> y, int[] rank)
    {
        int i = 0, j = 0, count = 0;
        while (i < x.Count && j < y.Count)
        {
            int c = rank[x[i]].CompareTo(rank[y[j]]);
            if (c == 0) { count++; i++; j++; }
            else if (c < 0) i++;
            else j++;
        }
        return count;
    }

    /// <summary>The family of an article, or -1 for a document that is not one of the cluster's articles.</summary>
    public int FamilyOf(string docId) => _familyOf.TryGetValue(docId, out var f) ? f : -1;

    /// <summary>How many families carry at least one of the given documents.</summary>
    public int FamiliesAmong(IReadOnlyList<string> docIds)
    {
        // Asked once per sentence, mostly of one or two documents: their families sorted on the stack and counted
        // once each. (A mark per family cost an array as long as the families per sentence: 18,000 families and
        // 160,000 sentences allocated 1.8 GB.)
        Span<int> families = docIds.Count <= 128 ? stackalloc int[docIds.Count] : new int[docIds.Count];
        int known = 0;
        for (int i = 0; i < docIds.Count; i++)
            if (FamilyOf(docIds[i]) is var f and >= 0) families[known++] = f;
        families = families[..known];
        families.Sort();
        int distinct = 0;
        for (int i = 0; i < families.Length; i++)
            if (i == 0 || families[i] != families[i - 1]) distinct++;
        return distinct;
    }
}
