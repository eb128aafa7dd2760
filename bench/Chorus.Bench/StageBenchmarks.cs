using BenchmarkDotNet.Attributes;
using Chorus.Clean;
using Chorus.Evaluate;
using Chorus.Ingest;
using Chorus.Link;
using Chorus.Segment;
using Chorus.Summarize;

namespace Chorus.Bench;

/// <summary>
/// Each stage on the 116 dev clusters (read once in setup). Dataset folder: CHORUS_DATASET, else
/// ../shared/data/multinews-dev found above the working directory.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private List<IReadOnlyList<SourceDocument>> _clusters = [];
    private List<IReadOnlyList<CleanDocument>> _cleaned = [];
    private List<IReadOnlyList<SegmentedDocument>> _segmented = [];
    private List<LinkedCluster> _linked = [];
    private List<(List<string> Peer, List<IReadOnlyList<string>> Refs)> _rouge = [];

    [GlobalSetup]
    public void Setup()
    {
        var dataset = BenchDataset.Folder();
        var clusters = DatasetEvaluator.Load(dataset);
        _clusters = clusters.Select(c => c.Documents).ToList();
        _cleaned = _clusters.Select(c => new ArticleCleaner().Clean(c)).ToList();
        _segmented = _cleaned.Select(Segmenter.Segment).ToList();
        _linked = _segmented.Select(s => new SentenceLinker().Link(s)).ToList();
        _rouge = clusters.Zip(_linked).Select(p => (
            new ChorusSummarizer().Summarize(p.Second, Budget.Words(250)).Sentences.Select(s => s.Text).ToList(),
            p.First.References.Select(r => (IReadOnlyList<string>)DatasetEvaluator.ReferenceUnits(r)).ToList())).ToList();
    }

    [Benchmark(Description = "clean (116 clusters)")]
    public int Clean() => _clusters.Sum(c => new ArticleCleaner().Clean(c).Count);

    [Benchmark(Description = "segment (116 clusters)")]
    public int Segment() => _cleaned.Sum(c => Segmenter.Segment(c).Count);

    [Benchmark(Description = "link (116 clusters)")]
    public int Link() => _segmented.Sum(s => new SentenceLinker().Link(s).Groups.Count);

    [Benchmark(Description = "features (116 clusters)")]
    public int Features() => _linked.Sum(l => new SentenceFeatures(l).Rows.Length);

    [Benchmark(Description = "summarize: features + ranker + selection (116 clusters)")]
    public int Summarize() => _linked.Sum(l => new ChorusSummarizer().Summarize(l, Budget.Words(250)).Sentences.Count);

    [Benchmark(Description = "ROUGE MN-250 scoring (116 summaries)")]
    public double Rouge() => _rouge.Sum(r => new RougeScorer(RougeOptions.MN250).Score(r.Peer, r.Refs)["ROUGE-2"].F);
}
