using Chorus.Analyze;

namespace Chorus.Tests.Analyze;

/// <summary>
/// The citation wording alone never makes a cited outlet: the name must also be a news organization's by evidence
/// of its own. Sentences written for the test in the style of different outlets (a wire story, a White House
/// briefing, a health story, a war report, an entertainment round-up, a local TV story), each loose rule tried on
/// at least two.
/// </summary>
public class OutletEvidenceTests
{
    private static List<string> Cited(params string[] bodies) =>
        QuoteRuleTests.Analyze(bodies).CitedOutlets.Select(o => o.Name).ToList();

    [Fact]
    public void An_officials_title_after_a_media_word_does_not_cut_the_name_to_that_word()
    {
        var names = Cited(
            "The order will stand, according to White House Press Secretary Dana Lowe, who spoke after the briefing.\n\n" +
            "The senator told Press Secretary Ray Monk that the vote would wait.",
            "The bill has no path, according to Independent Senator Carl Ostrow of Vermont.\n\n" +
            "Funding ran out in March, Daily Show host Nia Brandt said on her program.");
        Assert.Empty(names);
    }

    [Fact]
    public void A_media_staff_title_still_leaves_the_newsroom()
    {
        var names = Cited(
            "The talks collapsed, according to CBS News correspondent Lena Ford.",
            "The trade deal was close, he told Sky News host Ivan Marsh on Tuesday.");
        Assert.Contains("CBS News", names);
        Assert.Contains("Sky News", names);
    }

    [Fact]
    public void A_science_journal_is_not_a_news_outlet()
    {
        var names = Cited(
            "The drug cut deaths by a third, according to the Journal of the American Heart Association.\n\n" +
            "The trial ran for five years, the American Journal of Psychiatry reported in its spring issue.",
            "Infections fell by half, according to the British Medical Journal.\n\n" +
            "The craters are older than thought, the Astrophysical Journal reported.");
        Assert.Empty(names);
    }

    [Fact]
    public void A_firm_known_by_four_capitals_is_not_a_station()
    {
        var names = Cited(
            "The accounts were in order, KPMG said, and KPMG reported no missing funds.",
            "The audit, according to KPMG, found the charity had spent the money as promised.");
        Assert.Empty(names);
        // A band suffix or a site says it is a station; the short name then means the same one.
        var stations = Cited("The fire spread overnight, KTLA-TV reported.", "The freeway was shut, according to WSVN.com. WSVN reported it first.");
        Assert.Contains("KTLA-TV", stations);
        Assert.Contains("WSVN", stations);
    }

    [Fact]
    public void A_network_channel_or_media_name_needs_a_news_word_or_initials()
    {
        var names = Cited(
            "The Haqqani Network said it carried out the attack, according to the Syrian Network.",
            "The chef's show moved to Food Network, according to Vista Media, and Cartoon Network said it would air the film.");
        Assert.Empty(names);
        var news = Cited("The storm reached the coast, the Fox News Channel reported.", "Three ships sank, according to CBS News Network.");
        Assert.Contains("Fox News Channel", news);
        Assert.Contains("CBS News Network", news);
    }

    [Fact]
    public void A_bare_media_word_names_no_outlet_unless_the_cluster_names_it_in_full()
    {
        var alone = Cited(
            "\"He was a good friend,\" the coach told The Post.",
            "The plan was leaked months ago, according to the Times.");
        Assert.Empty(alone);
        var named = Cited(
            "\"He was a good friend,\" the coach told The Post.",
            "The ranger told the Kampala Post that the boy was found. The Post reported it first.");
        Assert.Contains("Kampala Post", named);
        Assert.Contains("Post", named);
    }

    [Fact]
    public void A_medium_that_merely_said_something_about_itself_is_not_a_source()
    {
        var names = Cited(
            "Fox News said the host had been taken off the air.\n\nThe Washington Post says the editor resigned.",
            "NBC News said Friday that the anchor was fired, and Vice Media said the layoffs would continue.");
        Assert.Empty(names);
    }

    [Fact]
    public void Remarks_on_a_network_are_remarks_about_it()
    {
        var names = Cited(
            "The president's remarks on CNN drew a sharp reply from the network.",
            "His comments on Fox News were broadcast widely, and her remarks on MSNBC's coverage angered the host.");
        Assert.Empty(names);
    }

    [Fact]
    public void A_medium_named_as_such_is_a_source_only_when_it_reports()
    {
        var names = Cited(
            "The actor sued the tabloid National Enquirer for libel in 2009 and lost.\n\nHe later wrote a story on Fox News's ratings.",
            "She worked for the newspaper Die Zeit for ten years before the news agency Anadolu hired her.");
        Assert.Empty(names);
        var sources = Cited("The ferry sank at dawn, the newspaper Le Monde reported. Talks resumed, according to the Palestinian news agency Ma'an.",
            "Nine were rescued, the Turkish news agency, Anadolu, said, citing the Greek newspaper Kathimerini.");
        Assert.Contains("Le Monde", sources);
        Assert.Contains("Ma'an", sources);
        Assert.Contains("Anadolu", sources);
        Assert.Contains("Kathimerini", sources);
    }

