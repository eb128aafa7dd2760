using Chorus.Analyze;

namespace Chorus.Tests.Analyze;

/// <summary>What makes two values one fact told differently: the comparability rules of the discrepancy finder,
/// each with sentences written for the test and modelled on stories of at least two different clusters (named in
/// each test), and the cases where the finder must stay silent.</summary>
public class DiscrepancyComparabilityTests
{
    private static Quantity Q(QuantityKind kind, double value, bool approximate = false, string? unit = null) =>
        new(kind, "topic", value, value.ToString(System.Globalization.CultureInfo.InvariantCulture), approximate) { Unit = unit };

    // Figures from a case count (120 against 121), an evacuation (about 300 homes against 297), a distance (about 65
    // against about 70 miles) and a search area (about 2,000 against 1,700 km).
    [Fact]
    public void Only_a_hedged_or_rounded_figure_leaves_room_for_a_close_one()
    {
        Assert.False(FigureAgreement.Same(Q(QuantityKind.Count, 120), Q(QuantityKind.Count, 121)));
        Assert.True(FigureAgreement.Same(Q(QuantityKind.Count, 300, approximate: true), Q(QuantityKind.Count, 297)));
        Assert.False(FigureAgreement.Same(Q(QuantityKind.Measure, 65, true, "mile"), Q(QuantityKind.Measure, 70, true, "mile")));
        Assert.False(FigureAgreement.Same(Q(QuantityKind.Measure, 2000, true, "kilometre"), Q(QuantityKind.Measure, 1700, true, "kilometre")));
    }

    // Bounds from a war-crimes story ("more than 80" killed against 86) and a court story ("more than $360,000" in
    // fees against $374,327); two floors from a shooting ("at least three" against "at least six" injured); figures
    // with a scale word from a takeover ($7.2 against $7.15 billion) and an oil spill (3 against 2.9 million gallons).
    [Fact]
    public void A_floor_or_ceiling_agrees_with_figures_beyond_it_and_a_scaled_figure_with_its_rounding()
    {
        var moreThan80 = Q(QuantityKind.Count, 80, true) with { Hedge = Hedge.AtLeast };
        Assert.True(FigureAgreement.Same(moreThan80, Q(QuantityKind.Count, 86)));
        Assert.False(FigureAgreement.Same(moreThan80, Q(QuantityKind.Count, 70)));
        Assert.True(FigureAgreement.Same(Q(QuantityKind.Figure, 360000, true) with { Hedge = Hedge.AtLeast }, Q(QuantityKind.Figure, 374327.62)));
        Assert.False(FigureAgreement.Same(Q(QuantityKind.Count, 3, true) with { Hedge = Hedge.AtLeast }, Q(QuantityKind.Count, 6, true) with { Hedge = Hedge.AtLeast }));
        var upTo12 = Q(QuantityKind.Measure, 12, true, "inch") with { Hedge = Hedge.AtMost };
        Assert.True(FigureAgreement.Same(upTo12, Q(QuantityKind.Measure, 10, unit: "inch")));
        Assert.True(FigureAgreement.Same(Q(QuantityKind.Measure, 7.2e9, unit: "gallon") with { Precision = 1e8 }, Q(QuantityKind.Measure, 7.15e9, unit: "gallon") with { Precision = 1e7 }));
        Assert.True(FigureAgreement.Same(Q(QuantityKind.Measure, 3e6, unit: "gallon") with { Precision = 1e6 }, Q(QuantityKind.Measure, 2.9e6, unit: "gallon") with { Precision = 1e5 }));
        Assert.False(FigureAgreement.Same(Q(QuantityKind.Measure, 38e6, unit: "gallon") with { Precision = 1e6 }, Q(QuantityKind.Measure, 50e6, unit: "gallon") with { Precision = 1e6 }));
    }

    // A ceiling holds only figures near it. Modelled on a prank-gun story (f29dd7b68a1d: "up to seven years" in prison
    // against "two years" in jail, annotated as two claims) and a scandal story (277ce57c2b27: a sentence with "about
    // 10" officers and "as many as 20" women, whose "as many as 21" in another outlet held the 10 and so read as told
    // there too). A floor still holds any larger figure (a toll grows).
    [Fact]
    public void A_ceiling_holds_only_figures_within_a_quarter_below_it()
    {
        var upTo7Years = Q(QuantityKind.Duration, 7 * 525600.0, true) with { Hedge = Hedge.AtMost };
        Assert.False(FigureAgreement.Same(upTo7Years, Q(QuantityKind.Duration, 2 * 525600.0)));
        Assert.True(FigureAgreement.Same(upTo7Years, Q(QuantityKind.Duration, 6 * 525600.0)));
        var asManyAs21 = Q(QuantityKind.Count, 21, true) with { Hedge = Hedge.AtMost };
        Assert.False(FigureAgreement.Same(asManyAs21, Q(QuantityKind.Count, 10, true) with { Hedge = Hedge.About }));
        Assert.True(FigureAgreement.Same(asManyAs21, Q(QuantityKind.Count, 18)));
        var atLeast5 = Q(QuantityKind.Count, 5, true) with { Hedge = Hedge.AtLeast };
        Assert.True(FigureAgreement.Same(atLeast5, Q(QuantityKind.Count, 9)));
    }

