using static Chorus.Tests.Analyze.QuoteSpeakers;

namespace Chorus.Tests.Analyze;

/// <summary>
/// Saying in more than one word before a quotation ("Carney shot back: "…"", "He further elaborated, “…”"), added to
/// the shared list of verbs of saying. Sentences written for the test in the style of the outlets where the pattern
/// was seen (named in each test); none is article text.
/// </summary>
public class PhrasalSpeechVerbTests
{
    // Modelled on a wire story of a White House briefing ("During his daily briefing, Carney shot back: "…"") and an
    // entertainment site's interview write-up ("He further elaborated, “…”" after the actor's first answer).
    [Fact]
    public void A_speaker_who_shot_back_or_further_elaborated_before_the_quotation_is_its_speaker()
    {
        var a = QuoteRuleTests.Analyze(
            "The congressman accused the White House of a cover-up on Wednesday.\n\n" +
            "During his daily briefing, press secretary Dale Whitcombe shot back: \"That sounds very much like a lawmaker trying to score points.\"",
            "The actor Rory Casswell spoke about the film on a radio show.\n\n" +
            "“I was only on set for a few days, so I saw very little of what went on,” Casswell said.\n\n" +
            "He further elaborated, “Going onto that set was strange, and I kept to myself the whole time.”");
        Assert.Equal("Dale Whitcombe", SpeakerOf(a, "That sounds very much like"));
        Assert.Equal("Rory Casswell", SpeakerOf(a, "Going onto that set was strange"));
    }

    // Someone who shot back at a named person, or a shot fired back, is not a speaker before a quotation from an
    // unnamed witness.
    [Fact]
    public void Shooting_back_without_a_speaker_before_the_quotation_gives_no_one()
    {
        var a = QuoteRuleTests.Analyze(
            "The gunfight lasted ten minutes on Tuesday.\n\n" +
            "The officers came under fire and shot back. \"It sounded like fireworks going off in every direction at once,\" a neighbour said.");
        Assert.Null(SpeakerOf(a, "It sounded like fireworks"));
    }
}
