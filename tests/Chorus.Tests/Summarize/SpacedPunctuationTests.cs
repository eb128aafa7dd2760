using Chorus.Summarize;

namespace Chorus.Tests.Summarize;

/// <summary>Spaces that a page's conversion leaves before a mark where a link or ticker was cut out, in the shapes
/// several outlets' pages leave them; invented sentences.</summary>
public class SpacedPunctuationTests
{
    [Theory]
    [InlineData("The festival returned on Friday with a new stage and a new director .", "The festival returned on Friday with a new stage and a new director.")]
    [InlineData("\"We were lucky,\" Ortega told the Harbor Gazette HG .", "\"We were lucky,\" Ortega told the Harbor Gazette HG.")]
    [InlineData("The chef told the host , “I never measure anything.”", "The chef told the host, “I never measure anything.”")]
    [InlineData("Crews closed the bridge at 5:15 a.m. .", "Crews closed the bridge at 5:15 a.m.")]
    [InlineData("Shares of the airline (ticker: AIR) fell 4 % , analysts said .", "Shares of the airline (ticker: AIR) fell 4 %, analysts said.")]
    public void A_space_left_before_a_full_stop_or_comma_is_closed(string shown, string expected) =>
        Assert.Equal(expected, SpacedPunctuation.Closed(shown));

    [Theory]
    [InlineData("He was . . . not ready to leave the stage, he said.")]
    [InlineData("She paused and said only this . . .")]
    [InlineData("The vote was 7-2, and the council adjourned.")]
    public void A_spaced_ellipsis_and_ordinary_text_stay_as_written(string text) =>
        Assert.Equal(text, SpacedPunctuation.Closed(text));

    [Fact]
    public void A_summary_sentence_is_shown_closed()
    {
        var sentence = new SummarySentence("The museum reopened on Sunday after repairs to its roof .", ["a"], 0);
        Assert.Equal("The museum reopened on Sunday after repairs to its roof.", sentence.Text);
    }
}