    // The same two stories end to end: a prison term "up to three years" against "two years" (f29dd7b68a1d), and an "as
    // many as" count of women in a sentence that also counts about 10 officers (277ce57c2b27).
    [Fact]
    public void A_bound_far_from_another_outlets_figure_is_a_disagreement()
    {
        var term = QuoteRuleTests.Analyze(
            "The fashion house said on Monday that the pistol was a replica.\n\nIf the pistol had been real, the men in the convertible could face up to three years in prison, a lawyer told the paper.",
            "Police in Lyon questioned the driver of the convertible.\n\nAll four men in the convertible could face two years in prison whether the pistol was real or a toy, a lawyer said.");
        var years = Assert.Single(term.Discrepancies);
        Assert.Equal(["two years", "up to three years"], years.Values.Select(v => v.Value).Order().ToList());

        var scandal = QuoteRuleTests.Analyze(
            "The inquiry into the embassy guards widened on Friday.\n\nThe affair also involves about 10 navy officers and as many as 20 local women brought back to the guards' hotel.",
            "Senators were briefed on the inquiry on Friday.\n\nGuards are suspected of bringing as many as 24 local women back to their hotel rooms, senators said.");
        var women = Assert.Single(scandal.Discrepancies);
        Assert.Equal(["as many as 20 local women", "as many as 24 local women"], women.Values.Select(v => v.Value).Order().ToList());
    }

    // Unit conversions from a storm story (40 miles against 64 kilometres) and a search story (1,700 km against
    // 1,000 miles is loose, 2,000 km against 1,240 miles close); storeys against feet from a fall story.
    [Fact]
    public void Converted_figures_meet_within_the_conversion_and_clock_times_within_five_minutes()
    {
        Assert.True(FigureAgreement.Same(Q(QuantityKind.Measure, 40 * 1609.34, unit: "mile"), Q(QuantityKind.Measure, 64000, unit: "kilometre")));
        Assert.True(FigureAgreement.Same(Q(QuantityKind.Measure, 1240 * 1609.34, unit: "mile"), Q(QuantityKind.Measure, 2000000, unit: "kilometre")));
        Assert.False(FigureAgreement.Same(Q(QuantityKind.Measure, 60 * 1609.34, unit: "mile"), Q(QuantityKind.Measure, 64000, unit: "kilometre")));
        Assert.True(FigureAgreement.Same(Q(QuantityKind.Distance, 108, unit: "storey"), Q(QuantityKind.Distance, 100, unit: "foot")));
        Assert.False(FigureAgreement.Same(Q(QuantityKind.Distance, 108, unit: "storey"), Q(QuantityKind.Distance, 25, unit: "foot")));
        Assert.True(FigureAgreement.Same(Q(QuantityKind.Time, 23 * 60 + 15, true), Q(QuantityKind.Time, 23 * 60 + 20)));
        Assert.False(FigureAgreement.Same(Q(QuantityKind.Time, 4 * 60 + 20, true), Q(QuantityKind.Time, 4 * 60 + 30, true)));
    }

    // Modelled on a cold-case story (a town about 65 and about 70 miles west of the big city) and a sea-search story
    // (an area 2,000 km and 1,700km north-west of the port, each with a conversion in brackets).
    [Fact]
    public void Distances_with_the_same_bearing_from_the_same_named_point_disagree()
    {
        var a = QuoteRuleTests.Analyze(
            "Dozens of detectives descended on the quiet farming town about 65 miles west of Milwaukee within a day.",
            "The hearing was held in Brookfield Falls, about 70 miles west of Milwaukee, near where the girl was last seen.");
        var town = Assert.Single(a.Discrepancies);
        Assert.Equal(QuantityKind.Measure, town.Kind);
        Assert.Equal("distance west of milwaukee", town.Topic);
        Assert.Contains("same named point and bearing", town.Reason);

        var b = QuoteRuleTests.Analyze(
            "The maritime authority will search three areas on Sunday about 2,000 kilometers (about 1,240 miles) northwest of Darwin.",
            "The new area - about 1,700km (1,000 miles) north-west of Darwin - was chosen after the satellite data were analysed.");
        var area = Assert.Single(b.Discrepancies);
        Assert.Equal("distance northwest of darwin", area.Topic);
        Assert.Equal(["about 1,700km", "about 2,000 kilometers"], area.Values.Select(v => v.Value).Order().ToList());
    }

