using System.Text;
using Chorus.Clean;
using Chorus.Ingest;

namespace Chorus.Tests.Clean;

/// <summary>Issue 13 trust rules of the clean stage; every sentence here is written for the test.</summary>
public class TrustRuleTests
{
    [Theory]
    [InlineData("(CNN) A jury convicted a former mayor of bribery on Friday.", "A jury convicted a former mayor of bribery on Friday.", "(CNN)")]
    [InlineData("Denver (CNN) The governor signed the water bill on Tuesday.", "The governor signed the water bill on Tuesday.", "Denver (CNN)")]
    [InlineData("Rock Falls, Iowa (CNN) A retired farmer was freed after 40 years.", "A retired farmer was freed after 40 years.", "Rock Falls, Iowa (CNN)")]
    [InlineData("EL PASO - A 29-year-old woman was struck by a bus on Sunday, police said.", "A 29-year-old woman was struck by a bus on Sunday, police said.", "EL PASO -")]
    [InlineData("AUGUSTA, Ga. - The county deputy who tased a student has resigned.", "The county deputy who tased a student has resigned.", "AUGUSTA, Ga. -")]
    [InlineData("(CNN) Update: The party said its records were never reached.", "The party said its records were never reached.", "(CNN) Update:")]
    [InlineData("UPDATE: May 3, 2012 2:15 p.m.: A reader wrote to correct the dam's height.", "A reader wrote to correct the dam's height.", "UPDATE: May 3, 2012 2:15 p.m.:")]
    public void Strips_undashed_credits_spaced_hyphen_places_and_update_labels(string paragraph, string kept, string removed)
    {
        var result = new DatelineFragmentRule().Strip(paragraph);
        Assert.NotNull(result);
        Assert.Equal(kept, result.Value.Kept);
        Assert.Equal(removed, result.Value.Removed.Text);
    }

    [Theory]
    [InlineData("Sen. Tom Hale (R) Voted against the bill twice.")]
    [InlineData("The space agency (NASA) Said little about the delay.")]
    [InlineData("FILE - In this May 2, 2010 file photo, a man waves. Police said more.")]
    [InlineData("OTTAWA - officials said the count would resume.")]
    public void Leaves_openings_that_are_not_datelines(string paragraph) => Assert.Null(new DatelineFragmentRule().Strip(paragraph));

    [Theory]
    [InlineData("FILE - In this Aug. 3, 2012 file photo, Gov. Ann Ruiz speaks in Dover, Del. The governor said Monday she would run again.", "The governor said Monday she would run again.")]
    [InlineData("FILE - This Sept. 9, 2004, file photo shows the old mill in Lowell, Mass., with its tower. The city voted to sell the mill.", "The city voted to sell the mill.")]
    [InlineData("Buy Photo Crews take down a statue in a town square on Friday, June 3, 2016. The council paid for the removal.", "The council paid for the removal.")]
    [InlineData("Farmers gather outside the ministry in Lagos, Nigeria, Tuesday, March 6, 2018. Prices of seed doubled this year.", "Prices of seed doubled this year.")]
    [InlineData("A firefighter walks past a burned house in Paradise, Calif., Friday, Nov. 16, 2018. The death toll rose to 63.", "The death toll rose to 63.")]
    public void Strips_a_caption_glued_before_the_reporting(string paragraph, string kept)
    {
        var result = new LeadingCaptionFragmentRule().Strip(paragraph);
        Assert.NotNull(result);
        Assert.Equal(kept, result.Value.Kept);
        Assert.Equal(LeadingCaptionFragmentRule.Reason, result.Value.Removed.Reason);
    }

    [Theory]
    [InlineData("The judge on Wednesday, April 6, 2016, approved a plea deal. The man will serve seven years.")]
    [InlineData("The host made his debut on Monday, March 8, 1999. His first guest was a senator.")]
    [InlineData("Rescuers speak of a long night in the mountains. They found the hikers at dawn.")]
    public void Leaves_reporting_with_dates(string paragraph) => Assert.Null(new LeadingCaptionFragmentRule().Strip(paragraph));

