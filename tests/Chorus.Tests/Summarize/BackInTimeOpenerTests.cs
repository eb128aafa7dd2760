using Chorus.Segment;

namespace Chorus.Tests.Summarize;

/// <summary>Openers that point back to a moment an earlier sentence set, in the shapes of a court case ("At that time,
/// the judge will hear …", 87539dc9e35c), a fossil find ("At the time, the earliest …") and a military campaign ("Since
/// then the campaign has …", 0e285d4f4c44); invented sentences.</summary>
public class BackInTimeOpenerTests
{
    [Theory]
    [InlineData("At that time, the board will hear arguments on whether the pier should stay open.", true)]
    [InlineData("At the time, the oldest known tools had been found far to the south.", true)]
    [InlineData("Since then the crews have cleared more than 40 blocked culverts.", true)]
    [InlineData("By then, most of the guests had left the hall.", true)]
    [InlineData("At the time of the flood, the dam held 90 percent of its capacity.", false)]
    [InlineData("At the time when the vote was called, six members were absent.", false)]
    [InlineData("Since Tuesday the crews have cleared 40 culverts.", false)]
    [InlineData("After the storm, the crews cleared 40 culverts.", false)]
    public void A_moment_set_before_makes_the_sentence_lean(string text, bool leans) =>
        Assert.Equal(leans, SentenceOpener.LeansBack(text));
}
