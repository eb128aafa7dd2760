using Chorus.Clean;
using static Chorus.Tests.InventedCluster;

namespace Chorus.Tests.Clean;

/// <summary>A video player's close button run into its clip's blurb (seen on dev in seven clusters, under a national
/// paper's, a video agency's and a news-video service's credits; lines written for these tests).</summary>
public class VideoPlayerBlurbRuleTests
{
    [Theory]
    [InlineData("CLOSE The mayor explains why the city is renaming the old armory. Harbour Herald")]
    [InlineData("CLOSE Firefighters battled a warehouse blaze through the night. Dana Okoro has the details. Clipwire")]
    [InlineData("CLOSE The river crested at 14 feet on Monday.Video provided by Newsreel Now")]
    public void A_blurb_behind_the_close_button_is_video_player_text(string paragraph) =>
        Assert.Equal(VideoPlayerBlurbRule.Reason, new VideoPlayerBlurbRule().Check(new ParagraphContext(paragraph, 0, 6)));

    [Theory]
    [InlineData("CLOSE to 300 people attended the vigil on Sunday night.")]
    [InlineData("Close friends of the couple said they had planned to move in the spring.")]
    [InlineData("The CLOSE button was broken, a reader wrote.")]
    public void Prose_that_starts_with_close_stays(string paragraph) =>
        Assert.Null(new VideoPlayerBlurbRule().Check(new ParagraphContext(paragraph, 0, 6)));

    [Fact]
    public void The_blurb_is_removed_from_the_article_with_its_reason()
    {
        var clean = new ArticleCleaner().CleanOne(Doc("herald",
            "CLOSE The mayor explains why the city is renaming the old armory. Harbour Herald",
            "The city council voted on Tuesday to rename the old armory on Dock Street after a local nurse who died in the flood of 1998.",
            "The vote was 7 to 2, and the new sign goes up in May, the council said."));
        Assert.Equal(2, clean.Paragraphs.Count);
        Assert.DoesNotContain(clean.Paragraphs, p => p.StartsWith("CLOSE", StringComparison.Ordinal));
        Assert.Contains(clean.Removed, r => r.Reason == VideoPlayerBlurbRule.Reason && r.Text.StartsWith("CLOSE The mayor", StringComparison.Ordinal));
    }
}
