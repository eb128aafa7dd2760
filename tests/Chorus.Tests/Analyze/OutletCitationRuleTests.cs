using Chorus.Analyze;
using Chorus.Clean;
using Chorus.Ingest;
using Chorus.Link;
using Chorus.Segment;

namespace Chorus.Tests.Analyze;

/// <summary>Each rule of the cited-outlet finder on sentences written for the test, modelled on at least two
/// different stories or outlets each (a celebrity-pregnancy tabloid round-up, an entertainment trade exclusive, a
/// politician's TV interview, a court story from Cairo, a storm story, a Gaza live blog).</summary>
public class OutletCitationRuleTests
{
    private static List<string> Cited(params string[] bodies) =>
        QuoteRuleTests.Analyze(bodies).CitedOutlets.Select(o => o.Name).ToList();

    /// <summary>The names cited across articles whose outlets are read from their own text.</summary>
    internal static List<string> CitedNames(params string[] bodies) =>
        CitedWithOutlets([.. bodies.Select(b => ((string?)null, b))]).Select(o => o.Name).ToList();

    internal static List<CitedOutlet> CitedWithOutlets(params (string? Outlet, string Body)[] docs)
    {
        // A closing paragraph of ordinary reporting, as QuoteRuleTests adds, so every text reads as an article.
        const string closing = "Residents can send their questions to the town office before the next public meeting, by letter or in person, and officials have promised written answers to every one of them within a few weeks.";
        var sources = docs.Select((d, i) => new SourceDocument($"d{i + 1}", $"d{i + 1}", null, null, null, null,
            d.Outlet ?? OutletDetector.Detect(d.Body.Split("\n\n")), [.. d.Body.Split("\n\n"), closing])).ToList();
        return new ClusterAnalyzer().Analyze(new SentenceLinker().Link(Segmenter.Segment(new ArticleCleaner().Clean(sources)))).CitedOutlets.ToList();
    }

    [Theory]
    [InlineData("New York Times")]
    [InlineData("Miami Herald")]
    [InlineData("Fox News")]
    [InlineData("Associated Press")]
    [InlineData("Liberation Daily")]
    [InlineData("USA Today")]
    [InlineData("Hollywood Reporter")]
    [InlineData("Middle East News Agency")]
    [InlineData("Australian Broadcasting Corporation")]
    [InlineData("Times of India")]
    [InlineData("Daily Beast")]
    [InlineData("CNN")]
    [InlineData("A.P.")]
    [InlineData("ABC7")]
    [InlineData("BBC World Service")]
    [InlineData("KTLA")]
    [InlineData("Fox 5 KVVU-TV")]
    [InlineData("Forbes")]
    [InlineData("People.com")]
    [InlineData("WSVN.com")]
    public void A_name_that_is_a_newsrooms_by_its_words_is_an_outlet(string name) => Assert.True(OutletNames.LooksLikeOutlet(name), name);

    [Theory]
    // A media word that does not end the name: a place, an official, an advocacy group, a company.
    [InlineData("Times Square")]
    [InlineData("White House Press Secretary Sean Spicer")]
    [InlineData("Media Matters")]
    [InlineData("News Corp")]
    [InlineData("CBS Corp")]
    // Initials that are not a newsroom's: an agency, a party, three-letter bodies that look like call signs.
    [InlineData("WHO")]
    [InlineData("KGB")]
    [InlineData("WADA")]
    [InlineData("DNC")]
    // A one-word title counts only alone: the mayor, the company; a lottery's site is not a news site.
    [InlineData("Michael Bloomberg")]
    [InlineData("Thomson Reuters")]
    [InlineData("MegaMillions.com")]
    [InlineData("Bahamas Emergency Management Agency")]
    [InlineData("National Weather Service")]
    public void A_name_with_no_newsroom_in_its_words_is_not(string name) => Assert.False(OutletNames.LooksLikeOutlet(name), name);

