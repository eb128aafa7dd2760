using static Chorus.Tests.Analyze.QuoteSpeakers;

namespace Chorus.Tests.Analyze;

/// <summary>
/// A speaker named again by title and surname ("Mr Tallis said …") far into a long sentence, and a surname two people
/// of one family share ("Mr Tallis" and "Mrs Tallis"). Sentences written for the test in the style of the outlets where
/// the pattern was seen (named in each test); none is article text.
/// </summary>
public class SharedSurnameSpeakerTests
{
    // Modelled on a British paper's inquest report ("In a statement to the coroner …, Mr X said …" then "“…,” he said")
    // and a US wire story of a court hearing ("During a hearing in the county courthouse on Friday, Mr. X said …").
    [Fact]
    public void He_said_goes_to_the_surname_speaking_far_into_the_sentence_before()
    {
        var a = QuoteRuleTests.Analyze(
            "Owen Tallis, 58, from Leeds, had been walking in the hills for thirty years.\n\n" +
            "In a statement read to the inquest at the county hall in Ruthin, Mr Tallis said the path had been dry that morning.\n\n" +
            "“We checked the forecast twice before we set off from the car park,” he said.",
            "Marcus Delacroix-Penn runs a bakery on the corner of Elm and Fifth.\n\n" +
            "During a short hearing in the county courthouse on Friday afternoon, Mr. Delacroix-Penn said the permit had been paid.\n\n" +
            "\"Every form the city sent us came back signed within a week,\" he said.");
        Assert.Equal("Owen Tallis", SpeakerOf(a, "We checked the forecast twice"));
        Assert.Equal("Marcus Delacroix-Penn", SpeakerOf(a, "Every form the city sent us"));
    }

    // The same two stories where a wife (the inquest) or a mother (the hearing) shares the surname and is the one
    // named in full: "Mr Tallis" is not her, so the surname stays as it is rather than taking her name.
    [Fact]
    public void A_surname_a_man_and_a_woman_share_is_not_completed_to_the_one_full_name()
    {
        var a = QuoteRuleTests.Analyze(
            "Megan Tallis, 55, died after a fall on the ridge in May.\n\n" +
            "In a statement read to the inquest at the county hall in Ruthin, Mr Tallis said his wife had gone ahead to look at the route.\n\n" +
            "“We checked the forecast twice before we set off from the car park,” he said.\n\n" +
            "Mrs Tallis was an experienced walker, the coroner heard.",
            "Rosa Delacroix-Penn opened the bakery on the corner of Elm and Fifth in 1988.\n\n" +
            "During a short hearing in the county courthouse on Friday afternoon, Mr. Delacroix-Penn said his mother had paid the permit.\n\n" +
            "\"Every form the city sent us came back signed within a week,\" he said.\n\n" +
            "Ms. Delacroix-Penn did not attend the hearing.");
        Assert.NotEqual("Megan Tallis", SpeakerOf(a, "We checked the forecast twice"));
        Assert.NotEqual("Rosa Delacroix-Penn", SpeakerOf(a, "Every form the city sent us"));
        Assert.Equal("Tallis", SpeakerOf(a, "We checked the forecast twice"));
        Assert.Equal("Delacroix-Penn", SpeakerOf(a, "Every form the city sent us"));
    }
}
