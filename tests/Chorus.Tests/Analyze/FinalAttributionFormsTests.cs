using static Chorus.Tests.Analyze.QuoteSpeakers;

namespace Chorus.Tests.Analyze;

/// <summary>
/// "“…,” she said" after a sentence ending in its attribution in two wire-copy forms: the organization before the
/// office ("…, said Lakeside Tenants Union executive director Mara Holt.") and an age before a clause about the person
/// ("…, said Dev Anand, 59, who works as …"). Sentences written for the test in the style of the outlets where the
/// pattern was seen (named in each test); none is article text.
/// </summary>
public class FinalAttributionFormsTests
{
    // Modelled on a cable network's hearing report (a privacy group's director, then "“…,” she said Wednesday") and a
    // local broadcaster's report of a neighbourhood's fear (a resident with his age and his trade, then "“…” he said").
    [Fact]
    public void He_said_goes_to_the_person_a_sentence_ends_by_naming_in_either_form()
    {
        var a = QuoteRuleTests.Analyze(
            "The committee heard from three witnesses on Wednesday.\n\n" +
            "The lists show how little renters know about what is sold, said Lakeside Tenants Union executive director Mara Holt.\n\n" +
            "\"Nobody who signs a lease expects to end up on a list like this,\" she said at the hearing.",
            "Police have not named a suspect in the shooting.\n\n" +
            "The killing has shaken the quiet street, said Dev Anand, 59, who works as a sound editor for a film studio.\n\n" +
            "“We used to leave the garage open all night,” he said.");
        Assert.Equal("Mara Holt", SpeakerOf(a, "Nobody who signs a lease"));
        Assert.Equal("Dev Anand", SpeakerOf(a, "We used to leave the garage"));
    }

    // A pronoun of the other gender in that sentence ("… told her") still leaves the quotation unattributed.
    [Fact]
    public void Not_when_the_sentence_speaks_of_someone_of_the_other_gender()
    {
        var a = QuoteRuleTests.Analyze(
            "The committee heard from three witnesses on Wednesday.\n\n" +
            "Her landlord never told her about the lists, said Lakeside Tenants Union executive director Mara Holt.\n\n" +
            "\"Nobody who signs a lease expects to end up on a list like this,\" he said at the hearing.");
        Assert.Null(SpeakerOf(a, "Nobody who signs a lease"));
    }
}
