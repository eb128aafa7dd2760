using Chorus.Analyze;

namespace Chorus.Tests.Analyze;

/// <summary>Figures the quantity reader must not take as comparable values: a measure with no named reference, the
/// end of a range, a turn of speech, a duration next to an event word of another phrase. Sentences written for
/// the test, each case modelled on stories of at least two different clusters (named per case).</summary>
public class FigureReadingTests
{
    private static List<Quantity> Read(string sentence, QuantityKind kind) =>
        QuantityReader.Read(sentence).Where(q => q.Kind == kind).ToList();

    // A war refugee family ("within 12 miles of their house"), an airport shooting ("20 feet from an exit"), a drug
    // case ("within 1,000 feet of a school"), a sea search ("away from where the sound was detected"), a hurricane
    // ("extend 70 miles from its core").
    [Theory]
    [InlineData("At one point the fighters came within 15 miles of their farm.")]
    [InlineData("The guard was standing about 30 feet from an exit when the shots rang out.")]
    [InlineData("He was charged with selling drugs within 500 feet of a playground.")]
    [InlineData("Debris was seen about 40 miles away from where the signal was heard, he said.")]
    [InlineData("Tropical-storm-force winds extend 90 miles from its centre.")]
    public void A_measure_from_a_pronoun_or_an_indefinite_thing_has_no_reference(string sentence) =>
        Assert.Empty(Read(sentence, QuantityKind.Measure));

    // The named reference still counts: a cold case's town west of the city, a search area north-west of the port.
    [Theory]
    [InlineData("The hearing was held in a town about 70 miles west of Milwaukee.", "distance west of milwaukee")]
    [InlineData("Her body was found about 12 miles from campus.", "distance from campus")]
    public void A_measure_from_a_named_place_keeps_it(string sentence, string reference) =>
        Assert.Equal(reference, Assert.Single(Read(sentence, QuantityKind.Measure)).Anchor);

    // A hurricane forecast ("four to six inches of rain", "6 to 10 inches of rain") and an arms estimate ("between
    // 2,500 and 5,000 tonnes of nerve agents").
    [Theory]
    [InlineData("The coast may get three to five inches of rain by Sunday.")]
    [InlineData("Forecasters expect 8 to 12 inches of rain in the hills.")]
    [InlineData("Analysts put the stockpile at between 1,000 and 4,000 tonnes of chemical agents.")]
    public void The_end_of_a_range_is_not_a_figure(string sentence) =>
        Assert.Empty(Read(sentence, QuantityKind.Measure));

    // A comedian's interview told by two outlets ("kind of go, 'Wait a minute'").
    [Theory]
    [InlineData("We have to stop and say, 'Wait a minute, the delay is not our fault.'")]
    [InlineData("The search can just wait a minute, the sheriff told reporters.")]
    public void A_turn_of_speech_is_no_duration(string sentence) =>
        Assert.Empty(Read(sentence, QuantityKind.Duration));

    // A hiker's costs ("the flight to San Diego, food for five months") and a career story ("for a trial basis, and
    // for the next nine months"): the event word sits in another phrase; a relative clause still reaches back.
    [Theory]
    [InlineData("A hike can cost $5,000, including the flight to Denver, food for four months and gear.")]
    [InlineData("They took me on for a trial period, and for the next eight months I wrote jokes.")]
    public void An_event_word_behind_a_comma_does_not_take_the_duration(string sentence) =>
        Assert.Empty(Read(sentence, QuantityKind.Duration));

    [Fact]
    public void A_relative_clause_after_the_event_still_takes_the_duration() =>
        Assert.Equal("rescue", Assert.Single(Read("The rescue operation, which lasted four hours, ended at dawn.", QuantityKind.Duration)).Anchor);
}
