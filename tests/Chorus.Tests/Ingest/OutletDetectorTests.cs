using Chorus.Ingest;

namespace Chorus.Tests.Ingest;

public class OutletDetectorTests
{
    private const string Filler = "The council voted 7-2 on the plan after a long public hearing that ran past midnight.";

    [Theory]
    [InlineData("CEDAR FALLS, Iowa (AP) — A grain elevator caught fire on Monday, the fire chief said.", "AP")]
    [InlineData("OSLO (Reuters) - Norway's central bank held its main rate on Thursday.", "Reuters")]
    [InlineData("(CNN) -- Two hikers were rescued from a ravine in the national park late on Sunday.", "CNN")]
    [InlineData("TUESDAY, March 8, 2016 (HealthDay News) -- Adults who sleep less than six hours face higher risks, a study says.", "HealthDay")]
    [InlineData("Madrid (AFP) - Spanish farmers blocked roads with tractors on Wednesday.", "AFP")]
    [InlineData("Nov 3 (Reuters) - Shares of the carmaker fell 4 percent in early trading.", "Reuters")]
    // As pages are scraped, the dash after a credit that opens the body may be lost (a network's and an agency's copy).
    [InlineData("(CNN)Two hikers were rescued from a ravine in the national park late on Sunday.", "CNN")]
    [InlineData("(AP) The grain elevator fire was out by morning, the fire chief said.", "AP")]
    public void A_wire_credit_in_the_opening_dateline_names_the_outlet(string lead, string outlet) =>
        Assert.Equal(outlet, OutletDetector.Detect([lead, Filler]));

    [Theory]
    // Another outlet cited in the text is not the article's own outlet.
    [InlineData("The mayor resigned on Friday, according to Reuters, after weeks of pressure from the council.")]
    [InlineData("\"We are not leaving,\" the pastor told CNN on Saturday as the water rose.")]
    // A bracketed abbreviation in an ordinary sentence is not a credit.
    [InlineData("Chronic kidney disease (CKD) - a slow loss of kidney function - affects millions of adults.")]
    [InlineData("Sen. Maria Lopez (D) — who chairs the panel — called the vote a disgrace.")]
    // A bracketed word opening a paragraph that names no newsroom: a caption's note, a party.
    [InlineData("(Photo) The grain elevator burned for hours.")]
    [InlineData("(R) Senator Lopez called the vote a disgrace.")]
    // A letter another paper printed first is cited, not the article's own credit.
    [InlineData("The letter, first published in the Guardian, was read aloud at the hearing.")]
    // Another newsroom's contribution credited at the end does not make the article theirs.
    [InlineData("The Associated Press contributed to this report.")]
    public void Citing_or_abbreviating_an_outlet_names_none(string lead) =>
        Assert.Null(OutletDetector.Detect([lead, Filler, "The (AP) wire story was read aloud at the hearing."]));

    [Theory]
    [InlineData("(Reporting by Jane Roe in Lagos; Editing by John Doe)", "Reuters")]
    [InlineData("Writing by Ann Lee; Additional reporting by Tom Fox; Editing by Mia Park", "Reuters")]
    [InlineData("Copyright 2015 The Associated Press. All rights reserved. This material may not be published.", "AP")]
    [InlineData("© 2019 Reuters", "Reuters")]
    [InlineData("Copyright 2014 by KXYZ Newschannel - All rights reserved.", "KXYZ Newschannel")]
    [InlineData("This article originally appeared on Example Weekly.", "Example Weekly")]
    [InlineData("CNN's Jane Roe and Sam Poe contributed to this report.", "CNN")]
    [InlineData("Follow Ann Lee on Twitter. Originally published on Example.com.", "Example.com")]
    [InlineData("To contact the reporter on this story: Jane Roe in Cairo at jroe1@bloomberg.net.", "Bloomberg")]
    [InlineData("To contact the editor responsible for this story: Sam Poe at spoe@bloomberg.net", "Bloomberg")]
    [InlineData("NBC 4's Ted Moss contributed to this report.", "NBC 4")]
    [InlineData("This story originally appeared in the Example Post.", "Example Post")]
    [InlineData("This article was first published in The Example Times.", "Example Times")]
    [InlineData("NBC News' Ted Moss reported from Chicago.", "NBC News")]
    [InlineData("CBS News' Ann Lee reported this story from Houston.", "CBS News")]
    public void A_closing_credit_names_the_outlet(string last, string outlet) =>
        Assert.Equal(outlet, OutletDetector.Detect([Filler, Filler, last]));

