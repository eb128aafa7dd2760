using Chorus.Analyze;

namespace Chorus.Tests.Analyze;

/// <summary>Facts the finder missed because it did not read them, each on two unrelated stories written for these
/// tests, with the look-alikes that must stay apart (other comparisons, other reference points, other moments).</summary>
public class DiscrepancyRecallTests
{
    // A solar probe and a high-speed train: "N times closer/faster than any other" is one record, whatever word an
    // outlet uses for the record holder's kind.
    [Fact]
    public void A_record_ratio_told_two_ways_is_one_fact()
    {
        var probe = QuoteRuleTests.Analyze(
            "That is about eight times closer than any other spacecraft has come before, according to the space agency.",
            "The craft will skim the corona, seven times closer than any other probe has ever flown, the space agency said.");
        var ratio = Assert.Single(probe.Discrepancies);
        Assert.Equal(QuantityKind.Ratio, ratio.Kind);
        Assert.Equal(["about eight times closer than any other", "seven times closer than any other"], ratio.Values.Select(v => v.Value).Order().ToArray());
        Assert.Contains("same record", ratio.Reason);
        var train = QuoteRuleTests.Analyze(
            "The new line will carry passengers three times faster than any other train in the country, the operator said.",
            "Its maglev trains will run five times faster than any other rail service in the country.");
        Assert.Single(train.Discrepancies);
    }

    [Fact]
    public void Ratios_of_other_comparisons_moments_or_things_stay_apart()
    {
        // Another comparative: how much faster is not how much cheaper.
        Assert.Empty(QuoteRuleTests.Analyze(
            "The new chip runs ten times faster than any other on the market, the company said.",
            "The new chip is three times cheaper than any other on the market, the company said.").Discrepancies);
        // One article giving two values of one comparison is telling two things (a chip and its memory).
        Assert.Empty(QuoteRuleTests.Analyze(
            "The chip is ten times faster than any other on the market. Its memory is three times faster than any other on the market.",
            "Analysts said the chip is four times faster than any other they have tested.").Discrepancies);
        // Records of two years are two records.
        Assert.Empty(QuoteRuleTests.Analyze(
            "In 2019 the rover drove three times farther than any other rover on the planet.",
            "In 2021 the rover drove five times farther than any other rover on the planet.").Discrepancies);
        // Against a named thing, two things may be compared with it: the sentences must tell the same thing.
        Assert.Empty(QuoteRuleTests.Analyze(
            "The new span is three times longer than the old bridge.",
            "The approach road is five times longer than the old bridge it replaces, the county said.").Discrepancies);
        // … and when they do, the figures disagree.
        Assert.Single(QuoteRuleTests.Analyze(
            "The new span over the river is three times longer than the old bridge, county engineers said.",
            "County engineers said the new span over the river is five times longer than the old bridge.").Discrepancies);
    }

    // A solar probe and a lunar orbiter: "within N miles of the Sun" is a distance from the Sun, written with a capital,
    // after a converted figure in brackets, or as "the solar surface".
    [Fact]
    public void A_closest_approach_is_read_with_its_body()
    {
        var sun = QuoteRuleTests.Analyze(
            "Seven flybys of Venus will eventually bring the spacecraft within 3.7 million miles of the Sun.",
            "Over seven years the spacecraft will make two dozen flybys, some of which will bring it within 3.9 million miles (6.3 million kilometers) of the solar surface.");
        var approach = Assert.Single(sun.Discrepancies);
        Assert.Equal("distance of sun", approach.Topic);
        var moon = QuoteRuleTests.Analyze(
            "On each pass of its mapping mission the orbiter will dip within 60 miles of the Moon.",
            "On each pass of its mapping mission the orbiter will dip within 35 miles (56 km) of the lunar surface.");
        Assert.Equal("distance of moon", Assert.Single(moon.Discrepancies).Topic);
    }

