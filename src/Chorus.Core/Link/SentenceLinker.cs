using Chorus.Ingest;
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
        int total = 0;
        foreach (var d in documents) total += d.Sentences.Count;
        var sentences = new List<Sentence>(total);
        foreach (var d in documents) sentences.AddRange(d.Sentences);

        // Each sentence's distinct content-stem ids, one after another in one pooled array: starts[s]..starts[s+1].
        var scratch = _scratch ??= new Scratch();
        scratch.Vocabulary.Clear();
        var starts = SmallArrayPool<int>.Rent(total + 1);
        int length = 0;
        foreach (var s in sentences) length += s.ContentStems.Count;
        var ids = SmallArrayPool<int>.Rent(Math.Max(1, length));
        var parent = SmallArrayPool<int>.Rent(Math.Max(1, total));
        try
        {
            int at = 0;
            for (int s = 0; s < total; s++)
            {
                starts[s] = at;
                at += DistinctIds(sentences[s].ContentStems, scratch.Vocabulary, ids.AsSpan(at));
                parent[s] = s;
            }
            starts[total] = at;
            UnionSimilar(ids, starts, total, scratch.Vocabulary.Count, parent);
            return Grouped(documents, sentences, parent);
        }
        finally
        {
            SmallArrayPool<int>.Return(starts);
            SmallArrayPool<int>.Return(ids);
            SmallArrayPool<int>.Return(parent);
        }
    }

    /// <summary>Per-thread buffers a link reuses: the vocabulary of content stems.</summary>
    private sealed class Scratch
    {
        public readonly Dictionary<string, int> Vocabulary = new(StringComparer.Ordinal);
    }

    [ThreadStatic] private static Scratch? _scratch;

    /// <summary>Numbers the groups in order of their first sentence. Most sentences are alone in their group: they
    /// get a one-element member array and their document's shared one-element source list.</summary>
    private static LinkedCluster Grouped(IReadOnlyList<SegmentedDocument> documents, List<Sentence> sentences, int[] parent)
    {
        int total = sentences.Count;
        var groupOf = new int[total];
        var size = SmallArrayPool<int>.Rent(Math.Max(1, total));
        try
        {
            Array.Clear(size, 0, total);
            int groupCount = 0;
            for (int s = 0; s < total; s++)
            {
                int root = Find(parent, s);
                // The root is the smallest member, so it is met first: its group number is given there.
                if (root == s) groupOf[s] = groupCount++;
                else groupOf[s] = groupOf[root];
                size[groupOf[s]]++;
            }
            var members = new int[groupCount][];
            for (int g = 0; g < groupCount; g++) members[g] = new int[size[g]];
            Array.Clear(size, 0, groupCount);
            for (int s = 0; s < total; s++) { int g = groupOf[s]; members[g][size[g]++] = s; }

            var alone = new Dictionary<string, string[]>(StringComparer.Ordinal);
            var groups = new SentenceGroup[groupCount];
            for (int g = 0; g < groupCount; g++)
            {
                var m = members[g];
                IReadOnlyList<string> sources;
                if (m.Length == 1)
                {
                    var id = sentences[m[0]].DocId;
                    if (!alone.TryGetValue(id, out var single)) alone[id] = single = [id];
                    sources = single;
                }
                else sources = SourcesOf(sentences, m);
                groups[g] = new SentenceGroup(g, m, sources);
            }
            return new LinkedCluster(documents, sentences, groups, groupOf);
        }
        finally { SmallArrayPool<int>.Return(size); }
    }

    /// <summary>The documents carrying the members, in cluster order, each once.</summary>
    private static List<string> SourcesOf(List<Sentence> sentences, int[] members)
    {
        bool ordered = true;
        for (int k = 1; k < members.Length && ordered; k++)
            ordered = sentences[members[k - 1]].DocIndex <= sentences[members[k]].DocIndex;
        if (!ordered) return members.Select(s => sentences[s]).OrderBy(s => s.DocIndex).Select(s => s.DocId).Distinct().ToList();
        var sources = new List<string>(members.Length);
        foreach (var s in members)
        {
            var id = sentences[s].DocId;
            if (!sources.Contains(id)) sources.Add(id);
        }
        return sources;
    }

    /// <summary>Writes the stems' sorted distinct vocabulary ids into <paramref name="into"/> (new stems get the next
    /// id) and returns how many there are.</summary>
    private static int DistinctIds(IReadOnlyList<string> stems, Dictionary<string, int> vocabulary, Span<int> into)
    {
        if (stems.Count == 0) return 0;
        var ids = into[..stems.Count];
        for (int i = 0; i < stems.Count; i++)
        {
            ref var id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(vocabulary, stems[i], out bool found);
            if (!found) id = vocabulary.Count - 1;
            ids[i] = id;
        }
        ids.Sort();
        int n = 1;
        for (int i = 1; i < ids.Length; i++) if (ids[i] != ids[n - 1]) ids[n++] = ids[i];
        return n;
    }

    /// <summary>Joins every pair whose overlap passes the thresholds, found through an inverted index kept as
    /// linked lists in pooled arrays: head[term] is the latest posting, next[] chains to earlier ones.</summary>
    private void UnionSimilar(int[] ids, int[] starts, int count, int vocabularySize, int[] parent)
    {
        var head = SmallArrayPool<int>.Rent(Math.Max(1, vocabularySize));
        var next = SmallArrayPool<int>.Rent(Math.Max(1, starts[count]));
        var owner = SmallArrayPool<int>.Rent(Math.Max(1, starts[count]));
        var overlap = SmallArrayPool<int>.Rent(Math.Max(1, count));
        var touched = SmallArrayPool<int>.Rent(Math.Max(1, count));
        try
        {
            Array.Fill(head, -1, 0, vocabularySize);
            Array.Clear(overlap, 0, count);
            int postings = 0;
            for (int b = 0; b < count; b++)
            {
                int from = starts[b], to = starts[b + 1], touchedCount = 0;
                for (int t = from; t < to; t++)
                    for (int e = head[ids[t]]; e >= 0; e = next[e])
                        if (overlap[owner[e]]++ == 0) touched[touchedCount++] = owner[e];
                for (int k = 0; k < touchedCount; k++)
                {
                    int a = touched[k];
                    if (IsCopy(starts[a + 1] - starts[a], to - from, overlap[a])) Union(parent, a, b);
                    overlap[a] = 0;
                }
                if (to - from < MinContentWords) continue;
                for (int t = from; t < to; t++)
                {
                    next[postings] = head[ids[t]];
                    owner[postings] = b;
                    head[ids[t]] = postings++;
                }
            }
        }
        finally
        {
            SmallArrayPool<int>.Return(head);
            SmallArrayPool<int>.Return(next);
            SmallArrayPool<int>.Return(owner);
            SmallArrayPool<int>.Return(overlap);
            SmallArrayPool<int>.Return(touched);
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
