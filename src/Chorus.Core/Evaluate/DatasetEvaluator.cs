using Chorus.Clean;
using Chorus.Ingest;
using Chorus.Pipeline;
using Chorus.Segment;
using Chorus.Summarize;

namespace Chorus.Evaluate;

/// <summary>One cluster of a dataset in the <c>&lt;cluster&gt;/docs/*.txt</c>, <c>&lt;cluster&gt;/refs/*.txt</c> layout.</summary>
public sealed record DatasetCluster(string Id, IReadOnlyList<SourceDocument> Documents, IReadOnlyList<string> References);

public sealed record ClusterScore(string Id, Summary Summary, RougeResult Rouge);

/// <summary>Scores averaged over clusters the way ROUGE-1.5.5 averages them (R, P and F each averaged).</summary>
public sealed record EvaluationReport(string Method, int Clusters, IReadOnlyDictionary<string, RougeScore> Average, IReadOnlyList<ClusterScore> PerCluster)
{
    /// <summary>What a reader would find in the summaries: cut quotations, speakerless quotes, furniture, dangling openers.</summary>
    public SummaryTrustMetrics Trust { get; } = SummaryTrustMetrics.Of(PerCluster.Select(c => c.Summary));
}

/// <summary>Summarizes every cluster of a dataset and scores it against the references with the native ROUGE.</summary>
public sealed class DatasetEvaluator
{
    public static IReadOnlyList<DatasetCluster> Load(string datasetFolder, List<IngestWarning>? warnings = null)
    {
        var reader = new ArticleReader();
        var clusters = new List<DatasetCluster>();
        foreach (var dir in Directory.EnumerateDirectories(datasetFolder).Order(StringComparer.Ordinal))
        {
            var docsDir = Path.Combine(dir, "docs");
            var refsDir = Path.Combine(dir, "refs");
            if (!Directory.Exists(docsDir) || !Directory.Exists(refsDir)) continue;
            var result = reader.Read([docsDir]);
            warnings?.AddRange(result.Warnings);
            var refs = Directory.EnumerateFiles(refsDir, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
            if (refs.Count == 0) continue;
            clusters.Add(new DatasetCluster(Path.GetFileName(dir), result.Documents, refs));
        }
        return clusters;
    }

    /// <summary>The corpus statistics for boilerplate detection come from the dataset itself: a paragraph that
    /// recurs across its unrelated clusters is page furniture wherever it appears.</summary>
    public static BoilerplateStatistics BoilerplateOf(IReadOnlyList<DatasetCluster> clusters) =>
        BoilerplateStatistics.FromGroups(clusters.Select(c => c.Documents));

    public static EvaluationReport Evaluate(IReadOnlyList<DatasetCluster> clusters, ISummarizer summarizer, Budget budget,
        RougeOptions rouge, Action<int>? progress = null, int maxParallelism = -1)
    {
        var pipeline = new ClusterPipeline { Summarizer = summarizer, Cleaner = new ArticleCleaner { Boilerplate = BoilerplateOf(clusters) } };
        var scores = new ClusterScore[clusters.Count];
        int done = 0;
        Parallel.For(0, clusters.Count, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism }, i =>
        {
            var cluster = clusters[i];
            var summary = pipeline.Run(cluster.Documents, budget).Summary!;
            scores[i] = new ClusterScore(cluster.Id, summary, Score(summary, cluster.References, rouge));
            progress?.Invoke(Interlocked.Increment(ref done));
        });
        return new EvaluationReport(summarizer.Name, clusters.Count, Average(scores.Select(s => s.Rouge).ToList()), scores);
    }

    public static RougeResult Score(Summary summary, IReadOnlyList<string> references, RougeOptions rouge) =>
        new RougeScorer(rouge).Score(summary.Sentences.Select(s => s.Text).ToList(),
            references.Select(r => (IReadOnlyList<string>)ReferenceUnits(r)).ToList());

    /// <summary>References are split into sentence units the way summaries are.</summary>
    public static List<string> ReferenceUnits(string reference) =>
        reference.Replace("\r\n", "\n").Split('\n').Where(p => p.Trim().Length > 0).SelectMany(SentenceSplitter.Split).ToList();

    public static IReadOnlyDictionary<string, RougeScore> Average(IReadOnlyList<RougeResult> results)
    {
        var average = new Dictionary<string, RougeScore>();
        if (results.Count == 0) return average;
        foreach (var measure in results[0].Scores.Keys)
            average[measure] = new RougeScore(
                results.Average(r => r[measure].R), results.Average(r => r[measure].P), results.Average(r => r[measure].F));
        return average;
    }
}