    // The same two stories, told so the figures are not one fact: another bearing, or a place three times as far.
    [Fact]
    public void Distances_on_another_bearing_or_far_apart_are_not_compared()
    {
        var a = QuoteRuleTests.Analyze(
            "Dozens of detectives descended on the quiet farming town about 65 miles west of Milwaukee within a day.",
            "The suspect was arrested at a motel about 70 miles north of Milwaukee on Friday.");
        Assert.Empty(a.Discrepancies);
        var b = QuoteRuleTests.Analyze(
            "The maritime authority will search an area about 600 kilometers northwest of Darwin on Sunday.",
            "Satellites spotted debris about 2,500 kilometers northwest of Darwin last week.");
        Assert.Empty(b.Discrepancies);
    }

    // Modelled on a water-shutoff protest (nine arrested against eight) and an airport poisoning (four in custody
    // against three).
    [Fact]
    public void Arrests_and_people_in_custody_are_tolls_of_their_own()
    {
        var a = QuoteRuleTests.Analyze(
            "At least nine of the marchers were arrested by city police when they blocked the depot gates.",
            "City police on Thursday arrested eight people, including two pastors, who were blocking the depot gates.");
        var arrested = Assert.Single(a.Discrepancies);
        Assert.Equal("number of people arrested", arrested.Topic);

        var b = QuoteRuleTests.Analyze(
            "Four people are in custody, including the two women seen on the airport cameras.",
            "Police have three people in custody in connection with the poisoning, including the two women seen on camera.");
        var custody = Assert.Single(b.Discrepancies);
        Assert.Equal("number of people in custody", custody.Topic);
        Assert.Equal(2, custody.Values.Count);
    }

    // The protest and the poisoning again: "he and nine others" is part of a toll, and an article that gives two
    // numbers of arrests tells two facts, not one.
    [Fact]
    public void Part_of_a_toll_or_an_article_with_two_tolls_is_not_compared()
    {
        var a = QuoteRuleTests.Analyze(
            "City police on Thursday arrested eight people who were blocking the depot gates.",
            "A pastor said he and nine others were arrested while they blocked the depot gates.");
        Assert.Empty(a.Discrepancies);
        var b = QuoteRuleTests.Analyze(
            "Four people are in custody, including the two women seen on the airport cameras.",
            "Police have three people in custody over the poisoning.\n\nSix people were in custody at one point last week, including two drivers.");
        Assert.Empty(b.Discrepancies);
    }

    // Modelled on a Las Vegas shooting (the car that fled "about 4:20" against "about 4:30 a.m.") and a double murder
    // (the 800 against the 900 block of one street).
    [Fact]
    public void A_sentence_two_outlets_tell_in_the_same_words_with_another_figure_disagrees()
    {
        var a = QuoteRuleTests.Analyze(
            "Police alerted three neighbouring states about the grey pickup truck with tinted windows and dealer plates that fled the scene about 4:20 a.m.",
            "Police alerted three neighbouring states about the grey pickup truck with tinted windows that fled the scene about 4:30 a.m.");
        var time = Assert.Single(a.Discrepancies);
        Assert.Equal(QuantityKind.Figure, time.Kind);
        Assert.Contains("the scene about … a.m.", time.Topic);
        Assert.Equal(["4:20", "4:30"], time.Values.Select(v => v.Value).Order().ToList());

        var b = QuoteRuleTests.Analyze(
            "Detectives are still investigating the double killing at a house in the 800 block of Cedar Hollow Lane.",
            "Officers were called to a house in the 900 block of Cedar Hollow Lane shortly before dawn, detectives said.");
        var block = Assert.Single(b.Discrepancies);
        Assert.Contains("block of Cedar", block.Topic);
    }

    // The shooting and the murder again, told on two days or as two rounds; and a lottery story whose two payouts
    // share only three common words around the figure.
    [Fact]
    public void Rewrites_that_differ_in_a_day_a_second_figure_or_share_few_words_around_it_are_not_compared()
    {
        var a = QuoteRuleTests.Analyze(
            "Police said on Monday that 12 people had been taken to hospital after the crash on the coast road.",
            "Police said on Tuesday that 15 people had been taken to hospital after the crash on the coast road.");
        Assert.Empty(a.Discrepancies);
        var b = QuoteRuleTests.Analyze(
            "In 2014, detectives investigated 120 burglaries in the 800 block of Cedar Hollow Lane.",
            "In 2015, detectives investigated 21 burglaries in the 800 block of Cedar Hollow Lane.");
        Assert.Empty(b.Discrepancies);
        var c = QuoteRuleTests.Analyze(
            "If the winner takes the lump-sum cash option instead of annual payments, the jackpot would be $316 million, the lottery's website said.",
            "If there is one winner and the winner chooses the lump-sum cash option, the payout would be $341.2 million.");
        Assert.Empty(c.Discrepancies);
    }

