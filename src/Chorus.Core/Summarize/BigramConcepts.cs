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
        var ids = new Dictionary<(string, string), int>();
        var familiesOf = new List<HashSet<int>>();
        var raw = new int[cluster.Sentences.Count][];
        var buffer = new List<int>();
        for (int s = 0; s < raw.Length; s++)
        {
            var sentence = cluster.Sentences[s];
            int family = Families.FamilyOf(sentence.DocId);
            buffer.Clear();
            var tokens = sentence.Tokens;
            for (int t = 0; t + 1 < tokens.Count; t++)
            {
                if (tokens[t].IsStopWord && tokens[t + 1].IsStopWord) continue;
                var key = (tokens[t].Stem, tokens[t + 1].Stem);
                if (!ids.TryGetValue(key, out var id)) { id = ids.Count; ids[key] = id; familiesOf.Add([]); }
                if (family >= 0) familiesOf[id].Add(family);
                if (!buffer.Contains(id)) buffer.Add(id);
            }
            raw[s] = buffer.ToArray();
        }
        // With several independent reports a concept counts from its second report on; a lone article's
        // concepts all count once.
        int offset = Families.Count >= 2 ? 1 : 0;
        var weight = familiesOf.Select(f => (double)Math.Max(0, f.Count - offset)).ToArray();
        OfSentence = raw.Select(c => c.Where(id => weight[id] > 0).ToArray()).ToArray();
        Weight = weight;
        TotalWeight = weight.Sum();
    }

    /// <summary>Sum of the weights of a sentence's concepts.</summary>
    public double WeightOf(int sentence)
    {
        double sum = 0;
        foreach (var c in OfSentence[sentence]) sum += Weight[c];
        return sum;
    }
}
