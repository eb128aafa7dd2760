using Chorus.Clean;
using Chorus.Ingest;
using static Chorus.Tests.InventedCluster;

namespace Chorus.Tests.Clean;

public class ArticleCleanerTests
{

    [Fact]
    public void Spam_bylines_captions_and_prompts_are_removed_with_their_reason()
    {
        var doc = Doc("a",
            "The museum reopened on Saturday after a two-year renovation, its director said, and entry will be free for the first month.",
            "More news: Local team wins cup final",
            "Image copyright Jane Roe / Getty Images",
            "FILE - In this March 2, 2023, file photo, the museum's west wing stands behind scaffolding in Easton.",
            "Hide Caption 3 of 12 Photos: The restored ceiling seen from the north gallery.",
            "— Dana Reyes (@danareyes) April 6, 2024",
            "Easton museum reopens after five years Read more",
            "[Inside the restoration of the Easton ceiling: Watch]",
            "Visitors queued for an hour to see the restored ceiling (Published Saturday, Apr. 6, 2024)",
            "Share this article on Facebook",
            "Related: Ten museums to visit this spring",
            "Other reports by Daily Example",
            "• Sam Patel");

        var clean = new ArticleCleaner().CleanOne(doc);

        Assert.True(clean.IsArticle);
        Assert.True(clean.Paragraphs.Count == 2, string.Join(" | ", clean.Paragraphs));
        Assert.Equal("Visitors queued for an hour to see the restored ceiling", clean.Paragraphs[1]);
        var reasons = clean.Removed.ToDictionary(r => r.Text, r => r.Reason);
        Assert.Equal("link spam", reasons["More news: Local team wins cup final"]);
        Assert.Equal("photo caption or credit", reasons["Image copyright Jane Roe / Getty Images"]);
        Assert.Equal("photo caption or credit", reasons["FILE - In this March 2, 2023, file photo, the museum's west wing stands behind scaffolding in Easton."]);
        Assert.Equal("share or subscribe prompt", reasons["Share this article on Facebook"]);
        Assert.Equal("photo caption or credit", reasons["Hide Caption 3 of 12 Photos: The restored ceiling seen from the north gallery."]);
        Assert.Equal("embedded social-media post", reasons["— Dana Reyes (@danareyes) April 6, 2024"]);
        Assert.Equal("link spam", reasons["Easton museum reopens after five years Read more"]);
        Assert.Equal("link spam", reasons["[Inside the restoration of the Easton ceiling: Watch]"]);
        Assert.Equal("link spam", reasons["Related: Ten museums to visit this spring"]);
        Assert.Equal("byline or report credit", reasons["Other reports by Daily Example"]);
        Assert.Equal("byline", reasons["• Sam Patel"]);
        Assert.Equal("publication stamp of an embedded video or photo", reasons["(Published Saturday, Apr. 6, 2024)"]);
    }

    [Fact]
    public void Reporting_that_mentions_sharing_or_photos_inside_a_sentence_is_kept()
    {
        var doc = Doc("a",
            "Shares in the company fell 4 percent after the photo agency it owns lost a court case on Monday.",
            "Readers who want to share their stories can write to the paper, the editor said in a long statement on Tuesday.");
        var clean = new ArticleCleaner().CleanOne(doc);
        Assert.True(clean.Paragraphs.Count == 2, string.Join(" | ", clean.Paragraphs));
        Assert.Empty(clean.Removed);
    }

    /// <summary>A tweet widget's location prompt, and a magazine's email-this-page form.</summary>
    [Theory]
    [InlineData("Tweet with a location",
        "You can add location information to your Tweets, such as your city or precise location, from the web and via third-party applications.")]
    [InlineData("Thank you for your interest in spreading the word about Example Weekly.",
        "NOTE: We only request your email address so that the person you are recommending the page to knows that you wanted them to see it, and that it is not junk mail. We do not capture any email address.")]
    public void A_page_of_web_furniture_is_not_an_article(string first, string second)
    {
        var clean = new ArticleCleaner().CleanOne(Doc("w", first, second));
        Assert.False(clean.IsArticle);
        Assert.Equal("not an article: web page furniture only", clean.NonArticleReason);
        Assert.Empty(clean.Paragraphs);
    }

