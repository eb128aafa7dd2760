using System.Text.RegularExpressions;
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
        return new ClusterAnalysis(copies, WithFullNames(quotes, people, cluster), discrepancies, outlets, people, organizations, places)
        {
            ExtractedQuotes = quotes,
        };
    }

    /// <summary>A speaker named by surname only ("Macron") takes the full name the cluster uses for that person,
    /// unless the quote's own documents name two people with that surname ("Bo Markham" and "Sarah Markham", or
    /// "Mr Markham" and "Mrs Markham"):
    /// then which one spoke is the extractor's call, and the surname stays.</summary>
    private static IReadOnlyList<Quote> WithFullNames(IReadOnlyList<Quote> quotes, IReadOnlyList<Entity> people, LinkedCluster cluster) =>
        quotes.Select(q =>
        {
            if (q.Speaker is null || q.Speaker.Contains(' ')) return q;
            var full = people.Where(p => p.Name.EndsWith(" " + q.Speaker, StringComparison.Ordinal)).ToList();
            if (full.Count != 1) return q;
            var docs = q.Sources.ToHashSet(StringComparer.Ordinal);
            var first = full[0].Name.Split(' ')[0];
            var before = NamesakeBefore.Get(q.Speaker);
            bool otherNamesakeHere = cluster.Sentences.Any(s => docs.Contains(s.DocId) && s.Text.Contains(q.Speaker, StringComparison.Ordinal)
                && before.Matches(s.Text).Any(m => m.Groups["first"].Value is var f && f != first && f != q.Speaker && !NameForms.Titles.Contains(f) && !NameForms.NotNames.Contains(f) && !Segment.StopWords.Contains(f.ToLowerInvariant())));
            // "Mr Wilson" and "Mrs Wilson" in the quote's own documents: a couple shares the surname, and the one
            // full name the cluster gives may be the other spouse's.
            if (otherNamesakeHere || FullNameCompletion.NamesManAndWoman(q.Speaker, string.Join(' ', cluster.Sentences.Where(s => docs.Contains(s.DocId) && s.Text.Contains(q.Speaker, StringComparison.Ordinal)).Select(s => s.Text)))) return q;
            return q with { Speaker = full[0].Name };
        }).ToList();

    /// <summary>A capitalized word right before the surname: kept per surname, as building the regex for every quote
    /// (parsing it, making its interpreter) cost more than running it.</summary>
    private static readonly PatternPerName NamesakeBefore = new(surname =>
        new Regex(@"\b(?<first>\p{Lu}\p{Ll}+)\s+" + Regex.Escape(surname) + @"\b"));
}
