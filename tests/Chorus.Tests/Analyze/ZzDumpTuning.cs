using Chorus.Analyze;
using Xunit.Abstractions;

namespace Chorus.Tests.Analyze;

public class ZzDumpTuning(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var lines = new List<string>();
        foreach (var file in new[] { "dev-analysis-exhaustive.json", "dev-analysis.json" })
        {
            var root = DevClusterAnnotations.Load(file);
            var clusters = root.TryGetProperty("clusters", out var c) ? c : root.GetProperty("quoteClusters");
            var ann = root.GetProperty("quotes").EnumerateArray().ToDictionary(
                q => (q.GetProperty("cluster").GetString()!, q.GetProperty("doc").GetString()!, q.GetProperty("sentence").GetInt32()),
                q => q.GetProperty("speaker").GetString());
            foreach (var cluster in clusters.EnumerateArray().Select(x => x.GetString()!))
            {
                var linked = DevClusterAnnotations.Link(cluster);
                var a = new ClusterAnalyzer().Analyze(linked);
                var got = new Dictionary<(string, int), string?>();
                foreach (var q in a.Quotes) foreach (var s in q.Sentences) if (!got.TryGetValue((s.Doc, s.Index), out var prev) || prev is null) got[(s.Doc, s.Index)] = q.Speaker;
                foreach (var s in linked.Sentences)
                {
                    var key = (cluster, s.DocId, s.Position);
                    bool annotated = ann.TryGetValue(key, out var sp);
                    got.TryGetValue((s.DocId, s.Position), out var g);
                    bool has = got.ContainsKey((s.DocId, s.Position));
                    if (annotated && sp is not null && (g is null || !a.Quotes.Any(q => q.Speaker is not null && DevClusterAnnotations.Surname(q.Speaker) == sp && q.Sentences.Any(x => x.Doc == s.DocId && x.Index == s.Position))))
                        lines.Add($"MISS {cluster} {s.DocId}:{s.Position} want={sp} got={g ?? "-"} | {s.Text}");
                    else if (!annotated && has && g is not null)
                        lines.Add($"EXTRA {cluster} {s.DocId}:{s.Position} got={g} | {s.Text}");
                }
            }
        }
        File.WriteAllLines("/tmp/analysis-tuning.txt", lines);
    }
}
