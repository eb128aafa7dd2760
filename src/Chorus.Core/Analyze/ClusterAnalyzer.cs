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
        return new ClusterAnalysis(copies, WithFullNames(quotes, people, cluster), discrepancies, outlets, people, organizations, places);
    }

    /// <summary>A speaker named by surname only ("Macron") takes the full name the cluster uses for that person,
    /// unless the quote's own documents name two people with that surname ("Bo Markham" and "Sarah Markham"):
    /// then which one spoke is the extractor's call, and the surname stays.</summary>
    private static IReadOnlyList<Quote> WithFullNames(IReadOnlyList<Quote> quotes, IReadOnlyList<Entity> people, LinkedCluster cluster) =>
        quotes.Select(q =>
        {
            if (q.Speaker is null || q.Speaker.Contains(' ')) return q;
            var full = people.Where(p => p.Name.EndsWith(" " + q.Speaker, StringComparison.Ordinal)).ToList();
            if (full.Count != 1) return q;
            var docs = q.Sources.ToHashSet(StringComparer.Ordinal);
            bool otherNamesakeHere = cluster.Sentences.Any(s => docs.Contains(s.DocId) && s.Text.Contains(q.Speaker, StringComparison.Ordinal)
                && NamesakeOf(q.Speaker, full[0].Name).IsMatch(s.Text));
            return otherNamesakeHere ? q : q with { Speaker = full[0].Name };
        }).ToList();

    /// <summary>"Firstname Surname" with a first name other than the known full name's.</summary>
    private static System.Text.RegularExpressions.Regex NamesakeOf(string surname, string fullName) =>
        new(@"\b(?!" + System.Text.RegularExpressions.Regex.Escape(fullName.Split(' ')[0]) + @"\b)(?!(?:The|A|An|Mr|Mrs|Ms|Dr|Prof|Professor|When|But|And|If|As|So)\b)\p{Lu}\p{Ll}+\s+" + System.Text.RegularExpressions.Regex.Escape(surname) + @"\b");
}
