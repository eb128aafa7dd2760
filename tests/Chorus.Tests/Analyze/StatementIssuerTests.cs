using static Chorus.Tests.Analyze.QuoteSpeakers;

namespace Chorus.Tests.Analyze;

/// <summary>
/// A body speaking through a written statement gets the words when the text names who issued it: "“…,” the statement
/// says" after "X released a statement"; "X has issued a statement about the case: “…”"; "according to a statement
/// released by X"; "“…,” the policy states" after "the X policy". Sentences written for the test in the style of the
/// outlets where the pattern was seen (named in each test); none is article text.
/// </summary>
public class StatementIssuerTests
{
    // Modelled on a local TV story (a utility's statement after a fatal accident, "“…,” the statement says") and a live
    // blog quoting a defence department ("according to a statement released by …", then "the statement said").
    [Fact]
    public void The_statement_speaks_for_the_body_that_issued_it()
    {
        var a = QuoteRuleTests.Analyze(
            "Two workers were hurt at the pumping station on Tuesday night.\n\n" +
            "Harbor Light Energy released a statement saying it will help the county inspectors.\n\n" +
            "\"Our thoughts are with both workers and their families after the accident at the station,\" the statement says. \"We are checking every line that feeds the pumping station this week.\"",
            "The minister called his counterpart late on Sunday.\n\n" +
            "The minister restated \"the firm support of our country for the coastal patrol and its crews,\" according to a statement released by the Ministry of Marine Affairs.\n\n" +
            "\"The minister also raised the rising cost of fuel for the northern fleets and the ports,\" the statement said.");
        Assert.Equal("Harbor Light Energy", SpeakerOf(a, "Our thoughts are with both workers"));
        // The next quotation of the paragraph goes on with the same speaker.
        Assert.Equal("Harbor Light Energy", SpeakerOf(a, "We are checking every line"));
        Assert.Equal("Ministry of Marine Affairs", SpeakerOf(a, "the firm support of our country"));
        Assert.Equal("Ministry of Marine Affairs", SpeakerOf(a, "The minister also raised the rising cost"));
    }

    // Modelled on a science weekly ("X has also issued a statement …: “…”", the body named in full
    // earlier) and a local paper on a youth team ("the team, which issued a statement on Facebook: "…"").
    [Fact]
    public void A_quotation_hanging_on_the_statement_goes_to_its_issuer_named_at_its_fullest()
    {
        var a = QuoteRuleTests.Analyze(
            "Two research dogs are kept at Pell Ridge University in Vermont, court papers show.\n\n" +
            "Pell Ridge has since issued its own statement on the lawsuit: \"The school does not comment on pending cases and awaits the ruling of the court.\"",
            "The boy played for the Marlow Valley Hornets youth side, which put out a statement on Facebook: \"This is a very sad morning for all of our players and coaches.\"");
        Assert.Equal("Pell Ridge University", SpeakerOf(a, "The school does not comment"));
        Assert.Equal("Marlow Valley Hornets", SpeakerOf(a, "This is a very sad morning"));
    }

    // Modelled on a paper quoting a TV maker's privacy policy ("the X policy", then "The policy states: “…”" and "“…”
    // the policy states").
    [Fact]
    public void A_policy_speaks_for_the_company_it_belongs_to()
    {
        var a = QuoteRuleTests.Analyze(
            "Privacy groups have studied the Vantel policy for its new speakers closely.\n\n" +
            "The policy states: \"Please note that your recorded requests may be sent to a partner for processing.\"\n\n" +
            "Owners can turn the feature off in the settings menu.\n\n" +
            "\"Even when the feature is off, some usage data may still be collected to improve the service,\" the policy states.");
        Assert.Equal("Vantel", SpeakerOf(a, "Please note that your recorded requests"));
        Assert.Equal("Vantel", SpeakerOf(a, "Even when the feature is off"));
    }

