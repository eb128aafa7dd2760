namespace Chorus.Evaluate;

/// <summary>Recall, precision and F of one ROUGE measure, as fractions between 0 and 1.</summary>
public readonly record struct RougeScore(double R, double P, double F)
{
    public static RougeScore FromCounts(double hits, double referenceCount, double peerCount, double alpha)
    {
        double r = referenceCount > 0 ? hits / referenceCount : 0;
        double p = peerCount > 0 ? hits / peerCount : 0;
        double f = r > 0 && p > 0 ? p * r / ((1 - alpha) * p + alpha * r) : 0;
        return new RougeScore(r, p, f);
    }
}

/// <summary>The scores one summary gets: ROUGE-1..N, ROUGE-L and (when asked for) ROUGE-S/SU.</summary>
public sealed record RougeResult(IReadOnlyDictionary<string, RougeScore> Scores)
{
    public RougeScore this[string measure] => Scores[measure];
}
