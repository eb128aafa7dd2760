using Chorus.Analyze;

namespace Chorus.Tests.Analyze;

/// <summary>An amount moved against what a container can hold, and a distance from a place against one from a point
/// of that place: sentences written for these tests, each rule on two invented stories (a wire style and a local or
/// tabloid style), with the case that must still be found.</summary>
public class DiscrepancyCapacityAndPointTests
{
    // A flushed reservoir (wire) and a grounded tanker (local paper): a capacity told with a hedge ("as much as") or
    // as what the container was built for is not the amount that left it.
    [Theory]
    [InlineData("Crews flushed 38 million gallons of water from the hillside reservoir on Thursday after a teenager was filmed there.",
        "Crews on Thursday flushed the hillside reservoir, which can hold as much as 50 million gallons of water, after a teenager was filmed there.",
        "Crews on Thursday flushed 50 million gallons of water from the hillside reservoir after a teenager was filmed there.")]
    [InlineData("The stricken tanker Marisol leaked 12,000 barrels of crude oil into Halden Sound after striking the reef on Monday.",
        "The Marisol, built to carry 20,000 barrels of crude oil, struck the reef in Halden Sound on Monday and leaked into the water.",
        "The Marisol leaked 20,000 barrels of crude oil into Halden Sound after it struck the reef on Monday, the harbourmaster said.")]
    public void What_a_container_can_hold_is_not_the_amount_moved(string moved, string capacity, string otherAmount)
    {
        Assert.Empty(QuoteRuleTests.Analyze(moved, capacity).Discrepancies);
        Assert.Equal(QuantityKind.Measure, Assert.Single(QuoteRuleTests.Analyze(moved, otherAmount).Discrepancies).Kind);
    }

    [Fact]
    public void A_hedged_capacity_is_read_as_a_ceiling()
    {
        var q = Assert.Single(QuantityReader.Read("The tank can hold as much as 400 litres of fuel."));
        Assert.EndsWith("(capacity)", q.Anchor, StringComparison.Ordinal);
        Assert.Equal(Hedge.AtMost, q.Hedge);
    }

    // A lion seen near a park (wire) and a plane down off a port (regional paper): "from the park's main gate" and
    // "south of Darwin's airport" are measured from other points than "from the park" and "south of Darwin".
    [Theory]
    [InlineData("The lion was spotted about 12 miles from the park's main gate on Sunday, rangers said.",
        "The lion was spotted about 20 miles from the park on Sunday, rangers said.",
        "The lion was spotted about 20 miles from the park's main gate on Sunday, rangers said.")]
    [InlineData("The light aircraft went down 40 miles south of Darwin's airport on Friday, search officials confirmed.",
        "The light aircraft went down 60 miles south of Darwin on Friday, search officials confirmed.",
        "The light aircraft went down 60 miles south of Darwin’s airport on Friday, search officials confirmed.")]
    public void A_point_of_a_place_is_another_reference_point_than_the_place(string fromPoint, string fromPlace, string fromPointAgain)
    {
        Assert.Empty(QuoteRuleTests.Analyze(fromPoint, fromPlace).Discrepancies);
        // The same point, whichever apostrophe an outlet types, still disagrees.
        Assert.Single(QuoteRuleTests.Analyze(fromPoint, fromPointAgain).Discrepancies);
    }
}
