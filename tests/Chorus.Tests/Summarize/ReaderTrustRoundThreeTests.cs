using Chorus.Evaluate;
using Chorus.Link;
using Chorus.Summarize;
using static Chorus.Tests.InventedCluster;

namespace Chorus.Tests.Summarize;

/// <summary>Issue 13's third reading of dev and held-out summaries (session 8): units with no main verb (captions,
/// hard-wrapped pieces, clauses a split abbreviation left alone) and sentences that open on a connective answering a
/// sentence the reader was not shown. Sentences written for these tests in the shapes different outlets gave them.</summary>
public class ReaderTrustRoundThreeTests
{
    [Theory]
    // Picture captions: a war story's, a health story's, a science story's, a court story's.
    [InlineData("Rockets in a garage in Khan Younis.", true)]
    [InlineData("Mia Lopez and her two brothers before she was diagnosed with the rare illness.", true)]
    [InlineData("An artist's impression of the exoplanet, which could sit far beyond the orbit of Neptune.", true)]
    [InlineData("Tom Hale, in custody after his 2015 arrest.", true)]
    [InlineData("Photograph by Jane Moss.", true)]
    // Pieces: a hard-wrapped memo line, a clause a split "a.m." left alone, a joke line, a lowercased re-tokenized clause.
    [InlineData("UK citizen who worked as an unpaid adviser to the campaign.", true)]
    [InlineData("After they arrived to serve a search warrant.", true)]
    [InlineData("Just a couple of rivals swapping recipes — while the cameras roll.", true)]
    [InlineData("because i ' m covering the other hearing .", true)]
    // Statements: a verb after a number or an aside, inside a clause pair, a plural subject's bare verb, an irregular past.
    [InlineData("Ferry captain Ole Berg, 58, died at the scene on Sunday.", false)]
    [InlineData("The two reported their findings on Wednesday in a journal.", false)]
    [InlineData("Three weeks before the vote, the council has added two members.", false)]
    [InlineData("The quiet street where she lived was closed on Tuesday.", false)]
    [InlineData("They base the estimate on hospital records from four states.", false)]
    [InlineData("Most cases occur in children under five.", false)]
    [InlineData("Winter of 1952 found the family in a camp in Idaho.", false)]
    [InlineData("The man who shot the officer was arrested on Friday.", false)]
    [InlineData("it ' s a good day for the harbor , the mayor said .", false)]
    [InlineData("\"We will rebuild,\" said the mayor.", false)]
    public void A_unit_with_no_main_verb_is_a_fragment(string text, bool fragment) =>
        Assert.Equal(fragment, VerblessFragment.Is(text));

    [Theory]
    [InlineData("However, police said no one was hurt in the crash.", "Police said no one was hurt in the crash.")]
    [InlineData("In fact, the council approved the plan on Monday.", "The council approved the plan on Monday.")]
    [InlineData("As a result, the ferry line lost half its riders.", "The ferry line lost half its riders.")]
    [InlineData("But the governor vetoed the bill on Friday.", "The governor vetoed the bill on Friday.")]
    [InlineData("Meanwhile, iPhone sales rose in the quarter.", "iPhone sales rose in the quarter.")]
    [InlineData("By doing so, the firm avoided a trial.", "The firm avoided a trial.")]
    // The rest would still lean back, or the opening is not a connective that can go.
    [InlineData("But he said the bridge would reopen.", null)]
    [InlineData("However, even then the plan failed.", null)]
    [InlineData("And most of those have two or more.", null)]
    [InlineData("But we are hardly alone in our fight with potholes, says the new survey.", null)]
    [InlineData("Instead, using the skipper's radio to guide them, they headed for the western shore.", null)]
    [InlineData("In addition to the fine, the firm must train its staff.", null)]
    [InlineData("So far, 50 cases have been reported.", null)]
    [InlineData("Otherwise, the bridge will close for a week.", null)]
    [InlineData("Also killed was a bus driver from the city.", null)]
    [InlineData("The council approved the plan on Monday.", null)]
    public void A_connective_goes_when_what_remains_stands_alone(string text, string? rest) =>
        Assert.Equal(rest, LeaningConnective.Dropped(text));

    [Theory]
    // A name the opening phrase acts on is not who the pronoun means (an entertainment story, a court story, a sports story).
    [InlineData("Of her plan to skip Super Bowl ads, she said: \"I told my agent no this year.\"", true)]
    [InlineData("Speaking to CNN on Monday, he denied the charges.", true)]
    [InlineData("Asked about the Olympics, she said she would retire.", true)]
    // A name as the phrase's subject or owner may be who the pronoun means.
    [InlineData("After Jane Roe lost the final, she retired.", false)]
    [InlineData("In Smith's view, he had done nothing wrong.", false)]
    [InlineData("When Hale arrived, he was arrested.", false)]
    public void A_name_the_opening_phrase_acts_on_does_not_give_the_pronoun_its_referent(string text, bool leans) =>
        Assert.Equal(leans, StandAloneCheck.PronounWithoutReferent(text));