    [Fact]
    public void Approaches_to_other_bodies_or_one_figure_converted_stay_apart()
    {
        // A flyby of Venus on the way is another distance than the closest approach to the Sun.
        Assert.Empty(QuoteRuleTests.Analyze(
            "Seven flybys will eventually bring the spacecraft within 3.7 million miles of the Sun.",
            "Seven flybys will bring the spacecraft within 1,500 miles of Venus on its way.").Discrepancies);
        // One figure in two units is one figure.
        Assert.Empty(QuoteRuleTests.Analyze(
            "Seven flybys of Venus will eventually bring the spacecraft within 3.7 million miles of the Sun.",
            "Seven flybys of Venus will eventually bring the spacecraft within 6 million kilometres of the Sun.").Discrepancies);
        // The moon's and the earth's surface are two reference points.
        Assert.Empty(QuoteRuleTests.Analyze(
            "On each pass of its mapping mission the orbiter will dip within 60 miles of the lunar surface.",
            "On each pass of its mapping mission the orbiter will climb within 35 miles of the Earth.").Discrepancies);
    }

    // A water department and a stabbing: wire style dates a verb with the weekday before it ("on Wednesday
    // announced") or right after it without "on" ("was arrested Monday").
    [Fact]
    public void A_weekday_next_to_its_verb_is_read()
    {
        var fund = QuoteRuleTests.Analyze(
            "The city water department on Wednesday announced a $2 million fund to help residents pay overdue bills.",
            "The city water department announced a $2 million fund on Tuesday to help residents pay overdue bills.");
        var day = Assert.Single(fund.Discrepancies);
        Assert.Equal(QuantityKind.Day, day.Kind);
        var arrest = QuoteRuleTests.Analyze(
            "A man was arrested Monday in connection with the stabbing outside the nightclub, police said.",
            "Police on Sunday arrested a man in connection with the stabbing outside the nightclub.");
        Assert.Equal(QuantityKind.Day, Assert.Single(arrest.Discrepancies).Kind);
        // The day dates the nearest verb: "charged … after the attack on Friday" is not when he was charged.
        Assert.Empty(QuoteRuleTests.Analyze(
            "The man was charged with assault after he attacked a guard on Friday outside the nightclub.",
            "The man was charged on Tuesday with assault after he attacked a guard outside the nightclub.").Discrepancies);
    }

    // Strikes on a city and arrests after riots: what a story tells of day after day is another act on another day when
    // the sentences give other figures for it.
    [Fact]
    public void An_act_repeated_on_two_days_is_two_acts()
    {
        Assert.Empty(QuoteRuleTests.Analyze(
            "At least 116 people were killed Wednesday in air strikes across the city, health officials said.",
            "At least 20 people were killed on Thursday in air strikes across the city, health officials said.").Discrepancies);
        Assert.Empty(QuoteRuleTests.Analyze(
            "Police on Monday arrested three men after the riot in the city centre.",
            "Police arrested five men on Tuesday after the riot in the city centre.").Discrepancies);
        // The same figure on two days is one act told two ways.
        Assert.Single(QuoteRuleTests.Analyze(
            "Police on Monday arrested three men after the riot in the city centre.",
            "Police arrested three men on Tuesday after the riot in the city centre.").Discrepancies);
    }

    [Fact]
    public void Weekdays_of_other_acts_stay_apart()
    {
        // Another verb is another act.
        Assert.Empty(QuoteRuleTests.Analyze(
            "The council on Monday approved the budget for the coming year.",
            "The mayor signed the budget for the coming year Tuesday.").Discrepancies);
        // The same verb about another person is another arrest.
        Assert.Empty(QuoteRuleTests.Analyze(
            "Police on Monday arrested a man after the stabbing outside the nightclub.",
            "Detectives arrested Tuesday a second suspect, a woman, at her home across town.").Discrepancies);
    }