    [Theory]
    [InlineData("Read or Share this story: https://example.test/abc")]
    [InlineData("Email Sign Up By signing up you agree to receive email newsletters or alerts from the paper.")]
    [InlineData("Have a tip we should know? news@example.test")]
    [InlineData("1 of 12 Full Screen Autoplay Close Skip Ad × Scenes from the storm View Photos Crews worked all night.")]
    [InlineData("Ana Ruiz on Twitter: : http://example.test/aruiz")]
    [InlineData("Flooding hits coast Rescue boats deployed Chile country profile")]
    [InlineData("budget fight deepens \"The Huddle\" PODCAST: Shutdown")]
    [InlineData("Full text of the ruling: www.example.test/ruling")]
    public void Removes_control_prompt_and_link_lines(string line) =>
        Assert.Equal(FurnitureMarkerRule.Reason, new FurnitureMarkerRule().Check(new ParagraphContext(line, 3, 10)));

    [Theory]
    [InlineData("The mayor wrote on Twitter that the bridge would reopen on Monday after repairs.")]
    [InlineData("The company said it would email customers whose cards were affected by the breach, and that a full report would follow.")]
    [InlineData("Investigators have a tip line open and urged anyone who saw the truck to call them.")]
    public void Keeps_reporting_that_mentions_the_same_words(string line) =>
        Assert.Null(new FurnitureMarkerRule().Check(new ParagraphContext(line, 3, 10)));

    [Fact]
    public void Invisible_characters_are_removed_at_read_time()
    {
        var bytes = Encoding.UTF8.GetBytes("Flood\u200Bwaters rose\u00AD again\u2060 on Sunday.\uFEFF");
        Assert.Equal("Floodwaters rose again on Sunday.", TextDecoder.Decode(bytes).Text);
        int n = TextDecoder.DecodeInto(bytes, out var chars);
        Assert.Equal("Floodwaters rose again on Sunday.", new string(chars, 0, n));
        System.Buffers.ArrayPool<char>.Shared.Return(chars);
    }

    [Fact]
    public void A_caption_led_lead_keeps_its_reporting_and_loses_its_dateline()
    {
        var doc = new SourceDocument("01", "01.txt", "Ruling", null, null, null, null,
        [
            "FILE - In this Jan. 4, 2015 file photo, the mayor speaks in Reno, Nev. RENO, Nev. - A judge on Monday threw out the suit against the city over its water rates, ending a four-year fight.",
            "The city said it would not seek costs from the residents who brought the case, and the council will meet next week.",
        ]);
        var clean = new ArticleCleaner().CleanOne(doc);
        Assert.StartsWith("A judge on Monday threw out the suit", clean.Paragraphs[0]);
    }

    [Theory]
    [InlineData("I can't believe the bridge is closed again. Third time this year! #commute — Dana Reyes (@dreyes) March 3, 2019")]
    [InlineData("We will keep fighting for every family in this state. — Gov. Tom Hale (@GovHale) June 12, 2018")]
    [InlineData("PAT MORENO (@patmoreno) Here is the sketch I drew years ago that nobody believed… pic.twitter.com/abc123")]
    [InlineData("Best night ever with the cast 🎉 A post shared by Lee Chan (@leechan) on July 9, 2017 at 8:01pm PDT")]
    public void Removes_an_embedded_social_post_with_its_signature(string paragraph) =>
        Assert.Equal(SocialPostRule.Reason, new SocialPostRule().Check(new ParagraphContext(paragraph, 4, 10)));

    [Theory]
    [InlineData("Hale (@GovHale) wrote that the state would appeal the ruling within a week.")]
    [InlineData("The astronomer, who posts as @starfinder, said the find changes the textbooks.")]
    public void Keeps_reporting_about_a_post(string paragraph) =>
        Assert.Null(new SocialPostRule().Check(new ParagraphContext(paragraph, 4, 10)));

    [Theory]
    [InlineData("Reach Dana Reyes at 555-0100 or dreyes@example.test. Follow her on Twitter @dreyes.")]
    [InlineData("To contact the reporter on this story: Ann Bay in Lima at abay@example.test.")]
    public void Removes_contact_lines_with_an_address(string line) =>
        Assert.Equal(FurnitureMarkerRule.Reason, new FurnitureMarkerRule().Check(new ParagraphContext(line, 8, 10)));
}