    [Fact]
    public void Paragraphs_recurring_across_unrelated_stories_are_boilerplate()
    {
        const string footer = "Our journalism depends on readers like you and your support keeps it independent.";
        var groups = Enumerable.Range(0, 4).Select(g => new[] { Doc($"g{g}", $"Story {g} opening sentence about event number {g} in some town.", footer) }).ToList();
        var cleaner = new ArticleCleaner { Boilerplate = BoilerplateStatistics.FromGroups(groups) };

        var clean = cleaner.CleanOne(Doc("x", "A storm flooded the lower town overnight and cut power to 3,000 homes, officials said.", footer));

        Assert.Single(clean.Paragraphs);
        Assert.StartsWith("boilerplate: recurs in 4 unrelated stories", Assert.Single(clean.Removed).Reason);
    }

    [Fact]
    public void A_sentence_copied_between_articles_of_one_story_is_not_boilerplate()
    {
        const string copied = "The ferry ran aground near the harbour on Thursday evening and all passengers were rescued.";
        var story = new[] { Doc("a", copied), Doc("b", copied), Doc("c", copied) };
        var stats = BoilerplateStatistics.FromGroups([story]);
        Assert.False(stats.IsBoilerplate(copied));
    }

    [Fact]
    public void Every_dev_document_that_is_an_archive_crawl_notice_is_dropped()
    {
        var clusters = Chorus.Evaluate.DatasetEvaluator.Load(SharedData.MultiNewsDev);
        var cleaner = new ArticleCleaner { Boilerplate = Chorus.Evaluate.DatasetEvaluator.BoilerplateOf(clusters) };
        var carrying = clusters.SelectMany(c => c.Documents).Where(d => d.Paragraphs.Any(p => p.Contains("Wayback Machine"))).ToList();
        var pureNotices = carrying.Where(d => d.Paragraphs.Count == 1).ToList();
        Assert.True(pureNotices.Count >= 3, $"expected several archive notices in the dev set, found {pureNotices.Count}");
        Assert.All(pureNotices, d => Assert.False(cleaner.CleanOne(d).IsArticle, d.Origin));
        Assert.All(carrying, d => Assert.DoesNotContain(cleaner.CleanOne(d).Paragraphs, p => p.Contains("Wayback Machine")));
    }

    [Fact]
    public void Photo_viewer_controls_and_video_teasers_go_but_the_reporting_glued_to_them_stays()
    {
        var doc = Doc("n",
            "Enlarge this image toggle caption Lee Park/Example Radio Lee Park/Example Radio Divers found the wreck of the ferry in 40 meters of water off the north cape on Friday.",
            "EMBED More News Videos Divers return to the harbor. Watch the report on Evening News at 6 p.m. on May 3, 2024.",
            "Interested in Ferry Disasters? Add Ferry Disasters as an interest to stay up to date on the latest Ferry Disasters news, video, and analysis from Example News. Add Interest",
            "The wreck lies on its side and the hull is intact, the coast guard said, so it can be raised before the winter storms.");

        var clean = new ArticleCleaner().CleanOne(doc);

        Assert.Equal(
            ["Divers found the wreck of the ferry in 40 meters of water off the north cape on Friday.",
             "The wreck lies on its side and the hull is intact, the coast guard said, so it can be raised before the winter storms."],
            clean.Paragraphs);
        var reasons = clean.Removed.ToDictionary(r => r.Text, r => r.Reason);
        Assert.Equal("photo caption or credit", reasons["Enlarge this image toggle caption Lee Park/Example Radio Lee Park/Example Radio"]);
        Assert.Equal("photo caption or credit", reasons["EMBED More News Videos Divers return to the harbor. Watch the report on Evening News at 6 p.m. on May 3, 2024."]);
        Assert.StartsWith("web page furniture", reasons.Single(r => r.Key.StartsWith("Interested in")).Value);
    }

    [Fact]
    public void A_short_photo_viewer_line_with_nothing_after_the_credit_is_a_caption()
    {
        var doc = Doc("n", "Enlarge this image toggle caption Lee Park/Example Radio Lee Park/Example Radio",
            "Divers found the wreck of the ferry in 40 meters of water off the north cape on Friday, the coast guard said in a statement.");
        var clean = new ArticleCleaner().CleanOne(doc);
        Assert.Single(clean.Paragraphs);
        Assert.Equal("photo caption or credit", Assert.Single(clean.Removed).Reason);
    }
}
