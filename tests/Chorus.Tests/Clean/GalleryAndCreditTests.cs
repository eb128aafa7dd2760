using Chorus.Clean;
using Chorus.Ingest;

namespace Chorus.Tests.Clean;

/// <summary>Galleries, playlists and photo credits crawled into an article's body (lines written for these tests, in
/// the shapes two or more outlets or stories of the dev set show).</summary>
public class GalleryAndCreditTests
{
    [Theory]
    [InlineData("JUST WATCHED Divers reach the sunken ferry Replay More Videos ... MUST WATCH Divers reach the sunken ferry 02:18")]
    [InlineData("JUST WATCHED Is the search in the right place? Replay More Videos ... MUST WATCH Is the search in the right place? 04:23")]
    public void A_playlist_entry_is_removed(string paragraph) =>
        Assert.Equal(VideoPlaylistRule.Reason, new VideoPlaylistRule().Check(new ParagraphContext(paragraph, 5, 20)));

    [Theory]
    [InlineData("Viewers who just watched the broadcast called the station, which said it must watch its language.")]
    [InlineData("\"Just watched the replay,\" the coach said. \"More videos will come.\"")]
    public void Reporting_about_videos_stays(string paragraph) =>
        Assert.Null(new VideoPlaylistRule().Check(new ParagraphContext(paragraph, 5, 20)));

    [Theory]
    [InlineData("Photos: The Lakeport flood Photos: The Lakeport flood Residents wade through Main Street on Friday. Hide Caption 1 of 12 Photos: The Lakeport flood A boat carries a family to dry ground. Hide Caption 2 of 12")]
    [InlineData("Gallery: Ferry rescue in pictures Gallery: Ferry rescue in pictures Divers prepare to enter the water near the pier.")]
    [InlineData("A volunteer hands out blankets at the shelter on Saturday. Hide Caption 7 of 31")]
    public void A_gallery_paragraph_is_removed(string paragraph) =>
        Assert.Equal(PhotoGalleryRule.Reason, new PhotoGalleryRule().Check(new ParagraphContext(paragraph, 5, 20)));

    [Theory]
    [InlineData("Photos taken by a neighbour show the water reaching the second floor, the mayor said.")]
    [InlineData("Photos: The mayor said the photos would be released on Monday.")]
    [InlineData("The caption read: \"Hide and seek in the park.\"")]
    public void Reporting_about_photos_stays(string paragraph) =>
        Assert.Null(new PhotoGalleryRule().Check(new ParagraphContext(paragraph, 5, 20)));

    [Theory]
    [InlineData("Rescue workers carry a woman from the ferry terminal, Friday, May 3, 2019, in Lakeport, Ore. (AP Photo/Jo Lee) (Associated Press)")]
    [InlineData("Mayor Dana Kirby speaks to reporters at city hall in Lakeport, Oregon, May 3, 2019. REUTERS/Jo Lee/File Photo")]
    [InlineData("Sam Ortiz, 9, was a keen swimmer before the accident in 2016. Courtesy Maria Ortiz")]
    [InlineData("The family's house before the flood. Photo courtesy of the Ortiz family")]
    [InlineData("Jo Lee/Bloomberg")]
    [InlineData("Harbour Nights Sam Webb/Studio")]
    public void A_caption_closed_by_its_credit_or_a_credit_line_is_removed(string paragraph) =>
        Assert.NotNull(new CaptionRule().Check(new ParagraphContext(paragraph, 5, 20)));

    [Theory]
    [InlineData("The ferry company, Reuters reported, had cut its maintenance budget.")]
    [InlineData("The museum lent the painting courtesy of a private collector.")]
    [InlineData("Shares of Harbor/Lakeport Holdings fell 4 percent on Friday after the report.")]
    [InlineData("The 24/7 hotline opened on Friday.")]
    public void Sentences_naming_agencies_or_slashes_stay(string paragraph) =>
        Assert.Null(new CaptionRule().Check(new ParagraphContext(paragraph, 5, 20)));

    [Fact]
    public void The_cleaner_drops_playlists_and_galleries_and_keeps_the_reporting()
    {
        var doc = new SourceDocument("01", "01.txt", null, null, null, null, null,
        [
            "Floodwaters forced about 4,000 people from their homes in Lakeport on Friday, officials said.",
            // Longer than a caption (a short "Photos: …" line is dropped whole as one).
            "Photos: The Lakeport flood Photos: The Lakeport flood Residents wade through Main Street. Hide Caption 1 of 3 Photos: The Lakeport flood "
            + "A boat carries a family of five from their porch to dry ground near the old ferry pier on Friday afternoon. Hide Caption 2 of 3 "
            + "Photos: The Lakeport flood \"We have never seen water this high,\" Mayor Dana Kirby told reporters outside the flooded city hall, "
            + "where sandbags lined the steps. Hide Caption 3 of 3",
            "JUST WATCHED Lakeport under water Replay More Videos ... MUST WATCH Lakeport under water 01:15",
            "The river crested at 19 feet, six feet above flood stage, the weather service said.",
        ]);
        var clean = new ArticleCleaner().CleanOne(doc);
        Assert.Equal(2, clean.Paragraphs.Count);
        Assert.StartsWith("The river crested", clean.Paragraphs[1]);
        Assert.Contains(clean.Removed, r => r.Reason == VideoPlaylistRule.Reason);
        Assert.Contains(clean.Removed, r => r.Reason == PhotoGalleryRule.Reason);
    }
}
