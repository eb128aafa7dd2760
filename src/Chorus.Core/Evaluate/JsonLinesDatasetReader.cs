using System.IO.Compression;
using System.Text.Json;
using Chorus.Ingest;

namespace Chorus.Evaluate;

/// <summary>
/// Streams a training split in the multinews-plus layout: one JSON object per line,
/// <c>{"id", "documents": [...], "summary"}</c>, optionally gzipped. Clusters are read one at a time so 45,000
/// of them never sit in memory together. A line that is not such an object is reported and skipped.
/// </summary>
public static class JsonLinesDatasetReader
{
    /// <summary>The split's file in a dataset folder: <c>NAME.jsonl.gz</c> or <c>NAME.jsonl</c>, or null.</summary>
    public static string? SplitFile(string folder, string split) =>
        new[] { $"{split}.jsonl.gz", $"{split}.jsonl" }.Select(f => Path.Combine(folder, f)).FirstOrDefault(File.Exists);

    /// <summary>Whether a folder holds JSON Lines splits rather than <c>&lt;cluster&gt;/docs</c> folders.</summary>
    public static bool IsJsonLinesDataset(string folder) => SplitFile(folder, "train") is not null || SplitFile(folder, "val") is not null;

    public static IEnumerable<DatasetCluster> Read(string file, Action<IngestWarning>? warn = null)
    {
        using var stream = File.OpenRead(file);
        using var decoded = file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(stream, CompressionMode.Decompress) : (Stream)stream;
        using var reader = new StreamReader(decoded);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Trim().Length == 0) continue;
            var cluster = Parse(line, $"{file}:{lineNumber}", out var problem);
            if (cluster is not null) yield return cluster;
            else warn?.Invoke(new IngestWarning($"{file}:{lineNumber}", problem!));
        }
    }

    public static DatasetCluster? Parse(string line, string origin, out string? problem)
    {
        problem = null;
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) { problem = "not a JSON object"; return null; }
            if (!root.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String) { problem = "no string \"id\""; return null; }
            if (!root.TryGetProperty("summary", out var summary) || summary.ValueKind != JsonValueKind.String || summary.GetString()!.Trim().Length == 0)
            { problem = "no \"summary\" text"; return null; }
            if (!root.TryGetProperty("documents", out var documents) || documents.ValueKind != JsonValueKind.Array) { problem = "no \"documents\" array"; return null; }
            var id = idElement.GetString()!;
            var sources = new List<SourceDocument>();
            int k = 0;
            foreach (var d in documents.EnumerateArray())
            {
                k++;
                if (d.ValueKind != JsonValueKind.String) continue;
                var paragraphs = d.GetString()!.Replace("\r\n", "\n").Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
                if (paragraphs.Count > 0) sources.Add(new SourceDocument($"{id}-{k:00}", origin, null, null, null, null, null, paragraphs));
            }
            if (sources.Count == 0) { problem = "no document with text"; return null; }
            return new DatasetCluster(id, sources, [summary.GetString()!]);
        }
        catch (JsonException e)
        {
            problem = $"not JSON ({e.Message.Split('.')[0]})";
            return null;
        }
    }
}
