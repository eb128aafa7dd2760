using Chorus.Analyze;

namespace Chorus.Tests.Analyze;

/// <summary>The general comparable-figure matcher (<see cref="ComparableFigures"/>): figures with what they measure
/// written next to them, in sentences of two articles that tell the same thing, each rule on two invented stories in
/// two outlets' styles (a wire style and a tabloid or local style), with the look-alikes it must refuse.</summary>
public class DiscrepancyComparableFigureTests
{
    private static Discrepancy One(ClusterAnalysis analysis) => Assert.Single(analysis.Discrepancies);

    private static string[] Values(Discrepancy d) => d.Values.Select(v => v.Value).Order().ToArray();

    // A singer's allegation and a councillor's resignation: the date of one statement, told two ways.
    [Fact]
    public void A_date_of_one_statement_told_two_ways_is_a_discrepancy()
    {
        var singer = One(QuoteRuleTests.Analyze(
            "In a podcast episode released Nov. 12, singer Mara Velden alleged that producer Tobias Krenn withheld her royalties for a decade.",
            "Mara Velden, a singer from Ohio, told the podcast in an interview on Nov. 11 that producer Tobias Krenn withheld her royalties."));
        Assert.Equal(["Nov. 11", "Nov. 12"], Values(singer));
        Assert.Contains("producer", singer.Reason);
        var councillor = One(QuoteRuleTests.Analyze(
            "Councillor Priya Ashdown quit the planning board on March 3 after a row over the harbour car park plans.",
            "FURIOUS councillor Priya Ashdown stormed off the planning board on March 4 following a bitter row about harbour car park plans!"));
        Assert.Equal(["March 3", "March 4"], Values(councillor));
    }

    // A missing hiker and a stolen painting: how long after one event another came.
    [Fact]
    public void A_duration_after_one_event_told_two_ways_is_a_discrepancy()
    {
        var hiker = One(QuoteRuleTests.Analyze(
            "Police charged Dale Orwin in the death of hiker Sunniva Holt, whose remains were found about five weeks after she vanished on the ridge trail.",
            "Her remains were found three weeks later in a gully below the ridge trail, police said."));
        Assert.Equal(QuantityKind.Duration, hiker.Kind);
        Assert.Equal(["about five weeks", "three weeks"], Values(hiker));
        var painting = One(QuoteRuleTests.Analyze(
            "The stolen portrait was recovered 11 days after the break-in at the Lindqvist gallery, detectives said.",
            "Cops finally recovered the stolen portrait 16 days after the break-in at the gallery, detectives revealed."));
        Assert.Equal(["11 days", "16 days"], Values(painting));
    }

    // A regatta and a school trip: counts of one noun.
    [Fact]
    public void A_count_of_one_noun_in_sentences_telling_one_thing_is_a_discrepancy()
    {
        var regatta = One(QuoteRuleTests.Analyze(
            "Organisers said 48 yachts crossed the start line of the Harwick regatta before the squall hit.",
            "Just 45 yachts crossed the start line of the Harwick regatta, organisers said, before a squall struck the fleet."));
        Assert.Equal(QuantityKind.Count, regatta.Kind);
        Assert.Equal(["45 yachts", "48 yachts"], Values(regatta));
        Assert.Contains("crossed", regatta.Reason);
        Assert.Single(QuoteRuleTests.Analyze(
            "A coach carrying 31 pupils from Millbrook Academy overturned on the motorway near Dunsford on Friday.",
            "The coach, which overturned near Dunsford, was carrying 34 pupils from Millbrook Academy, police said.").Discrepancies);
    }

    [Fact]
    public void Years_or_dates_told_with_other_differing_figures_are_two_acts()
    {
        Assert.Empty(QuoteRuleTests.Analyze(
            "In 2016, inspectors closed 14 restaurants in the harbour district over hygiene failings.",
            "In 2017, inspectors closed 9 restaurants in the harbour district over hygiene failings, the council said.").Discrepancies);
        Assert.Empty(QuoteRuleTests.Analyze(
            "On May 2 the ferry carried 300 passengers across the strait to Kellby in record time.",
            "On May 9 the ferry carried 450 passengers across the strait to Kellby, a new record.").Discrepancies);
    }

    // A bridge opening and a founding year: a year an event is dated to.
    [Fact]
    public void A_year_of_one_event_told_two_ways_is_a_discrepancy()
    {
        var bridge = One(QuoteRuleTests.Analyze(
            "In 2004, the county officially began calling the crossing Harlow Bridge, although the old name stayed on its arch.",
            "The county has called the crossing simply Harlow Bridge since 2001, but the old name was never removed from its arch."));
        Assert.Equal(["2001", "2004"], Values(bridge));
        Assert.Single(QuoteRuleTests.Analyze(
            "The bakery chain Crumbwell was founded by twin sisters Ada and Rhea Monk in 1987 in a garage in Leeds.",
            "Twin sisters Ada and Rhea Monk founded Crumbwell in a Leeds garage in 1989, the company says.").Discrepancies);
    }