    // A statement whose issuer the text does not name ("his lawyer released a statement", "a police statement said"),
    // or two bodies named before it, leaves the words without a speaker, as the text does.
    [Fact]
    public void A_statement_with_no_named_issuer_gives_no_speaker()
    {
        var a = QuoteRuleTests.Analyze(
            "Dunmore's lawyer released a statement on Friday on his behalf.\n\n" +
            "\"We believe the officer acted lawfully throughout the whole incident at the school,\" the statement read.",
            "Officers were called to the house on Elm Row shortly after noon.\n\n" +
            "\"The medics found a man on the back porch with serious injuries to his arms,\" a police statement said.",
            "Both Kestrel Air and Norland Rail issued statements on Monday after the crash.\n\n" +
            "\"We are working closely with the investigators at the crossing,\" the statement said.");
        Assert.Null(SpeakerOf(a, "We believe the officer acted lawfully"));
        Assert.Null(SpeakerOf(a, "The medics found a man"));
        Assert.Null(SpeakerOf(a, "We are working closely with the investigators"));
    }

    // Modelled on a story on an agency's settlement with TV renovators ("“…,” the EPA notes") and a wire story quoting
    // a safety board ("said the NTSB"): an acronym with "the" beside the words is the body speaking; a bare call sign
    // passing on someone's words ("WKRN says") is not.
    [Fact]
    public void An_acronym_with_the_beside_the_words_is_the_body_speaking()
    {
        var a = QuoteRuleTests.Analyze(
            "The builders agreed to pay a fine of forty thousand dollars under the settlement.\n\n" +
            "\"The firm also worked to teach viewers about the dangers of old paint in their homes,\" the EPB notes.",
            "The plane landed short of the runway in heavy fog.\n\n" +
            "\"The crew had no warning from the tower before the wheels touched the grass,\" said the NTSB.",
            "The fire started in a kitchen on the third floor.\n\n" +
            "\"Everyone got out of the building before the roof came down,\" WKRN says.");
        Assert.Equal("EPB", SpeakerOf(a, "The firm also worked to teach viewers"));
        Assert.Equal("NTSB", SpeakerOf(a, "The crew had no warning from the tower"));
        Assert.Null(SpeakerOf(a, "Everyone got out of the building"));
    }

    // Modelled on a tabloid's story on a student's death ("“…,” the fraternity wrote." after "the fraternity Alpha …")
    // and a wire story on a museum's statement: a body given by its kind is the one body the article names with it.
    [Fact]
    public void A_body_given_by_its_kind_is_the_one_body_the_article_names_with_that_word()
    {
        var a = QuoteRuleTests.Analyze(
            "The student held a leadership role in the fraternity Delta Rho Nu on the campus.\n\n" +
            "\"His photographs of the lake showed how much he loved the outdoors,\" the fraternity wrote.",
            "The painting was returned to the museum Casa Verde on Monday after ten years.\n\n" +
            "\"We are grateful to the police in both countries for their patient work,\" said the museum.",
            "The club Sporting Arno and the club Real Lucca both fined the player last week.\n\n" +
            "\"Such conduct has no place in our game at any level,\" the club said.");
        Assert.Equal("Delta Rho Nu", SpeakerOf(a, "His photographs of the lake"));
        Assert.Equal("Casa Verde", SpeakerOf(a, "We are grateful to the police"));
        Assert.Null(SpeakerOf(a, "Such conduct has no place"));
    }

    // The same bodies in reported speech ("The EPA says the firm engaged in “…”", "The EPA notes that the firm has
    // “…”"); a news outlet so written ("The BBC says …") passes on someone else's words and stays unattributed.
    [Fact]
    public void An_acronym_with_the_speaking_before_reported_words_is_the_body()
    {
        var a = QuoteRuleTests.Analyze(
            "The builders agreed to pay a fine under the settlement on Tuesday.\n\n" +
            "The EPB says the firm carried out \"home repairs without the lead dust precautions the rules require.\"",
            "The board opened its inquiry into the landing on Friday.\n\n" +
            "The NTSB notes that the crew had \"no warning of the wind shear from the tower or the instruments.\"",
            "The fire started in a kitchen on the third floor.\n\n" +
            "The BBC says the tenants had \"complained about the wiring for more than two years.\"");
        Assert.Equal("EPB", SpeakerOf(a, "home repairs without the lead dust"));
        Assert.Equal("NTSB", SpeakerOf(a, "no warning of the wind shear"));
        Assert.Null(SpeakerOf(a, "complained about the wiring"));
    }
}