    [Theory]
    [InlineData("In fact, he had left the country a week earlier.", true)]
    [InlineData("As a result, the lab closed for a month.", true)]
    // What an opening phrase selects from or answers is in the sentence before (a health study, a crime story; a film review's
    // "in doing so" and a court story's "by doing so").
    [InlineData("Of these patients, nearly one in five was under 40.", true)]
    [InlineData("Among them, two teenagers who had been reported missing.", true)]
    [InlineData("Despite this, the council voted to keep the pool open.", true)]
    [InlineData("In doing so, the heroine retraces the path her mother took.", true)]
    [InlineData("By doing so, the firm avoided a trial.", true)]
    [InlineData("For this year's festival, organizers added a second stage.", false)]
    [InlineData("Of the 40 passengers, three were hurt.", false)]
    [InlineData("In addition to the fine, the firm must train its staff.", false)]
    [InlineData("However, police said no one was hurt.", false)]
    public void A_connective_the_opener_list_lacks_is_recognized(string text, bool opens) =>
        Assert.Equal(opens, LeaningConnective.Opens(text));

    private static LinkedCluster Ferry() => Linked(
        Doc("harbor-news",
            "A ferry ran aground near Lakeport on Sunday, the coast guard said.",
            "Passengers were told to stay in their seats while crews checked the hull for a leak.",
            "However, no one was hurt, officials said."),
        Doc("valley-post",
            "The ferry line will resume service on Tuesday after divers check the hull for damage from the rocks.",
            "The ship was built in 1998 and carries up to 300 passengers on the route across the lake.",
            "But the line's owner said the inspection could take longer."));

    private static int IndexOf(LinkedCluster c, string start) =>
        Enumerable.Range(0, c.Sentences.Count).Single(i => c.Sentences[i].Text.StartsWith(start, StringComparison.Ordinal));

    private static SummarySentence Shown(LinkedCluster c, string start)
    {
        int i = IndexOf(c, start);
        return new SummarySentence(c.Sentences[i].Text, [c.Sentences[i].DocId], i);
    }

    [Fact]
    public void A_connective_stays_after_the_sentence_it_answers_and_goes_after_any_other()
    {
        var c = Ferry();
        var summary = new Summary("t", Budget.Default, [
            Shown(c, "A ferry ran aground"), Shown(c, "Passengers were told"), Shown(c, "However, no one"),
            Shown(c, "The ferry line will"), Shown(c, "But the line's owner")]);
        var settled = LeaningConnective.Settle(c, summary);
        Assert.Equal("However, no one was hurt, officials said.", settled.Sentences[2].Text);
        Assert.Equal("The line's owner said the inspection could take longer.", settled.Sentences[4].Text);
        Assert.Equal(summary.Sentences.Select(s => s.SentenceIndex), settled.Sentences.Select(s => s.SentenceIndex));

        var apart = LeaningConnective.Settle(c, new Summary("t", Budget.Default, [Shown(c, "A ferry ran aground"), Shown(c, "However, no one")]));
        Assert.Equal("No one was hurt, officials said.", apart.Sentences[1].Text);
    }

    [Fact]
    public void The_filter_lets_a_droppable_connective_stand_alone_and_refuses_a_caption()
    {
        var c = Linked(
            Doc("tribune",
                "A leopard killed a toddler at a safari lodge in the national park on Friday, the wildlife agency said.",
                "The boy had followed his nanny outside the staff quarters.",
                "However, the agency said the lodge had a fence around the staff quarters.",
                "In fact, she had warned the managers twice."),
            Doc("daily",
                "Rangers and a dog in a clearing near the lodge.",
                "The wildlife agency said it would review safety at every lodge in the park after the attack on the boy.",
                "The lodge was closed to visitors on Saturday while rangers searched the area for the leopard."));
        var filter = new CandidateFilter(c);
        Assert.False(filter.UnitOf(IndexOf(c, "However, the agency"))!.NeedsPrevious);
        Assert.True(filter.UnitOf(IndexOf(c, "In fact, she"))!.NeedsPrevious);
        Assert.Null(filter.UnitOf(IndexOf(c, "Rangers and a dog")));
        Assert.NotNull(filter.UnitOf(IndexOf(c, "The wildlife agency said it")));
    }

    [Theory]
    [InlineData("Rockets in a garage in Khan Younis.", 1, 0)]
    [InlineData("In fact, the council approved the plan on Monday.", 0, 1)]
    [InlineData("However, the council approved the plan on Monday.", 0, 1)]
    [InlineData("The council approved the plan on Monday.", 0, 0)]
    public void The_trust_line_counts_fragments_and_connective_openers(string text, int fragments, int connectives)
    {
        var m = SummaryTrustMetrics.Of(new Summary("t", Budget.Default, [new SummarySentence(text, ["a"], 0)]));
        Assert.Equal((fragments, connectives), (m.Fragments, m.Connectives));
    }
}
