using Chorus.Analyze;

namespace Chorus.Tests.Analyze;

/// <summary>
/// Quotation marks that do not pair up the usual way: two apostrophes closing a quotation (a wire court report's
/// ''…'', a sports brief's ’’), and a mark opened inside a sentence and never closed, which would swallow the
/// outlet's own narration. Sentences written for the test in the style of different outlets; none is article text.
/// Each test also keeps a quotation of the same shape that must stay, so dropping every quotation would fail it.
/// </summary>
public class QuotationMarkTests
{
    private static Quote QuoteStarting(ClusterAnalysis analysis, string start) =>
        Assert.Single(analysis.Quotes, q => q.Text.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public void Two_apostrophes_close_a_quotation_and_its_attribution_follows()
    {
        var a = QuoteRuleTests.Analyze(
            // Wire court report, typewriter marks.
            "\"Nothing about this case has been ordinary,'' Judge Mara Quinn said before she read the sentence.\n\n" +
            "\"I have had three years to think about what I did,'' Tom Gallo told the court. He then sat down.",
            // Sports brief, curly opening and two right single marks.
            "The club expects its striker back in “four to six weeks at the very least,’’ according to its website.\n\n" +
            "“We will not rush her back onto the pitch for the derby,’’ coach Lena Park said.");
        Assert.Equal("Mara Quinn", QuoteStarting(a, "Nothing about this case").Speaker);
        var gallo = QuoteStarting(a, "I have had three years");
        Assert.Equal("Tom Gallo", gallo.Speaker);
        Assert.DoesNotContain("sat down", gallo.Text);
        Assert.Equal("Lena Park", QuoteStarting(a, "We will not rush her").Speaker);
        // Closed where the apostrophes are: the narration after them is not part of the quotation.
        Assert.DoesNotContain("according", QuoteStarting(a, "four to six weeks").Text);
    }

    [Fact]
    public void A_mark_opened_inside_a_sentence_and_never_closed_is_no_quotation()
    {
        var a = QuoteRuleTests.Analyze(
            // Council story: the mark opens on the mayor's phrase and nothing closes it.
            "Mayor Ann Roe called the budget a \"careful plan for hard years and said the council would vote on it in March. Council member Ed Hobbs voted against the plan last year.\n\n" +
            "Mayor Ann Roe said the library hours would stay the same. \"We will not close a single branch this year,\" she said.",
            // Court story: a prosecutor's memo, the mark left open across the next sentence.
            "\"He took every cent they had saved for forty years,\" prosecutor Dale Brooks said.\n\n" +
            "Prosecutors described the scheme as a \"calculated fraud against retirees who trusted him with their savings. The defense disputed that account in its own filing.\n\n" +
            "Brooks asked the judge for a sentence of ten years.");
        Assert.DoesNotContain(a.Quotes, q => q.Text.StartsWith("careful plan", StringComparison.Ordinal));
        Assert.DoesNotContain(a.Quotes, q => q.Text.StartsWith("calculated fraud", StringComparison.Ordinal));
        Assert.Equal("Ann Roe", QuoteStarting(a, "We will not close").Speaker);
        Assert.Equal("Dale Brooks", QuoteStarting(a, "He took every cent").Speaker);
    }

    [Fact]
    public void An_open_quotation_is_kept_when_the_next_paragraph_reopens_it_or_when_it_opens_its_sentence()
    {
        var a = QuoteRuleTests.Analyze(
            // Wire style: a quotation running over two paragraphs, reopened by the second.
            "Mayor Ann Roe said the budget was \"a careful plan for hard years that keeps every pool open all summer\n\n" +
            "\"We will not close a single library while I hold this office,\" she said.",
            // Health story: a quotation opening its sentence whose closing mark was forgotten before a link line.
            "\"The illness is very rare,\" says Dr. Ian Marsh. \"I think it is important that we take it seriously because the effects last for years.\n\n" +
            "Related: More stories about the outbreak\n\n" +
            // Advice column: a heading, a colon, and the words given whole.
            "ON PATIENCE: \"You have to wait for the right client to walk through your door.\n\n" +
            "The salon opened its second shop in the spring.");
        Assert.Equal("Ann Roe", QuoteStarting(a, "a careful plan for hard years").Speaker);
        Assert.Single(a.Quotes, q => q.Text.StartsWith("I think it is important", StringComparison.Ordinal));
        Assert.Single(a.Quotes, q => q.Text.StartsWith("You have to wait", StringComparison.Ordinal));
    }

    // One outlet quotes a part of what another quotes whole (a court story's finding, a profile's recollection):
    // one entry with both outlets. The part stays apart when the outlets give it to different people.
    [Fact]
    public void A_quotation_one_outlet_gives_in_part_is_one_entry_with_the_whole()
    {
        var a = QuoteRuleTests.Analyze(
            // Court story: the judge's finding whole, and a lawyer's line.
            "Judge Rhea Stanton said she had found \"clear and convincing evidence that the wrong man spent twenty years in prison.\"\n\n" +
            "Defense lawyer Omar Reyes said the ruling was \"the end of a long road for a family that never stopped believing in him.\"",
            // Wire brief: the finding in part; and a prosecutor using a part of the lawyer's words for himself.
            "Stanton wrote that there was \"clear and convincing evidence\" that the wrong man had been jailed.\n\n" +
            "Prosecutor Glen Hale said it was \"the end of a long road\" and that there would be no appeal.");
        var finding = Assert.Single(a.Quotes, q => q.Text.Contains("clear and convincing evidence", StringComparison.Ordinal));
        Assert.Equal(["d1", "d2"], finding.Sources.Order().ToList());
        Assert.Equal("Rhea Stanton", finding.Speaker);
        Assert.Contains("twenty years", finding.Text);
        Assert.Equal("Omar Reyes", Assert.Single(a.Quotes, q => q.Text.StartsWith("the end of a long road for", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Glen Hale", Assert.Single(a.Quotes, q => q.Text == "the end of a long road").Speaker);
    }
}
