using Chorus.Analyze;
using Chorus.Ingest;
using Chorus.Pipeline;

namespace Chorus.Evaluate;

/// <summary>How many items the analysis reported and how many were right, against how many the annotators found
/// and how many of those the analysis found.</summary>
public sealed record AnalysisScore(int Predicted, int PredictedRight, int Annotated, int AnnotatedFound)
{
    public double Precision => Predicted == 0 ? double.NaN : (double)PredictedRight / Predicted;
    public double Recall => Annotated == 0 ? double.NaN : (double)AnnotatedFound / Annotated;

    public static AnalysisScore operator +(AnalysisScore a, AnalysisScore b) =>
        new(a.Predicted + b.Predicted, a.PredictedRight + b.PredictedRight, a.Annotated + b.Annotated, a.AnnotatedFound + b.AnnotatedFound);

    public static readonly AnalysisScore Zero = new(0, 0, 0, 0);
}

public sealed record ClusterEvaluation(AnalysisScore QuoteSpans, AnalysisScore QuoteSpeakers, AnalysisScore CitedOutlets,
    AnalysisScore Discrepancies, IReadOnlyList<string> Misses);

/// <summary>The figures of one evaluation run. Misses name each wrong or missed item (cluster, doc, offsets).</summary>
public sealed record AnalysisEvaluationReport(
    int Clusters,
    AnalysisScore QuoteSpans,
    AnalysisScore QuoteSpeakers,
    AnalysisScore CitedOutlets,
    AnalysisScore Discrepancies,
    IReadOnlyList<string> Misses,
    IReadOnlyList<string> Problems)
{
    /// <summary>Speaker precision per attribution rule (<see cref="SpeakerPathTally"/>), by the rule's name.</summary>
    public IReadOnlyDictionary<string, PathScore> SpeakerPaths { get; init; } = new Dictionary<string, PathScore>();
}

/// <summary>
/// Scores the analysis against clusters annotated by reading (Annotations/GUIDE.md). Analysis items are placed in
/// each raw file by their text (<see cref="AnalysisItemLocator"/>); an item matches an annotated span when they
/// overlap by at least half of the shorter one's characters.
/// <list type="bullet">
/// <item>Quote spans: every occurrence of a quotation in a document is one predicted item.</item>
/// <item>Quote speakers: a predicted occurrence with a speaker is right when it matches an annotated quotation of
/// the same person (<see cref="SpeakerNames"/>); one with a speaker that matches no quotation, or one the
/// annotators left unnamed, is wrong. Recall is over annotated quotations with a named speaker.</item>
/// <item>Cited outlets: every mention (outlet, sentence) is one item.</item>
/// <item>Discrepancies: a reported disagreement is right when two of its values, from different sentences, cover
/// the two spans of an annotated one; recall counts annotated pairs covered that way.</item>
/// </list>
/// </summary>
public static class AnalysisEvaluation
{
    public static AnalysisEvaluationReport Evaluate(string datasetFolder, IReadOnlyList<ClusterAnnotation> annotations,
        Func<ClusterAnalyzer>? analyzer = null, Action<int>? progress = null)
    {
        var results = new (AnalysisScore Spans, AnalysisScore Speakers, AnalysisScore Outlets, AnalysisScore Discrepancies, List<string> Misses, List<string> Problems, Dictionary<string, PathScore> Paths)?[annotations.Count];
        int done = 0;
        Parallel.For(0, annotations.Count, i =>
        {
            results[i] = EvaluateCluster(datasetFolder, annotations[i], (analyzer ?? (() => new ClusterAnalyzer()))());
            progress?.Invoke(Interlocked.Increment(ref done));
        });
        var scored = results.Where(r => r is not null).Select(r => r!.Value).ToList();
        return new AnalysisEvaluationReport(
            scored.Count(r => !r.Problems.Any(p => p.Contains(": no folder ", StringComparison.Ordinal))),
            scored.Aggregate(AnalysisScore.Zero, (s, r) => s + r.Spans),
            scored.Aggregate(AnalysisScore.Zero, (s, r) => s + r.Speakers),
            scored.Aggregate(AnalysisScore.Zero, (s, r) => s + r.Outlets),
            scored.Aggregate(AnalysisScore.Zero, (s, r) => s + r.Discrepancies),
            scored.SelectMany(r => r.Misses).ToList(),
            scored.SelectMany(r => r.Problems).ToList())
        {
            SpeakerPaths = scored.SelectMany(r => r.Paths).GroupBy(p => p.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Aggregate(PathScore.Zero, (s, p) => s + p.Value), StringComparer.Ordinal),
        };
    }

