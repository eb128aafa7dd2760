using Chorus.Analyze;

namespace Chorus.Tests.Analyze;

/// <summary>A count of one noun that two sentences give for the one year they name: one yearly figure told two
/// ways, however differently the rest is worded. Sentences written for these tests (a health-agency wire style and a
/// local paper's style) on two invented stories, with the look-alikes that must stay apart.</summary>
public class DiscrepancyYearCountTests
{
    [Theory]
    [InlineData("Health officials started keeping records of the rash in 2016, when 212 cases were confirmed nationwide.",
        "The outbreak seemed to crest in 2016, with 205 cases logged between June and October, nearly all in toddlers.")]
    [InlineData("Lifeguards on the Redcliff beaches carried out 340 rescues in 2019, the council's annual report shows.",
        "It was a bumper year for the volunteer crews in 2019, who made 355 rescues along the Redcliff coast!")]
    public void A_count_for_the_same_year_told_two_ways_is_a_discrepancy(string a, string b)
    {
        var d = Assert.Single(QuoteRuleTests.Analyze(a, b).Discrepancies);
        Assert.Equal(QuantityKind.Count, d.Kind);
        Assert.Contains("the one year either sentence names", d.Reason);
    }

    [Fact]
    public void Counts_of_other_years_or_far_apart_are_two_figures()
    {
        // Another year: two yearly figures.
        Assert.Empty(QuoteRuleTests.Analyze(
            "Health officials started keeping records of the rash in 2016, when 212 cases were confirmed nationwide.",
            "The outbreak seemed to crest in 2017, with 205 cases logged between June and October, nearly all in toddlers.").Discrepancies);
        // A count a quarter larger is of another group, not the same figure.
        Assert.Empty(QuoteRuleTests.Analyze(
            "Lifeguards on the Redcliff beaches carried out 340 rescues in 2019, the council's annual report shows.",
            "It was a bumper year for the volunteer crews in 2019, who made 460 rescues along the Redcliff coast!").Discrepancies);
        // A sentence naming two years does not say which one its count is for.
        Assert.Empty(QuoteRuleTests.Analyze(
            "Health officials started keeping records of the rash in 2016, when 212 cases were confirmed nationwide.",
            "Between 2015 and 2016 the outbreak seemed to crest, with 205 cases logged, nearly all in toddlers.").Discrepancies);
    }
}
