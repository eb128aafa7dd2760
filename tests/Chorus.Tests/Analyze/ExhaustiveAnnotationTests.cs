using System.Text.Json;
using Chorus.Analyze;
using Xunit.Abstractions;

namespace Chorus.Tests.Analyze;

/// <summary>
/// Precision and recall of every analysis section against ten dev clusters annotated in full, by reading the
/// articles rather than the system's output (Annotations/dev-analysis-exhaustive.json, rules in its "about").
/// </summary>
public class ExhaustiveAnnotationTests(ITestOutputHelper output)
{
    private static readonly JsonElement Annotations = DevClusterAnnotations.Load("dev-analysis-exhaustive.json");

    private static readonly IReadOnlyList<string> Clusters = Annotations.GetProperty("clusters").EnumerateArray().Select(c => c.GetString()!).ToList();

    private static readonly Dictionary<string, ClusterAnalysis> Analyses = Clusters.ToDictionary(c => c, DevClusterAnnotations.Analyze);

    [Fact]
    public void Quote_speakers_meet_the_precision_target()
    {
        var annotated = Annotations.GetProperty("quotes").EnumerateArray().ToDictionary(
            q => (q.GetProperty("cluster").GetString()!, q.GetProperty("doc").GetString()!, q.GetProperty("sentence").GetInt32()),
            q => q.GetProperty("speaker").GetString());
        int attributed = 0, correct = 0;
        var found = new HashSet<(string, string, int)>();
        foreach (var cluster in Clusters)
            foreach (var quote in Analyses[cluster].Quotes.Where(q => q.Speaker is not null))
            {
                attributed++;
                var keys = quote.Sentences.Select(s => (cluster, s.Doc, s.Index)).Where(annotated.ContainsKey).ToList();
                var right = keys.Where(k => annotated[k] == DevClusterAnnotations.Surname(quote.Speaker!)).ToList();
                if (right.Count > 0) { correct++; found.UnionWith(right); }
                else output.WriteLine($"wrong: {cluster} {string.Join(",", quote.Sentences.Select(s => $"{s.Doc}:{s.Index}"))} -> {quote.Speaker}");
            }
        int withSpeaker = annotated.Values.Count(v => v is not null);
        double precision = (double)correct / attributed, recall = (double)found.Count / withSpeaker;
        output.WriteLine($"quote speakers: precision {precision:0.00} ({correct}/{attributed}), recall {recall:0.00} ({found.Count}/{withSpeaker} quoted sentences with a named speaker)");
        // Measured 1.00 (57/57) and 0.78 (91/116); the margins allow two wrong speakers and five lost sentences.
        Assert.True(precision >= 0.96, $"precision {precision:0.00}");
        Assert.True(recall >= 0.74, $"recall {recall:0.00}");
    }

    [Fact]
    public void Copy_pairs_meet_the_precision_target()
    {
        var annotated = Annotations.GetProperty("copies").EnumerateArray()
            .Select(c => (c.GetProperty("cluster").GetString()!, c.GetProperty("a").GetString()!, c.GetProperty("b").GetString()!)).ToHashSet();
        var reported = Clusters.SelectMany(c => Analyses[c].Copies.Select(p => (c, p.A, p.B))).ToList();
        int correct = reported.Count(annotated.Contains);
        foreach (var wrong in reported.Where(r => !annotated.Contains(r))) output.WriteLine($"not a copy: {wrong}");
        double precision = reported.Count == 0 ? 1 : (double)correct / reported.Count, recall = (double)correct / annotated.Count;
        output.WriteLine($"copies: precision {precision:0.00} ({correct}/{reported.Count}), recall {recall:0.00} ({correct}/{annotated.Count})");
        // Measured 1.00 (1/1) and 1.00 (1/1): the one pair must be found and nothing else reported.
        Assert.NotEmpty(reported);
        Assert.Equal(1.0, precision);
        Assert.Equal(annotated.Count, correct);
    }

    [Fact]
    public void Discrepancies_meet_the_precision_target()
    {
        var annotated = Annotations.GetProperty("discrepancies").EnumerateArray().Select(d => (
            Cluster: d.GetProperty("cluster").GetString()!,
            Sentences: d.GetProperty("values").EnumerateArray().Select(v => (v.GetProperty("doc").GetString()!, v.GetProperty("sentence").GetInt32())).ToHashSet())).ToList();
        int reported = 0, correct = 0;
        var matched = new HashSet<int>();
        foreach (var cluster in Clusters)
            foreach (var d in Analyses[cluster].Discrepancies)
            {
                reported++;
                var sentences = d.Values.SelectMany(v => v.Sentences.Select(s => (s.Doc, s.Index))).ToHashSet();
                // Right when at least two of its values sit in sentences of one annotated discrepancy.
                int hit = annotated.FindIndex(a => a.Cluster == cluster && d.Values.Count(v => v.Sentences.Any(s => a.Sentences.Contains((s.Doc, s.Index)))) >= 2);
                if (hit >= 0) { correct++; matched.Add(hit); }
                else output.WriteLine($"not a discrepancy: {cluster} {d.Topic}");
            }
        double precision = reported == 0 ? 0 : (double)correct / reported, recall = (double)matched.Count / annotated.Count;
        output.WriteLine($"discrepancies: precision {precision:0.00} ({correct}/{reported}), recall {recall:0.00} ({matched.Count}/{annotated.Count})");
        // Measured 1.00 (3/3) and 1.00 (3/3); the margin allows one wrong report (3/4) and one miss (2/3).
        Assert.True(reported > 0, "no discrepancy reported on the annotated clusters");
        Assert.True(precision >= 0.75, $"precision {precision:0.00}");
        Assert.True(recall >= 0.66, $"recall {recall:0.00}");
    }
}
