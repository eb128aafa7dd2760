using Chorus.Analyze;
using Chorus.Clean;
using Chorus.Evaluate;
using Chorus.Ingest;
using Chorus.Link;
using Chorus.Pipeline;
using Chorus.Segment;
using Chorus.Summarize;

namespace Chorus.Tests.Summarize;

/// <summary>
/// The summarizer takes the quotes the analyze stage already extracted instead of extracting them again (issue 16).
/// The analysis gives speakers named by surname their full name, and the summary names them by its own rule: what
/// it is handed must be the quotes as extracted, so a summary made with the analysis is the summary made without.
/// </summary>
public class AnalysisHandOffTests
{
    [Fact]
    public void A_summary_given_the_analysis_is_the_summary_made_without_it_on_every_dev_cluster()
    {
        var summarizer = new ChorusSummarizer();
        var analyzer = new ClusterAnalyzer();
        int renamed = 0, added = 0;
        foreach (var cluster in DatasetEvaluator.Load(SharedData.MultiNewsDev))
        {
            var linked = new SentenceLinker().Link(Segmenter.Segment(new ArticleCleaner().Clean(cluster.Documents)));
            var analysis = analyzer.Analyze(linked);
            Assert.NotNull(analysis.ExtractedQuotes);
            // The case the hand-off must survive: the analysis renamed a speaker the extractor gave by surname.
            if (analysis.Quotes.Zip(analysis.ExtractedQuotes!).Any(p => p.First.Speaker != p.Second.Speaker)) renamed++;
            var alone = summarizer.Summarize(linked, Budget.Words(250));
            var handed = summarizer.Summarize(linked, Budget.Words(250), analysis);
            Assert.Equal(Shown(alone), Shown(handed));
            added += handed.Sentences.Count(s => s.AddedSpeaker is not null);
        }
        Assert.True(renamed >= 5 && added >= 5, $"{renamed} clusters with a renamed speaker, {added} added speakers");
    }

    [Fact]
    public void The_pipeline_summarizes_the_same_with_and_without_the_analysis()
    {
        var docs = new ArticleReader().Read([SharedData.Versailles]).Documents;
        var with = new ClusterPipeline { Analyzer = new ClusterAnalyzer() }.Run(docs, Budget.Words(100));
        var without = new ClusterPipeline().Run(docs, Budget.Words(100));
        Assert.NotNull(with.Analysis);
        Assert.NotEmpty(with.Summary!.Sentences);
        Assert.Equal(Shown(without.Summary!), Shown(with.Summary!));
    }

    [Fact]
    public void A_baseline_given_the_analysis_ignores_it()
    {
        var docs = new ArticleReader().Read([SharedData.Versailles]).Documents;
        var linked = new SentenceLinker().Link(Segmenter.Segment(new ArticleCleaner().Clean(docs)));
        var analysis = new ClusterAnalyzer().Analyze(linked);
        foreach (var method in new ISummarizer[] { new LeadSummarizer(), new LexRankSummarizer(), new CentroidSummarizer() })
            Assert.Equal(Shown(method.Summarize(linked, Budget.Words(100))), Shown(method.Summarize(linked, Budget.Words(100), analysis)));
    }

    private static string[] Shown(Summary summary) =>
        summary.Sentences.Select(s => $"{s.Shown} | {string.Join(',', s.Sources)} | {s.SentenceIndex}").ToArray();
}