    // Modelled on a trade paper's exclusive, a network's follow-up, a business magazine's profile and a web outlet's
    // royal story: a newsroom speaking of its own reporting, anywhere in the body.
    [Theory]
    [InlineData("The singer was dropped from the tour in 2009 after a crew member complained, The Hollywood Reporter has learned.", "Hollywood Reporter")]
    [InlineData("NBC News has learned that the pilot had flown the route twice before.", "NBC News")]
    [InlineData("But when contacted by Forbes last spring, the investor gave a different figure.", "Forbes")]
    [InlineData("Contacted this morning by the Daily Beast, palace aides declined to comment.", "Daily Beast")]
    [InlineData("The actor's agents did not immediately return USA TODAY's request for comment.", "USA TODAY")]
    [InlineData("The district court did not immediately respond to ABC News' request for information.", "ABC News")]
    [InlineData("CBS News could not reach the owner for comment on Friday.", "CBS News")]
    [InlineData("The family said little, and the Miami Herald was unable to reach the landlord.", "Miami Herald")]
    public void A_newsroom_speaking_of_its_own_reporting_names_the_outlet(string line, string outlet) =>
        Assert.Equal(outlet, OutletDetector.Detect([Filler, line, Filler]));

    [Theory]
    // Who has learned something is a person or an authority, not a newsroom.
    [InlineData("Investigators have learned that the driver had been awake for twenty hours.")]
    [InlineData("Over the years, Maria Lopez has learned to ignore the critics.")]
    [InlineData("The suspect was contacted by the FBI in March, according to court papers.")]
    [InlineData("The sheriff's office did not immediately respond to a request for comment.")]
    [InlineData("He called back but could not reach the woman, and Smith's lawyer did not return calls.")]
    public void Learning_or_contact_by_someone_else_names_no_outlet(string line) =>
        Assert.Null(OutletDetector.Detect([Filler, line, Filler]));

    [Fact]
    public void Two_newsrooms_speaking_as_themselves_leave_the_outlet_unknown() =>
        Assert.Null(OutletDetector.Detect([Filler, "CBS News has learned that the plant will close.", "When contacted by the Guardian, the firm said nothing."]));

    [Fact]
    public void A_dateline_deep_in_the_body_is_not_the_articles_own()
    {
        string[] body = [Filler, Filler, Filler, "BERLIN (AP) — An earlier report is quoted here in full.", Filler, Filler, Filler, Filler];
        Assert.Null(OutletDetector.Detect(body));
    }

    [Fact]
    public void Plain_text_without_metadata_gets_the_detected_outlet()
    {
        var doc = PlainTextArticleParser.Parse("01", "01.txt", "Grain elevator burns\n\nAMES, Iowa (AP) — A grain elevator burned on Monday.\n\n" + Filler);
        Assert.Equal("AP", doc.Outlet);
        var none = PlainTextArticleParser.Parse("02", "02.txt", "Grain elevator burns\n\nA grain elevator burned on Monday, the AP reported.\n\n" + Filler);
        Assert.Null(none.Outlet);
    }

    // Modelled on a Washington newspaper's interview story and a London paper's feature.
    [Theory]
    [InlineData("(Photo by Jane Roe for The Washington Post)", "Washington Post")]
    [InlineData("The singer at her home in Kent. Photograph: Sam Poe for the Guardian", "Guardian")]
    public void A_photo_commissioned_by_a_newsroom_names_the_article_as_its_own(string caption, string outlet) =>
        Assert.Equal(outlet, OutletDetector.Detect([Filler, caption, Filler, Filler, Filler, Filler]));

    [Theory]
    // A photo for a company or a campaign, or credits for two newsrooms, name no outlet.
    [InlineData("(Photo by Jane Roe for Acme Foods)", "The rally began at noon.")]
    [InlineData("(Photo by Jane Roe for The Washington Post)", "Photograph: Sam Poe for the Guardian")]
    public void A_photo_for_something_else_or_two_newsrooms_names_none(string first, string second) =>
        Assert.Null(OutletDetector.Detect([Filler, first, Filler, second, Filler, Filler]));
}
