using System.Security.Cryptography;
using System.Text;
using Chorus.Clean;
using Chorus.Evaluate;
using Chorus.Summarize;

namespace Chorus.Training;

/// <summary>
/// Feature rows and labels of a training sample, prepared in parallel batches and kept in a file: extraction is
/// the expensive part of training, so retraining with other settings reads the file instead. The file's name
/// carries a hash of everything the rows depend on (split file, sample size and seed, feature names, label,
/// <see cref="Version"/>), so a change to any of them prepares afresh.
/// </summary>
public static class FeatureCache
{
    /// <summary>Raise when feature or label computation, or what the candidate filter lets through (the training
    /// sentences are its candidates), changes without a change of names.</summary>
    public const int Version = 15;

    private const int Batch = 256;

    public static string PathFor(string directory, string splitFile, int count, int seed)
    {
        var info = new FileInfo(splitFile);
        var key = string.Join("|", Path.GetFullPath(splitFile), info.Length, count, seed, Version, RankerTrainingSet.LabelDescription, string.Join(",", SentenceFeatures.Names));
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16].ToLowerInvariant();
        return System.IO.Path.Combine(directory, $"chorus-features-{System.IO.Path.GetFileNameWithoutExtension(splitFile)}-{count}-{seed}-{hash}.bin");
    }

    public static List<PreparedCluster> LoadOrPrepare(string splitFile, int count, int seed, string directory, TextWriter log)
    {
        var file = PathFor(directory, splitFile, count, seed);
        if (File.Exists(file))
        {
            var cached = Read(file);
            log.WriteLine($"read {cached.Count} prepared clusters from {file}");
            return cached;
        }
        var prepared = new List<PreparedCluster>();
        var cleaner = new ArticleCleaner();
        var batch = new List<DatasetCluster>(Batch);
        var started = DateTime.UtcNow;
        void Flush()
        {
            var results = new PreparedCluster[batch.Count];
            Parallel.For(0, batch.Count, i => results[i] = PreparedCluster.Prepare(batch[i], cleaner).Prepared);
            prepared.AddRange(results.Where(r => r.Rows.Length > 0));
            batch.Clear();
            log.WriteLine($"prepared {prepared.Count} clusters ({(DateTime.UtcNow - started).TotalSeconds:0} s)");
        }
        foreach (var cluster in ClusterSample.Read(splitFile, count, seed, w => log.WriteLine(w)))
        {
            batch.Add(cluster);
            if (batch.Count == Batch) Flush();
        }
        if (batch.Count > 0) Flush();
        Directory.CreateDirectory(directory);
        Write(file + ".part", prepared);
        File.Move(file + ".part", file, overwrite: true);
        log.WriteLine($"wrote {file}");
        return prepared;
    }

    private static void Write(string file, List<PreparedCluster> clusters)
    {
        using var writer = new BinaryWriter(File.Create(file));
        writer.Write(clusters.Count);
        writer.Write(SentenceFeatures.Names.Length);
        foreach (var c in clusters)
        {
            writer.Write(c.Id);
            writer.Write(c.Rows.Length);
            for (int s = 0; s < c.Rows.Length; s++)
            {
                foreach (var v in c.Rows[s]) writer.Write(v);
                writer.Write(c.Labels[s]);
            }
        }
    }

    private static List<PreparedCluster> Read(string file)
    {
        using var reader = new BinaryReader(File.OpenRead(file));
        int count = reader.ReadInt32(), width = reader.ReadInt32();
        if (width != SentenceFeatures.Names.Length) throw new InvalidDataException($"{file}: {width} features, expected {SentenceFeatures.Names.Length}");
        var result = new List<PreparedCluster>(count);
        for (int i = 0; i < count; i++)
        {
            var id = reader.ReadString();
            int n = reader.ReadInt32();
            var rows = new float[n][];
            var labels = new float[n];
            for (int s = 0; s < n; s++)
            {
                rows[s] = new float[width];
                for (int f = 0; f < width; f++) rows[s][f] = reader.ReadSingle();
                labels[s] = reader.ReadSingle();
            }
            result.Add(new PreparedCluster(id, rows, labels));
        }
        return result;
    }
}
