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
        var profiles = articles.Select(d => profiler.Profile(d, timestamp: 0, dated: false)).ToList();
        var parent = Enumerable.Range(0, articles.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (int i = 0; i < articles.Count; i++)
            for (int j = i + 1; j < articles.Count; j++)
                if (Root(i) != Root(j) && Cosine(profiles[i], profiles[j]) >= JoinCosine)
                    parent[Root(j)] = Root(i);
        return Enumerable.Range(0, articles.Count).GroupBy(Root).Select(g => (IReadOnlyList<CleanDocument>)g.Select(i => articles[i]).ToList()).ToList();
    }

    private static double Cosine(ArticleProfile a, ArticleProfile b)
    {
        double dot = 0, na = 0, nb = 0;
        foreach (var (term, count) in a.TermCounts)
        {
            na += (double)count * count;
            if (b.TermCounts.TryGetValue(term, out var other)) dot += (double)count * other;
        }
        foreach (var count in b.TermCounts.Values) nb += (double)count * count;
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }
}