    private static (AnalysisScore, AnalysisScore, AnalysisScore, AnalysisScore, List<string>, List<string>, Dictionary<string, PathScore>) EvaluateCluster(
        string datasetFolder, ClusterAnnotation annotation, ClusterAnalyzer analyzer)
    {
        var misses = new List<string>();
        var problems = new List<string>();
        var none = (AnalysisScore.Zero, AnalysisScore.Zero, AnalysisScore.Zero, AnalysisScore.Zero, misses, problems, new Dictionary<string, PathScore>());
        var folder = Path.Combine(datasetFolder, annotation.Cluster, "docs");
        if (!Directory.Exists(folder)) { problems.Add($"{annotation.Cluster}: no folder {folder}"); return none; }

        var raw = new Dictionary<string, RawText>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt"))
            raw[Chorus.Ingest.ArticleReader.DocumentId(file)] = RawText.Read(file);
        // An annotated span whose text no longer has its check points at the wrong words: it is left out, loudly.
        bool Valid(AnnotatedSpan s)
        {
            if (!raw.TryGetValue(s.Doc, out var text)) { problems.Add($"{annotation.Cluster}/{s.Doc}: no such document"); return false; }
            var slice = text.Slice(s.Start, s.End);
            if (slice is null || RawText.Check(slice) != s.Check)
            {
                problems.Add($"{annotation.Cluster}/{s.Doc} {s.Start}-{s.End}: check {s.Check} does not match the text there");
                return false;
            }
            return true;
        }
        var quotes = annotation.Quotes.Where(q => Valid(q.Span)).ToList();
        var outlets = annotation.CitedOutlets.Where(o => Valid(o.Span)).ToList();
        var discrepancies = annotation.Discrepancies.Where(d => Valid(d.A.Span) && Valid(d.B.Span)).ToList();

        var read = new ArticleReader().Read([folder]);
        foreach (var w in read.Warnings) problems.Add(w.ToString());
        var result = new ClusterPipeline { Summarizer = null, Analyzer = analyzer }.Run(read.Documents, Summarize.Budget.Default);
        var locator = new AnalysisItemLocator(result.Linked, raw);
        var scored = Score(annotation with { Quotes = quotes, CitedOutlets = outlets, Discrepancies = discrepancies }, result.Analysis!, locator);
        misses.AddRange(scored.Misses);
        var paths = SpeakerPathTally.Count(quotes, result.Analysis!.Quotes, analyzer.Quotes.Attribute(result.Linked), locator);
        return (scored.QuoteSpans, scored.QuoteSpeakers, scored.CitedOutlets, scored.Discrepancies, misses, problems, paths);
    }

