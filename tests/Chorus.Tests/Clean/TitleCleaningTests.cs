using Chorus.Clean;
using Chorus.Ingest;

namespace Chorus.Tests.Clean;

/// <summary>
/// A scraped page's first line is taken as its title, and on many pages it is furniture: a broadcaster's image caption,
/// a share counter, a newsletter prompt, a publication stamp run into the headline. The cleaner judges the title with
/// the rules it judges paragraphs by, so a reader never sees furniture as an article's headline. Lines written for the
/// test in the styles of a public broadcaster's page, a viral-news site, a local TV station and a tabloid.
/// </summary>
public class TitleCleaningTests
{
    private const string Body =
        "The council voted on Tuesday to close the old bridge to cars after engineers found cracks in two of its piers.\n\n" +
        "Repairs will take at least a year, the city engineer said, and buses will be sent around by the ring road.";

    private static CleanDocument Cleaned(string title) =>
        new ArticleCleaner().CleanOne(new SourceDocument("01", "01.txt", title, null, null, null, null, Body.Split("\n\n")));

    [Theory]
    [InlineData("Image copyright Reuters Image caption The bridge was built in 1931 and last repaired in 1988")]
    [InlineData("Media playback is unsupported on your device Media caption The city engineer explains the cracks")]
    [InlineData("Tweet with a location")]
    [InlineData("Please enable Javascript to watch this video")]
    public void A_title_that_is_page_furniture_is_dropped_and_listed_as_removed(string title)
    {
        var doc = Cleaned(title);
        Assert.Null(doc.Source.Title);
        var removal = Assert.Single(doc.Removed, r => r.Reason.StartsWith("title: ", StringComparison.Ordinal));
        Assert.Equal(title, removal.Text);
        Assert.True(doc.IsArticle);
    }

    [Fact]
    public void A_stamp_run_into_a_headline_is_cut_from_it()
    {
        var doc = Cleaned("Bridge closed to cars after engineers find cracks in two piers (Published Tuesday, Oct. 25, 2016)");
        Assert.Equal("Bridge closed to cars after engineers find cracks in two piers", doc.Source.Title);
        Assert.Contains(doc.Removed, r => r.Reason.StartsWith("title: ", StringComparison.Ordinal) && r.Text.Contains("Published"));
    }

    // A headline's label is what headlines are made of; in the body the same shape is a teaser.
    [Theory]
    [InlineData("Officials: Old Bridge Closed To Cars After Engineers Find Cracks In Two Piers")]
    [InlineData("Council votes to close the old bridge to cars")]
    public void A_headline_stays_the_title(string title)
    {
        var doc = Cleaned(title);
        Assert.Same(title, doc.Source.Title);
        Assert.DoesNotContain(doc.Removed, r => r.Reason.StartsWith("title: ", StringComparison.Ordinal));
    }
}
