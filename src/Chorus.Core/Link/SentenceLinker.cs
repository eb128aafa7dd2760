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

    /// <summary>Joins every pair whose overlap passes the thresholds (prefix filtering, exact). With the stems of
    /// every sentence ordered rarest first, two sets sharing t stems share one among the first |set| - t + 1 of each.
    /// Sentences are taken shortest first; each is looked up by the prefix its longer-or-equal partners need and then
    /// indexed by the (shorter) prefix its later, longer partners need, so common words ("year", "people") are rarely
    /// indexed at all. Each pair found is then counted whole. Probing every stem against every earlier sentence walked
    /// the long postings of common words for every sentence: quadratic, 61 s on 102,000 sentences.</summary>
    private void UnionSimilar(int[] ids, int[] starts, int count, int vocabularySize, int[] parent)
    {
        int length = starts[count];
        var rank = SmallArrayPool<int>.Rent(Math.Max(1, vocabularySize));
        var head = SmallArrayPool<int>.Rent(Math.Max(1, vocabularySize));
        var next = SmallArrayPool<int>.Rent(Math.Max(1, length));
        var owner = SmallArrayPool<int>.Rent(Math.Max(1, length));
        var position = SmallArrayPool<int>.Rent(Math.Max(1, length));
        var overlap = SmallArrayPool<int>.Rent(Math.Max(1, count));
        var touched = SmallArrayPool<int>.Rent(Math.Max(1, count));
        var order = SmallArrayPool<int>.Rent(Math.Max(1, count));
        try
        {
            RankRarestFirst(ids, starts, count, vocabularySize, rank, head);
            int longest = 0, linkable = 0;
            for (int s = 0; s < count; s++)
            {
                int size = starts[s + 1] - starts[s];
                ids.AsSpan(starts[s], size).Sort();
                longest = Math.Max(longest, size);
            }
            // Shortest first, ties in reading order (a counting sort by size); sentences too short to copy are left out.
            var sizeStart = SmallArrayPool<int>.Rent(longest + 2);
            var probeLength = SmallArrayPool<int>.Rent(longest + 1);
            var indexLength = SmallArrayPool<int>.Rent(longest + 1);
            var shortestCopy = SmallArrayPool<int>.Rent(longest + 1);
            try
            {
                Array.Clear(sizeStart, 0, longest + 2);
                for (int s = 0; s < count; s++) sizeStart[starts[s + 1] - starts[s] + 1]++;
                for (int k = 1; k <= longest + 1; k++) sizeStart[k] += sizeStart[k - 1];
                for (int size = 0; size <= longest; size++)
                {
                    if (sizeStart[size + 1] > sizeStart[size] && size >= MinContentWords)
                    {
                        probeLength[size] = PrefixLength(size, MinContentWords, size);
                        indexLength[size] = PrefixLength(size, size, 2 * size + 2);
                        shortestCopy[size] = MinContentWords;
                        while (shortestCopy[size] < size && !IsCopy(shortestCopy[size], size, shortestCopy[size])) shortestCopy[size]++;
                    }
                    else probeLength[size] = indexLength[size] = shortestCopy[size] = 0;
                }
                int firstLinkable = sizeStart[Math.Min(MinContentWords, longest + 1)];
                for (int s = 0; s < count; s++)
                {
                    int size = starts[s + 1] - starts[s];
                    int slot = sizeStart[size]++;
                    if (size >= MinContentWords) order[slot - firstLinkable] = s;
                }
                linkable = count - firstLinkable;

                Array.Fill(head, -1, 0, vocabularySize);
                Array.Clear(overlap, 0, count);
                int postings = 0;
                for (int k = 0; k < linkable; k++)
                {
                    int b = order[k], from = starts[b], size = starts[b + 1] - from, touchedCount = 0;
                    for (int i = 0; i < probeLength[size]; i++)
                        for (int e = head[ids[from + i]]; e >= 0; e = next[e])
                        {
                            int a = owner[e], sizeA = starts[a + 1] - starts[a];
                            // A posting list runs from the latest (longest) sentence back: past the shortest length a
                            // copy of this one can have, nothing further along can be one.
                            if (sizeA < shortestCopy[size]) break;
                            int shared = overlap[a];
                            if (shared < 0) continue;
                            if (shared == 0) touched[touchedCount++] = a;
                            // The stems before this one were all compared already (both lists are sorted rarest first
                            // and a's earlier ones are indexed): at most the rest of the shorter tail can still match.
                            int most = shared + 1 + Math.Min(size - i - 1, sizeA - position[e] - 1);
                            overlap[a] = IsCopy(sizeA, size, most) && (shared > 0 || Find(parent, a) != Find(parent, b)) ? shared + 1 : -1;
                        }
                    for (int c = 0; c < touchedCount; c++)
                    {
                        int a = touched[c];
                        if (overlap[a] > 0 && IsCopy(starts[a + 1] - starts[a], size, Shared(ids, starts[a], starts[a + 1], from, from + size)))
                            Union(parent, a, b);
                        overlap[a] = 0;
                    }
                    for (int i = 0; i < indexLength[size]; i++)
                    {
                        next[postings] = head[ids[from + i]];
                        owner[postings] = b;
                        position[postings] = i;
                        head[ids[from + i]] = postings++;
                    }
                }
            }
            finally
            {
                SmallArrayPool<int>.Return(sizeStart);
                SmallArrayPool<int>.Return(probeLength);
                SmallArrayPool<int>.Return(indexLength);
                SmallArrayPool<int>.Return(shortestCopy);
            }
        }
        finally
        {
            SmallArrayPool<int>.Return(rank);
            SmallArrayPool<int>.Return(head);
            SmallArrayPool<int>.Return(next);
            SmallArrayPool<int>.Return(owner);
            SmallArrayPool<int>.Return(position);
            SmallArrayPool<int>.Return(overlap);
            SmallArrayPool<int>.Return(touched);
            SmallArrayPool<int>.Return(order);
        }
    }

    /// <summary>How many of the rarest stems of a sentence with <paramref name="size"/> stems a copy of length
    /// <paramref name="fromSize"/>..<paramref name="toSize"/> must share one of: size - t + 1, where t is the fewest
    /// stems any such copy shares (0 when there can be no such copy).</summary>
    private int PrefixLength(int size, int fromSize, int toSize)
    {
        int fewest = MinShared(size, fromSize, toSize);
        return fewest == 0 ? 0 : size - fewest + 1;
    }

    /// <summary>Renumbers the stems by how many sentences carry them, rarest first (ties by first appearance), so a
    /// sentence's sorted ids start with its rarest stems. A counting sort: frequencies are at most the sentence count.</summary>
    private static void RankRarestFirst(int[] ids, int[] starts, int count, int vocabularySize, int[] rank, int[] frequency)
    {
        int length = starts[count];
        Array.Clear(frequency, 0, vocabularySize);
        for (int t = 0; t < length; t++) frequency[ids[t]]++;
        var firstOf = SmallArrayPool<int>.Rent(count + 2);
        try
        {
            Array.Clear(firstOf, 0, count + 2);
            for (int id = 0; id < vocabularySize; id++) firstOf[frequency[id] + 1]++;
            for (int f = 1; f <= count + 1; f++) firstOf[f] += firstOf[f - 1];
            for (int id = 0; id < vocabularySize; id++) rank[id] = firstOf[frequency[id]]++;
        }
        finally { SmallArrayPool<int>.Return(firstOf); }
        for (int t = 0; t < length; t++) ids[t] = rank[ids[t]];
    }

    /// <summary>How many ids two sorted runs of <paramref name="ids"/> have in common.</summary>
    private static int Shared(int[] ids, int aFrom, int aTo, int bFrom, int bTo)
    {
        int shared = 0;
        while (aFrom < aTo && bFrom < bTo)
        {
            int x = ids[aFrom], y = ids[bFrom];
            if (x == y) { shared++; aFrom++; bFrom++; }
            else if (x < y) aFrom++;
            else bFrom++;
        }
        return shared;
    }

    /// <summary>The fewest stems a sentence with <paramref name="size"/> distinct content stems must share with a
    /// sentence of <paramref name="fromSize"/>..<paramref name="toSize"/> stems to be its copy (0: no such copy).</summary>
    public int MinShared(int size, int fromSize, int toSize)
    {
        int fewest = 0;
        for (int other = Math.Max(fromSize, 1); other <= toSize; other++)
        {
            int most = Math.Min(size, other);
            if (!IsCopy(size, other, most)) continue;
            // More shared stems never turn a copy into a non-copy: the fewest that pass, by bisection.
            int lo = 1, hi = most;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (IsCopy(size, other, mid)) hi = mid; else lo = mid + 1;
            }
            if (fewest == 0 || lo < fewest) fewest = lo;
        }
        return fewest;
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