    /// <summary>One cluster's figures, from annotations already checked against the files.</summary>
    public static ClusterEvaluation Score(ClusterAnnotation annotation, ClusterAnalysis analysis, AnalysisItemLocator locator)
    {
        var misses = new List<string>();
        var (quotes, outlets, discrepancies) = (annotation.Quotes, annotation.CitedOutlets, annotation.Discrepancies);
        string Where(LocatedSpan s) => $"{annotation.Cluster}/{s.Doc} {s.Start}-{s.End}";

        // Quotes.
        var predictedQuotes = analysis.Quotes.SelectMany(q => locator.Occurrences(q).Select(span => (Span: span, q.Speaker))).ToList();
        var spanHits = predictedQuotes.Select(p => quotes.Where(a => Overlaps(p.Span, a.Span)).ToList()).ToList();
        var spans = new AnalysisScore(predictedQuotes.Count, spanHits.Count(h => h.Count > 0), quotes.Count,
            quotes.Count(a => predictedQuotes.Any(p => Overlaps(p.Span, a.Span))));
        for (int i = 0; i < predictedQuotes.Count; i++)
            if (spanHits[i].Count == 0) misses.Add($"quote not annotated: {Where(predictedQuotes[i].Span)} ({predictedQuotes[i].Speaker ?? "no speaker"})");
        foreach (var a in quotes.Where(a => !predictedQuotes.Any(p => Overlaps(p.Span, a.Span))))
            misses.Add($"quote missed: {annotation.Cluster}/{a.Span.Doc} {a.Span.Start}-{a.Span.End} ({a.Speaker ?? "unnamed"})");

        int attributed = 0, attributedRight = 0;
        for (int i = 0; i < predictedQuotes.Count; i++)
        {
            var (span, speaker) = predictedQuotes[i];
            if (speaker is null) continue;
            attributed++;
            if (spanHits[i].Any(a => SpeakerNames.Same(speaker, a.Speaker))) attributedRight++;
            else if (spanHits[i].Count > 0) misses.Add($"wrong speaker: {Where(span)} {speaker}, annotated {spanHits[i][0].Speaker ?? "unnamed"}");
        }
        var named = quotes.Where(a => a.Speaker is not null).ToList();
        var speakers = new AnalysisScore(attributed, attributedRight, named.Count,
            named.Count(a => predictedQuotes.Any(p => p.Speaker is not null && Overlaps(p.Span, a.Span) && SpeakerNames.Same(p.Speaker, a.Speaker))));
        // Speaker recall's own misses: the words were found, but every occurrence found there was left without a
        // speaker although the annotators could name one (a wrong speaker is listed above already).
        foreach (var a in named)
        {
            var located = predictedQuotes.Where(p => Overlaps(p.Span, a.Span)).ToList();
            if (located.Count > 0 && located.All(p => p.Speaker is null))
                misses.Add($"speaker not given: {annotation.Cluster}/{a.Span.Doc} {a.Span.Start}-{a.Span.End} (annotated {a.Speaker})");
        }

        // Cited outlets.
        bool Cites((LocatedSpan? Span, string Name, SentenceRef Sentence) p, AnnotatedOutlet a) => p.Span is not null && Overlaps(p.Span, a.Span);
        // A mention of the article's own outlet is right whether reported or not: it counts on neither side.
        var ownMentions = outlets.Where(a => a.OwnOutlet).ToList();
        outlets = outlets.Where(a => !a.OwnOutlet).ToList();
        var predictedOutlets = analysis.CitedOutlets.SelectMany(o => o.Sentences.Select(s => (Span: locator.Mention(s, o.Name), o.Name, Sentence: s)))
            .Where(p => !ownMentions.Any(a => Cites(p, a))).ToList();
        var outletScore = new AnalysisScore(predictedOutlets.Count, predictedOutlets.Count(p => outlets.Any(a => Cites(p, a))),
            outlets.Count, outlets.Count(a => predictedOutlets.Any(p => Cites(p, a))));
        foreach (var p in predictedOutlets.Where(p => !outlets.Any(a => Cites(p, a))))
            misses.Add($"outlet not annotated: {annotation.Cluster}/{p.Sentence.Doc} sentence {p.Sentence.Index} {p.Name}");
        foreach (var a in outlets.Where(a => !predictedOutlets.Any(p => Cites(p, a))))
            misses.Add($"outlet missed: {annotation.Cluster}/{a.Span.Doc} {a.Span.Start}-{a.Span.End} {a.Outlet}");

        // Discrepancies.
        var predictedValues = analysis.Discrepancies.Select(d => d.Values.Select(v => v.Sentences.Select(locator.Sentence)
            .Where(s => s is not null).Select(s => s!).ToList()).ToList()).ToList();
        bool Covers(List<List<LocatedSpan>> values, AnnotatedDiscrepancy a) =>
            values.Select((v, i) => (v, i)).Any(x => x.v.Any(s => Overlaps(s, a.A.Span))
                && values.Select((w, j) => (w, j)).Any(y => y.j != x.i && y.w.Any(s => Overlaps(s, a.B.Span))));
        int rightDiscrepancies = 0;
        for (int i = 0; i < predictedValues.Count; i++)
        {
            if (discrepancies.Any(a => Covers(predictedValues[i], a))) rightDiscrepancies++;
            else misses.Add($"discrepancy not annotated: {annotation.Cluster} {analysis.Discrepancies[i].Topic}: {string.Join(" / ", analysis.Discrepancies[i].Values.Select(v => v.Value))}");
        }
        int found = 0;
        foreach (var a in discrepancies)
            if (predictedValues.Any(v => Covers(v, a))) found++;
            else misses.Add($"discrepancy missed: {annotation.Cluster} {a.Quantity}: {a.A.Value} ({a.A.Span.Doc}) / {a.B.Value} ({a.B.Span.Doc})");
        var discrepancyScore = new AnalysisScore(predictedValues.Count, rightDiscrepancies, discrepancies.Count, found);

        return new ClusterEvaluation(spans, speakers, outletScore, discrepancyScore, misses);
    }

    /// <summary>Same document, and the overlap is at least half of the shorter span's characters.</summary>
    public static bool Overlaps(LocatedSpan p, AnnotatedSpan a)
    {
        if (p.Doc != a.Doc) return false;
        int overlap = Math.Min(p.End, a.End) - Math.Max(p.Start, a.Start);
        return overlap > 0 && overlap >= 0.5 * Math.Min(p.End - p.Start, a.End - a.Start);
    }
}
