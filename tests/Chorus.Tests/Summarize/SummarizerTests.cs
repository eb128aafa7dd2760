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
        // A unit that leans back (a pronoun speaker the quote analysis could not name, a connective) comes only
        // right after the sentence it leans on.
        var filter = new CandidateFilter(linked);
        var chosen = summary.Sentences.Select(s => s.SentenceIndex).ToHashSet();
        Assert.All(summary.Sentences, s =>
            Assert.True(!filter.UnitOf(s.SentenceIndex)!.NeedsPrevious || chosen.Contains(s.SentenceIndex - 1), s.Text));
    }

    [Fact]
    public void Summaries_are_deterministic()
    {
        var a = new ClusterPipeline().Run(Sample, Budget.Words(120)).Summary!.Text;
        var b = new ClusterPipeline().Run(Sample.Reverse().Reverse().ToList(), Budget.Words(120)).Summary!.Text;
        Assert.Equal(a, b);
    }

    [Fact]
    public void Sentences_that_lean_on_the_previous_one_are_recognised()
    {
        Sentence S(string text, int position = 3) => new("d", 0, position, 0, text, Segmenter.Tokenize(text));
        Assert.True(StandAloneCheck.NeedsPrevious(S("But the crew kept everyone calm.")));
        Assert.True(StandAloneCheck.NeedsPrevious(S("\"We depend on this ferry,\" she said.")));
        Assert.False(StandAloneCheck.NeedsPrevious(S("\"We depend on this ferry,\" Mayor Rita Solberg said.")));
        Assert.False(StandAloneCheck.NeedsPrevious(S("But the crew kept everyone calm.", position: 0)));
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
