using Chorus.Link;

namespace Chorus.Summarize;

/// <summary>
/// Which articles count as one voice when agreement is counted: two articles from the same named outlet, or two
/// that share most of their sentences (a wire story and its reprints), are one family. Agreement across outlets
/// means something only when each independent report is counted once.
/// </summary>
public sealed class OutletFamilies
{
    /// <summary>Share of the shorter article's sentences found in the other above which one copies the other.</summary>
    public const double CopyShare = 0.5;

    private readonly Dictionary<string, int> _familyOf;

    /// <summary>Number of independent families among the cluster's articles (at least 1).</summary>
    public int Count { get; }

    public OutletFamilies(LinkedCluster cluster)
    {
        var ids = cluster.Articles.Select(a => a.Id).ToList();
        var index = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var parent = Enumerable.Range(0, ids.Count).ToArray();
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        void Union(int a, int b) { a = Find(a); b = Find(b); if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b); }

        var outlets = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var article in cluster.Articles)
        {
            var outlet = article.Document.Source.Outlet;
            if (string.IsNullOrWhiteSpace(outlet)) continue;
            if (outlets.TryGetValue(outlet.Trim(), out var first)) Union(first, index[article.Id]);
            else outlets[outlet.Trim()] = index[article.Id];
        }

        var sentencesOf = new int[ids.Count];
        foreach (var s in cluster.Sentences)
            if (index.TryGetValue(s.DocId, out var d)) sentencesOf[d]++;
        var shared = new Dictionary<(int, int), int>();
        foreach (var group in cluster.Groups)
        {
            if (group.Sources.Count < 2) continue;
            var docs = group.Sources.Where(index.ContainsKey).Select(x => index[x]).Distinct().ToArray();
            for (int a = 0; a < docs.Length; a++)
                for (int b = a + 1; b < docs.Length; b++)
                {
                    var key = docs[a] < docs[b] ? (docs[a], docs[b]) : (docs[b], docs[a]);
                    shared[key] = shared.GetValueOrDefault(key) + 1;
                }
        }
        foreach (var ((a, b), count) in shared)
        {
            int shorter = Math.Min(sentencesOf[a], sentencesOf[b]);
            if (shorter > 0 && (double)count / shorter > CopyShare) Union(a, b);
        }

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
