using System.Runtime.InteropServices;
using Chorus.Clean;
using Chorus.Ingest;
using Chorus.Link;
using Chorus.Pipeline;
using Chorus.Segment;
using Chorus.Summarize;

namespace Chorus.Tests.Summarize;

public class SummarizerTests
{
    private static readonly IReadOnlyList<SourceDocument> Sample = new ArticleReader().Read([RepoPaths.Sample]).Documents;

    public static TheoryData<string> Methods() => new(SummarizerCatalog.All.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(Methods))]
    public void Every_method_keeps_to_a_word_budget_and_cites_every_sentence(string method)
    {
        var result = new ClusterPipeline { Summarizer = SummarizerCatalog.Find(method)! }.Run(Sample, Budget.Words(60));
        Assert.NotNull(result.Summary);
        Assert.InRange(result.Summary!.Words, 1, 60);
        Assert.All(result.Summary!.Sentences, s => Assert.NotEmpty(s.Sources));
    }

    [Fact]
    public void Byte_and_sentence_budgets_are_kept()
    {
        var pipeline = new ClusterPipeline();
        var bytes = pipeline.Run(Sample, new Budget(BudgetUnit.Bytes, 400)).Summary!;
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(bytes.Text), 1, 400);
        var two = pipeline.Run(Sample, new Budget(BudgetUnit.Sentences, 2)).Summary!;
        Assert.Equal(2, two.Sentences.Count);
    }

    [Fact]
    public void The_default_summary_leads_with_what_outlets_share_cites_them_all_and_skips_non_articles()
    {
        var result = new ClusterPipeline().Run(Sample, Budget.Words(100));
        var summary = result.Summary!;
        var lead = summary.Sentences[0];
        Assert.StartsWith("A passenger ferry ran aground", lead.Text);
        Assert.Equal(["01_lakeport-herald", "02_coastal-wire"], lead.Sources);
        Assert.DoesNotContain(summary.Sentences, s => s.Sources.Contains("04_archive-notice"));
        var removed = result.Documents.SelectMany(d => d.Removed).Select(r => r.Text).ToList();
        Assert.DoesNotContain(summary.Sentences, s => removed.Any(r => s.Text.Contains(r)));
    }

    [Fact]
    public void No_two_summary_sentences_are_copies_of_each_other_and_none_leans_on_a_missing_one()
    {
        var linked = new SentenceLinker().Link(Segmenter.Segment(new ArticleCleaner().Clean(Sample)));
        var summary = new ChorusSummarizer().Summarize(linked, Budget.Words(250));
        var groups = summary.Sentences.Select(s => linked.GroupOf[s.SentenceIndex]).ToList();
        Assert.Equal(groups.Count, groups.Distinct().Count());
        for (int i = 0; i < summary.Sentences.Count; i++)
        {
            var s = summary.Sentences[i];
            if (!SentenceOpener.LeansBack(s.Text)) continue;
            Assert.True(i > 0 && summary.Sentences[i - 1].Text.EndsWith(linked.Sentences[s.SentenceIndex - 1].Text, StringComparison.Ordinal), s.Text);
        }
    }

    [Fact]
    public void Summaries_are_deterministic_and_the_input_order_changes_neither_what_is_said_nor_the_opening()
    {
        var summary = new ClusterPipeline().Run(Sample, Budget.Words(120)).Summary!;
        Assert.Equal(summary.Text, new ClusterPipeline().Run(Sample, Budget.Words(120)).Summary!.Text);

        var shuffled = Sample.ToList();
        new Random(12).Shuffle(CollectionsMarshal.AsSpan(shuffled));
        Assert.NotEqual(Sample.Select(d => d.Id), shuffled.Select(d => d.Id));
        var other = new ClusterPipeline().Run(shuffled, Budget.Words(120)).Summary!;
        Assert.InRange(other.Words, 1, 120);
        Assert.StartsWith("A passenger ferry ran aground", other.Sentences[0].Text);
        // Article order is a ranking feature (the first article is often the fullest), so a sentence may change;
        // what the summary says must not.
        Assert.True(other.Sentences.Count(s => summary.Sentences.Any(x => x.Text == s.Text)) * 2 >= other.Sentences.Count);
        var trust = Chorus.Evaluate.SummaryTrustMetrics.Of(other);
        Assert.Equal((0, 0, 0), (trust.Unpaired, trust.Speakerless, trust.Furniture));
    }

    [Fact]
    public void Sentences_that_lean_on_the_previous_one_are_recognised()
    {
        Sentence S(string text, int position = 3) => new("d", 0, position, 0, text, Segmenter.Tokenize(text));
        Assert.True(StandAloneCheck.NeedsPrevious(S("But the crew kept everyone calm.")));
        Assert.True(StandAloneCheck.NeedsPrevious(S("\"We depend on this ferry,\" she said.")));
        Assert.False(StandAloneCheck.NeedsPrevious(S("\"We depend on this ferry,\" Mayor Rita Solberg said.")));
        Assert.True(StandAloneCheck.NeedsPrevious(S("They were rescued by a fishing boat.")));
        Assert.False(StandAloneCheck.NeedsPrevious(S("The crew kept everyone calm.")));
    }

    [Fact]
    public void The_flattened_trees_score_exactly_as_the_exported_model()
    {
        var linked = new SentenceLinker().Link(Segmenter.Segment(new ArticleCleaner().Clean(Sample)));
        var rows = new SentenceFeatures(linked).Rows;
        var ranker = TreeEnsembleRanker.Default;
        var columns = ranker.Model.Features.Select(SentenceFeatures.Index).ToArray();
        foreach (var row in rows)
        {
            var inModelOrder = columns.Select(c => row[c]).ToArray();
            Assert.Equal(ranker.Predict(inModelOrder), ranker.PredictRow(row), 9);
        }
    }

    [Fact]
    public void The_shipped_ranker_is_loaded_and_its_trees_use_known_features()
    {
        Assert.True(TreeEnsembleRanker.HasShippedModel);
        var model = TreeEnsembleRanker.Default.Model;
        Assert.True(model.Trees.Length >= 100);
        Assert.All(model.Features, f => Assert.True(SentenceFeatures.Index(f) >= 0, f));
        Assert.IsType<TreeEnsembleRanker>(new ChorusSummarizer().Ranker);
    }
}
