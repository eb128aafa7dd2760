using Chorus.Analyze;
using Chorus.Clean;
using Chorus.Ingest;
using Chorus.Link;
using Chorus.Segment;

namespace Chorus.Tests.Analyze;

/// <summary>
/// Adversarial sentences for issue 14's speaker precision on unseen prose: each rule that once took a name here gave
/// the words to the wrong person. Written for the test in the styles of different outlets (a wire court report, a
/// local council story, a tabloid obituary, a regional weather story); none is article text. Each test also keeps an
/// easy attribution of the same shape, so abstaining everywhere would fail it.
/// </summary>
public class SpeakerPrecisionTests
{
    private static string? SpeakerOf(ClusterAnalysis analysis, string start) =>
        Assert.Single(analysis.Quotes, q => q.Text.StartsWith(start, StringComparison.Ordinal)).Speaker;

    [Fact]
    public void A_name_after_a_preposition_is_whom_the_unnamed_speaker_speaks_of()
    {
        var a = QuoteRuleTests.Analyze(
            // Tabloid obituary style.
            "\"He was always the first one at the dock in the morning,\" said a friend of Marcus Eldridge.\n\n" +
            "\"He fixed every boat in the harbor for free,\" said Eldridge's neighbour, Paul Ruiz.",
            // Wire style: a spokesman for someone, and a lawyer for someone.
            "\"She would never have gone out in weather like that,\" a spokesman for Dana Pryor said on Monday.\n\n" +
            "\"We are not going to sell the building to anyone,\" said the lawyer for Owen Tillery.\n\n" +
            "\"The search will go on through the night,\" said coast guard commander Elena Varga.");
        Assert.Null(SpeakerOf(a, "He was always the first"));
        Assert.Null(SpeakerOf(a, "She would never have gone"));
        Assert.Null(SpeakerOf(a, "We are not going to sell"));
        Assert.Equal("Paul Ruiz", SpeakerOf(a, "He fixed every boat"));
        Assert.Equal("Elena Varga", SpeakerOf(a, "The search will go on"));
    }

    [Fact]
    public void An_attribution_that_hands_the_words_on_from_someone_else_names_no_speaker()
    {
        var a = QuoteRuleTests.Analyze(
            // Regional weather story: a resident repeating what she was told.
            "\"The water came over the wall in less than a minute,\" Kara Vance said her neighbor told her.\n\n" +
            "\"We lost the car and the shed,\" Kara Vance said on Sunday.",
            // Profile style: a memory of a parent's warning.
            "\"Nobody should be on the water tonight,\" Glen Foster recalled his father telling him.\n\n" +
            "\"I still think about that night,\" Glen Foster said, adding that he sold the boat a year later.");
        Assert.Null(SpeakerOf(a, "The water came over"));
        Assert.Null(SpeakerOf(a, "Nobody should be on the water"));
        Assert.Equal("Kara Vance", SpeakerOf(a, "We lost the car"));
        Assert.Equal("Glen Foster", SpeakerOf(a, "I still think about"));
    }

    [Fact]
    public void A_quotation_after_a_question_is_the_answer_not_the_asker_going_on()
    {
        var a = QuoteRuleTests.Analyze(
            // Court report: a prosecutor's question, then the witness's answer in its own sentence.
            "\"What did you see that night?\" prosecutor Dana Wills asked the witness. \"I saw the car hit the wall and burn.\"\n\n" +
            "\"The evidence will show he knew,\" prosecutor Dana Wills said. \"He drove away and never called for help.\"",
            // TV interview write-up: the host asks, the guest answers.
            "\"Were you at the bar before the crash?\" host Tom Hale asked Mr. Price. \"I left the bar an hour before it happened.\"");
        Assert.Equal("Dana Wills", SpeakerOf(a, "What did you see"));
        Assert.Null(SpeakerOf(a, "I saw the car hit"));
        Assert.Null(SpeakerOf(a, "I left the bar"));
        // A statement followed by more of the same speaker's words still goes on.
        Assert.Equal("Dana Wills", SpeakerOf(a, "He drove away"));
    }

