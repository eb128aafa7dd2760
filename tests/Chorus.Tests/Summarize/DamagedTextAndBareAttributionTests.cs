using Chorus.Evaluate;
using Chorus.Summarize;

namespace Chorus.Tests.Summarize;

/// <summary>Two more shapes from reading dev summaries (sentences written for these tests, each shape as two
/// different outlets' pages give it): text broken by its conversion, and an attribution whose words went elsewhere.</summary>
public class DamagedTextAndBareAttributionTests
{
    [Theory]
    // Markup left in the words: a wire service's topic tag, a web page's span.
    [InlineData("Officials closed the port.runtime:topic id=\"PLGEO2001\">The ferry service stopped on Friday.", true)]
    [InlineData("The council voted <span class=\"highlight\">7 to 2</span> to close the bridge.", true)]
    // Two sentences glued: the space after the stop was lost.
    [InlineData("Three counties declared an emergency.\" This could be the worst flood in decades,\" the governor said.", true)]
    [InlineData("The team won the final on penalties.\"We never gave up,\" the captain said.", true)]
    // A letter lost in decoding: a ligature, a curly apostrophe.
    [InlineData("The committee has authorized the declassi?cation of the report.", true)]
    [InlineData("The probe reached the planet\uFFFDs orbit in July.", true)]
    // A closing quotation mark the decoder could not read (two scientists' quotes in a science site's story).
    [InlineData("“How much water did the lake hold?\uFFFD? said the lead author of the study.", true)]
    [InlineData("“The ice sheet covered a fifth of the valley,\uFFFD? the geologist said.", true)]
    // Prose that looks close but is whole.
    [InlineData("The U.S. and the U.K. signed the pact at 9 p.m. on Friday.", false)]
    [InlineData("\"Is it safe?\" she asked, and the engineer said it was.", false)]
    [InlineData("The court ruled that x = 3 was a typo in the filing.", false)]
    [InlineData("Why? Because the bridge was never inspected, the report found.", false)]
    [InlineData("\"We are ready.\" The mayor then left the room.", false)]
    [InlineData("She called the plan \"reckless.\" Then she voted for it.", false)]
    public void Text_broken_in_conversion_is_not_shown(string text, bool damaged) =>
        Assert.Equal(damaged, DamagedText.Shows(text));

    [Theory]
    [InlineData("Jo Roe wrote on her Help the Harbor Families page.", true)]
    [InlineData("The ministry said in a statement.", true)]
    [InlineData("Smith told reporters on Monday.", true)]
    [InlineData("Coach Ann Bay said after the match.", true)]
    [InlineData("The mayor tweeted.", true)]
    // The claim is in the sentence: it stays.
    [InlineData("The ministry said in a statement that the bridge would reopen.", false)]
    [InlineData("The ministry said in a statement the bridge would reopen on Friday.", false)]
    [InlineData("Smith said the bridge would reopen.", false)]
    [InlineData("Smith told the Ledger on Monday.", true)]
    [InlineData("Police said the driver, 34, was not hurt.", false)]
    [InlineData("\"We are ready,\" Smith said on Monday.", false)]
    public void An_attribution_whose_words_are_elsewhere_says_only_that_someone_spoke(string text, bool bare) =>
        Assert.Equal(bare, StandAloneCheck.AttributesNothing(text));

    [Fact]
    public void Trust_metrics_count_broken_text_as_furniture_and_bare_attributions_as_dangling()
    {
        var m = SummaryTrustMetrics.Of(new Summary("t", Budget.Default, [
            new SummarySentence("The committee has authorized the declassi?cation of the report.", ["a"], 0),
            new SummarySentence("The ministry said in a statement.", ["a"], 1),
            new SummarySentence("The bridge reopened on Friday.", ["a"], 2)]));
        Assert.Equal((1, 1), (m.Furniture, m.Dangling));
    }
}
