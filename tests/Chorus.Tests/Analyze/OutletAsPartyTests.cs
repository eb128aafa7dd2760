using Chorus.Analyze;

namespace Chorus.Tests.Analyze;

/// <summary>
/// A news organization that is a party to the story (a business with results, an owner's property, a newsroom whose
/// owner or website is meant) is not cited even where a citation wording matches; the same wordings with the newsroom
/// as the source still cite it. Sentences written for the test in the style of a business wire, a media column, a
/// court story and a TV-politics round-up.
/// </summary>
public class OutletAsPartyTests
{
    private static List<string> Cited(params string[] bodies) =>
        QuoteRuleTests.Analyze(bodies).CitedOutlets.Select(o => o.Name).ToList();

    [Fact]
    public void A_newsroom_reporting_its_own_business_results_is_not_cited()
    {
        var names = Cited(
            "The Harbor Gazette reported a loss of $12 million for the quarter as print advertising shrank.\n\n" +
            "Meanwhile Fox News reported record advertising revenue, its parent company said.",
            "The Lakeside Tribune reported 40,000 new digital subscribers in the spring, a spokeswoman said.\n\n" +
            "CNN reported higher quarterly earnings on Thursday.");
        Assert.Empty(names);
    }

    [Fact]
    public void A_newsroom_reporting_a_loss_of_life_or_a_fact_about_sales_is_still_cited()
    {
        var names = Cited(
            "The Harbor Gazette reported the loss of two fishing boats in the storm.",
            "CNN reported that sales of generators doubled before the storm. The Harbor Gazette reported sales of sandbags had tripled.\n\n" +
            "The Lakeside Tribune reported a loss of power across the county.");
        Assert.Equal(["CNN", "Harbor Gazette", "Lakeside Tribune"], names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_company_that_owns_a_paper_is_not_the_paper()
    {
        var names = Cited(
            "The New York Times Company reported that digital revenue rose for a sixth quarter.",
            "According to the Daily Ledger Group, the printing plant will close in June.\n\n" +
            "He told the Evening Courier Co. that the deal was off.");
        Assert.Empty(names);
        // A broadcaster's own name may end in "Corporation".
        Assert.Contains("Australian Broadcasting Corporation", Cited("The ferry sank in calm water, according to the Australian Broadcasting Corporation."));
    }

    [Fact]
    public void What_a_newsroom_owns_or_is_owned_by_makes_it_the_subject()
    {
        var names = Cited(
            "The network will be sold next year, according to CNN's owner, the telecoms group Westline.\n\n" +
            "The senator told Fox News' parent company that the ad was false.",
            "The paywall failed twice, according to the Harbor Gazette's website, which crashed on Monday.\n\n" +
            "The judge told the Daily Ledger's lawyers that the case would go to trial.");
        Assert.Empty(names);
    }

    [Fact]
    public void A_newsroom_possessive_naming_its_staff_work_or_programme_still_cites_it()
    {
        var names = Cited(
            "The talks collapsed, according to CNN's chief political correspondent.\n\n" +
            "He told the Harbor Gazette's editorial board that the port would expand.",
            "The deal is done, according to ESPN's Lina Marsh.\n\n" +
            "She told NBC's Today show that she was fine.");
        Assert.Equal(["CNN", "ESPN", "Harbor Gazette", "NBC"], names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_network_programme_is_cited_as_its_networks()
    {
        var names = Cited(
            "The senator said on CBS' \"Face the Nation\" that the bill would pass.",
            "The governor said on ABC's \"This Week,\" that the troops would stay.");
        Assert.Equal(["ABC's This Week", "CBS' Face the Nation"], names.Order(StringComparer.Ordinal));
        // The show of something that is no news organization is not cited at all.
        Assert.Empty(Cited("The coach said on Netflix's \"Last Chance U\" that he would stay."));
    }
}
