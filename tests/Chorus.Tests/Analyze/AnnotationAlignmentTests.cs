using System.Security.Cryptography;
using System.Text;
using Chorus.Clean;

namespace Chorus.Tests.Analyze;

/// <summary>
/// The annotations point at sentences by number after cleaning and segmentation; each also carries a short hash of
/// the sentence it meant. A change to either stage that renumbers sentences fails here, naming the first item
/// that moved, instead of quietly scoring the analysis against the wrong sentences.
/// </summary>
public class AnnotationAlignmentTests
{
    public static readonly TheoryData<string> Files = new() { "dev-analysis.json", "dev-analysis-exhaustive.json" };

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_annotated_sentence_is_still_the_sentence_it_was_annotated_as(string file)
    {
        var root = DevClusterAnnotations.Load(file);
        var items = root.GetProperty("quotes").EnumerateArray()
            .Select(q => (Cluster: q.GetProperty("cluster").GetString()!, Doc: q.GetProperty("doc").GetString()!, Sentence: q.GetProperty("sentence").GetInt32(), Check: q.GetProperty("check").GetString()!))
            .ToList();
        if (root.TryGetProperty("discrepancies", out var discrepancies))
            foreach (var d in discrepancies.EnumerateArray())
                foreach (var v in d.GetProperty("values").EnumerateArray())
                    items.Add((d.GetProperty("cluster").GetString()!, v.GetProperty("doc").GetString()!, v.GetProperty("sentence").GetInt32(), v.GetProperty("check").GetString()!));
        Assert.NotEmpty(items);

        var sentences = new Dictionary<string, Dictionary<(string, int), string>>();
        foreach (var (cluster, doc, index, check) in items)
        {
            if (!sentences.TryGetValue(cluster, out var of))
            {
                sentences[cluster] = of = DevClusterAnnotations.Link(cluster).Sentences.ToDictionary(s => (s.DocId, s.Position), s => s.Text);
            }
            Assert.True(of.TryGetValue((doc, index), out var text), $"{file}: {cluster} {doc}:{index} no longer exists");
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(TextFingerprint.Of(text!))))[..8];
            Assert.True(hash == check, $"{file}: {cluster} {doc}:{index} is now another sentence; re-map the annotations to the new numbering");
        }
    }
}
