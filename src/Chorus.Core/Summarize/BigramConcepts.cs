using Chorus.Ingest;
using System.Buffers;
using Chorus.Link;

namespace Chorus.Summarize;

/// <summary>
/// The cluster's concepts in the manner of Gillick and Favre's ILP summarizer: stemmed word bigrams (not both
/// stop words), each weighted by how many independent reports (<see cref="OutletFamilies"/>) use it. A fact most
/// outlets state is worth covering; a phrase only one outlet uses is worth nothing when several report the story.
/// </summary>
public sealed class BigramConcepts
{
    /// <summary>Distinct concept ids of each sentence (weight above zero only).</summary>
    public IReadOnlyList<int[]> OfSentence { get; }

    /// <summary>Weight of each concept id.</summary>
    public IReadOnlyList<double> Weight { get; }

    public double TotalWeight { get; }

    public OutletFamilies Families { get; }

    public BigramConcepts(LinkedCluster cluster, OutletFamilies? families = null)
    {
        Families = families ?? new OutletFamilies(cluster);
        var sentences = cluster.Sentences;
        int n = sentences.Count;
        int tokenCount = 0;
        for (int s = 0; s < n; s++) tokenCount += sentences[s].Tokens.Count;
        var pool = SmallArrayPool<int>.Shared;
        // Each sentence's distinct concept ids, first seen first, in one flat array: sentence s's at [start[s], start[s + 1]).
        // A sentence has fewer bigrams than tokens, and the cluster fewer concepts than tokens.
        var start = pool.Rent(n + 1);
        var flat = pool.Rent(Math.Max(1, tokenCount));
        var lastSentence = pool.Rent(Math.Max(1, tokenCount));
        var stems = StemTable.Rent();
        // Sized for half the tokens as distinct bigrams (news repeats itself), grown past that: sized for every
        // token, a 14 MB input's table alone took 96 MB. The ids do not depend on the table's size.
        using var bigrams = new PairIds(tokenCount / 2);
        int used = 0;
        for (int s = 0; s < n; s++)
        {
            start[s] = used;
            var tokens = sentences[s].Tokens;
            int previous = -1;
            for (int t = 0; t < tokens.Count; t++)
            {
                var stem = tokens[t].Stem;
                if (!stems.TryGetValue(stem, out var stemId)) stems[stem] = stemId = stems.Count;
                if (t > 0 && !(tokens[t - 1].IsStopWord && tokens[t].IsStopWord))
                {
                    int before = bigrams.Count;
                    int id = bigrams.IdOf(previous, stemId);
                    if (id == before || lastSentence[id] != s) { lastSentence[id] = s; flat[used++] = id; }
                }
                previous = stemId;
            }
        }
        start[n] = used;
        StemTable.Return(stems);
        int conceptCount = bigrams.Count;

        // Independent reports per concept: sentences visited family by family, so a family counts once.
        var familyOf = pool.Rent(Math.Max(1, n));
        var byFamily = pool.Rent(Math.Max(1, n));
        var familyStart = pool.Rent(Families.Count + 1);
        Array.Clear(familyStart, 0, Families.Count + 1);
        for (int s = 0; s < n; s++)
        {
            familyOf[s] = Families.FamilyOf(sentences[s].DocId);
            if (familyOf[s] >= 0) familyStart[familyOf[s] + 1]++;
        }
        for (int f = 0; f < Families.Count; f++) familyStart[f + 1] += familyStart[f];
        for (int s = 0; s < n; s++)
            if (familyOf[s] >= 0) byFamily[familyStart[familyOf[s]]++] = s;
        int withFamily = Families.Count == 0 ? 0 : familyStart[Families.Count - 1];
        var lastFamily = lastSentence;
        Array.Fill(lastFamily, -1, 0, conceptCount);
        var reports = pool.Rent(Math.Max(1, conceptCount));
        Array.Clear(reports, 0, conceptCount);
        for (int k = 0; k < withFamily; k++)
        {
            int s = byFamily[k], family = familyOf[s];
            for (int i = start[s]; i < start[s + 1]; i++)
                if (lastFamily[flat[i]] != family) { lastFamily[flat[i]] = family; reports[flat[i]]++; }
        }
        // With several independent reports a bigram counts from its second report on; a lone article's bigrams all
        // count once. Only the bigrams that count are concepts, numbered in the order of the bigram ids: every loop
        // over the concepts (the total here, the selector's) meets them in the order it met them among all bigrams,
        // and the zero weights it no longer meets added nothing. Most bigrams weigh nothing (one report uses them),
        // so every array the selector keeps per concept was several times the length it needed.
        int offset = Families.Count >= 2 ? 1 : 0;
        var conceptOf = lastSentence;
        int concepts = 0;
        for (int id = 0; id < conceptCount; id++) conceptOf[id] = reports[id] - offset > 0 ? concepts++ : -1;
        var weight = new double[concepts];
        double total = 0;
        for (int id = 0; id < conceptCount; id++)
            if (conceptOf[id] >= 0)
            {
                weight[conceptOf[id]] = reports[id] - offset;
                total += weight[conceptOf[id]];
            }
        pool.Return(reports);
        var ofSentence = new int[n][];
        for (int s = 0; s < n; s++)
        {
            int kept = 0;
            for (int i = start[s]; i < start[s + 1]; i++) if (conceptOf[flat[i]] >= 0) kept++;
            var ids = kept == 0 ? [] : new int[kept];
            for (int i = start[s], k = 0; i < start[s + 1]; i++) if (conceptOf[flat[i]] >= 0) ids[k++] = conceptOf[flat[i]];
            ofSentence[s] = ids;
        }
        foreach (var array in (int[][])[start, flat, lastSentence, familyOf, byFamily, familyStart]) pool.Return(array);
        OfSentence = ofSentence;
        Weight = weight;
        TotalWeight = total;
    }

    /// <summary>Sum of the weights of a sentence's concepts.</summary>
    public double WeightOf(int sentence)
    {
        double sum = 0;
        foreach (var c in OfSentence[sentence]) sum += Weight[c];
        return sum;
    }
}
