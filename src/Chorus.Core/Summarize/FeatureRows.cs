namespace Chorus.Summarize;

/// <summary>
/// The feature rows of <see cref="SentenceFeatures"/>, reused per thread: the summarizer scores a cluster's rows and
/// drops them (<see cref="SentenceFeatures.ReleaseRows"/>), and a new row per sentence of every cluster was a tenth
/// of what summarizing allocated. Rows kept by their caller (training) are simply never given back.
/// </summary>
internal static class FeatureRows
{
    /// <summary>Rows kept for the next cluster; a long input's others are left to the garbage collector.</summary>
    private const int KeepUpTo = 4096;

    [ThreadStatic] private static Stack<float[]>? _free;

    /// <summary>A row of <see cref="SentenceFeatures.Names"/>'s length; a reused one holds old values.</summary>
    public static float[] Rent() => _free is { Count: > 0 } free ? free.Pop() : new float[SentenceFeatures.Names.Length];

    public static void Return(float[][] rows)
    {
        var free = _free ??= new Stack<float[]>();
        foreach (var row in rows)
        {
            if (free.Count >= KeepUpTo) return;
            free.Push(row);
        }
    }
}
