namespace Chorus.Tests.Analyze;

/// <summary>
/// Attribution forms of US and Commonwealth papers the speaker rules did not read: a state before an abbreviated
/// office, a title word that is the speaker's surname, "was quoted as saying". Sentences written for the test in the
/// style of the outlets where the form was seen (named in each test); none is article text.
/// </summary>
public class AttributionFormsTests
{
    private static string? SpeakerOf(Chorus.Analyze.ClusterAnalysis analysis, string start) =>
        Assert.Single(analysis.Quotes, q => q.Text.StartsWith(start, StringComparison.Ordinal)).Speaker;

    // Modelled on a Washington paper's storm story ("“…,” Maryland Gov. X (D) said in declaring an emergency") and a
    // wire story of the same storm ("“…,” New Jersey Gov. X said.").
    [Fact]
    public void A_state_before_an_abbreviated_office_is_part_of_the_attribution()
    {
        var a = QuoteRuleTests.Analyze(
            "Coastal towns emptied on Friday as the storm neared.\n\n" +
            "\"This is a slow and dangerous storm that is heading straight for our shore towns,\" Delaware Gov. Ruth Albrecht (D) said in ordering the evacuation. \"Expect long power cuts across the county.\"",
            "Ferries stopped running at noon.\n\n" +
            "\"This could be the worst flooding our river towns have seen,\" New Hampshire Sen. Colin Farrow said.");
        Assert.Equal("Ruth Albrecht", SpeakerOf(a, "This is a slow and dangerous storm"));
        Assert.Equal("Ruth Albrecht", SpeakerOf(a, "Expect long power cuts"));
        Assert.Equal("Colin Farrow", SpeakerOf(a, "This could be the worst flooding"));
    }
}
