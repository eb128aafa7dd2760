namespace Chorus.Summarize;

/// <summary>
/// The stem → term id table a cluster's vectors and concepts are built with, kept per thread and cleared between
/// clusters: a new dictionary per cluster and its regrowths were a quarter of the features' garbage.
/// </summary>
internal static class StemTable
{
    /// <summary>A table grown past this by one huge input is let go rather than kept (and cleared) for every cluster.</summary>
    private const int KeepUpTo = 100_000;

    [ThreadStatic] private static Dictionary<string, int>? _free;

    /// <summary>An empty table; give it back with <see cref="Return"/> when the ids are no longer looked up.</summary>
    public static Dictionary<string, int> Rent()
    {
        var table = _free ?? new Dictionary<string, int>(StringComparer.Ordinal);
        _free = null;
        return table;
    }

    public static void Return(Dictionary<string, int> table)
    {
        if (table.Count > KeepUpTo) return;
        table.Clear();
        _free = table;
    }
}
