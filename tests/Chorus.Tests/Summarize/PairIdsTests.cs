using Chorus.Summarize;

namespace Chorus.Tests.Summarize;

/// <summary>The bigram id table (slots of ids, each id's pair kept once; issue 16) numbers pairs exactly as a
/// dictionary numbering them first seen first would, through every growth of the table and of the pair list.</summary>
public class PairIdsTests
{
    [Theory]
    [InlineData(1, 50, 2_000)]        // few distinct pairs, many repeats
    [InlineData(4, 100_000, 60_000)]  // mostly new pairs, far past the expected count
    [InlineData(30_000, 3_000, 30_000)]
    public void Ids_are_first_seen_order_through_growth(int expected, int termRange, int adds)
    {
        var random = new Random(termRange + adds);
        var reference = new Dictionary<(int, int), int>();
        using var ids = new PairIds(expected);
        for (int k = 0; k < adds; k++)
        {
            // Term ids as a cluster's are: small, and a pair and its reverse are two bigrams.
            int first = random.Next(termRange), second = random.Next(termRange);
            if (!reference.TryGetValue((first, second), out var id)) reference[(first, second)] = id = reference.Count;
            Assert.Equal(id, ids.IdOf(first, second));
        }
        Assert.Equal(reference.Count, ids.Count);
        foreach (var ((first, second), id) in reference) Assert.Equal(id, ids.Find(first, second));
        for (int k = 0; k < 1_000; k++)
        {
            int first = random.Next(termRange), second = random.Next(termRange);
            Assert.Equal(reference.TryGetValue((first, second), out var id) ? id : -1, ids.Find(first, second));
        }
        Assert.Equal(-1, ids.Find(-1, 0));
    }
}
