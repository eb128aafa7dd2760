using static Chorus.Tests.Analyze.QuoteSpeakers;

namespace Chorus.Tests.Analyze;

/// <summary>
/// Reported speech whose one speaker is a pronoun ("He said the readings were "…"", "Now, she said, her son is "…""):
/// the quotation is the pronoun's person's words, and the person is found as for "…," he said. Sentences written for
/// the test in the style of the outlets where the pattern was seen (named in each test); none is article text.
/// </summary>
public class PronounReportedSpeechTests
{
    // Modelled on a broadcaster's search-at-sea story (b4edb673ab78: "He said the detections were "…"" after a sentence
    // led by the search chief) and a wire analysis of a weapons programme (cef9105b3561: "He also said there is a "…"").
    [Fact]
    public void A_pronoun_reporting_speech_before_a_quotation_is_the_person_of_the_sentence_before()
    {
        var a = QuoteRuleTests.Analyze(
            "The search for the missing ferry moved north on Monday.\n\n" +
            "Arne Falkvik, the search commander, told reporters the sonar teams had worked through the night. He said the two readings were \"a promising and welcome sign for the families\" but asked for patience.",
            "Analysts have long watched the northern test site.\n\n" +
            "Miriam Oduya, a veteran arms researcher, wrote a report for an institute in Geneva last year. She also said there is a \"steady stream of shipments leaving the port at night\" that no inspector has seen.");
        Assert.Equal("Arne Falkvik", SpeakerOf(a, "a promising and welcome sign"));
        Assert.Equal("Miriam Oduya", SpeakerOf(a, "steady stream of shipments"));
    }

    // Modelled on an accuser's statement in a paper (348357789b1c: "Now, she said, her son is "…"" after a sentence led by
    // the mother) and a planet story in a paper (8b4c90dab64e: "But he said he was excited about the research: "…"" after
    // the scientist's own quotation).
    [Fact]
    public void A_pronoun_reporting_speech_after_an_opening_word_or_phrase_is_resolved_too()
    {
        var a = QuoteRuleTests.Analyze(
            "A former news anchor spoke out on Wednesday.\n\n" +
            "Greta Halvorsen said her daughter had not gone to the police at first. Now, she said, her daughter is \"ready to tell the whole story to anyone who will listen.\"",
            "The agency's chief scientist urged caution on Thursday.\n\n" +
            "\"Extraordinary finds need extraordinary proof,\" Tobias Lindqvist said. But he said he was personally thrilled by the new maps: \"We are charting places nobody had even imagined ten years ago.\"");
        Assert.Equal("Greta Halvorsen", SpeakerOf(a, "ready to tell the whole story"));
        Assert.Equal("Tobias Lindqvist", SpeakerOf(a, "We are charting places"));
    }

    // The clause's own shape must make the pronoun the speaker of the quotation: a second verb of saying ("He said Roe told
    // him "…"") or another pronoun before it leaves the quotation to the other rules.
    [Fact]
    public void A_pronoun_clause_with_someone_else_speaking_gives_no_speaker()
    {
        var a = QuoteRuleTests.Analyze(
            "Councillor Pieter Brandsma spoke after the vote.\n\n" +
            "Brandsma said the chairman had been rude. He said Voskuil told him the plan was \"finished before it had even started properly\" last week.",
            "Councillor Hanne Strom spoke after the vote.\n\n" +
            "Strom was angry. When her brother called, she said the board was \"a club of old friends who never read a page\" and hung up.");
        Assert.Null(SpeakerOf(a, "finished before it had even started"));
        Assert.Null(SpeakerOf(a, "a club of old friends"));
    }
}

/// <summary>
/// A second verb of saying joined to the subject's by "and" or "but" ("X acknowledged, "…," but added, "…"", "X said Y
/// was "…" and added that "…"") is the same person going on: it does not make the clause one of two speakers.
/// Sentences written for the test in the style of the outlets where the pattern was seen; none is article text.
/// </summary>
public class JoinedSpeechVerbTests
{
    // Modelled on a minister's press conference abroad (6387bd704869: "Asked if …, X acknowledged, "…," but added, "…"")
    // and a war story quoting officials of both sides (0e285d4f4c44: "X, a member of …, said Y was "…" and added that "…"").
    [Fact]
    public void A_verb_joined_by_and_or_but_keeps_the_clause_to_its_one_speaker()
    {
        var a = QuoteRuleTests.Analyze(
            "The foreign minister ended her tour in Lisbon on Friday.\n\n" +
            "Asked whether the loss was worse than the one her party suffered a decade ago, Ingrid Balcescu conceded, \"It was bad,\" but added, \"it is well within the usual swing of a second term.\"",
            "Fighting on the border went on through the night.\n\n" +
            "Omar Haddadin, a member of the movement's political office, said the general was \"looking for a way to end it\" and added that \"the only way out is to accept our conditions in full.\"");
        Assert.Equal("Ingrid Balcescu", SpeakerOf(a, "it is well within the usual swing"));
        Assert.Equal("Omar Haddadin", SpeakerOf(a, "the only way out is to accept"));
    }

    // A second verb with a subject of its own is someone else speaking: the clause has two speakers and gives none.
    [Fact]
    public void A_second_verb_with_its_own_subject_still_counts()
    {
        var a = QuoteRuleTests.Analyze(
            "Omar Haddadin, a member of the movement's political office, said the talks had stalled, and the general told reporters that \"nobody will sign anything before the spring.\"");
        Assert.NotEqual("Omar Haddadin", SpeakerOf(a, "nobody will sign anything"));
    }
}

/// <summary>
/// "…, alongside that of the actor Jo Roe, who said: "…"", "The board heard Jo Roe, his eldest daughter, who said her
/// father was "…"": the person a relative "who" hands the verb of saying to is its subject. Sentences written for the
/// test in the style of the outlets where the pattern was seen; none is article text.
/// </summary>
public class RelativeClauseSpeakerTests
{
    // Modelled on a paper's round-up of reactions to an actor's remarks (088f63f5603e: "…, alongside that of the actor
    // X, who said: "…"") and a wire story of a parole hearing (60497232ea0e: "X, the former athlete's oldest daughter,
    // who said her father was "…"").
    [Fact]
    public void A_name_whose_relative_clause_speaks_is_the_speaker()
    {
        var a = QuoteRuleTests.Analyze(
            "The singer's reply was shared widely online, alongside that of the actor Petra Lindgren, who said: \"There are many kinds of harm. Some heal faster than others.\"",
            "The board then heard Marisol Quintero, the former pitcher's eldest daughter, who said her father was \"the kindest man I have ever known.\"");
        Assert.Equal("Petra Lindgren", SpeakerOf(a, "There are many kinds of harm"));
        Assert.Equal("Marisol Quintero", SpeakerOf(a, "the kindest man I have ever known"));
    }

    // A relative clause in the sentence beside another person speaking leaves the clause with two speakers: nobody.
    [Fact]
    public void A_relative_clause_beside_another_speaker_gives_no_one()
    {
        var a = QuoteRuleTests.Analyze(
            "Governor Anton Reyes told reporters he had called Marisol Quintero, who said the plan was \"a waste of everybody's time and money.\"");
        Assert.Null(SpeakerOf(a, "a waste of everybody's time"));
    }
}