    [Fact]
    public void A_pronoun_that_changes_from_she_to_he_is_someone_else()
    {
        var a = QuoteRuleTests.Analyze(
            // Council story: two members speaking in turn.
            "Council member Ann Boyd spoke first. \"The jury is out on whether this plan helps anyone,\" she said. \"We object to the tower on the east side,\" he said.",
            // Planning hearing in another outlet's words.
            "Planning chief Lena Ortiz opened the session. \"Every family on the street got a letter,\" she said. \"Nobody on this street got a letter,\" he said.\n\n" +
            "Harbor master Neil Cobb spoke next. \"The dock will close at noon,\" he said. \"It will open again on Friday,\" he added.");
        Assert.Equal("Ann Boyd", SpeakerOf(a, "The jury is out"));
        Assert.Null(SpeakerOf(a, "We object to the tower"));
        Assert.Equal("Lena Ortiz", SpeakerOf(a, "Every family on the street"));
        Assert.Null(SpeakerOf(a, "Nobody on this street"));
        Assert.Equal("Neil Cobb", SpeakerOf(a, "It will open again"));
    }

    [Fact]
    public void A_pronoun_does_not_reach_past_a_sentence_that_names_someone_else()
    {
        var a = QuoteRuleTests.Analyze(
            // Budget story: the sentence in between brings in a second, surname-only person.
            "Tom Calder said the budget would pass easily. The opposition, led by Fenwick, called the plan reckless. \"We cannot pay for this without a new tax,\" he said.",
            // School-board story: an institution speaks in between.
            "Mary Okoye said the school would reopen in May. The Oakdale District declined to confirm the date. \"Parents deserve an answer this week,\" she said.\n\n" +
            // A sentence that names nothing may be passed over.
            "Ruth Nolan defended the new ferry schedule at the hearing. The board has heard many complaints this year. \"The boats will run every twenty minutes from June,\" she said.");
        Assert.Null(SpeakerOf(a, "We cannot pay for this"));
        Assert.Null(SpeakerOf(a, "Parents deserve an answer"));
        Assert.Equal("Ruth Nolan", SpeakerOf(a, "The boats will run"));
    }

    [Fact]
    public void A_person_named_with_by_speaks_only_in_a_clause_about_their_remark()
    {
        var a = QuoteRuleTests.Analyze(
            // Political story: a remark by someone, in which they said.
            "The claim echoed a remark by Senator Joan Perry during a debate in which she said: \"Nobody has shown us a single document.\"",
            // Court report: a name after "by" that is only spoken of.
            "The judge was asked by reporters whether Obama would comment on the case, and he said: \"I will not discuss the case today.\"");
        Assert.Equal("Joan Perry", SpeakerOf(a, "Nobody has shown us"));
        Assert.NotEqual("Obama", SpeakerOf(a, "I will not discuss"));
    }

    // Easy quotations that must keep their speaker: the name beside the quotation, only dressed differently.
    [Fact]
    public void A_person_set_off_by_commas_after_a_role_of_someones_is_the_speaker()
    {
        var a = QuoteRuleTests.Analyze(
            // Sports wire style: an athlete's agent, after the quotation.
            "\"She was out there hitting balls all week and felt fine,\" Marston's agent, Jill Corrigan, said by telephone.\n\n" +
            "The ferry operator's spokesman, Dan Reyes, said: \"We are looking at every sailing on that route.\"",
            // Business story: a company's officer, before a partial quotation.
            "The company's chief executive, Paul Hendry, said in a statement that the safety of passengers \"is and will remain our first priority\".\n\n" +
            "\"We will not be leaving the city this year,\" the Vexa board said in a statement.");
        Assert.Equal("Jill Corrigan", SpeakerOf(a, "She was out there"));
        Assert.Equal("Dan Reyes", SpeakerOf(a, "We are looking at every"));
        Assert.Equal("Paul Hendry", SpeakerOf(a, "is and will remain"));
        Assert.Null(SpeakerOf(a, "We will not be leaving"));
    }

