using Chorus.Evaluate;
using Chorus.Ingest;

namespace Chorus.Training;

/// <summary>
/// A reproducible subsample of a JSON Lines split: the <c>count</c> lines with the smallest seeded hash of their
/// line number. The first pass only counts lines, the second parses just the chosen ones, so neither holds more
/// than one cluster's objects at a time.
/// </summary>
public static class ClusterSample
{
    public static IEnumerable<DatasetCluster> Read(string file, int count, int seed, Action<IngestWarning>? warn = null, int skip = 0)
    {
        int lines = 0;
        using (var counter = Open(file)) while (counter.ReadLine() is not null) lines++;
        if (skip == 0 && (count <= 0 || count >= lines)) return JsonLinesDatasetReader.Read(file, warn);
        var chosen = Enumerable.Range(1, lines).OrderBy(line => Hash(seed, line)).ThenBy(line => line).Skip(skip).Take(count).ToHashSet();
        return ReadLines(file, chosen, warn);
    }

    /// <summary>Clusters the sample of <paramref name="used"/> clusters with this seed does not contain: the next
    /// <paramref name="count"/> in the same seeded order.</summary>
    public static IEnumerable<DatasetCluster> ReadOthers(string file, int used, int count, int seed, Action<IngestWarning>? warn = null) =>
        Read(file, count, seed, warn, skip: used);

    private static IEnumerable<DatasetCluster> ReadLines(string file, HashSet<int> chosen, Action<IngestWarning>? warn)
    {
        using var reader = Open(file);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (!chosen.Contains(lineNumber)) continue;
            var cluster = JsonLinesDatasetReader.Parse(line, $"{file}:{lineNumber}", out var problem);
            if (cluster is not null) yield return cluster;
            else warn?.Invoke(new IngestWarning($"{file}:{lineNumber}", problem!));
        }
    }

    private static StreamReader Open(string file)
    {
        Stream stream = File.OpenRead(file);
        if (file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) stream = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress);
        return new StreamReader(stream);
    }

    /// <summary>SplitMix64 of seed and line: stable across runtimes, unlike string.GetHashCode.</summary>
    private static ulong Hash(int seed, int line)
    {
        ulong z = ((ulong)(uint)seed << 32 | (uint)line) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
