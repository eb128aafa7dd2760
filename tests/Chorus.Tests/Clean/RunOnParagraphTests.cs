using Chorus.Clean;
using static Chorus.Tests.InventedCluster;

namespace Chorus.Tests.Clean;

/// <summary>An article given without its paragraph breaks (a feed's text field, a page flattened to one line) is one
/// long paragraph; a furniture line it opens on must not take the whole article with it.</summary>
public class RunOnParagraphTests
{
    private static string Story(string town) => string.Join(" ", Enumerable.Range(1, 16).Select(i =>
        $"On day {i} of the hearing in {town}, the planning board heard from {i + 2} more residents about the proposed quarry road."));

    [Theory]
    [InlineData("Media playback is not supported on this device Media caption The mayor on the quarry road")]
    [InlineData("Image caption Residents packed the school gym for the third night of hearings")]
    public void A_run_on_article_that_opens_on_a_furniture_line_is_kept(string line)
    {
        // The line on its own is furniture: a rule does take it out.
        var lined = new ArticleCleaner().CleanOne(Doc("herald", line, Story("Alder Falls")));
        Assert.Single(lined.Paragraphs);
        Assert.Contains(lined.Removed, r => r.Text == line);

        // Run into the article's text, the same line no longer takes the article out.
        var runOn = new ArticleCleaner().CleanOne(Doc("herald", line + " " + Story("Brennan Mills")));
        Assert.True(runOn.IsArticle, runOn.NonArticleReason);
        Assert.Contains("planning board heard from 18 more residents", Assert.Single(runOn.Paragraphs));
    }

    [Fact]
    public void A_photo_gallery_run_together_is_still_furniture()
    {
        var captions = "Photos: The flood in Alder Falls Photos: The flood in Alder Falls " + string.Join(" ", Enumerable.Range(1, 30).Select(i =>
            $"Volunteers stack sandbags along the river on Sunday, the {i}th day of high water. Hide Caption {i} of 30"));
        Assert.True(captions.Split(' ').Length > ArticleCleaner.MaxLineRuleWords);
        var clean = new ArticleCleaner().CleanOne(Doc("herald", captions, Story("Alder Falls")));
        Assert.Contains(clean.Removed, r => r.Text == captions && r.Reason == PhotoGalleryRule.Reason);
        Assert.Single(clean.Paragraphs);
    }
}
