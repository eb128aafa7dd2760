using Chorus.Clean;
using Chorus.Link.Stories;

namespace Chorus.Cli.Commands;

/// <summary>
/// Which stories a summarize or analyze input holds: a summary of two unrelated events mixed together reads as one
/// confused event, so the reader is told. Articles are compared by the corpus mode's story profiles (title and
/// names weighted, the opening of the text) and joined when any two are close (single link): one story's
/// articles wander, but each shares its names with some other.
/// </summary>
/// <remarks>
/// Not the corpus <see cref="StoryIndex"/> itself: its IDF, taken over a handful of inputs, discounts exactly the
/// words they all share. Plain term-count cosine, on the 116 Multi-News dev clusters and the 115 pairs of
/// neighbouring clusters mixed: at 0.08, 7 of 109 clusters are split (some of them are loose round-ups of
/// several events) and 97 of 115 mixed pairs are caught; at 0.04, 5 and 53; at 0.12, 13 and 111.
/// </remarks>
public static class InputStories
{
    public const double JoinCosine = 0.08;

    public static IReadOnlyList<IReadOnlyList<CleanDocument>> Group(IReadOnlyList<CleanDocument> documents)
    {
        var profiler = new ArticleProfiler();
        var articles = documents.Where(d => d.IsArticle).ToList();
        // Each profile's dictionary is turned into two short arrays at once: the 18,000 articles of a 16 MB input
        // held 150 MB of dictionaries (sized for 256 terms each) while they were compared.
        var stemIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var profiles = new TermCounts[articles.Count];
        for (int i = 0; i < profiles.Length; i++) profiles[i] = TermCounts.Of(profiler.Profile(articles[i], timestamp: 0, dated: false), stemIds);
        var parent = Enumerable.Range(0, articles.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (int i = 0; i < articles.Count; i++)
            for (int j = i + 1; j < articles.Count; j++)
                if (Root(i) != Root(j) && Cosine(profiles[i], profiles[j]) >= JoinCosine)
                    parent[Root(j)] = Root(i);
        return Enumerable.Range(0, articles.Count).GroupBy(Root).Select(g => (IReadOnlyList<CleanDocument>)g.Select(i => articles[i]).ToList()).ToList();
    }

    /// <summary>A profile's stem counts as stem ids, ascending, and the sum of the squared counts.</summary>
    private readonly record struct TermCounts(int[] Ids, int[] Counts, double Squares)
    {
        public static TermCounts Of(ArticleProfile profile, Dictionary<string, int> stemIds)
        {
            var ids = new int[profile.TermCounts.Count];
            var counts = new int[ids.Length];
            double squares = 0;
            int k = 0;
            foreach (var (term, count) in profile.TermCounts)
            {
                if (!stemIds.TryGetValue(term, out var id)) stemIds[term] = id = stemIds.Count;
                ids[k] = id;
                counts[k++] = count;
                squares += (double)count * count;
            }
            Array.Sort(ids, counts);
            return new TermCounts(ids, counts, squares);
        }
    }

    /// <summary>Counts are whole numbers, so every product and sum here is exact in a double: the cosine is the same
    /// to the bit whatever order the terms are met in.</summary>
    private static double Cosine(in TermCounts a, in TermCounts b)
    {
        if (a.Squares == 0 || b.Squares == 0) return 0;
        double dot = 0;
        int i = 0, j = 0;
        while (i < a.Ids.Length && j < b.Ids.Length)
        {
            int x = a.Ids[i], y = b.Ids[j];
            if (x == y) dot += (double)a.Counts[i++] * b.Counts[j++];
            else if (x < y) i++;
            else j++;
        }
        return dot / Math.Sqrt(a.Squares * b.Squares);
    }
}
