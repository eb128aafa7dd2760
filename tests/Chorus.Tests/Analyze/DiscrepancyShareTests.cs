using Chorus.Analyze;

namespace Chorus.Tests.Analyze;

/// <summary>A share ("38 percent", "12%", "19 per cent") is compared with shares of the same thing in sentences that
/// tell the same thing, as counts and sums are. Sentences written for these tests, a wire style and a local paper's
/// style, on two invented stories.</summary>
public class DiscrepancyShareTests
{
    [Theory]
    [InlineData("About 38 percent of registered voters in Kentucky cast ballots in Tuesday's primary, the secretary of state's office said.",
        "Turnout in Tuesday's primary reached 31 percent of registered voters in Kentucky, the secretary of state's office reported.",
        "31 percent")]
    [InlineData("Only 12% of the town's recycling actually gets recycled, the council's waste audit found!",
        "The council's waste audit found that 19 per cent of the town's recycling is actually recycled.",
        "12%")]
    public void A_share_of_one_thing_told_two_ways_is_a_discrepancy(string a, string b, string value)
    {
        var d = Assert.Single(QuoteRuleTests.Analyze(a, b).Discrepancies);
        Assert.StartsWith("the share", d.Topic, StringComparison.Ordinal);
        Assert.Contains(d.Values, v => v.Value == value);
    }

    [Fact]
    public void Shares_of_other_things_or_far_apart_are_not_compared()
    {
        // Recycled against sent to landfill: the words around the figures differ.
        Assert.Empty(QuoteRuleTests.Analyze(
            "Only 12% of the town's recycling actually gets recycled, the council's waste audit found!",
            "The council's waste audit found that 19 per cent of household rubbish in the town goes to landfill in Essex.").Discrepancies);
        // Three times the share is another figure, not the same one told two ways.
        Assert.Empty(QuoteRuleTests.Analyze(
            "About 12 percent of registered voters in Kentucky cast ballots in Tuesday's primary, the secretary of state's office said.",
            "Turnout in Tuesday's primary reached 36 percent of registered voters in Kentucky, the secretary of state's office reported.").Discrepancies);
    }
}
