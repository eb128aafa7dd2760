namespace Chorus.Tests.Analyze;

/// <summary>What the speaker-rule tests ask of an analysis: the speaker of the one quotation that starts with the given
/// words (the test fails when none or several do).</summary>
internal static class QuoteSpeakers
{
    public static string? SpeakerOf(Chorus.Analyze.ClusterAnalysis analysis, string start) =>
        Assert.Single(analysis.Quotes, q => q.Text.StartsWith(start, StringComparison.Ordinal)).Speaker;
}
