using Chorus.Clean;

namespace Chorus.Tests.Clean;

/// <summary>Lines a page's controls and prompts leave in its text (each shape seen under two or more outlets on dev;
/// lines written for these tests).</summary>
public class PageControlLineRuleTests
{
    [Theory]
    [InlineData("Story Continued Below")]
    [InlineData("Story continues below advertisement")]
    [InlineData("ADVERTISEMENT ADVERTISEMENT")]
    [InlineData("Advertisement Continue reading the main story")]
    [InlineData("Photo Advertisement Continue reading the main story")]
    [InlineData("Text Size -")]
    [InlineData("+")]
    [InlineData("Follow Dana on Twitter")]
    [InlineData("Follow @HarbourHerald on Twitter and on Facebook")]
    [InlineData("For the latest harbour news, follow @heraldharbour")]
    [InlineData("Twitter")]
    [InlineData("Play Facebook")]
    [InlineData("AFP")]
    [InlineData("AP")]
    public void A_control_or_prompt_line_is_removed(string line) =>
        Assert.Equal(PageControlLineRule.Reason, new PageControlLineRule().Check(new ParagraphContext(line, 3, 10)));

    [Theory]
    [InlineData("The story continues below the surface, where divers found the wreck.")]
    [InlineData("Twitter said on Monday it had suspended the account.")]
    [InlineData("Follow the money, the prosecutor told the jury.")]
    [InlineData("AP reported that the vote was delayed.")]
    [InlineData("Continue reading the main story of the trial, the editor wrote, and you will see why.")]
    [InlineData("Text size matters less than contrast, the designers said.")]
    public void Sentences_of_a_story_stay(string line) =>
        Assert.Null(new PageControlLineRule().Check(new ParagraphContext(line, 3, 10)));
}
