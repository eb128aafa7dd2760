using Chorus.Analyze;

namespace Chorus.Tests.Analyze;

/// <summary>A floor or a ceiling ("at least", "up to", "as many as") is a figure given as is: two outlets giving it
/// different values, or one giving a figure beyond the other's bound, disagree; only "about" is rounded. Sentences
/// written for these tests, a wire style and a tabloid style, on two invented stories.</summary>
public class DiscrepancyBoundTests
{
    private static Quantity Count(double value, Hedge hedge) => new(QuantityKind.Count, "people injured", value, value.ToString(), hedge != Hedge.None) { Hedge = hedge };

    [Theory]
    [InlineData(20, Hedge.AtMost, 21, Hedge.AtMost, false)]
    [InlineData(20, Hedge.AtMost, 21, Hedge.None, false)]
    [InlineData(20, Hedge.AtLeast, 19, Hedge.None, false)]
    [InlineData(20, Hedge.AtLeast, 25, Hedge.AtMost, true)]
    [InlineData(25, Hedge.AtLeast, 20, Hedge.AtMost, false)]
    [InlineData(20, Hedge.AtMost, 18, Hedge.None, true)]
    [InlineData(20, Hedge.About, 21, Hedge.None, true)]
    [InlineData(20, Hedge.About, 21, Hedge.AtMost, true)]
    public void Bounds_are_compared_as_given(double a, Hedge ha, double b, Hedge hb, bool same)
    {
        Assert.Equal(same, FigureAgreement.Same(Count(a, ha), Count(b, hb)));
        Assert.Equal(same, FigureAgreement.Same(Count(b, hb), Count(a, ha)));
    }

    [Theory]
    // A wire story on a ferry fire and a tabloid's on a stag-party brawl: two ceilings one apart.
    [InlineData("As many as 20 passengers were hurt when fire broke out on the Baltic ferry Aurelia on Sunday, the coast guard said.",
        "As many as 21 passengers were hurt when fire broke out aboard the ferry Aurelia on Sunday, according to the coast guard.")]
    [InlineData("Up to 10 revellers were arrested after the stag party brawl spilled out of the Blackpool pub late on Friday!",
        "Police in Blackpool said 11 revellers were arrested late on Friday after the stag party brawl spilled out of the pub.")]
    public void Different_bounds_of_one_count_disagree(string a, string b)
    {
        Assert.NotEmpty(QuoteRuleTests.Analyze(a, b).Discrepancies);
    }
}
