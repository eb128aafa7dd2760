using Chorus.Analyze;

namespace Chorus.Tests.Analyze;

/// <summary>Pairs of sentences, written for these tests in the manner of different outlets, that a loose comparison
/// would take for one fact told two ways: each rule is shown on two unrelated stories, with the case it must still find.</summary>
public class DiscrepancyAdversarialTests
{
    // A theme-park attack (a boy taken, his sister nearby) and a house fire (a girl and a boy rescued): a boy and a
    // girl are two children, whatever the overlap of their sentences.
    [Fact]
    public void A_boy_and_a_girl_are_two_children()
    {
        var park = QuoteRuleTests.Analyze(
            "A 2-year-old boy was dragged into the lagoon by an alligator at the lakeside resort on Tuesday night.",
            "The family's 4-year-old daughter was playing on the sand at the lakeside resort when the alligator struck on Tuesday night.");
        Assert.Empty(park.Discrepancies);
        var fire = QuoteRuleTests.Analyze(
            "Firefighters pulled a 6-year-old girl from the burning house on Elm Street early on Sunday.",
            "Firefighters pulled a 9-year-old boy from the burning house on Elm Street early on Sunday.");
        Assert.Empty(fire.Discrepancies);
        // A toddler and a son may be one child.
        var still = QuoteRuleTests.Analyze(
            "Firefighters pulled a 6-year-old toddler from the burning house on Elm Street early on Sunday.",
            "Firefighters pulled a 9-year-old son of the owner from the burning house on Elm Street early on Sunday.");
        Assert.Single(still.Discrepancies);
    }

    // A drained reservoir and a grounded tanker: what a container holds is its capacity, not the amount that left it.
    [Fact]
    public void A_capacity_is_not_an_amount()
    {
        var reservoir = QuoteRuleTests.Analyze(
            "Crews drained 38 million gallons of water from the hilltop reservoir after a teenager was filmed there.",
            "The hilltop reservoir, which can hold 50 million gallons of water, was drained after a teenager was filmed there.");
        Assert.Empty(reservoir.Discrepancies);
        var tanker = QuoteRuleTests.Analyze(
            "The tanker leaked 260,000 barrels of oil into the strait after it ran aground on the reef.",
            "The tanker, with a capacity of 2 million barrels of oil, ran aground on the reef and leaked into the strait.");
        Assert.Empty(tanker.Discrepancies);
        // Two amounts drained still disagree.
        var drained = QuoteRuleTests.Analyze(
            "Crews drained 38 million gallons of water from the hilltop reservoir after a teenager was filmed there.",
            "Crews drained 50 million gallons of water from the hilltop reservoir after a teenager was filmed there.");
        Assert.Single(drained.Discrepancies);
    }

    // A bombing and a mine collapse: a toll that an outlet says rose is an update between reports, which the annotation
    // guide does not count as a disagreement ("a figure updated over time when the text says so"); it was reported with
    // a note before.
    [Fact]
    public void A_toll_an_outlet_says_rose_is_an_update_not_a_disagreement()
    {
        Assert.Empty(QuoteRuleTests.Analyze(
            "Police said 12 people were killed when the bomb went off in the crowded market in the capital.",
            "The death toll rose to 19 after the bomb went off in the crowded market in the capital.").Discrepancies);
        Assert.Empty(QuoteRuleTests.Analyze(
            "Rescuers said 15 people were killed when the tunnel of the coal mine collapsed in the province.",
            "The death toll climbed to 22 after the tunnel of the coal mine collapsed in the province.").Discrepancies);
        // "At least 12" is consistent with 19: no disagreement at all.
        Assert.Empty(QuoteRuleTests.Analyze(
            "At least 12 people were killed when the bomb went off in the crowded market in the capital.",
            "The death toll rose to 19 after the bomb went off in the crowded market in the capital.").Discrepancies);
        // Without a word of rising, the two tolls disagree.
        var plain = QuoteRuleTests.Analyze(
            "Police said 12 people were killed when the bomb went off in the crowded market in the capital.",
            "Hospital officials said 17 people died after the bomb went off in the crowded market of the capital.");
        Assert.DoesNotContain("update", Assert.Single(plain.Discrepancies).Reason);
    }

    // A church shooting and a river flood: a toll of an earlier event the story recalls ("last year", "two years ago")
    // is another fact, though each article gives only that one figure and the sentences share the event's words.
    [Fact]
    public void A_toll_of_an_earlier_event_is_another_fact()
    {
        var church = QuoteRuleTests.Analyze(
            "A gunman killed nine people at a church in the city on Sunday.",
            "It was the worst attack on a church in the city since a gunman killed 12 people there last year.");
        Assert.Empty(church.Discrepancies);
        var flood = QuoteRuleTests.Analyze(
            "Floods killed 30 people in the river valley this week, officials said.",
            "Floods in the river valley killed 45 people two years ago, officials said.");
        Assert.Empty(flood.Discrepancies);
        // The same two tolls told of the same moment still disagree.
        var same = QuoteRuleTests.Analyze(
            "Floods killed 30 people in the river valley this week, officials said.",
            "Floods in the river valley killed 45 people this week, officials said.");
        Assert.Single(same.Discrepancies);
    }

    // A station stabbing and a highway crash: the ages of unnamed adults (a suspect and a victim, a driver and a
    // passenger) are not compared, however alike their sentences; a named person's are.
    [Fact]
    public void Ages_of_unnamed_adults_are_not_compared()
    {
        var stabbing = QuoteRuleTests.Analyze(
            "Police arrested a 45-year-old man after the stabbing at the central train station on Friday night.",
            "A 30-year-old man died after the stabbing at the central train station on Friday night.");
        Assert.Empty(stabbing.Discrepancies);
        var crash = QuoteRuleTests.Analyze(
            "A 52-year-old woman was driving the van that crashed on the northbound highway near the bridge.",
            "A 24-year-old woman was a passenger in the van that crashed on the northbound highway near the bridge.");
        Assert.Empty(crash.Discrepancies);
        var named = QuoteRuleTests.Analyze(
            "Police arrested Daniel Ortega Pike, 45, after the stabbing at the central train station on Friday night.",
            "Daniel Ortega Pike, 46, was arrested after the stabbing at the central train station on Friday night.");
        Assert.Single(named.Discrepancies);
    }

    // A mountain search and a murder trial: "rescue", "search" and "operation" are one kind of event, as are a trial and
    // its deliberations, but a search of days and a rescue of hours, or a trial of weeks and deliberations of hours, are
    // two phases; two durations of one phase still disagree.
    [Fact]
    public void Durations_far_apart_are_two_phases()
    {
        var search = QuoteRuleTests.Analyze(
            "The search for the missing climbers lasted three days before a helicopter crew spotted them.",
            "The rescue operation took four hours once the climbers had been spotted on the ridge.");
        Assert.Empty(search.Discrepancies);
        var trial = QuoteRuleTests.Analyze(
            "The trial lasted two weeks and heard from forty witnesses.",
            "Jurors returned the verdict after deliberations of five hours.");
        Assert.Empty(trial.Discrepancies);
        var rescue = QuoteRuleTests.Analyze(
            "The rescue operation took four hours once the climbers had been spotted on the ridge.",
            "The rescue took two hours once the climbers had been spotted on the ridge, officials said.");
        Assert.Single(rescue.Discrepancies);
    }
}
