using Chorus.Clean;
using Chorus.Ingest;

namespace Chorus.Tests.Clean;

/// <summary>A wire dateline below captions or a blurb (seen on dev in three wire stories; sentences written here).</summary>
public class WireDatelineTests
{
    [Theory]
    [InlineData("NASHVILLE, Tenn. (AP) — The university said Monday it would rename the hall.", "The university said Monday it would rename the hall.")]
    [InlineData("NEW ORLEANS (AP) — The Latest on the trial of a former sheriff.", "The Latest on the trial of a former sheriff.")]
    [InlineData("CHARLOTTESVILLE, Va. (AP) -- A man charged with assault appeared in court.", "A man charged with assault appeared in court.")]
    [InlineData("LONDON (Reuters) - Shares fell on Tuesday.", "Shares fell on Tuesday.")]
    // Older wire copy's spaced underscore, from two agencies.
    [InlineData("LOS ANGELES (AP) _ A fire that began in a canyon burned 40 homes overnight.", "A fire that began in a canyon burned 40 homes overnight.")]
    [InlineData("MANILA, Philippines (Reuters) _ Rescuers reached the village on Sunday.", "Rescuers reached the village on Sunday.")]
    public void A_wire_dateline_anywhere_is_taken_out(string paragraph, string kept)
    {
        var result = new WireDatelineFragmentRule().Strip(paragraph);
        Assert.NotNull(result);
        Assert.Equal(kept, result.Value.Kept);
    }

    [Theory]
    [InlineData("Sen. Ann Bay (R) — who voted twice — said nothing.")]
    [InlineData("The space agency (NASA) — said little.")]
    [InlineData("OHIO (Ohio Valley Coalition) — The group marched on Friday.")]
    [InlineData("DENVER (AP) — the rest of the text.")]
    [InlineData("DENVER (AP) _ the rest of the text.")]
    [InlineData("The file (report_final) _ Was renamed.")]
    public void Other_openings_stay(string paragraph) => Assert.Null(new WireDatelineFragmentRule().Strip(paragraph));

    [Fact]
    public void The_dateline_goes_even_below_captions_so_no_sentence_opens_on_the_credit()
    {
        var doc = new SourceDocument("wire", "wire.txt", null, null, null, null, null,
        [
            "A photo shows the old dormitory at the university.",
            "Another photo shows the campus gate.",
            "A third caption about the hall.",
            "NASHVILLE, Tenn. (AP) — The university said Monday it would pay to remove the name from the hall.",
        ]);
        var clean = new ArticleCleaner().CleanOne(doc);
        Assert.Contains("The university said Monday it would pay to remove the name from the hall.", clean.Paragraphs);
        Assert.DoesNotContain(clean.Paragraphs, p => p.Contains("(AP)"));
    }
}
