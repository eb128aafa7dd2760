using Chorus.Clean;

namespace Chorus.Tests.Clean;

/// <summary>Page furniture inside a sentence that a summary showed (issue 13, trust): a stock ticker's link, a link's
/// words in brackets, an analysis box's heading, a locator map's caption and an author's note. Sentences written for
/// these tests, each modelled on occurrences in two different clusters (named per case).</summary>
public class InlineFurnitureFragmentTests
{
    [Theory]
    // Modelled on dev 30546aafe482 (a network's ratings, two tickers) and train mnp-90 (a phone maker's ticker).
    [InlineData("The quiz show lost its hour to rival channels NBC and Fox ( fox ) on Tuesday night.",
        "The quiz show lost its hour to rival channels NBC and Fox on Tuesday night.", "( fox )")]
    [InlineData("Analysts expect the tablet from Pearware ( pwr ) to sell well, and Orchard ( orch ) .",
        "Analysts expect the tablet from Pearware to sell well, and Orchard.", "( pwr ) ( orch )")]
    public void A_ticker_after_a_company_name_goes(string paragraph, string kept, string removed)
    {
        var stripped = new TickerSymbolFragmentRule().Strip(paragraph);
        Assert.NotNull(stripped);
        Assert.Equal(kept, stripped.Value.Kept);
        Assert.Equal(removed, stripped.Value.Removed.Text);
    }

    [Theory]
    // A lower-cased feed's dateline (train shape: "city ( agency ) —"), an acronym after a lower-case name, a normal bracket.
    [InlineData("Springfield ( ap ) — the council voted on Monday to close the bridge.")]
    [InlineData("The county office ( cbo ) said the plan costs more.")]
    [InlineData("the mayor told reporters in Dayton ( ohio ) — nothing more.")]
    [InlineData("The Farm Bureau (FB) said prices rose.")]
    public void Brackets_that_are_no_ticker_stay(string paragraph) =>
        Assert.Null(new TickerSymbolFragmentRule().Strip(paragraph));

    [Theory]
    // Modelled on dev dbe413a621ee (a settlement sheet on an agency's site) and train mnp-408 (a lawsuit's filing).
    [InlineData("In a fact sheet posted on the board’s website (read it here), the board says the firm broke two rules.",
        "In a fact sheet posted on the board’s website, the board says the firm broke two rules.")]
    [InlineData("The complaint, filed in district court ( read it here ) seeks damages for lost wages.",
        "The complaint, filed in district court seeks damages for lost wages.")]
    [InlineData("She spoke about the tour on a morning show (watch the video here).",
        "She spoke about the tour on a morning show.")]
    public void A_link_in_brackets_goes(string paragraph, string kept)
    {
        var stripped = new LinkPointerFragmentRule().Strip(paragraph);
        Assert.NotNull(stripped);
        Assert.Equal(kept, stripped.Value.Kept);
        Assert.Equal(LinkPointerFragmentRule.Reason, stripped.Value.Removed.Reason);
    }

    [Theory]
    [InlineData("The mayor said she was here to stay (for now).")]
    [InlineData("Read the full letter here.")]
    public void Words_that_only_look_like_a_link_stay(string paragraph) =>
        Assert.Null(new LinkPointerFragmentRule().Strip(paragraph));

    [Theory]
    // Modelled on dev b4edb673ab78 (a search for wreckage) and train mnp-38279 (an assassination's questions).
    [InlineData("Analysis This may prove important, but patience is needed.", "This may prove important, but patience is needed.")]
    [InlineData("Analysis There are still many doubts about who fired first.", "There are still many doubts about who fired first.")]
    public void An_analysis_heading_run_into_its_text_goes(string paragraph, string kept)
    {
        var stripped = new AnalysisHeadingFragmentRule().Strip(paragraph);
        Assert.NotNull(stripped);
        Assert.Equal(kept, stripped.Value.Kept);
        Assert.Equal("Analysis", stripped.Value.Removed.Text);
    }

    [Theory]
    [InlineData("Analysis of the water samples showed traces of lead.")]
    [InlineData("Analysis Partners, a consulting firm, found the same.")]
    [InlineData("Analysis suggests the walls were built later.")]
    public void Analysis_as_a_word_of_the_sentence_stays(string paragraph) =>
        Assert.Null(new AnalysisHeadingFragmentRule().Strip(paragraph));

    [Theory]
    // A locator map's caption: dev f5f3a7e4beff (a shooting on a boulevard) and train mnp-1149 (a town in a stabbing case).
    [InlineData("Map locates the scene of a standoff in Tulsa that ended in a fire.", true)]
    [InlineData("Map locates Pine Hollow, Ore., where a boy was found safe.", true)]
    [InlineData("The map shows where the fire spread overnight.", false)]
    // An author's note: dev 07e8ead211b4 (a site's science editor) and train mnp-2784 (a magazine's technology writer).
    [InlineData("Dana Whitfield is Examplenews.com's science editor.", true)]
    [InlineData("Rob Tarrant is Quarry's senior technology writer.", true)]
    [InlineData("Lee Ames is the Courier's Washington correspondent.", true)]
    [InlineData("Whitfield, who is the paper's science editor, resigned on Friday.", false)]
    [InlineData("Dana Whitfield is Examplenews.com's science editor and was fired on Friday after the report.", false)]
    public void Captions_and_author_notes_are_furniture(string sentence, bool furniture)
    {
        Assert.Equal(furniture, FurnitureSentence.IsFurniture(sentence));
        Assert.Equal(FurnitureSentence.IsFurnitureUngated(sentence), FurnitureSentence.IsFurniture(sentence));
    }
}
