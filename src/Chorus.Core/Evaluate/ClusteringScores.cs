namespace Chorus.Evaluate;

/// <summary>B-cubed precision/recall/F1 and the adjusted Rand index of a clustering against gold labels.</summary>
public sealed record ClusteringScores(int Items, double Precision, double Recall, double F1, double AdjustedRand)
{
    /// <param name="gold">Each item's true cluster.</param>
    /// <param name="predicted">Each item's assigned cluster, in the same order (an item in no cluster gets a label
    /// of its own, so it counts as a singleton).</param>
    public static ClusteringScores Of(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        if (gold.Count != predicted.Count) throw new ArgumentException("gold and predicted labels differ in length");
        int n = gold.Count;
        if (n == 0) return new ClusteringScores(0, 0, 0, 0, 0);
        var cell = new Dictionary<(string, string), int>();
        var goldSize = new Dictionary<string, int>(StringComparer.Ordinal);
        var predSize = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            cell[(gold[i], predicted[i])] = cell.GetValueOrDefault((gold[i], predicted[i])) + 1;
            goldSize[gold[i]] = goldSize.GetValueOrDefault(gold[i]) + 1;
            predSize[predicted[i]] = predSize.GetValueOrDefault(predicted[i]) + 1;
        }
        // B-cubed: for each item, the share of its predicted cluster that shares its gold cluster, and vice versa;
        // summed per (gold, predicted) cell since all items of a cell score alike.
        double p = 0, r = 0;
        foreach (var ((g, q), c) in cell)
        {
            p += c * (double)c / predSize[q];
            r += c * (double)c / goldSize[g];
        }
        p /= n;
        r /= n;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);

        static double Pairs(double x) => x * (x - 1) / 2;
        double index = cell.Values.Sum(c => Pairs(c));
        double a = goldSize.Values.Sum(c => Pairs(c));
        double b = predSize.Values.Sum(c => Pairs(c));
        double expected = a * b / Pairs(n);
        double max = (a + b) / 2;
        double ari = max == expected ? 1 : (index - expected) / (max - expected);
        return new ClusteringScores(n, p, r, f, ari);
    }
}
