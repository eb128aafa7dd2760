using System.Text.Json;
using Chorus.Analyze;
using Xunit.Abstractions;

namespace Chorus.Tests.Analyze;

/// <summary>Precision and recall of the analysis against hand annotations of dev clusters (Annotations/dev-analysis.json).</summary>
public class DevAnnotationTests(ITestOutputHelper output)
{
    private static readonly JsonElement Annotations = DevClusterAnnotations.Load("dev-analysis.json");

    private static ClusterAnalysis Analyze(string cluster) => DevClusterAnnotations.Analyze(cluster);

    private static string Surname(string speaker) => DevClusterAnnotations.Surname(speaker);

    [Fact]
    public void Quote_speakers_are_precise()
    {
        var expected = Annotations.GetProperty("quotes").EnumerateArray()
            .ToDictionary(q => (q.GetProperty("cluster").GetString()!, q.GetProperty("doc").GetString()!, q.GetProperty("sentence").GetInt32()),
                q => q.GetProperty("speaker").GetString());
        int attributed = 0, correct = 0, found = 0;
        foreach (var cluster in Annotations.GetProperty("quoteClusters").EnumerateArray().Select(c => c.GetString()!))
        {
            foreach (var quote in Analyze(cluster).Quotes)
            {
                if (quote.Speaker is null) continue;
                attributed++;
                var keys = quote.Sentences.Select(s => (cluster, s.Doc, s.Index)).Where(expected.ContainsKey).ToList();
                if (keys.Count > 0 && keys.Any(k => expected[k] is { } e && Surname(quote.Speaker) == e)) correct++;
                else output.WriteLine($"wrong or unannotated: {cluster} {string.Join(",", quote.Sentences.Select(s => $"{s.Doc}:{s.Index}"))} -> {quote.Speaker}");
                found += keys.Count(k => expected[k] is { } e && Surname(quote.Speaker) == e);
            }
        }
        double precision = (double)correct / attributed, recall = (double)Math.Min(found, expected.Count) / expected.Count;
        output.WriteLine($"quote speakers: precision {precision:0.00} ({correct}/{attributed}), recall {recall:0.00} over {expected.Count} annotated quotations");
        // Measured 1.00 (85/85) and 1.00 of 150; the margins allow three wrong speakers and seven lost quotations.
        Assert.True(precision >= 0.96, $"precision {precision:0.00}");
        Assert.True(recall >= 0.95, $"recall {recall:0.00}");
    }

    [Fact]
    public void Copy_pairs_are_precise()
    {
        var expected = Annotations.GetProperty("copies").EnumerateArray()
            .Select(c => (c.GetProperty("cluster").GetString()!, c.GetProperty("a").GetString()!, c.GetProperty("b").GetString()!)).ToHashSet();
        int reported = 0, correct = 0;
        foreach (var cluster in Annotations.GetProperty("copyClusters").EnumerateArray().Select(c => c.GetString()!))
            foreach (var pair in Analyze(cluster).Copies)
            {
                reported++;
                if (expected.Contains((cluster, pair.A, pair.B))) correct++;
                else output.WriteLine($"not annotated as a copy: {cluster} {pair.A}-{pair.B}");
            }
        double precision = (double)correct / reported, recall = (double)correct / expected.Count;
        output.WriteLine($"copies: precision {precision:0.00} ({correct}/{reported}), recall {recall:0.00} ({correct}/{expected.Count})");
        // Measured 1.00 (9/9) and 1.00 (9/9); the margin allows one wrong pair and one missed pair.
        Assert.True(precision >= 0.9, $"precision {precision:0.00}");
        Assert.True(recall >= 0.88, $"recall {recall:0.00}");
    }
}