    [Fact]
    public void An_office_whose_title_ends_in_a_media_word_is_not_a_newsroom()
    {
        var names = Cited(
            "The boy died of a head wound, according to the Cook County Medical Examiner.\n\nThe call came at 2 a.m., according to Police Dispatch.",
            "Two ballots were missing, the state Election Monitor reported, and the Lake County Examiner said the same.");
        Assert.Empty(names);
    }

    [Fact]
    public void A_networks_company_studio_or_board_is_not_its_newsroom()
    {
        var names = Cited(
            "The merger was approved, according to NBC Universal.\n\nThe film was made by CNN Films, which reported a profit.",
            "The complaint was upheld, according to the BBC Trust, and ABC Studios reported higher sales.");
        Assert.Empty(names);
    }

    [Fact]
    public void An_agency_passing_on_a_picture_reported_nothing()
    {
        var names = Cited(
            "The suspect is shown in a photo released by the sheriff via the Associated Press.",
            "Footage of the flood was shared via Reuters on Monday. The mayor's video, posted via CNN, went viral.");
        Assert.Empty(names);
        Assert.Contains("TMZ", Cited("The singer posted the apology on Friday night (via TMZ).", "The band split up last year."));
    }

    // Modelled on a sports listing, a viral-video item and a money-transfer scam story.
    [Fact]
    public void Via_inside_a_clause_is_a_channel_not_a_credit()
    {
        var names = Cited(
            "Fans can stream the final via ESPN on Sunday night.\n\nThe clip of the fall went viral via BuzzFeed.",
            "The victims sent the money via Western Union. The ransom note arrived via CNN later that day, police said.");
        Assert.Empty(names);
        // Closing the sentence after a comma, or in brackets, it credits the story.
        var credited = Cited("The freeway reopened at noon, via KTLA.", "The mayor resigned on Friday (via the Harbor Gazette).");
        Assert.Contains("KTLA", credited);
        Assert.Contains("Harbor Gazette", credited);
    }

    // Modelled on a charity appeal story and a rescue story: a network's campaign or award is not its newsroom.
    [Fact]
    public void A_networks_campaign_or_award_is_not_its_newsroom()
    {
        var names = Cited(
            "Forty children were freed last year, according to the CNN Freedom Project.",
            "The nurse was honoured, according to CNN Heroes, for her work in the camps.\n\nThe appeal raised $4 million, according to the BBC Radio Appeal Fund.");
        Assert.Empty(names);
    }

    [Fact]
    public void A_day_inside_a_name_ends_it()
    {
        var names = Cited("\"We will rebuild,\" the mayor told CNN Tuesday night.", "The coach told NBC News Monday Morning that he would stay.");
        Assert.Contains("CNN", names);
        Assert.Contains("NBC News", names);
        Assert.DoesNotContain(names, n => n.Contains("Tuesday") || n.Contains("Monday"));
    }

    [Fact]
    public void A_day_after_a_medium_noun_is_not_a_name()
    {
        var names = Cited(
            "A neighbor told the station Tuesday that she heard three shots.",
            "The family told the newspaper Sunday that they would sue, and a cousin told the outlet Friday the same.");
        Assert.Empty(names);
    }

    [Fact]
    public void A_broadcaster_before_a_name_may_be_a_person()
    {
        var names = Cited(
            "The film was narrated by the veteran broadcaster, and the plan was praised, according to broadcaster Gail Moore.",
            "The mayor told broadcaster Piers Landon that the bridge would reopen.");
        Assert.Empty(names);
    }

    [Fact]
    public void A_title_with_a_capital_The_counts_when_the_cluster_publishes_in_it()
    {
        var outlets = OutletCitationRuleTests.CitedWithOutlets(
            ("The Tennessean", "The chancellor said the name would come down after the vote.\n\nThe board meets again in June, and the students plan a march."),
            (null, "In an interview with The Tennessean, the chancellor said the name would come down."));
        Assert.Contains(outlets, o => o.Name == "Tennessean" && o.Sources.SequenceEqual(["d2"]));
    }

    [Fact]
    public void A_capitalised_The_alone_is_not_a_newsroom()
    {
        var names = Cited(
            "The singer told The Rolling Stones that he would join the tour.",
            "In an interview with The Citadel, the cadet said the rules were fair.");
        Assert.Empty(names);
    }

    [Fact]
    public void A_nationality_before_an_agency_named_by_its_medium_noun_is_not_its_name()
    {
        var names = Cited(
            "Talks will start on Monday, the Palestinian Safa news agency reports.",
            "The pilot survived, the Iranian Fars news agency reported, and the Irish Times newspaper reported the same.");
        Assert.Contains("Safa", names);
        Assert.Contains("Fars", names);
        Assert.Contains("Irish Times", names);
        Assert.DoesNotContain(names, n => n.StartsWith("Palestinian", StringComparison.Ordinal) || n.StartsWith("Iranian", StringComparison.Ordinal));
    }
}
