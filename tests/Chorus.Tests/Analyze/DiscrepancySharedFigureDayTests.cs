using Chorus.Analyze;

namespace Chorus.Tests.Analyze;

/// <summary>A weekday dating one verb, in two sentences that give the same distinctive figure (a sum, a number of a
/// hundred or more): one act dated two ways, however differently the rest is worded. Sentences written for these
/// tests, a wire style and a local or tabloid style, on two invented stories.</summary>
public class DiscrepancySharedFigureDayTests
{
    [Theory]
    // A utility's relief fund: the local paper's aside and the wire's formal lead.
    [InlineData("Pressure on the board is paying off: Harlow Water announced a $2 million fund on Tuesday for families behind on their bills.",
        "The Harlow Regional Water Authority on Wednesday announced plans to set aside $2 million from its hardship budget to keep taps running.",
        "Tuesday", "Wednesday")]
    // A factory's job cuts: a tabloid's exclamation and a business desk's line.
    [InlineData("Bosses at the Kettering biscuit plant axed 450 jobs on Monday in a brutal blow to the town!",
        "Crestwell Foods on Thursday axed 450 positions at its site in the Northamptonshire town as demand slumps, a spokeswoman said.",
        "Monday", "Thursday")]
    public void One_verb_told_of_the_same_distinctive_figure_is_one_act(string a, string b, string dayA, string dayB)
    {
        var day = Assert.Single(QuoteRuleTests.Analyze(a, b).Discrepancies);
        Assert.Equal(QuantityKind.Day, day.Kind);
        Assert.Equal([dayA, dayB], day.Values.Select(v => v.Value).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains("the same", day.Reason);
    }

    // The same verb and day wording with only a small count in common ("two people") is not tied: a story tells
    // many acts of two people.
    [Fact]
    public void A_small_shared_count_does_not_tie_two_acts()
    {
        Assert.Empty(QuoteRuleTests.Analyze(
            "Police arrested two people on Tuesday outside the stadium after the derby, a spokesman said.",
            "Officers in the city centre on Wednesday arrested two people suspected of selling forged tickets.").Discrepancies);
        var tied = QuoteRuleTests.Analyze(
            "Police arrested two people on Tuesday over the theft of £250,000 in jewellery from the Mayfair shop.",
            "Officers on Wednesday arrested two people suspected of stealing £250,000 in jewellery, the force said.");
        Assert.Equal(QuantityKind.Day, Assert.Single(tied.Discrepancies).Kind);
    }
}