    [Fact]
    public void A_sentence_opening_word_or_a_day_is_not_part_of_the_name()
    {
        var names = Cited(
            "(As Fortune reported at the time, the producer kept a large stake in the show.)\n\n" +
            "Yesterday CNN reported that the talks had stalled.",
            "The study was reported by Medical News Today last year, and the singer told USA Today on Friday that she was fine.\n\n" +
            "The company said profits rose, the Chicago Tribune reported Thursday.");
        Assert.Contains("Fortune", names);
        Assert.Contains("CNN", names);
        Assert.Contains("Medical News Today", names);
        Assert.Contains("USA Today", names);
        Assert.Contains("Chicago Tribune", names);
        Assert.DoesNotContain(names, n => n.StartsWith("As ", StringComparison.Ordinal) || n.StartsWith("Yesterday", StringComparison.Ordinal) || n.EndsWith("Thursday", StringComparison.Ordinal));
    }

    [Fact]
    public void According_to_opens_a_sentence_as_well_as_ending_one()
    {
        var names = Cited(
            "According to the New York Post and People.com, the reality star is expecting her first child.",
            "According to Reuters, three ships were turned back at the border.");
        Assert.Contains("New York Post", names);
        Assert.Contains("People.com", names);
        Assert.Contains("Reuters", names);
    }

