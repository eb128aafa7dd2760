using Chorus.Clean;

namespace Chorus.Tests.Clean;

/// <summary>Furniture lines of each kind in at least two outlets' styles (invented text), and reporting that looks
/// a little like them but must stay.</summary>
public class FurnitureLineTests
{
    [Theory]
    // Captions: a labelled caption, a wire-service "In this photo" caption, a verbless caption of people in a film.
    [InlineData("Caption Rangers in Tanzania track a herd of elephants near the park's eastern border.", FurnitureKind.Caption)]
    [InlineData("In this undated photo provided by the county sheriff, a deputy inspects the damaged bridge.", FurnitureKind.Caption)]
    [InlineData("Jane Holt and Marco Diaz in \"Harbor Lights.\"", FurnitureKind.Caption)]
    [InlineData("Dana Wu, Leo Park and Ann Bay in “The Last Ferry.”", FurnitureKind.Caption)]
    [InlineData("Protesters are seen outside City Hall before the curfew in Easton, May 2, 2019.", FurnitureKind.Caption)]
    [InlineData("Senator Ann Lowe gestures as she speaks to supporters in Harbor City, Iowa, October 3, 2016.", FurnitureKind.Caption)]
    [InlineData("Fans wave flags outside the stadium before the final in Harbor City, June 9, 2021", FurnitureKind.Caption)]
    [InlineData("Harbor Films Jane Holt as 'The Queen.'", FurnitureKind.Caption)]
    [InlineData("Leo Park as “Captain Vance”", FurnitureKind.Caption)]
    [InlineData("With Jane Holt, Leo Park, Ann Bay and Tom Reyes", FurnitureKind.Credit)]
    [InlineData("Starring Jane Holt and Leo Park", FurnitureKind.Credit)]
    [InlineData("(Read a review of the new harbor museum.)", FurnitureKind.Share)]
    [InlineData("[See also: the ten best ferry rides]", FurnitureKind.Share)]
    // Credits: at the start, and glued to the end of a caption in two agencies' styles.
    [InlineData("Photo: Sam Lee/Example Daily", FurnitureKind.Credit)]
    [InlineData("The mayor speaks to reporters outside city hall on Tuesday. (AP Photo/Rita Gomez)", FurnitureKind.Credit)]
    [InlineData("Firefighters work through the night in the hills above the town. Jo Kent/Getty Images", FurnitureKind.Credit)]
    [InlineData("A rescue boat circles the capsized ferry off the north pier. Kim Soto/Shutterstock", FurnitureKind.Credit)]
    [InlineData("Volunteers stack sandbags along the river wall. (Photo: Ray Olsen/The Valley Courier)", FurnitureKind.Credit)]
    // Video players.
    [InlineData("Media playback is unsupported on your device", FurnitureKind.Player)]
    [InlineData("Your video will begin in 5 seconds", FurnitureKind.Player)]
    [InlineData("Harbor council vote explained. The video will play in 10 seconds", FurnitureKind.Player)]
    [InlineData("Storm damage along the coast Skip in 5 sec", FurnitureKind.Player)]
    [InlineData("Now Playing:", FurnitureKind.Player)]
    // Gallery counters.
    [InlineData("Pictures Image 1 of / 4 Caption Close Image 1 of 4 A diver checks the hull.", FurnitureKind.Gallery)]
    [InlineData("Photo 3 of 12", FurnitureKind.Gallery)]
    [InlineData("8 of 20 photos: Crowds line the parade route.", FurnitureKind.Gallery)]
    // Share, subscribe and newsletter prompts.
    [InlineData("Share this story on Facebook and Twitter", FurnitureKind.Share)]
    [InlineData("Sign up for our morning newsletter and get the day's news first.", FurnitureKind.Share)]
    [InlineData("For more local news, you can sign up for our weekly newsletter here.", FurnitureKind.Share)]
    [InlineData("What do you think of the new lineup, readers?", FurnitureKind.Share)]
    [InlineData("Tell us what you think in the comments below.", FurnitureKind.Share)]
    // A lone close control.
    [InlineData("CLOSE", FurnitureKind.Close)]
    [InlineData("Close X", FurnitureKind.Close)]
    // Bylines.
    [InlineData("By Nora Quist and Pablo Ferre", FurnitureKind.Byline)]
    [InlineData("Tom Reyes, Associated Press", FurnitureKind.Byline)]
    // Datelines and stamps standing alone.
    [InlineData("HARBOR CITY (AP) —", FurnitureKind.Dateline)]
    [InlineData("Tuesday, March 4, 2025", FurnitureKind.Dateline)]
    [InlineData("Updated 4:15 p.m. ET", FurnitureKind.Dateline)]
    public void Each_kind_of_furniture_is_recognized(string line, FurnitureKind kind) =>
        Assert.Equal(kind, FurnitureLine.KindOf(line));

