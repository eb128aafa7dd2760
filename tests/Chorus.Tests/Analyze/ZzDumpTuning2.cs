using System.Security.Cryptography;
using System.Text;
using Chorus.Analyze;
using Chorus.Clean;

namespace Chorus.Tests.Analyze;

public class ZzDumpTuning2
{
    [Fact]
    public void DumpExtraEntries()
    {
        var root = DevClusterAnnotations.Load("dev-analysis.json");
        var ann = root.GetProperty("quotes").EnumerateArray().Select(q => (q.GetProperty("cluster").GetString()!, q.GetProperty("doc").GetString()!, q.GetProperty("sentence").GetInt32())).ToHashSet();
        var lines = new List<string>();
        foreach (var cluster in root.GetProperty("quoteClusters").EnumerateArray().Select(x => x.GetString()!))
        {
            var linked = DevClusterAnnotations.Link(cluster);
            var a = new ClusterAnalyzer().Analyze(linked);
            foreach (var q in a.Quotes.Where(q => q.Speaker is not null))
                foreach (var s in q.Sentences.Where(s => !ann.Contains((cluster, s.Doc, s.Index))))
                {
                    var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(TextFingerprint.Of(s.Text))))[..8];
                    lines.Add($"    {{\"cluster\": \"{cluster}\", \"doc\": \"{s.Doc}\", \"sentence\": {s.Index}, \"speaker\": \"{DevClusterAnnotations.Surname(q.Speaker!)}\", \"check\": \"{hash}\"}},");
                }
        }
        File.WriteAllLines("/tmp/extra-entries.txt", lines);
    }
}
