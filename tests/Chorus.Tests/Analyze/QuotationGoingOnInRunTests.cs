using static Chorus.Tests.Analyze.QuoteSpeakers;

namespace Chorus.Tests.Analyze;

/// <summary>
/// "“…," he said of the findings. "…”": marks that do not pair up (a curly opening closed by a straight mark) keep two
/// sentences in one quotation run; the quotation opening the second sentence is still the speaker of the first going
/// on. Sentences written for the test in the style of the outlets where the pattern was seen (named in each test);
/// none is article text.
/// </summary>
public class QuotationGoingOnInRunTests
{
    // Modelled on a Washington daily's science story (an astronomer's two sentences, the marks mismatched by the
    // site's editor) and a regional paper's court story (a defence lawyer speaking, the same mismatch).
    [Fact]
    public void A_quotation_opening_the_next_sentence_of_a_run_goes_on_with_the_speaker()
    {
        var a = QuoteRuleTests.Analyze(
            "The survey found four more icy bodies on tilted orbits.\n\n" +
            "Lena Okafor, an astronomer at the observatory, puts the odds of a hidden planet at two in three.\n\n" +
            "“Most of my colleagues shrugged at the first paper,\" she said of her earlier work. \"With four more objects, the pattern is much harder to dismiss.”",
            "The jury began its deliberations late on Thursday.\n\n" +
            "Defence lawyer Paul Brennock waited for the jury outside the courtroom.\n\n" +
            "“My client has waited two years for this day,\" he told reporters. \"All he wants is for the town to hear the whole story at last.”");
        Assert.Equal("Lena Okafor", SpeakerOf(a, "With four more objects"));
        Assert.Equal("Paul Brennock", SpeakerOf(a, "All he wants is for the town"));
    }

    // A sentence in between that reports more than the attribution ("…," Okafor said, before Reyes said he disagreed.)
    // leaves the next words unattributed: they may be the second person's.
    [Fact]
    public void Not_when_a_second_person_speaks_in_between()
    {
        var a = QuoteRuleTests.Analyze(
            "The survey found four more icy bodies on tilted orbits.\n\n" +
            "“Most of my colleagues shrugged at the first paper,\" astronomer Lena Okafor said, before her colleague Ian Reyes said he disagreed. \"With four more objects, the pattern is much harder to dismiss.”",
            "The jury began its deliberations late on Thursday.\n\n" +
            "“My client has waited two years for this day,\" defence lawyer Paul Brennock said, and prosecutor Ines Varga said she agreed. \"He wants the town to hear the whole story at last.”");
        Assert.Null(SpeakerOf(a, "With four more objects"));
        Assert.Null(SpeakerOf(a, "He wants the town to hear"));
    }
}
