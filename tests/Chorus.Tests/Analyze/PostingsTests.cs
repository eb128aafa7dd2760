using Chorus.Analyze;

namespace Chorus.Tests.Analyze;

/// <summary><see cref="Postings"/> files the same items under each key as a dictionary of lists, newest first, also
/// after it is cleared and reused with other keys.</summary>
public class PostingsTests
{
    [Fact]
    public void Each_key_gives_its_items_newest_first_like_a_dictionary_of_lists()
    {
        var random = new Random(16);
        var postings = new Postings();
        for (int round = 0; round < 3; round++)
        {
            postings.Clear();
            var reference = new Dictionary<int, List<int>>();
            int keys = round == 1 ? 5 : 3000;
            for (int n = 0; n < 20_000; n++)
            {
                int key = random.Next(keys), item = random.Next(1000);
                postings.Add(key, item);
                if (!reference.TryGetValue(key, out var list)) reference[key] = list = [];
                list.Add(item);
            }
            for (int key = 0; key < keys + 10; key++)
            {
                var chain = new List<int>();
                for (int e = postings.First(key); e >= 0; e = postings.Next(e)) chain.Add(postings.Item(e));
                chain.Reverse();
                Assert.Equal(reference.GetValueOrDefault(key) ?? [], chain);
            }
        }
    }

    [Fact]
    public void A_cleared_index_holds_nothing()
    {
        var postings = new Postings();
        postings.Add(7, 1);
        postings.Add(2, 3);
        postings.Clear();
        Assert.Equal(-1, postings.First(7));
        Assert.Equal(-1, postings.First(2));
        postings.Add(9, 4);
        Assert.Equal(-1, postings.First(7));
        Assert.Equal(4, postings.Item(postings.First(9)));
    }
}