    [Theory]
    [InlineData("The ferry's captain closed the doors before the storm reached the harbor, the company said.")]
    [InlineData("By Tuesday the river had risen three feet above its banks.")]
    [InlineData("Shares in the photo agency fell 4 percent after the ruling on Monday.")]
    [InlineData("She said the image of the burning tower would stay with her for years.")]
    [InlineData("Police closed the road on March 4, 2025, after the second landslide.")]
    [InlineData("The senator is seen as the front-runner, a poll published on May 2, 2019.")]
    [InlineData("He is seen as the favorite to win the seat.")]
    [InlineData("With Jane Holt gone, the council chose Leo Park as its new chair.")]
    [InlineData("(The company said it would appeal.)")]
    [InlineData("What do you think happened next? The police report answers that.")]
    [InlineData("Voters in Harbor City subscribe to the idea that the mayor should serve two terms, the poll found.")]
    public void Reporting_is_not_furniture(string line) =>
        Assert.Equal(FurnitureKind.None, FurnitureLine.KindOf(line));

    [Fact]
    public void The_cleaner_removes_furniture_paragraphs_labelled_lines_and_credit_lines_with_their_reason()
    {
        var doc = new Chorus.Ingest.SourceDocument("a", "a.txt", null, null, null, null, null,
        [
            "The city council voted on Monday to close the old ferry terminal, ending a century of service to the islands.",
            "Photo 2 of 9",
            "Your video will begin in 5 seconds",
            "Related coverage: Islanders fear losing their lifeline",
            "Party night: Guests dance on the deck of the old ferry",
            "Listing image by Kim Ode",
            "Illustrations by Studio Nine",
            "The terminal will become a market hall, the council said, and the last ferry will sail on June 30.",
        ]);
        var clean = new ArticleCleaner().CleanOne(doc);
        Assert.Equal(2, clean.Paragraphs.Count);
        var reasons = clean.Removed.ToDictionary(r => r.Text, r => r.Reason);
        Assert.Equal("page furniture: gallery", reasons["Photo 2 of 9"]);
        Assert.Equal("page furniture: player", reasons["Your video will begin in 5 seconds"]);
        Assert.Equal("labelled headline, caption or teaser", reasons["Party night: Guests dance on the deck of the old ferry"]);
        Assert.Equal("byline or report credit", reasons["Listing image by Kim Ode"]);
        Assert.Equal("byline or report credit", reasons["Illustrations by Studio Nine"]);
        Assert.Equal("link spam", reasons["Related coverage: Islanders fear losing their lifeline"]);
    }

    [Theory]
    [InlineData("CBS is owned by CBS Corp.")]
    [InlineData("Update: The ferry company said on Friday that service will resume next week.")]
    public void Sentences_that_end_like_reporting_are_not_labelled_lines_or_credits(string paragraph)
    {
        var doc = new Chorus.Ingest.SourceDocument("b", "b.txt", null, null, null, null, null,
            ["The council voted on Monday to close the old ferry terminal, ending a century of service to the islands.", paragraph]);
        Assert.Equal(2, new ArticleCleaner().CleanOne(doc).Paragraphs.Count);
    }
}