    // Modelled on a sentencing story ("The 73-year-old, who entered the courtroom…" after a sentence naming him,
    // another outlet's "the 72-year-old Durst") and a drunk-driving story told the same way.
    [Fact]
    public void A_sentence_opening_with_a_bare_age_gives_the_age_of_the_one_person_named_before_it()
    {
        var a = QuoteRuleTests.Analyze(
            "A Baton Rouge judge on Tuesday sentenced property heir Walter Crane to five years in prison for a weapons charge.\n\n" +
            "The 73-year-old, who arrived in a wheelchair, had pleaded guilty in March.\n\nCrane did not speak in court.",
            "The 72-year-old Crane agreed to the sentence as part of his plea deal in March, his lawyer said.");
        var crane = Assert.Single(a.Discrepancies);
        Assert.Equal("age of Walter Crane", crane.Topic);
        Assert.Equal(["72-year-old", "73-year-old"], crane.Values.Select(v => v.Value).Order().ToList());

        var b = QuoteRuleTests.Analyze(
            "Deputies charged Maria Lopez with drunk driving after the crash on Route 9 that injured a cyclist.\n\n" +
            "The 35-year-old was released on bond on Friday.\n\nLopez is due in court next month.",
            "Lopez, 36, was released on bond on Friday after the crash that injured a cyclist on Route 9.");
        var lopez = Assert.Single(b.Discrepancies);
        Assert.Equal("age of Maria Lopez", lopez.Topic);
    }

    // The same two stories where the sentence before names two people, or only a place: the age is nobody's.
    [Fact]
    public void A_bare_age_after_two_names_or_only_a_place_is_left_alone()
    {
        var a = QuoteRuleTests.Analyze(
            "Judge Helen Marsh sentenced property heir Walter Crane to five years in prison on Tuesday.\n\n" +
            "The 73-year-old, who arrived in a wheelchair, had pleaded guilty in March.\n\nCrane and Marsh did not speak.",
            "The 72-year-old Crane agreed to the sentence as part of his plea deal in March, his lawyer said.");
        Assert.Empty(a.Discrepancies);
        var b = QuoteRuleTests.Analyze(
            "Deputies were called to a crash on Route 9 near Baton Rouge on Friday night.\n\n" +
            "The 35-year-old was released on bond on Saturday.",
            "Lopez, 36, was released on bond after the crash near Baton Rouge.");
        Assert.Empty(b.Discrepancies);
    }

    // Modelled on a migrant-boat story ("Twenty-two people died"), a gas explosion ("eight people including three
    // children were injured") and a flight story ("three hours quicker", "12 1/2 days").
    [Fact]
    public void Compound_numbers_parts_of_a_toll_and_differences_of_time_are_not_figures_of_their_own()
    {
        Assert.Empty(QuantityReader.Read("Twenty-two people died when two boats sank off the island on Friday."));
        Assert.Empty(QuantityReader.Read("One hundred and three people were injured in the stampede."));
        Assert.Empty(QuantityReader.Read("Eight people including three children were injured when the gas explosion tore through the row house."));
        Assert.Equal(8, Assert.Single(QuantityReader.Read("Eight people were injured when the gas explosion tore through the row house.")).Value);
        Assert.Empty(QuantityReader.Read("The direct flight is around three hours quicker than routes with a stopover."));
        var flight = Assert.Single(QuantityReader.Read("The flight cut to 17 hours a trip that once took 12 1/2 days."));
        Assert.Equal(17 * 60, flight.Value);
    }

    // Modelled on a water-shutoff story (a relief fund announced on Tuesday in one outlet, Wednesday in another) and
    // an arrest story: the weekday of one event disagrees; two arrests on two days do not.
    [Fact]
    public void Weekdays_disagree_only_between_sentences_that_tell_the_same_event()
    {
        var a = QuoteRuleTests.Analyze(
            "The water department announced on Tuesday a relief fund of $1 million for residents struggling to pay their bills.",
            "The water department announced on Wednesday that $1 million would go to a relief fund for residents struggling to pay.");
        var day = Assert.Single(a.Discrepancies);
        Assert.Equal(QuantityKind.Day, day.Kind);
        Assert.Equal(["Tuesday", "Wednesday"], day.Values.Select(v => v.Value).Order().ToList());
        var b = QuoteRuleTests.Analyze(
            "Police arrested the driver on Monday after the crash on the coast road.",
            "Officers arrested a second man on Friday at the airport as he tried to board a flight.");
        Assert.Empty(b.Discrepancies);
    }
}
