using static Chorus.Tests.Analyze.QuoteSpeakers;

namespace Chorus.Tests.Analyze;

/// <summary>
/// A quotation too short to be listed ("“OK,” Cohen said.", ""CSI," said Dave Joyce.") still tells whose words the
/// quotation opening the next sentence goes on with. Sentences written for the test in the style of the outlets where
/// the pattern was seen (named in each test); none is article text.
/// </summary>
public class ShortQuotationSpeakerTests
{
    // Modelled on a Las Vegas paper's feature (a one-word quotation said by a named tourist, then more of his words)
    // and a broadcaster's transcript-like write-up ("“OK,” Cohen said. “…”"; "“That's a problem,” Driver continued.").
    [Fact]
    public void A_quotation_after_a_short_attributed_one_goes_on_with_its_speaker()
    {
        var a = QuoteRuleTests.Analyze(
            "Fans of the crime show filled the hotel lobby on Friday.\n\n" +
            "\"Forensics,\" said Walter Brisco. \"There it is, real evidence work right in front of the whole crowd.\"",
            "The lawyer took questions from the press outside the courthouse.\n\n" +
            "“Fine,” Lucas Ferrand said. “And what exactly is your question for my client today?”",
            "The actor answered her critics on Friday night.\n\n" +
            "“That's a problem,” Greta Lind continued. “If decent men stay silent, nothing changes for anyone.”");
        Assert.Equal("Walter Brisco", SpeakerOf(a, "There it is, real evidence"));
        Assert.Equal("Lucas Ferrand", SpeakerOf(a, "And what exactly is your question"));
        Assert.Equal("Greta Lind", SpeakerOf(a, "If decent men stay silent"));
    }

    // Modelled on a public radio story ("“It's a nightmare,” he says. “…”" after a dealer named in the sentence before)
    // and a wire story of a minister on state TV ("“All is calm,” he said. “…”").
    [Fact]
    public void A_short_quotation_given_to_he_carries_the_resolved_person_to_the_next_quotation()
    {
        var a = QuoteRuleTests.Analyze(
            "The raid shut the workshop for a day.\n\n" +
            "Nashville dealer Otis Kerrigan sells old mandolins to collectors. \"It's a mess,\" he says. \"I can't help it if the makers used that wood on every instrument back then.\"",
            "The blast shook the capital on Wednesday.\n\n" +
            "Information Minister Samir Haddad spoke to state television by telephone.\n\n" +
            "\"All is calm,\" he said. \"There was an attack near the building, but the attackers failed to reach anyone.\"");
        Assert.Equal("Otis Kerrigan", SpeakerOf(a, "I can't help it if the makers"));
        Assert.Equal("Samir Haddad", SpeakerOf(a, "There was an attack near the building"));
    }

    // A short quotation inside a sentence ("called it a “mess”"), one whose attribution hands the words on to someone
    // else's report, or one asked as a question, leaves the next quotation without a speaker.
    [Fact]
    public void A_short_quotation_not_attributed_as_its_own_sentence_carries_no_one_over()
    {
        var a = QuoteRuleTests.Analyze(
            "The council met on Thursday night.\n\n" +
            "Mayor Ruth Okafor called the plan \"a mess\" on Thursday. \"Residents deserve to know what the bypass will cost them every year.\"",
            "The hearing resumed on Monday.\n\n" +
            "\"Really?\" asked Judge Nina Ortega. \"The defendant was at home the whole night and saw nothing at all.\"");
        Assert.Null(SpeakerOf(a, "Residents deserve to know"));
        Assert.Null(SpeakerOf(a, "The defendant was at home"));
    }
}
