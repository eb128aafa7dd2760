using System.Text;

namespace Chorus.Evaluate;

/// <summary>
/// A native ROUGE that reproduces the ROUGE-1.5.5 reference script: n-gram, skip-bigram and summary-level LCS
/// measures, word and byte limits, several references combined by the script's default "model average"
/// (hits and counts summed over references, no jackknifing). Written from the published definitions
/// (Lin, 2004) and checked against scores the script printed.
/// </summary>
public sealed class RougeScorer(RougeOptions options)
{
    private readonly RougeTokenizer _tokenizer = new(options.Stem, options.RemoveStopWords);

    public RougeOptions Options => options;

    /// <param name="peerUnits">The system summary, one sentence per unit.</param>
    /// <param name="references">Each reference summary as its sentence units.</param>
    public RougeResult Score(IReadOnlyList<string> peerUnits, IReadOnlyList<IReadOnlyList<string>> references)
    {
        var peer = Prepare(peerUnits, limitBytes: true);
        var refs = references.Select(r => Prepare(r, limitBytes: true)).ToList();
        // Under a byte limit the reference script finds LCS matches in the whole (untruncated) sentences and divides by
        // the whole reference's length, while a word counts as a hit only as often as the truncated texts hold it.
        // Odd, but it is what the script prints, and the byte-limit vectors pin it down.
        var lcsRefs = options.ByteLimit is null ? refs : references.Select(r => Prepare(r, limitBytes: false)).ToList();
        var lcsPeer = options.ByteLimit is null ? peer : Prepare(peerUnits, limitBytes: false);
        var scores = new Dictionary<string, RougeScore>();
        for (int n = 1; n <= options.MaxN; n++)
        {
            int size = n;
            scores[$"ROUGE-{n}"] = Combine(refs, r => Overlap(NGrams(peer, size), NGrams(r, size)));
        }
        scores["ROUGE-L"] = Combine(refs.Zip(lcsRefs).ToList(), pair => Lcs(lcsPeer, peer, pair.Second, pair.First));
        if (options.SkipDistance is int d)
        {
            var name = $"ROUGE-S{(options.SkipWithUnigrams ? "U" : "")}{d}";
            scores[name] = Combine(refs, r => Overlap(SkipBigrams(peer, d), SkipBigrams(r, d)));
        }
        return new RougeResult(scores);
    }

    /// <summary>Convenience for plain texts: each line is a sentence unit.</summary>
    public RougeResult Score(string peer, IEnumerable<string> references) =>
        Score(Units(peer), references.Select(r => (IReadOnlyList<string>)Units(r)).ToList());

    public static List<string> Units(string text) =>
        text.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    private RougeScore Combine<T>(List<T> refs, Func<T, (int Hits, int RefCount, int PeerCount)> measure)
    {
        double hits = 0, refCount = 0, peerCount = 0;
        foreach (var r in refs)
        {
            var (h, rc, pc) = measure(r);
            hits += h; refCount += rc; peerCount += pc;
        }
        return RougeScore.FromCounts(hits, refCount, peerCount, options.Alpha);
    }

    /// <summary>Applies the word or byte limit to the raw units, then tokenizes each unit.</summary>
    private List<List<string>> Prepare(IReadOnlyList<string> units, bool limitBytes)
    {
        var limited = new List<string>();
        if (options.WordLimit is int words)
        {
            int left = words;
            foreach (var unit in units)
            {
                if (left <= 0) break;
                var w = unit.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (w.Length > left) w = w[..left];
                left -= w.Length;
                limited.Add(string.Join(' ', w));
            }
        }
        else if (options.ByteLimit is int bytes && limitBytes)
        {
            // The script counts UTF-8 bytes of each unit, with no byte for the break between units.
            int left = bytes;
            foreach (var unit in units)
            {
                if (left <= 0) break;
                var text = string.Join(' ', unit.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                var encoded = Encoding.UTF8.GetBytes(text);
                if (encoded.Length > left) text = Encoding.UTF8.GetString(encoded, 0, left);
                left -= Math.Min(encoded.Length, left);
                limited.Add(text);
            }
        }
        else limited.AddRange(units);
        return limited.Select(_tokenizer.Tokens).ToList();
    }

    private static Dictionary<string, int> NGrams(List<List<string>> units, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var all = units.SelectMany(u => u).ToList();
        for (int i = 0; i + n <= all.Count; i++)
        {
            var key = n == 1 ? all[i] : string.Join(' ', all.GetRange(i, n));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    private Dictionary<string, int> SkipBigrams(List<List<string>> units, int maxGap)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var all = units.SelectMany(u => u).ToList();
        for (int i = 0; i < all.Count; i++)
        {
            // The reference script adds the unigrams inside its skip-bigram loop, which never starts at the
            // last word: that word's unigram is not counted, and the vectors confirm it.
            if (options.SkipWithUnigrams && i < all.Count - 1) counts[all[i]] = counts.GetValueOrDefault(all[i]) + 1;
            for (int j = i + 1; j < all.Count && j - i - 1 <= maxGap; j++)
            {
                var key = all[i] + " " + all[j];
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        return counts;
    }

    private static (int, int, int) Overlap(Dictionary<string, int> peer, Dictionary<string, int> reference)
    {
        int hits = 0;
        foreach (var (gram, count) in reference)
            if (peer.TryGetValue(gram, out var p)) hits += Math.Min(p, count);
        return (hits, reference.Values.Sum(), peer.Values.Sum());
    }

    /// <summary>
    /// Summary-level LCS: for each reference sentence, the union of its LCS with every peer sentence; a word is a
    /// hit only while both summaries still have an unmatched occurrence of it.
    /// </summary>
    private static (int, int, int) Lcs(List<List<string>> peer, List<List<string>> countedPeer, List<List<string>> reference, List<List<string>> countedReference)
    {
        var peerLeft = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in countedPeer.SelectMany(u => u)) peerLeft[t] = peerLeft.GetValueOrDefault(t) + 1;
        var refLeft = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in countedReference.SelectMany(u => u)) refLeft[t] = refLeft.GetValueOrDefault(t) + 1;

        int hits = 0;
        foreach (var r in reference)
        {
            var union = new SortedSet<int>();
            foreach (var p in peer) union.UnionWith(LcsPositions(r, p));
            foreach (var pos in union)
            {
                var word = r[pos];
                if (peerLeft.GetValueOrDefault(word) > 0 && refLeft.GetValueOrDefault(word) > 0)
                {
                    hits++;
                    peerLeft[word]--;
                    refLeft[word]--;
                }
            }
        }
        return (hits, reference.Sum(u => u.Count), countedPeer.Sum(u => u.Count));
    }

    /// <summary>Positions in <paramref name="r"/> of one longest common subsequence with <paramref name="p"/>.</summary>
    private static List<int> LcsPositions(List<string> r, List<string> p)
    {
        int m = r.Count, n = p.Count;
        var table = new int[m + 1, n + 1];
        for (int i = 1; i <= m; i++)
            for (int j = 1; j <= n; j++)
                table[i, j] = r[i - 1] == p[j - 1] ? table[i - 1, j - 1] + 1 : Math.Max(table[i - 1, j], table[i, j - 1]);
        var positions = new List<int>();
        for (int i = m, j = n; i > 0 && j > 0;)
        {
            if (r[i - 1] == p[j - 1]) { positions.Add(i - 1); i--; j--; }
            else if (table[i - 1, j] >= table[i, j - 1]) i--;
            else j--;
        }
        return positions;
    }
}