    // Weekdays stay with the day readings, which date the verb next to the day: an announcement told on two days in
    // otherwise different words is not reported by the general matcher (a raid on Monday, a shooting on Sunday).
    [Fact]
    public void Weekdays_are_left_to_the_day_readings()
    {
        Assert.Empty(QuoteRuleTests.Analyze(
            "In a bid to find Rollo Marsh, police raided his flat early Monday morning, but he was not there.",
            "A warrant was issued for Rollo Marsh over the Sunday morning stabbing in Pellham, police said.").Discrepancies);
        Assert.Empty(QuoteRuleTests.Analyze(
            "Fans paid tribute to Ines Calder on Tuesday after her death at a hospital in Dunmore.",
            "Ines Calder died on Saturday at Dunmore's general hospital.").Discrepancies);
    }

    // "4.5 billion years ago" against "four billion years ago": a point back in time.
    [Fact]
    public void How_long_ago_told_two_ways_is_a_discrepancy()
    {
        var moon = One(QuoteRuleTests.Analyze(
            "Researchers said a shallow sea covered the southern basin of the moon Tessa about 3.1 billion years ago, according to the study.",
            "According to the study, a shallow sea covered much of the southern basin of the moon Tessa two billion years ago, researchers said."));
        Assert.Equal(["about 3.1 billion years ago", "two billion years ago"], Values(moon));
        Assert.Single(QuoteRuleTests.Analyze(
            "The cave paintings near Orvalle were made 30,000 years ago by hunters, archaeologists believe.",
            "Archaeologists believe hunters made the cave paintings near Orvalle 40,000 years ago.").Discrepancies);
    }

    [Fact]
    public void Figures_from_other_reference_points_are_not_a_discrepancy()
    {
        // Two starting towns: two coaches, or one counted from two places.
        Assert.Empty(QuoteRuleTests.Analyze(
            "The coach carried 31 pupils from Millbrook to the science museum on Friday morning.",
            "The coach carried 45 pupils from Eastfield to the science museum on Friday morning.").Discrepancies);
        // Since two events.
        Assert.Empty(QuoteRuleTests.Analyze(
            "The ferry service has carried 40 passengers a day since the storm, the harbour master said.",
            "The ferry service has carried 55 passengers a day since the strike, the harbour master said.").Discrepancies);
    }

    [Fact]
    public void Different_quantities_of_one_thing_are_not_a_discrepancy()
    {
        // A stadium's seats and the crowd in them.
        Assert.Empty(QuoteRuleTests.Analyze(
            "The Ravensholt stadium, which seats 40,000 fans, was half empty for the derby on Saturday.",
            "About 25,000 fans watched the derby on Saturday at Ravensholt, the club said.").Discrepancies);
        // A ward's beds and the patients in them.
        Assert.Empty(QuoteRuleTests.Analyze(
            "The new ward at St Alda's hospital has 30 beds for children with burns.",
            "Doctors at St Alda's hospital are treating 18 children with burns in the new ward, which staff called overwhelmed."
            ).Discrepancies);
    }

    [Fact]
    public void A_count_one_article_tells_as_an_update_is_not_a_discrepancy()
    {
        Assert.Empty(QuoteRuleTests.Analyze(
            "The number of confirmed cases of the fever in the valley rose to 45 cases, health officials said.",
            "Health officials said 38 cases of the fever had been confirmed in the valley.").Discrepancies);
        Assert.Empty(QuoteRuleTests.Analyze(
            "So far 26 homes in the Kettle Cove area have been flooded by the rising river, the council said.",
            "The rising river has flooded 20 homes in the Kettle Cove area, the council said.").Discrepancies);
    }

    [Fact]
    public void A_figure_in_a_quotation_against_narration_is_not_a_discrepancy()
    {
        Assert.Empty(QuoteRuleTests.Analyze(
            "\"We have lost 14 sheep to the wolves on this hill since spring,\" farmer Ivo Tamm said.",
            "Farmer Ivo Tamm said wolves have killed 9 sheep on the hill since spring, a local official confirmed.").Discrepancies);
        Assert.Empty(QuoteRuleTests.Analyze(
            "“Our crew pulled 12 swimmers out of the water at Gull Point,” lifeguard captain Rosa Lind said.",
            "Lifeguards at Gull Point pulled 7 swimmers out of the water, lifeguard captain Rosa Lind said.").Discrepancies);
    }

    [Fact]
    public void A_range_against_one_end_is_not_a_discrepancy()
    {
        Assert.Empty(QuoteRuleTests.Analyze(
            "Officials expect 20 to 25 vessels to join the regatta in Harwick harbour on Saturday.",
            "Officials expect 30 vessels to join the regatta in Harwick harbour on Saturday.").Discrepancies);
        Assert.Empty(QuoteRuleTests.Analyze(
            "The museum was robbed between 1 and 3 days before the alarm was noticed by the guards.",
            "The museum was robbed 6 days before the alarm was noticed by the guards.").Discrepancies);
    }

    [Fact]
    public void An_article_giving_both_values_tells_two_facts()
    {
        Assert.Empty(QuoteRuleTests.Analyze(
            "Organisers said 48 yachts crossed the start line of the Harwick regatta. Only 45 yachts crossed the finish line.",
            "Just 45 yachts crossed the start line of the Harwick regatta, organisers said."
            ).Discrepancies);
    }
}
