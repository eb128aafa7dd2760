using Chorus.Summarize;

namespace Chorus.Tests.Summarize;

/// <summary>The LexRank graph kept as 16-bit gaps (issue 16) gives back every list exactly as it was added: ids far
/// apart (written whole after an escape), ids out of order, and lists that move to a new chunk when one fills up.</summary>
public class LexRankEdgesTests
{
    [Fact]
    public void Lists_with_gaps_past_sixteen_bits_and_out_of_order_ids_come_back_as_added()
    {
        int n = 300_000;
        var lists = new Dictionary<int, int[]>
        {
            [0] = [1, 65_534, 65_535, 65_536, 131_071, 299_999],
            [1] = [0, 2, 3],
            [2] = [],
            [65_535] = [70_000, 5, 65_534, 65_536, 299_998],
            [299_999] = [0, 299_998],
        };
        using var edges = Build(n, s => lists.GetValueOrDefault(s, []));
        foreach (var (sentence, ids) in lists)
        {
            Assert.Equal(ids, edges.Of(sentence));
            Assert.Equal(ids.Length, edges.Degree(sentence));
        }
        Assert.Empty(edges.Of(3));
    }

    [Fact]
    public void Long_lists_across_many_chunks_come_back_as_added_and_sum_in_order()
    {
        // 500 neighbours (the scan's cap) for each of the first 5,000 sentences, spread over a wide id range:
        // 2.5 million gaps, so lists fill chunks and move to the next.
        int n = 120_000;
        var random = new Random(16);
        int[] ListOf(int s)
        {
            var r = new Random(s);
            return Enumerable.Range(0, s < 5_000 ? 500 : 3).Select(_ => r.Next(n)).Distinct().Order().ToArray();
        }
        using var edges = Build(n, ListOf);
        var values = Enumerable.Range(0, n).Select(_ => random.NextDouble()).ToArray();
        foreach (var s in new[] { 0, 1, 1_047, 1_048, 59_999, 60_000, n - 1 }.Concat(Enumerable.Range(0, 50).Select(_ => random.Next(n))))
        {
            var expected = ListOf(s);
            Assert.Equal(expected, edges.Of(s));
            double sum = 0;
            foreach (var id in expected) sum += values[id];
            Assert.Equal(BitConverter.DoubleToInt64Bits(sum), BitConverter.DoubleToInt64Bits(edges.SumOf(s, values)));
        }
    }

    [Fact]
    public void Pairs_met_once_give_both_directions_in_ascending_order()
    {
        // (0,1) (0,70000) (1,2) (2,70000): sentence 70000 hears from 0 and 2, sentence 1 from 0 and 2.
        int[] from = [0, 0, 1, 2], to = [1, 70_000, 2, 70_000];
        using var edges = new LexRankEdges(70_001, from, to);
        Assert.Equal([1, 70_000], edges.Of(0));
        Assert.Equal([0, 2], edges.Of(1));
        Assert.Equal([1, 70_000], edges.Of(2));
        Assert.Equal([0, 2], edges.Of(70_000));
        Assert.Empty(edges.Of(3));
    }

    private static LexRankEdges Build(int n, Func<int, int[]> listOf)
    {
        var edges = new LexRankEdges(n);
        for (int s = 0; s < n; s++)
        {
            foreach (var id in listOf(s)) edges.Add(id);
            edges.EndSentence();
        }
        return edges;
    }
}
