using Chorus.Analyze;

namespace Chorus.Tests.Analyze;

/// <summary>Shares written as fractions (<see cref="FractionShare"/>): "a third of the island" against "half of it" is
/// one share told with two values; a fraction is loose, so "a third" and "35 percent" agree. Sentences written for these
/// tests on invented stories, modelled on a power-cut story and a party-vote story.</summary>
public class DiscrepancyFractionShareTests
{
    [Theory]
    [InlineData("Roughly a third of Tessaly was left without power after the storm struck the island.",
        "The storm left half of Tessaly without power, the island's utility said.", "Roughly a third", "half")]
    [InlineData("Two-thirds of the Varnish Party's lawmakers backed the motion to remove the chairman.",
        "Half of the Varnish Party's lawmakers backed the motion against the chairman, aides said.", "Two-thirds", "Half")]
    public void Two_fractions_of_one_thing_disagree(string a, string b, string valueA, string valueB)
    {
        var d = Assert.Single(QuoteRuleTests.Analyze(a, b).Discrepancies);
        Assert.Equal(new[] { valueA, valueB }.Order(StringComparer.Ordinal), d.Values.Select(v => v.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_fraction_agrees_with_a_close_percentage_and_a_half_of_a_season_is_no_share()
    {
        Assert.Empty(QuoteRuleTests.Analyze(
            "Roughly a third of Tessaly was left without power after the storm struck the island.",
            "The storm left 35 percent of Tessaly without power, the island's utility said.").Discrepancies);
        Assert.Empty(QuoteRuleTests.Analyze(
            "The Marlow Rovers striker scored nine goals in the second half of the season.",
            "The Marlow Rovers striker scored in a third of the games of the season, his club said.").Discrepancies);
    }
}