    // A video and a shipwreck: a date right after its verb ("posted Oct. 30") is a date as much as "posted on Oct. 29".
    [Fact]
    public void A_date_right_after_its_verb_is_read()
    {
        var video = QuoteRuleTests.Analyze(
            "The video was posted Oct. 30 on the singer's channel and drew a million views in a day.",
            "The video was posted on Oct. 29 on the singer's channel and drew a million views in a day.");
        Assert.Equal(QuantityKind.Date, Assert.Single(video.Discrepancies).Kind);
        var ship = QuoteRuleTests.Analyze(
            "The cargo ship capsized Dec. 3 in heavy seas off the northern cape with 14 crew aboard.",
            "The cargo ship with 14 crew aboard capsized on Dec. 4 in heavy seas off the northern cape.");
        Assert.Equal(QuantityKind.Date, Assert.Single(ship.Discrepancies).Kind);
        // A date with its year is left alone, as before ("born on June 3, 1950" is no event of the story).
        Assert.Empty(QuoteRuleTests.Analyze(
            "The cargo ship sank Dec. 3, 2019 in heavy seas off the northern cape.",
            "The cargo ship sank Dec. 4, 2018 in heavy seas off the northern cape.").Discrepancies);
    }

    // A protest and a mine: a toll counted by the group its people belong to ("eight protesters were arrested") is read,
    // with the group as its topic.
    [Fact]
    public void A_toll_of_a_named_group_is_read()
    {
        var protest = QuoteRuleTests.Analyze(
            "Police said eight protesters were arrested outside the company's offices on Thursday.",
            "Twelve protesters were arrested outside the company's offices on Thursday, organizers said.");
        Assert.Equal("number of protesters arrested", Assert.Single(protest.Discrepancies).Topic);
        var mine = QuoteRuleTests.Analyze(
            "Rescuers said 12 miners died when the shaft flooded at the coal mine in the province.",
            "Officials said 15 miners died when the shaft flooded at the coal mine in the province.");
        Assert.Equal("number of miners dead", Assert.Single(mine.Discrepancies).Topic);
    }

    // A market blast and a warehouse fire: officers or firefighters hurt are a part of the people hurt, not another
    // figure for the toll, though each article gives only that one figure.
    [Fact]
    public void A_group_toll_is_not_compared_with_the_whole_toll()
    {
        Assert.Empty(QuoteRuleTests.Analyze(
            "Three officers were injured in the blast at the market, police said.",
            "Twelve people were injured in the blast at the market, police said.").Discrepancies);
        Assert.Empty(QuoteRuleTests.Analyze(
            "Two firefighters were hurt as they fought the warehouse blaze on Sunday.",
            "Five people were hurt in the warehouse blaze on Sunday.").Discrepancies);
    }

    // A bar shooting and a bus crash: a clock time that opens a sentence ("At about 2:15 a.m.") is read as one inside it.
    [Fact]
    public void A_clock_time_opening_a_sentence_is_read()
    {
        var shooting = QuoteRuleTests.Analyze(
            "At about 2:15 a.m. a gunman opened fire outside the bar on Main Street, police said.",
            "Police said a gunman opened fire outside the bar on Main Street at 2:45 a.m.");
        Assert.Equal("time of the shooting", Assert.Single(shooting.Discrepancies).Topic);
        var crash = QuoteRuleTests.Analyze(
            "Around 7 p.m. the bus crashed into a barrier on the coast highway.",
            "The bus crashed into a barrier on the coast highway at about 7:40 p.m.");
        Assert.Equal("time of the crash", Assert.Single(crash.Discrepancies).Topic);
        // Times five minutes apart are one time rounded.
        Assert.Empty(QuoteRuleTests.Analyze(
            "Around 7:35 p.m. the bus crashed into a barrier on the coast highway.",
            "The bus crashed into a barrier on the coast highway at about 7:40 p.m.").Discrepancies);
    }
}