    [Fact]
    public void A_country_in_dotted_capitals_before_an_office_belongs_to_the_attribution()
    {
        var a = QuoteRuleTests.Analyze(
            // Statement reported by a national paper.
            "\"This is an outrage and a failure of nerve,\" former U.S. Rep. Gabrielle Hartley said in a statement Thursday.",
            // Wire report from the United Nations.
            "\"The convoy must be allowed through without delay,\" U.N. Secretary-General Anton Varga told reporters.\n\n" +
            "\"No soldier will leave the base before the spring,\" the U.S. Army said on Friday.");
        Assert.Equal("Gabrielle Hartley", SpeakerOf(a, "This is an outrage"));
        Assert.Equal("Anton Varga", SpeakerOf(a, "The convoy must be"));
        Assert.Null(SpeakerOf(a, "No soldier will leave"));
    }

    [Fact]
    public void Words_another_person_says_or_names_after_the_speech_verb_are_not_the_speakers()
    {
        var a = QuoteRuleTests.Analyze(
            // Campaign story: one candidate reporting the other's phrase.
            "Tom Calder said Baker called the budget \"a disaster for every family in this town\" during the debate.\n\n" +
            "Mary Okoye said the new school plan was \"the best thing to happen to this district in years\" on Monday.",
            // Church and protest story: a speaker reading out someone else's words.
            "\"Nobody should ever be treated like that by the police,\" the pastor said, quoting Ruth Lindqvist.\n\n" +
            "Council member Dana Pryor said Mayor Hale described the vote as \"a betrayal of the whole east side\".\n\n" +
            "\"We will rebuild the pier before the summer,\" Mayor Ruth Calder said on Tuesday.");
        Assert.Null(SpeakerOf(a, "a disaster for every family"));
        Assert.Null(SpeakerOf(a, "a betrayal of the whole"));
        Assert.Null(SpeakerOf(a, "Nobody should ever be treated"));
        Assert.Equal("Mary Okoye", SpeakerOf(a, "the best thing to happen"));
        Assert.Equal("Ruth Calder", SpeakerOf(a, "We will rebuild the pier"));
    }

    [Fact]
    public void A_title_with_two_capitalised_words_is_not_a_quotation()
    {
        var a = QuoteRuleTests.Analyze(
            // Political story: a Sunday show's name after the attribution.
            "\"Yes, it is embarrassing for all of us,\" Warner said on Vexa's \"State of the Union.\"",
            // Book review: a work's title in the narration.
            "The general's memoir borrows its title from \"The Art of War\" and sold well.\n\n" +
            "\"We are not going to stop until the whole city knows,\" said organizer Lena Ortiz.");
        Assert.DoesNotContain(a.Quotes, q => q.Text.StartsWith("State of the Union", StringComparison.Ordinal) || q.Text.StartsWith("The Art of War", StringComparison.Ordinal));
        Assert.Equal("Warner", SpeakerOf(a, "Yes, it is embarrassing"));
        Assert.Equal("Lena Ortiz", SpeakerOf(a, "We are not going to stop"));
    }

    [Fact]
    public void Each_quotation_keeps_the_rule_that_attributed_it()
    {
        var docs = new[]
        {
            new SourceDocument("d1", "d1", null, null, null, null, null,
                ["\"The ferry will run again on Monday,\" said harbor master Neil Cobb.", "Neil Cobb said the repairs took a week. \"It was the engine, not the hull,\" he said."]),
            new SourceDocument("d2", "d2", null, null, null, null, null,
                ["Mayor Ruth Calder said: \"We will pay for the repairs from the reserve fund.\"", "\"Nobody was hurt, and that is what matters,\" said a friend of Neil Cobb."]),
        };
        var linked = new SentenceLinker().Link(Segmenter.Segment(new ArticleCleaner().Clean(docs)));
        var paths = new QuoteExtractor().Attribute(linked).ToDictionary(q => q.Text[..12], q => (q.Speaker, q.Path));
        Assert.Equal(("Neil Cobb", AttributionPath.NamedAfter), paths["The ferry wi"]);
        Assert.Equal(("Neil Cobb", AttributionPath.PronounToSpeakingSubject), paths["It was the e"]);
        Assert.Equal(("Ruth Calder", AttributionPath.NamedBefore), paths["We will pay "]);
        Assert.Equal((null, AttributionPath.None), paths["Nobody was h"]);
    }

