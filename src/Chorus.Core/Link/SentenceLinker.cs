using Chorus.Segment;

namespace Chorus.Link;

/// <summary>
/// The link stage: finds sentences that are verbatim or near-verbatim copies of each other (light edits,
/// "combating"/"combatting", a clause added in front) and groups them, so each group knows every article that
/// carries it. Comparison is on stems of content words through an inverted index, so only pairs that share
/// words are ever scored.
/// </summary>
public sealed class SentenceLinker
{
    /// <summary>Dice overlap of content stems at or above which two sentences are the same sentence.</summary>
    public double MinDice { get; init; } = 0.72;

    /// <summary>Share of the shorter sentence found in the longer at which the shorter is a copied part of it.</summary>
    public double MinContainment { get; init; } = 0.9;

    /// <summary>Sentences with fewer content words are too short to call copies ("He said no.").</summary>
    public int MinContentWords { get; init; } = 5;

    public LinkedCluster Link(IReadOnlyList<SegmentedDocument> documents)
    {
        var sentences = documents.SelectMany(d => d.Sentences).ToList();
        var sets = new int[sentences.Count][];
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int s = 0; s < sentences.Count; s++) sets[s] = DistinctIds(sentences[s].ContentStems, vocabulary);

        var parent = Enumerable.Range(0, sentences.Count).ToArray();
        foreach (var (a, b) in SimilarPairs(sets, vocabulary.Count))
            Union(parent, a, b);

        var groupIndexOfRoot = new Dictionary<int, int>();
        var members = new List<List<int>>();
        var groupOf = new int[sentences.Count];
        for (int s = 0; s < sentences.Count; s++)
        {
            int root = Find(parent, s);
            if (!groupIndexOfRoot.TryGetValue(root, out var g))
            {
                g = members.Count;
                groupIndexOfRoot[root] = g;
                members.Add([]);
            }
            members[g].Add(s);
            groupOf[s] = g;
        }
        var groups = members.Select((m, g) => new SentenceGroup(g, m,
            m.Select(s => sentences[s]).OrderBy(s => s.DocIndex).Select(s => s.DocId).Distinct().ToList())).ToList();
        return new LinkedCluster(documents, sentences, groups, groupOf);
    }

    /// <summary>The sentence's stems as sorted distinct vocabulary ids (new stems get the next id).</summary>
    private static int[] DistinctIds(IReadOnlyList<string> stems, Dictionary<string, int> vocabulary)
    {
        if (stems.Count == 0) return [];
        var ids = new int[stems.Count];
        for (int i = 0; i < stems.Count; i++)
        {
            ref var id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(vocabulary, stems[i], out bool found);
            if (!found) id = vocabulary.Count - 1;
            ids[i] = id;
        }
        Array.Sort(ids);
        int n = 1;
        for (int i = 1; i < ids.Length; i++) if (ids[i] != ids[n - 1]) ids[n++] = ids[i];
        return n == ids.Length ? ids : ids[..n];
    }

    /// <summary>Pairs (a &lt; b) whose overlap passes the thresholds, found through an inverted index.</summary>
    public IEnumerable<(int A, int B)> SimilarPairs(int[][] sets, int vocabularySize)
    {
        var postings = new List<int>?[vocabularySize];
        var overlap = new Dictionary<int, int>();
        for (int b = 0; b < sets.Length; b++)
        {
            overlap.Clear();
            foreach (var term in sets[b])
                if (postings[term] is { } list)
                    foreach (var a in list) overlap[a] = overlap.GetValueOrDefault(a) + 1;
            foreach (var (a, shared) in overlap)
                if (IsCopy(sets[a].Length, sets[b].Length, shared)) yield return (a, b);
            if (sets[b].Length < MinContentWords) continue;
            foreach (var term in sets[b]) (postings[term] ??= []).Add(b);
        }
    }

    public bool IsCopy(int lengthA, int lengthB, int shared)
    {
        int shorter = Math.Min(lengthA, lengthB), longer = Math.Max(lengthA, lengthB);
        if (shorter < MinContentWords) return false;
        double dice = 2.0 * shared / (lengthA + lengthB);
        if (dice >= MinDice) return true;
        return (double)shared / shorter >= MinContainment && shorter >= 2 * MinContentWords - 2 && shorter * 2 >= longer;
    }

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; }
        return x;
    }

    private static void Union(int[] parent, int a, int b)
    {
        int ra = Find(parent, a), rb = Find(parent, b);
        if (ra != rb) parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
    }
}
