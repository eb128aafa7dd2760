using Chorus.Link;

namespace Chorus.Analyze;

/// <summary>The analyze stage: copies, quotes, discrepancies, cited outlets and entities of one linked cluster.</summary>
public sealed class ClusterAnalyzer
{
    public CopyDetector Copies { get; init; } = new();
    public QuoteExtractor Quotes { get; init; } = new();
    public DiscrepancyFinder Discrepancies { get; init; } = new();
    public OutletCitationFinder Outlets { get; init; } = new();
    public EntityRecognizer Entities { get; init; } = new();

    public ClusterAnalysis Analyze(LinkedCluster cluster)
    {
        var copies = Copies.Detect(cluster);
        var quotes = Quotes.Extract(cluster);
        var discrepancies = Discrepancies.Find(cluster);
        var outlets = Outlets.Find(cluster);
        var (people, organizations, places) = Entities.Recognize(cluster,
            quotes.Where(q => q.Speaker is not null).Select(q => q.Speaker!), outlets.Select(o => o.Name));
        return new ClusterAnalysis(copies, WithFullNames(quotes, people), discrepancies, outlets, people, organizations, places);
    }

    /// <summary>A speaker named by surname only ("Macron") takes the full name the cluster uses for that person.</summary>
    private static IReadOnlyList<Quote> WithFullNames(IReadOnlyList<Quote> quotes, IReadOnlyList<Entity> people) =>
        quotes.Select(q =>
        {
            if (q.Speaker is null || q.Speaker.Contains(' ')) return q;
            var full = people.Where(p => p.Name.EndsWith(" " + q.Speaker, StringComparison.Ordinal)).ToList();
            return full.Count == 1 ? q with { Speaker = full[0].Name } : q;
        }).ToList();
}