    [Fact]
    public void The_person_a_named_speaker_tells_is_the_listener_not_the_speaker()
    {
        var a = QuoteRuleTests.Analyze(
            // Entertainment site: a guest on a late-night show.
            "\"We were never given a fair hearing by anyone,\" Dana Oakes tells host Jimmy Fallon in the interview.\n\n" +
            "\"I still have the letters they sent me,\" said talk show host Jimmy Fallon.",
            // Local paper: an operator talking to a named reporter of another paper.
            "\"I'm not leaving without a fight,\" Dan Hollis told reporter Jane Kemp of the Lakeport Gazette.\n\n" +
            "\"This vote will not stand in any court,\" Greg Lund told anchor Amy Cole on Tuesday.\n\n" +
            "\"The ferry pays for itself in the summer,\" said harbor master Tomas Reiner.");
        Assert.Equal("Dana Oakes", SpeakerOf(a, "We were never given"));
        Assert.Equal("Dan Hollis", SpeakerOf(a, "I'm not leaving"));
        Assert.Equal("Greg Lund", SpeakerOf(a, "This vote will not"));
        Assert.Equal("Jimmy Fallon", SpeakerOf(a, "I still have the letters"));
        Assert.Equal("Tomas Reiner", SpeakerOf(a, "The ferry pays for"));
    }

    [Fact]
    public void A_family_named_by_the_plural_of_its_surname_is_no_single_speaker()
    {
        var a = QuoteRuleTests.Analyze(
            // Local council story: a family's statement after a named member spoke.
            "Lena Ford spoke at the meeting on Monday.\n\n" +
            "\"The numbers do not lie about the ferry,\" the Fords said in a statement.\n\n" +
            "\"We will be at the next meeting too,\" Lena Ford said.",
            // Wire obituary: the surname ends in s, its plural in "es".
            "Friends remembered Tom Hodges as a patient teacher.\n\n" +
            "\"He gave his whole life to the school,\" the Hodgeses said on Friday.\n\n" +
            "\"We will keep the marina open all winter,\" the Giants said in a statement.");
        Assert.Null(SpeakerOf(a, "The numbers do not lie"));
        Assert.Null(SpeakerOf(a, "He gave his whole life"));
        Assert.Equal("Lena Ford", SpeakerOf(a, "We will be at the next"));
        // A plural that is no one's surname in the article stays with the other rules (a team speaks for itself).
        Assert.Equal("Giants", SpeakerOf(a, "We will keep the marina"));
    }

    [Fact]
    public void Words_a_person_denies_are_the_accusers_unless_a_participle_hands_on_his_own()
    {
        var a = QuoteRuleTests.Analyze(
            // Local paper: a police chief before the council.
            "Lakeport Police Chief Ray Dunn denied that officers \"used excessive force against anyone at the pier.\"\n\n" +
            "Dunn denied the claims, saying: \"My officers did nothing wrong at the pier.\"",
            // Wire story: a company executive and a lawsuit.
            "Chief executive Nora Blake denies the company \"knowingly sold unsafe boats to the city.\"\n\n" +
            "Nora Blake said on Monday that the boats \"passed every inspection the state ever made.\"");
        Assert.Null(SpeakerOf(a, "used excessive force"));
        Assert.Null(SpeakerOf(a, "knowingly sold unsafe"));
        Assert.Equal("Ray Dunn", SpeakerOf(a, "My officers did nothing"));
        Assert.Equal("Nora Blake", SpeakerOf(a, "passed every inspection"));
    }

    [Fact]
    public void A_quotation_with_an_attribution_no_rule_reads_is_not_the_last_speaker_going_on()
    {
        var a = QuoteRuleTests.Analyze(
            // Wire style: a company statement, then a quotation credited "according to" a surname the story never gives in full.
            "The chief of police in Lakeport defended his department on Thursday.\n\n" +
            "\"We have nothing to hide from anyone in this town,\" Acme Ferry Co. said in a statement. \"Nobody was seriously hurt at the pier on Tuesday,\" according to Dunn.",
            // Community paper: a named official, then a reader's comment.
            "\"The company is not telling the whole truth,\" harbor chief Lou Marr said. \"The boats have been unsafe for years,\" one resident wrote on the council's page.\n\n" +
            "\"We have asked for the records twice,\" Lou Marr said. \"Nobody has sent us a single page of them.\"");
        Assert.Null(SpeakerOf(a, "Nobody was seriously hurt"));
        Assert.Null(SpeakerOf(a, "The boats have been unsafe"));
        Assert.Equal("Lou Marr", SpeakerOf(a, "Nobody has sent us"));
    }

