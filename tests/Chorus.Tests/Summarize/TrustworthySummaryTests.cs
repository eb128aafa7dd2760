using Chorus.Clean;
using Chorus.Evaluate;
using Chorus.Ingest;
using Chorus.Link;
using Chorus.Pipeline;
using Chorus.Report;
using Chorus.Segment;
using Chorus.Summarize;
using static Chorus.Tests.InventedCluster;

namespace Chorus.Tests.Summarize;

/// <summary>Issue 12: whole quotations with their speakers, no furniture, an opening that says what happened, a
/// story order — unit tests on invented articles, and the dev figures held at the targets.</summary>
public class TrustworthySummaryTests
{


    private static int IndexOf(LinkedCluster c, string start) =>
        Enumerable.Range(0, c.Sentences.Count).Single(i => c.Sentences[i].Text.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public void A_quotation_over_several_sentences_is_one_unit_with_its_speaker()
    {
        var c = Linked(Doc("herald",
            "A passenger ferry ran aground off Lakeport on Tuesday night with 212 people aboard, the coast guard said.",
            "“We heard a bang and the lights went out. Then the water came in. Nobody panicked,” passenger Tomas Reiner said."));
        var unit = new CandidateFilter(c).UnitOf(IndexOf(c, "Then the water"))!;
        Assert.Equal(IndexOf(c, "“We heard"), unit.First);
        Assert.Equal(IndexOf(c, "Nobody panicked"), unit.Last);
        Assert.EndsWith("passenger Tomas Reiner said.", unit.Text);
        Assert.False(QuotationMarks.IsUnpaired(unit.Text));
        Assert.True(unit.IsReaction);
    }

    [Fact]
    public void A_quotation_nobody_is_named_for_is_not_shown_and_a_cut_one_is_never_shown()
    {
        var c = Linked(
            Doc("wire", "Floodwater closed the main road into Brandon on Sunday.",
                "“All we can do now is wait for the river to drop.”",
                "“We get floods every spring. But this is something else.", "The river is expected to crest on Wednesday."),
            Doc("post", "The river rose six feet overnight in the town of Brandon, county officials reported on Sunday."));
        var filter = new CandidateFilter(c);
        Assert.Null(filter.UnitOf(IndexOf(c, "“All we can do")));
        Assert.Null(filter.UnitOf(IndexOf(c, "“We get floods")));
        Assert.Null(filter.UnitOf(IndexOf(c, "But this is")));
        Assert.NotNull(filter.UnitOf(IndexOf(c, "The river is expected")));
    }

    [Fact]
    public void A_bare_quotation_is_taken_with_the_sentence_before_it_that_attributes_it()
    {
        var c = Linked(Doc("gazette",
            "The school board voted to close Hillcrest Elementary at the end of the year.",
            "Board chair Nadia Ruiz told parents on Tuesday that enrollment had fallen by half.",
            "“We cannot keep a building open for 90 children.”"));
        var unit = new CandidateFilter(c).UnitOf(IndexOf(c, "“We cannot"))!;
        Assert.Equal(IndexOf(c, "Board chair"), unit.First);
        Assert.Null(unit.AddedSpeaker);
    }

    [Fact]
    public void A_quotation_with_only_a_pronoun_for_speaker_is_shown_with_the_speaker_the_analysis_found()
    {
        var c = Linked(Doc("times",
            "Mayor Rita Solberg opened the new harbor bridge in Lakeport on Saturday morning.",
            "Solberg said the bridge would cut the drive to the islands by an hour.",
            "“This bridge is for everyone who ever missed the last ferry home,” she said."));
        var unit = new CandidateFilter(c).UnitOf(IndexOf(c, "“This bridge"))!;
        // In place of the pronoun, marked as added, rather than as a label before a sentence that says "she said".
        Assert.Null(unit.AddedSpeaker);
        Assert.False(unit.NeedsPrevious);
        var sentence = new SummarySentence(unit.Text, unit.Sources, unit.First, unit.AddedSpeaker);
        Assert.Equal("“This bridge is for everyone who ever missed the last ferry home,” [Rita Solberg] said.", sentence.Shown);
        var report = new SummaryReport("chorus", "100 words", 20, [], [new ReportSentence(sentence.Text, ["times"], sentence.AddedSpeaker)], []);
        Assert.StartsWith("“This bridge is for everyone who ever missed the last ferry home,” [Rita Solberg] said.", new TextReportWriter().Write(report));
    }

    [Fact]
    public void Furniture_sentences_are_not_candidates()
    {
        var c = Linked(Doc("news",
            "Wildfires forced 3,000 people from their homes near Paso Verde on Friday, fire officials said. Caption Firefighters watch the ridge line above the town.",
            "Crews expect to contain the fire by Monday if the wind stays low, the county fire chief said. Sign up for our morning newsletter and get the day's news first."));
        var filter = new CandidateFilter(c);
        Assert.Null(filter.UnitOf(IndexOf(c, "Caption Firefighters")));
        Assert.All(Enumerable.Range(0, c.Sentences.Count).Where(i => c.Sentences[i].Text.Contains("newsletter")), i => Assert.Null(filter.UnitOf(i)));
        Assert.NotNull(filter.UnitOf(IndexOf(c, "Wildfires forced")));
        Assert.NotNull(filter.UnitOf(IndexOf(c, "Crews expect")));
    }

    private static readonly SourceDocument[] Crash =
    [
        Doc("a", "A freight train derailed near Millbrook early Monday, spilling diesel into the Aster River, officials said.",
            "It was carrying 40 tank cars of fuel oil. Crews worked through the day to contain the spill.",
            "“We were lucky nobody was hurt,” fire chief Dale Ortiz said at a news conference."),
        Doc("b", "A freight train came off the tracks near Millbrook on Monday and spilled diesel into the Aster River.",
            "Residents downstream were told not to draw water from the river until Wednesday.",
            "“The smell reached the whole valley by noon,” resident Mary Lund told the Millbrook Gazette."),
        Doc("c", "Millbrook's mayor asked the railway to pay for the cleanup of the Aster River after Monday's derailment.",
            "The railway said it would cover the cost and investigate the cause of the derailment."),
    ];

    [Fact]
    public void The_summary_opens_with_the_lead_outlets_agree_on_then_details_then_reactions()
    {
        var summary = new ClusterPipeline().Run(Crash, Budget.Words(100)).Summary!;
        Assert.StartsWith("A freight train", summary.Sentences[0].Text);
        bool seenReaction = false;
        foreach (var s in summary.Sentences.Skip(1))
        {
            bool reaction = QuotationMarks.QuotesWords(s.Text);
            Assert.False(seenReaction && !reaction && !SentenceOpener.LeansBack(s.Text), $"detail after a reaction: {s.Text}");
            seenReaction |= reaction;
        }
    }

    [Fact]
    public void A_sentence_opening_on_a_pronoun_comes_only_right_after_the_sentence_it_leans_on()
    {
        var linked = Linked(Crash);
        var summary = new ChorusSummarizer().Summarize(linked, Budget.Words(150));
        for (int i = 0; i < summary.Sentences.Count; i++)
        {
            if (!SentenceOpener.LeansBack(summary.Sentences[i].Text)) continue;
            Assert.True(i > 0, summary.Sentences[i].Text);
            Assert.EndsWith(linked.Sentences[summary.Sentences[i].SentenceIndex - 1].Text, summary.Sentences[i - 1].Text);
        }
        // A ranking that puts the pronoun sentence first still cannot show it alone.
        int it = IndexOf(linked, "It was carrying");
        var forced = new BudgetedSelector { OpenWithAgreedLead = false }.Select("t", linked, [it, IndexOf(linked, "Residents")], Budget.Words(100));
        Assert.DoesNotContain(forced.Sentences, s => s.Text.StartsWith("It was", StringComparison.Ordinal));
    }

    [Fact]
    public void The_ranker_trains_only_on_sentences_a_reader_can_be_shown()
    {
        var cluster = new DatasetCluster("c", Crash.Append(Doc("d",
            "The derailment near Millbrook spilled diesel into the Aster River early on Monday, the railway confirmed.",
            "“Nobody should drink that water until we say so.”",
            "Photo 3 of 12")).ToList(), ["A freight train derailed near Millbrook and spilled diesel into the Aster River."]);
        var training = RankerTrainingSet.Build([cluster]).Single();
        var filter = new CandidateFilter(training.Linked);
        Assert.Equal(filter.Mask(), training.Candidates);
        int bare = IndexOf(training.Linked, "“Nobody should drink");
        Assert.False(training.Candidates[bare]);
        var rows = training.CandidateRows().ToList();
        Assert.Equal(training.Candidates.Count(c => c), rows.Count);
        Assert.DoesNotContain(rows, r => ReferenceEquals(r.Row, training.Features.Rows[bare]));
        Assert.True(rows.Count < training.Linked.Sentences.Count);
    }

    [Fact]
    public void Versailles_summary_says_that_Macron_received_Putin_at_Versailles_even_when_short()
    {
        var docs = new ArticleReader().Read([SharedData.Versailles]).Documents;
        foreach (var words in new[] { 50, 100 })
        {
            var first = new ClusterPipeline().Run(docs, Budget.Words(words)).Summary!.Sentences[0].Text;
            Assert.Contains("Macron", first);
            Assert.Contains("Putin", first);
            Assert.Contains("Versailles", first);
        }
    }

    [Fact]
    public void Dev_summaries_meet_the_trust_targets()
    {
        var clusters = DatasetEvaluator.Load(SharedData.MultiNewsDev);
        var pipeline = new ClusterPipeline { Cleaner = new ArticleCleaner { Boilerplate = DatasetEvaluator.BoilerplateOf(clusters) } };
        var summaries = clusters.AsParallel().Select(c => pipeline.Run(c.Documents, Budget.Words(100)).Summary!).ToList();
        var trust = SummaryTrustMetrics.Of(summaries);
        Assert.True(trust.Sentences >= 400, $"{trust.Sentences} sentences");
        Assert.Equal(0, trust.Unpaired);
        Assert.Equal(0, trust.Furniture);
        Assert.Equal(0, trust.UnquotedVoice);
        Assert.InRange(trust.SpeakerlessPer100, 0, 1.0);
        Assert.InRange(trust.DanglingPer100, 0, 5.0);
    }

    [Theory]
    [InlineData("“We will rebuild the harbor,” the mayor said.", false, false, false, false)]
    [InlineData("“We will rebuild the harbor.", true, true, false, false)]
    [InlineData("“We will rebuild the harbor before the winter.”", false, true, false, false)]
    [InlineData("Photo 3 of 12", false, false, true, false)]
    [InlineData("But the harbor stayed closed for a week.", false, false, false, true)]
    [InlineData("However, the harbor stayed closed.", false, false, false, true)]
    public void Trust_metrics_count_each_defect_by_the_issues_definitions(string text, bool unpaired, bool speakerless, bool furniture, bool dangling)
    {
        var m = SummaryTrustMetrics.Of(new Summary("t", Budget.Default, [new SummarySentence(text, ["a"], 0)]));
        Assert.Equal((unpaired, speakerless, furniture, dangling), (m.Unpaired == 1, m.Speakerless == 1, m.Furniture == 1, m.Dangling == 1));
        Assert.Equal(1, m.Sentences);
    }

    [Fact]
    public void An_added_speaker_is_a_speaker_the_reader_sees()
    {
        var m = SummaryTrustMetrics.Of(new Summary("t", Budget.Default, [new SummarySentence("“We will rebuild the harbor before the winter.”", ["a"], 0, "Rita Solberg")]));
        Assert.Equal(0, m.Speakerless);
    }
}
