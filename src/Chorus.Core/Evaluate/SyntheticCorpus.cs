using Chorus.Ingest;

namespace Chorus.Evaluate;

/// <summary>
/// Corpora of any size for growth measurements, built from a dataset's documents: copy k of every document is
/// dated k·<see cref="Spacing"/> later (so each copy set is its own batch of stories, as a news stream is), has a
/// few percent of its words altered (so no two copies are the same text) and carries its own id.
/// </summary>
public sealed class SyntheticCorpus(IReadOnlyList<SourceDocument> originals, int seed = 1)
{
    public TimeSpan Spacing { get; init; } = TimeSpan.FromDays(20);
    public DateTimeOffset Start { get; init; } = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public double AlteredShare { get; init; } = 0.03;

    public IEnumerable<SourceItem> Take(int count)
    {
        var random = new Random(seed);
        int made = 0;
        for (int copy = 0; made < count; copy++)
        {
            var order = originals.ToArray();
            random.Shuffle(order);
            foreach (var doc in order)
            {
                if (made++ >= count) yield break;
                var published = Start + copy * Spacing + TimeSpan.FromMinutes(random.Next(0, 48 * 60));
                var paragraphs = doc.Paragraphs.Select(p => Alter(p, copy, random)).ToList();
                var id = $"{doc.Id}-c{copy}";
                yield return new SourceItem(doc with { Id = id, Published = published, Paragraphs = paragraphs }, KeyPrefix + id, null);
            }
        }
    }

    /// <summary>The original document's id and the copy number of an id <see cref="Take"/> made; null for any other id.</summary>
    public static (string Original, string Copy)? Parse(string id)
    {
        int at = id.LastIndexOf("-c", StringComparison.Ordinal);
        return at > 0 && at + 2 < id.Length && id.AsSpan(at + 2).IndexOfAnyExceptInRange('0', '9') < 0 ? (id[..at], id[(at + 2)..]) : null;
    }

    /// <summary><see cref="Parse"/> of the source key <see cref="Take"/> gives a copy ("synthetic:ID").</summary>
    public static (string Original, string Copy)? ParseKey(string key) =>
        key.StartsWith(KeyPrefix, StringComparison.Ordinal) ? Parse(key[KeyPrefix.Length..]) : null;

    private const string KeyPrefix = "synthetic:";

    private string Alter(string paragraph, int copy, Random random)
    {
        var words = paragraph.Split(' ');
        for (int i = 0; i < words.Length; i++)
            if (random.NextDouble() < AlteredShare) words[i] = $"v{copy}x{random.Next(1000)}";
        return string.Join(' ', words);
    }
}
