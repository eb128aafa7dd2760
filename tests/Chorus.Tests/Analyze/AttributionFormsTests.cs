using static Chorus.Tests.Analyze.QuoteSpeakers;

namespace Chorus.Tests.Analyze;

/// <summary>
/// Attribution forms of US and Commonwealth papers the speaker rules did not read: a state before an abbreviated
/// office, a title word that is the speaker's surname, "was quoted as saying". Sentences written for the test in the
/// style of the outlets where the form was seen (named in each test); none is article text.
/// </summary>
public class AttributionFormsTests
{
    // Modelled on a Washington paper's storm story ("“…,” Maryland Gov. X (D) said in declaring an emergency") and a
    // wire story of the same storm ("“…,” New Jersey Gov. X said.").
    [Fact]
    public void A_state_before_an_abbreviated_office_is_part_of_the_attribution()
    {
        var a = QuoteRuleTests.Analyze(
            "Coastal towns emptied on Friday as the storm neared.\n\n" +
            "\"This is a slow and dangerous storm that is heading straight for our shore towns,\" Delaware Gov. Ruth Albrecht (D) said in ordering the evacuation. \"Expect long power cuts across the county.\"",
            "Ferries stopped running at noon.\n\n" +
            "\"This could be the worst flooding our river towns have seen,\" New Hampshire Sen. Colin Farrow said.");
        Assert.Equal("Ruth Albrecht", SpeakerOf(a, "This is a slow and dangerous storm"));
        Assert.Equal("Ruth Albrecht", SpeakerOf(a, "Expect long power cuts"));
        Assert.Equal("Colin Farrow", SpeakerOf(a, "This could be the worst flooding"));
    }

    // Modelled on a wire story on a congressman ("“…,” said King, who is being briefed …", the article naming Rep.
    // Peter King before) and a council story ("“…,” Major said"): a surname that is also a title word.
    [Fact]
    public void A_surname_that_is_a_title_word_is_the_person_the_article_names_with_it()
    {
        var a = QuoteRuleTests.Analyze(
            "Rep. Tomas Bishop, a Vermont Democrat who chairs the transport panel, said more closures were likely.\n\n" +
            "\"I would not be surprised to see two more depots shut before the winter,\" said Bishop, who is being briefed by the rail authority. \"It could happen this week.\"",
            "Council member Lena Major voted against the new parking fees on Tuesday.\n\n" +
            "\"Families on the east side will pay for a budget hole they did not make,\" Major said.");
        Assert.Equal("Tomas Bishop", SpeakerOf(a, "I would not be surprised to see two more depots"));
        Assert.Equal("Tomas Bishop", SpeakerOf(a, "It could happen this week"));
        Assert.Equal("Lena Major", SpeakerOf(a, "Families on the east side"));
    }

    // "King" alone where the article gives it only as a title ("King Harald") names no one.
    [Fact]
    public void A_title_word_the_article_uses_only_as_a_title_names_no_one()
    {
        var a = QuoteRuleTests.Analyze(
            "King Harald opened the new bridge over the fjord on Monday morning.\n\n" +
            "\"This bridge joins two valleys that were cut off from each other every winter,\" said King.");
        Assert.Null(SpeakerOf(a, "This bridge joins two valleys"));
    }

    // Modelled on a live blog quoting a prime minister ("“…,” X was quoted as saying. “…”") and a paper's list of
    // accusers ("the site quoted X, one of his lawyers, as rejecting the claim: “…”"): the quoted person speaks.
    [Fact]
    public void The_person_quoted_as_saying_is_the_speaker_not_who_quoted_them()
    {
        var a = QuoteRuleTests.Analyze(
            "Prime Minister Alana Brecht spoke to farmers in the north on Tuesday.\n\n" +
            "\"Nobody wants to see good harvests left to rot in the fields,\" Brecht was quoted as saying. \"We will find the drivers.\"",
            "The singer has denied every claim made this month.\n\n" +
            "The magazine quoted Owen Sallis, one of her lawyers, as dismissing the report: \"My client has never met the man and denies all of it.\"");
        Assert.Equal("Alana Brecht", SpeakerOf(a, "Nobody wants to see good harvests"));
        Assert.Equal("Alana Brecht", SpeakerOf(a, "We will find the drivers"));
        Assert.Equal("Owen Sallis", SpeakerOf(a, "My client has never met the man"));
    }

    // Modelled on a British paper's campaign story ("“…,” Mr X later clarified.") and a TV site's piece on a singer's
    // post ("X clarified: “…”"): correcting one's own words is saying them.
    [Fact]
    public void Clarified_is_a_verb_of_saying()
    {
        var a = QuoteRuleTests.Analyze(
            "Campaign adviser Tomas Varga spoke to a radio station on Monday.\n\n" +
            "\"What I meant is the problem that the northern towns have faced for years,\" Mr Varga later clarified.",
            "The singer Mina Holt faced questions about her tour dates.\n\n" +
            "Holt clarified: \"The spring shows are only moved, and every ticket stays valid.\"");
        Assert.Equal("Tomas Varga", SpeakerOf(a, "What I meant is the problem"));
        Assert.Equal("Mina Holt", SpeakerOf(a, "The spring shows are only moved"));
    }

    // Modelled on a public radio feature ("“…,” says U.S. Forest Service volunteer X.") and a wire story quoting a
    // police chief ("“…,” said Inspector-General of Police X."): an office the name pattern cannot read, then the name.
    [Fact]
    public void An_office_led_by_a_dotted_country_or_of_a_body_before_the_name_is_read()
    {
        var a = QuoteRuleTests.Analyze(
            "Rangers closed two trails in the canyon after the storm.\n\n" +
            "\"Dunes heal slowly, and a single truck can leave tracks for ten years,\" says U.S. Park Service volunteer Nadia Orloff. \"We ask people to stay on the roads.\"",
            "The toxin was found on the driver's hands, officials said on Sunday.\n\n" +
            "\"Our first tests show the substance that killed the driver was a nerve agent,\" said Commissioner of Police Rahim Daud Osman.");
        Assert.Equal("Nadia Orloff", SpeakerOf(a, "Dunes heal slowly"));
        Assert.Equal("Nadia Orloff", SpeakerOf(a, "We ask people to stay on the roads"));
        Assert.Equal("Rahim Daud Osman", SpeakerOf(a, "Our first tests show"));
    }
}
