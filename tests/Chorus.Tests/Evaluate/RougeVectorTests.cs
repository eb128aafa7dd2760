using System.Text.Json;
using Chorus.Evaluate;

namespace Chorus.Tests.Evaluate;

public class RougeVectorTests
{
    public static TheoryData<string> VectorIds()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadLines(Path.Combine(SharedData.Data, "rouge-1.5.5-vectors.jsonl")))
            data.Add(JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!);
        return data;
    }

    [Theory]
    [MemberData(nameof(VectorIds))]
    public void Matches_the_reference_script_within_half_a_thousandth(string id)
    {
        var vector = File.ReadLines(Path.Combine(SharedData.Data, "rouge-1.5.5-vectors.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Single(v => v.GetProperty("id").GetString() == id);
        var scorer = new RougeScorer(RougeOptions.Parse(vector.GetProperty("flags").GetString()!));
        var peer = vector.GetProperty("peer_units").EnumerateArray().Select(u => u.GetString()!).ToList();
        var refs = vector.GetProperty("ref_units").EnumerateArray()
            .Select(r => (IReadOnlyList<string>)r.EnumerateArray().Select(u => u.GetString()!).ToList()).ToList();

        var result = scorer.Score(peer, refs);

        var failures = new List<string>();
        foreach (var measure in vector.GetProperty("expected").EnumerateObject())
        {
            var actual = result[measure.Name];
            foreach (var (name, value) in new[] { ("R", actual.R), ("P", actual.P), ("F", actual.F) })
            {
                var expected = measure.Value.GetProperty(name).GetDouble();
                if (Math.Abs(expected - value) > 0.0005) failures.Add($"{measure.Name} {name}: expected {expected:0.00000}, got {value:0.00000}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("; ", failures));
    }
}
