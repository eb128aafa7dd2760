using Chorus.Analyze;
using Chorus.Link;

namespace Chorus.Evaluate;

/// <summary>How one attribution rule fared: speakers it gave, how many were the annotated speaker, how many another
/// (or an annotated unnamed speaker), and how many landed on a quotation the annotators did not mark.</summary>
public sealed record PathScore(int Given, int Right, int Wrong, int NotAnnotated)
{
    public static PathScore operator +(PathScore a, PathScore b) =>
        new(a.Given + b.Given, a.Right + b.Right, a.Wrong + b.Wrong, a.NotAnnotated + b.NotAnnotated);

    public static readonly PathScore Zero = new(0, 0, 0, 0);
}

/// <summary>
/// Speaker precision per rule (<see cref="AttributionPath"/>), counted on the occurrences the evaluation scores: each
/// reported speaker of a quotation in a document is credited to the rule that attributed that document's quotation,
/// or to "merged from another outlet" when that document's own text gave no speaker (or another one), or to "full
/// name from the cluster" when the name was completed after the merge.
/// </summary>
public static class SpeakerPathTally
{
    public const string FromOtherOutlet = "merged from another outlet";
    public const string Overruled = "overruled by other outlets";
    public const string ClusterFullName = "full name from the cluster";

    public static Dictionary<string, PathScore> Count(IReadOnlyList<AnnotatedQuote> quotes, IReadOnlyList<Quote> reported,
        IReadOnlyList<QuoteAttribution> attributions, AnalysisItemLocator locator)
    {
        var own = attributions.SelectMany(a => locator.Occurrences(AsQuote(a)).Select(span => (Span: span, a.Speaker, a.Path))).ToList();
        var tally = new Dictionary<string, PathScore>(StringComparer.Ordinal);
        foreach (var q in reported.Where(q => q.Speaker is not null))
            foreach (var span in locator.Occurrences(q))
            {
                var mine = own.Where(o => o.Span.Doc == span.Doc && Math.Min(o.Span.End, span.End) > Math.Max(o.Span.Start, span.Start)).ToList();
                string path;
                if (mine.FirstOrDefault(o => o.Speaker == q.Speaker) is { Speaker: not null } same) path = same.Path.ToString();
                else if (mine.FirstOrDefault(o => o.Speaker is not null && SpeakerNames.Same(o.Speaker, q.Speaker)) is { Speaker: not null } completed)
                    path = $"{completed.Path} + {ClusterFullName}";
                else path = mine.Any(o => o.Speaker is not null) ? Overruled : FromOtherOutlet;
                var hits = quotes.Where(a => AnalysisEvaluation.Overlaps(span, a.Span)).ToList();
                var score = hits.Count == 0 ? new PathScore(1, 0, 0, 1)
                    : hits.Any(a => SpeakerNames.Same(q.Speaker, a.Speaker)) ? new PathScore(1, 1, 0, 0) : new PathScore(1, 0, 1, 0);
                tally[path] = tally.GetValueOrDefault(path, PathScore.Zero) + score;
            }
        return tally;
    }

    private static Quote AsQuote(QuoteAttribution a) =>
        new(a.Speaker, a.Text, [a.Sentences[0].DocId], a.Sentences.Select(s => new SentenceRef(s.DocId, s.Position, s.Text)).ToList());
}