    [Fact]
    public void A_reporter_or_show_of_a_network_cites_the_network()
    {
        var names = Cited(
            "The senator told CNN's Jake Tapper on Sunday that the bill was dead.\n\n" +
            "Weeks earlier the star went on ABC's Good Morning America and denied the rumors.",
            "The governor said in an interview with NBC's Meet the Press that he would not run.\n\n" +
            "Officials in Shanghai told China's Liberation Daily that the signals were heard twice.");
        Assert.Contains("CNN", names);
        Assert.Contains("NBC", names);
        Assert.Contains("Liberation Daily", names);
        Assert.DoesNotContain(names, n => n.Contains("Tapper") || n.Contains("Meet") || n.StartsWith("China", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_form_counts_when_the_cluster_names_the_outlet_in_full()
    {
        var names = Cited(
            "The actor was sent home from the set in 2003, The Hollywood Reporter reported on Monday.\n\n" +
            "THR reported that the producers removed him at once. The guild declined to comment to THR.\n\n" +
            "\"It's like a circus,\" the governor told Fox after an interview with Fox News on Thursday.",
            "The prosecutor spoke for two hours, the state-run Middle East News Agency reported.\n\n" +
            "He called the former minister a tyrant, according to MENA.");
        Assert.Contains("THR", names);
        Assert.Contains("Fox", names);
        Assert.Contains("MENA", names);

        // Alone, the same short forms name nothing a reader could check.
        var alone = Cited("THR reported that the producers removed him at once.\n\n\"It's like a circus,\" the governor told Fox.",
            "He called the former minister a tyrant, according to MENA.");
        Assert.Empty(alone);
    }

    [Fact]
    public void New_citing_verbs_name_their_outlet()
    {
        var names = Cited(
            "The Hollywood Reporter posted a story late Monday about the film's troubled set.\n\n" +
            "\"I am aware of the rules,\" the secretary wrote in an October email to Forbes.",
            "The airline confirmed to Reuters that two flights were cancelled.\n\n" +
            "The editor for Britain's Daily Mail newspaper reported that hundreds of photographs reach his desk every week.\n\n" +
            "In interviews with Fox 5 KVVU-TV, relatives said he had moved to the city recently.");
        Assert.Contains("Hollywood Reporter", names);
        Assert.Contains("Forbes", names);
        Assert.Contains("Reuters", names);
        Assert.Contains("Daily Mail", names);
        Assert.Contains("Fox 5 KVVU-TV", names);
    }

    [Fact]
    public void An_outlets_own_report_is_a_citation_but_a_story_about_it_is_not()
    {
        var names = Cited(
            "The files included trial transcripts, and the detective read them alongside the witness list in CNN's five-part series on the case.\n\n" +
            "The lawyer was played by an actor in the film about the Boston Globe's investigation of the archdiocese.",
            "The claim was made public last spring, citing the Guardian's investigation of the firm.\n\n" +
            "Critics praised the Miami Herald's series on the prison system at the awards dinner.");
        Assert.Contains("CNN", names);
        Assert.Contains("Guardian", names);
        Assert.DoesNotContain("Boston Globe", names);
        Assert.DoesNotContain("Miami Herald", names);
    }

    [Fact]
    public void A_newsrooms_staff_member_is_not_part_of_its_name()
    {
        var names = Cited(
            "\"We are all waiting,\" the relative told CNN Producer Judy Kwon in a text message.",
            "The memo reached the agency in May, according to NBC News Senior Correspondent Ann Curry.");
        Assert.Contains("CNN", names);
        Assert.Contains("NBC News", names);
        Assert.DoesNotContain(names, n => n.Contains("Kwon") || n.Contains("Curry"));
    }

    // Modelled on a tech story (a gadget engineer), a campus story (a chancellor) and a White House story (an aide).
    [Fact]
    public void A_capitalised_The_names_the_publication_someone_was_told_or_interviewed_by()
    {
        var names = Cited(
            "\"I have to look at you as a person,\" the engineer told The Verge when asked about privacy.\n\n" +
            "In an interview with The Tennessean, the chancellor said the name would come down.",
            "The aide gave a profane interview to reporters, and he told The New Yorker that he would stay.\n\n" +
            "The plan was backed by the union, according to The Nature Conservancy, and the mayor told The Heritage Foundation it was sound.");
        Assert.Contains("Verge", names);
        Assert.Contains("Tennessean", names);
        Assert.Contains("New Yorker", names);
        Assert.DoesNotContain(names, n => n.Contains("Conservancy") || n.Contains("Heritage"));
    }

    // Modelled on a memo story (a congressman on a Sunday show), a campaign story (a candidate's interviews) and a
    // school arrest story (a lawyer on a morning show).
    [Fact]
    public void The_programme_someone_spoke_on_is_cited_and_a_networks_show_is_the_networks()
    {
        var names = Cited(
            "The chairman said on \"Fox News Sunday\" that the bureau should see the memo first.\n\n" +
            "The candidate appeared on CNN on Tuesday night and repeated the claim.",
            "In a rare interview, for broadcast on NBC’s Meet the Press on Sunday, the candidate said the laws would not help.\n\n" +
            "Her attorney said on ABC's \"Good Morning America\" that she has a cast on her arm.\n\n" +
            "The coach said on CBS's \"60 Minutes\" that he had no regrets, and he said on Trump's \"Apprentice Hour\" the same.\n\n" +
            "He said the same thing on Twitter and on Monday's call with donors.");
        Assert.Contains("Fox News", names);
        Assert.Contains("CNN", names);
        Assert.Contains("NBC", names);
        // A programme is not a news organization: it is cited as its network's.
        Assert.Contains("ABC's Good Morning America", names);
        Assert.Contains("CBS's 60 Minutes", names);
        Assert.DoesNotContain(names, n => n.Contains("Twitter") || n.Contains("Monday") || n.Contains("Apprentice") || n.Contains("Trump")
            || n is "Good Morning America" or "60 Minutes");
    }

    // Modelled on a list of accusers in a celebrity scandal and a story of a jailed politician.
    [Fact]
    public void Two_outlets_told_the_same_thing_are_both_cited()
    {
        var names = Cited(
            "A bartender told London tabloid The Sun on Oct. 31 and The Daily Mail on Nov. 7 that he was harassed.\n\n" +
            "The singer told High Times magazine that the drug helped him eat.",
            "The aide told People and The Sun on Friday that she had been invited to the party.\n\n" +
            "She told CNN and Fox News that she would testify.");
        Assert.Contains("Sun", names);
        Assert.Contains("Daily Mail", names);
        Assert.Contains("High Times", names);
        Assert.Contains("People", names);
        Assert.Contains("CNN", names);
        Assert.Contains("Fox News", names);
    }

    // Modelled on a war-crimes obituary (a Canadian paper) and a North Carolina court story.
    [Fact]
    public void A_papers_name_joined_by_and_is_one_name()
    {
        var names = Cited(
            "\"He has passed away, after years of harassment,\" his lawyer told The Globe and Mail.",
            "The judge will rule next week, according to the News and Observer. The state-run Xinhua news agency said the same.");
        Assert.Contains("Globe and Mail", names);
        Assert.Contains("News and Observer", names);
        Assert.Contains("Xinhua", names);
        Assert.DoesNotContain("Mail", names);
        Assert.DoesNotContain("Observer", names);
    }

    // Modelled on a missing-airliner story (state media in two countries) and a Greek debt story.
    [Fact]
    public void A_paper_or_agency_named_as_such_is_cited_when_it_says_something()
    {
        var names = Cited(
            "The signal lasted about a minute, the Jiefang Daily newspaper said.\n\n" +
            "The state-run Chinese news agency, Xinhua, said a detector picked up the pulse.\n\n" +
            "The slick was bunker oil, Malaysia's state news agency, Bernama, reported.",
            "The minister will resign, according to the Kathimerini newspaper.\n\n" +
            "He planned to shoot himself in the legs to avoid prison, reports the Oregonian newspaper.");
        Assert.Contains("Jiefang Daily", names);
        Assert.Contains("Xinhua", names);
        Assert.Contains("Bernama", names);
        Assert.Contains("Kathimerini", names);
        Assert.Contains("Oregonian", names);
    }

    [Fact]
    public void A_newsroom_speaking_for_itself_or_a_person_with_a_papers_surname_is_not_a_citation()
    {
        var names = Cited(
            "CNN said it would appeal the ruling. The Associated Press said in a statement that its reporter was safe.",
            "Swimmer Li Sun said she was ready. Etiquette writer Emily Post wrote that guests should never be late.\n\n" +
            "The storm flooded the harbor, the Baltimore Sun reported.");
        Assert.DoesNotContain("CNN", names);
        Assert.DoesNotContain("Associated Press", names);
        Assert.DoesNotContain(names, n => n.Contains("Li Sun") || n.Contains("Emily Post"));
        Assert.Contains("Baltimore Sun", names);

        // A surname that is also a title, speaking; a paper only described.
        var speakers = Cited(
            "\"You get three strikes,\" Forbes said. The former mayor was blunt: Bloomberg said the plan would fail.",
            "The ship lost the signal, a Shanghai-based Communist Party newspaper said, and one state broadcaster said the same.");
        Assert.Empty(speakers);
    }

    // Modelled on a celebrity scandal round-up, a geomagnetic storm history and a school arrest story.
    [Fact]
    public void An_outlets_piece_and_its_affiliates_are_cited_but_a_journal_publishing_a_study_is_not()
    {
        var names = Cited(
            "In a BuzzFeed article posted Oct. 30, an actor alleged that the star made advances.\n\n" +
            "His son wrote a first-person column in BuzzFeed on Nov. 4. Vulture quoted one of the lawyers as rejecting it.\n\n" +
            "The student told CBS affiliate WLTX-TV that she had to say something.",
            "Their paper, published in the Astronomical Journal, puts the planet's mass at five Earths.\n\n" +
            "The memo was leaked, according to an NBC News report, and the Guardian quoted two officials on it.\n\n" +
            "Her mother told NBC affiliate KARE that the girl was fine. Speaking to the BBC, the mayor said the road was closed.");
        Assert.Contains("BuzzFeed", names);
        Assert.Contains("Vulture", names);
        Assert.Contains("WLTX-TV", names);
        Assert.DoesNotContain("Astronomical Journal", names);
        Assert.Contains("NBC News", names);
        Assert.Contains("Guardian", names);
        Assert.Contains("KARE", names);
        Assert.Contains("BBC", names);
        Assert.DoesNotContain("CBS", names);
    }

    [Fact]
    public void A_photo_credit_via_an_agency_cites_nothing_but_via_in_a_sentence_does()
    {
        var names = Cited(
            "Richland County Sheriff's Department via Reuters\n\nThe deputy was fired on Wednesday, the sheriff said.",
            "Getty Images via AFP\n\nThe singer posted the video on Friday night (via TMZ).");
        Assert.DoesNotContain("Reuters", names);
        Assert.DoesNotContain("AFP", names);
        Assert.Contains("TMZ", names);
    }

    [Fact]
    public void A_newsroom_speaking_of_itself_is_not_citing_anyone()
    {
        var outlets = CitedWithOutlets(
            ("Forbes", "\"I'd rather not,\" the investor told Forbes earlier this year.\n\nThe firm disputed the report in Forbes, according to the Wall Street Journal."),
            ("AP", "\"We will appeal,\" the lawyer told The Associated Press on Monday, and the verdict was reported by CNN."),
            (null, "The investor told Forbes that the transfer had happened.\n\nThe family trust holds most of the assets, and the filings show no sale before the election."));
        var forbes = Assert.Single(outlets, o => o.Name == "Forbes");
        Assert.Equal(["d3"], forbes.Sources);
        Assert.DoesNotContain(outlets, o => o.Name.Contains("Associated Press"));
        Assert.Contains(outlets, o => o.Name == "CNN");
        Assert.Contains(outlets, o => o.Name == "Wall Street Journal");
    }

    [Fact]
    public void Contact_and_learning_verbs_mark_the_articles_own_newsroom_and_are_not_citations()
    {
        var outlets = CitedWithOutlets(
            (null, "The photographer says the gun was a toy, ABC News has learned.\n\nFriends of the driver told ABC News today that they have the toy."),
            (null, "Contacted this morning by the Daily Beast, palace aides declined to comment."));
        Assert.Empty(outlets);
    }

    [Fact]
    public void A_live_blogs_time_stamp_before_the_outlet_is_not_part_of_its_name()
    {
        var names = Cited(
            // A Gaza live blog: entries open on the clock time.
            "12:10 A.M. CNN reports that the United States agreed to send more ammunition.\n\n9:40 P.M. The army said the strikes would go on.",
            // A storm live page: the time without dots.
            "3:15 PM Reuters reports that the port of Lakeport has been closed to all shipping.");
        Assert.Contains("CNN", names);
        Assert.Contains("Reuters", names);
        Assert.DoesNotContain(names, n => n.Contains("A.M.") || n.Contains("PM"));
    }

    [Fact]
    public void A_station_named_by_its_medium_noun_after_the_name_is_an_outlet_and_speaking_on_opens_a_sentence()
    {
        var names = Cited(
            // A Malaysian minister on a TV station (a live blog); an American governor on a local station.
            "\"It does not matter what group they belong to,\" he told the Astro Awani television station.\n\n" +
            "The governor told the KTVB television station that crews were on the way.",
            // Sunday shows: the participle opens the sentence.
            "Speaking on CNN, the governor said the shelters were full.\n\nSpeaking on Fox News Sunday, the senator said the aid bill would pass.\n\n" +
            "Speaking on Capitol Hill, the senator said the vote was close.\n\nSpeaking on Monday, the mayor said the ferry would run again.");
        Assert.Contains("Astro Awani", names);
        Assert.Contains("KTVB", names);
        Assert.Contains("CNN", names);
        Assert.Contains("Fox News", names);
        Assert.Equal(4, names.Count);
    }

    [Fact]
    public void A_station_known_by_its_call_sign_reports_what_it_says_unless_it_speaks_for_itself()
    {
        var names = Cited(
            // A stolen-ring story told by two Florida stations; a flood story from a Texas station.
            "Someone grabbed the ring off her finger. And WKRG says she has the bruises to prove it.\n\n" +
            "KXAN said the driver had been drinking before the crash, citing police.",
            "KTLA said it had suspended the anchor pending a review.\n\nWHO says the outbreak is under control.");
        Assert.Contains("WKRG", names);
        Assert.Contains("KXAN", names);
        Assert.Equal(2, names.Count);
    }

    [Fact]
    public void A_paper_that_published_the_words_or_a_piece_written_for_it_is_cited_but_a_journal_is_not()
    {
        var names = Cited(
            // A historic storm recalled through a newspaper account; an actress's essay in a daily (two stories).
            "The campers' account, published in the Denver Post, says the light was bright enough to read by.\n\n" +
            "This week the actress wrote a long essay for the Chicago Tribune about her years at the studio.\n\n" +
            "He gave a profanity laced interview with The New Yorker in July.",
            // Studies appear in journals; a government prints reports.
            "Their paper, published in the Astronomical Journal, puts the planet's mass at ten Earths.\n\n" +
            "The study was published in the journal Science on Thursday.\n\nThe figures were published by the Pentagon on Monday.");
        Assert.Contains("Denver Post", names);
        Assert.Contains("Chicago Tribune", names);
        Assert.Contains("New Yorker", names);
        Assert.Equal(3, names.Count);
    }

    [Fact]
    public void A_guest_who_went_on_a_networks_show_or_was_interviewed_there_by_a_named_host_cites_the_network()
    {
        var names = Cited(
            // A reality star denying a pregnancy on a morning show; a candidate on a Sunday show (two stories).
            "In February the reality star went on ABC's Good Morning America and denied the reports.\n\n" +
            "He repeated the claim in an interview with Jake Tapper on CNN's State of the Union.",
            "The talks went on for hours.\n\nShe went on Facebook Live to thank her fans.\n\nThe strike went on Monday despite the rain.");
        Assert.Contains("ABC", names);
        Assert.Contains("CNN", names);
        Assert.Equal(2, names.Count);
    }

    [Fact]
    public void A_broadcaster_whose_name_opens_with_TV_is_an_outlet_and_asked_by_cites_it()
    {
        var names = Cited(
            // A minister's remarks on a visit abroad as two outlets told them: one station asked, another interviewed.
            "Asked by TV3 New Zealand whether she would run again, the minister laughed.\n\n" +
            "In a separate interview with TV Azteca, she said she was tired of campaigning.",
            "Asked by reporters whether she would run again, she laughed.\n\nAsked by Senator Kim Lee about the vote, he declined to answer.");
        Assert.Contains("TV3 New Zealand", names);
        Assert.Contains("TV Azteca", names);
        Assert.Equal(2, names.Count);
    }

    [Fact]
    public void An_article_naming_its_own_paper_by_its_short_form_cites_no_one()
    {
        // A tabloid's story and a broadsheet's, each closing on its own credit line.
        var cited = CitedWithOutlets(
            (null, "The actor told The Post he was innocent.\n\nHis lawyer said the charges would be fought in court.\n\nThis story originally appeared in the New York Post."),
            (null, "The minister told The Times the plan was dead.\n\nThe cabinet has not met since the spring.\n\nThis article was first published in The New York Times."));
        Assert.Empty(cited);
    }

    // Modelled on a White House lawn incident shown on a cable show and a stadium brawl on a sports network; the
    // interview sentences keep the rule from swallowing a network where words were said.
    [Fact]
    public void A_network_that_carried_an_event_is_not_its_source()
    {
        var names = Cited(
            "The incident was broadcast live on NBC's \"Evening Update\" program, which was filmed on the lawn.\n\n" +
            "The interview was broadcast on CBS's \"60 Minutes\" on Sunday, and the senator repeated the claim.",
            "The brawl was aired live on ESPN before the network cut away to a studio.\n\n" +
            "Her remarks were aired on Fox News on Monday night, two days after the vote.");
        Assert.DoesNotContain(names, n => n.StartsWith("NBC") || n == "ESPN");
        Assert.Contains("CBS's 60 Minutes", names);
        Assert.Contains("Fox News", names);
    }

    // Modelled on a photo caption from a bombing in Aleppo and a story of an election in Kabul: a nationality before a
    // group of people describes them, though the cluster cites the country's broadcaster by a name starting with it.
    [Fact]
    public void A_name_before_a_group_of_people_only_describes_them()
    {
        var names = Cited(
            "Government forces were shown speaking with Syrian women in the damaged district on Tuesday.\n\n" +
            "The minister told Syrian TV that the commanders were unharmed.",
            "Monitors spent the day speaking with Afghan villagers about the vote.\n\n" +
            "The governor told Afghan TV that turnout was high, and the ministry told Tolo News the same.");
        Assert.Contains("Syrian TV", names);
        Assert.Contains("Afghan TV", names);
        Assert.DoesNotContain("Syrian", names);
        Assert.DoesNotContain("Afghan", names);
    }
}

/// <summary>Titles that hold a possessive (a state paper of one country, a business daily and a trade paper of another),
/// in sentences written for the test.</summary>
public class PossessiveMastheadTests
{
    [Fact]
    public void A_title_with_a_possessive_is_cited_whole_not_as_the_word_before_it()
    {
        var cited = OutletCitationRuleTests.CitedNames(
            "The new bridge over the Min river will open in May, the People's Daily reported on Tuesday.\n\nEngineers finished the last span in March after two years of work.",
            "The ferry operator lost money for a third year, its chief executive told Investor's Business Daily.\n\nTickets will cost more from June, the company said.",
            "Buyers ordered fewer winter coats this year, Women's Wear Daily reported, citing two retailers.\n\nPrices of wool rose sharply in the autumn.");
        Assert.Contains("People's Daily", cited);
        Assert.Contains("Investor's Business Daily", cited);
        Assert.Contains("Women's Wear Daily", cited);
        Assert.DoesNotContain("People", cited);
    }

    [Fact]
    public void A_newsrooms_possessive_before_its_reporter_stays_the_newsroom()
    {
        var cited = OutletCitationRuleTests.CitedNames(
            "The mayor resigned on Friday, CNN's Dana Holt reported from the town hall.\n\nHis deputy will lead the council until an election in the spring.");
        Assert.Contains("CNN", cited);
    }
}

/// <summary>A paper named by its masthead that "said" something is cited, as an agency or a station is; a network
/// saying something of its own business is not (sentences written for the test).</summary>
public class PaperSaidTests
{
    [Fact]
    public void A_paper_that_said_a_fact_is_cited_and_a_network_speaking_for_itself_is_not()
    {
        var cited = OutletCitationRuleTests.CitedNames(
            "The signal lasted about a minute, the Harbin Daily said on Sunday.\n\nSearch ships will return to the area at dawn.",
            "Two dams were opened overnight as the river rose, the Kampala Post said.\n\nFarmers moved their cattle to higher ground.",
            "The evening anchor was taken off the air on Monday, Westbrook News said.\n\nViewers had complained about the broadcast for weeks.");
        Assert.Contains("Harbin Daily", cited);
        Assert.Contains("Kampala Post", cited);
        Assert.DoesNotContain("Westbrook News", cited);
    }
}

/// <summary>"according to a journalist from X": the journalist's newsroom is the source (a court story and a ferry
/// story, sentences written for the test).</summary>
public class AccordingToItsJournalistTests
{
    [Fact]
    public void The_newsroom_of_the_journalist_a_fact_is_credited_to_is_cited()
    {
        var cited = OutletCitationRuleTests.CitedNames(
            "The defence asked for a lighter sentence, according to an account from a reporter for the Associated Press who sat in court.\n\nThe verdict is expected next month.",
            "The captain left the bridge an hour before the ferry sank, according to a reporter for the Harbin Times who was on board.\n\nDivers searched the wreck on Monday.",
            "The crew had not been paid for months, according to a local journalist who spoke to several of them.\n\nThe owners did not reply to questions.");
        Assert.Contains("Associated Press", cited);
        Assert.Contains("Harbin Times", cited);
        Assert.Equal(2, cited.Count);
    }

    [Fact]
    public void Words_told_to_a_journalist_of_a_newsroom_cite_the_newsroom()
    {
        var cited = OutletCitationRuleTests.CitedNames(
            "The ranger told a reporter for the Delta Gazette that the leopard had been seen near the school.\n\nThe park will stay closed this week.",
            "The minister responded to a journalist from the Valley Courier by text message on Sunday.\n\nHe did not say when the talks would resume.",
            "The driver told a reporter that he had not seen the cyclist.\n\nThe road was closed for two hours.");
        Assert.Contains("Delta Gazette", cited);
        Assert.Contains("Valley Courier", cited);
        Assert.Equal(2, cited.Count);
    }
}

/// <summary>"seen by", "obtained by", "reviewed by", "identified by" a newsroom: it got the information it passes on
/// (a leaked letter, court papers, a victim's name; sentences written for the test).</summary>
public class ObtainedByTests
{
    [Fact]
    public void A_newsroom_that_saw_obtained_or_identified_something_is_cited()
    {
        var cited = OutletCitationRuleTests.CitedNames(
            "The ministry warned of delays in a letter seen by Reuters on Tuesday.\n\nThe project was due to finish in the spring.",
            "Court papers obtained exclusively by the Harbor Gazette show the firm owed $2 million.\n\nThe company has not commented.",
            "The second climber was identified as Tomas Brandt by the Valley Courier, which said he was a student.\n\nBoth men were taken to hospital.",
            "The victim was identified by the county medical examiner on Friday.\n\nThe road reopened in the afternoon.");
        Assert.Contains("Reuters", cited);
        Assert.Contains("Harbor Gazette", cited);
        Assert.Contains("Valley Courier", cited);
        Assert.Equal(3, cited.Count);
    }
}