    [Fact]
    public void Outlets_giving_a_surname_and_the_full_name_for_the_same_words_agree_on_the_full_name()
    {
        var a = QuoteRuleTests.Analyze(
            // Local paper: the full name earlier in the story, the surname at the quotation.
            "Lakeport Police Chief Ray Dunn spoke after the meeting.\n\n\"The officers acted within policy and the law,\" Dunn, 54, said.\n\n" +
            "\"The harbor will be dredged before the summer season,\" said port director Alma Reyes.",
            // Wire rewrite: only the surname, in both quotations.
            "\"The officers acted within policy and the law,\" said Dunn, who has led the department since 2010.\n\n" +
            "\"The harbor will be dredged before the summer season,\" Reyes said.");
        Assert.Equal("Ray Dunn", SpeakerOf(a, "The officers acted"));
        Assert.Equal("Alma Reyes", SpeakerOf(a, "The harbor will be dredged"));
    }

    [Fact]
    public void The_same_words_named_beside_different_speakers_in_different_outlets_keep_each_speaker()
    {
        var a = QuoteRuleTests.Analyze(
            // Wire crash story: the police chief's condolences.
            "\"Our thoughts and prayers are with the families,\" Police Chief Ray Dunn said.\n\n" +
            "\"We will not comment while the inquiry goes on,\" the ferry company's owner, Victor Hale, said.",
            // Local paper: the mayor's statement in the same words.
            "\"Our thoughts and prayers are with the families,\" Mayor Frank Drum said in a statement.\n\n" +
            "\"We will not comment while the inquiry goes on,\" Hale said.\n\n" +
            "\"The pier repairs will cost at least two million dollars,\" the city council's budget chief, Nora Blake, said.",
            // Regional TV: the chief again, surname only.
            "\"Our thoughts and prayers are with the families,\" Dunn said.");
        var condolences = a.Quotes.Where(q => q.Text.StartsWith("Our thoughts and prayers", StringComparison.Ordinal)).ToList();
        Assert.Equal(["d1", "d3"], Assert.Single(condolences, q => q.Speaker == "Ray Dunn").Sources);
        Assert.Equal(["d2"], Assert.Single(condolences, q => q.Speaker == "Frank Drum").Sources);
        // A role of a two-word owner's, the person set off by commas after it.
        Assert.Equal("Victor Hale", SpeakerOf(a, "We will not comment"));
        Assert.Equal("Nora Blake", SpeakerOf(a, "The pier repairs will cost"));
    }

    [Fact]
    public void A_one_word_label_before_a_quotation_is_a_speaker_only_when_the_article_names_someone_by_it()
    {
        var a = QuoteRuleTests.Analyze(
            // A web page's labelled lines.
            "Islanders voted on Saturday on whether to buy the ferry from the city.\n\n" +
            "Statement: \"We thank every voter who came out in the rain today.\"\n\n" +
            "Update: \"The count will be announced on Sunday morning at the town hall.\"",
            // A TV interview transcript on a news site.
            "CNN's Brianna Keilar interviewed the campaign's lawyer, Michael Cohen, on Wednesday.\n\n" +
            "Keilar: \"You say it is not a shake-up, but you are down in the polls.\"\n\n" +
            "Cohen: \"Says who? Which polls are you talking about?\"");
        Assert.Null(SpeakerOf(a, "We thank every voter"));
        Assert.Null(SpeakerOf(a, "The count will be announced"));
        Assert.Equal("Brianna Keilar", SpeakerOf(a, "You say it is not"));
        Assert.Equal("Michael Cohen", SpeakerOf(a, "Says who? Which polls"));
    }
}
