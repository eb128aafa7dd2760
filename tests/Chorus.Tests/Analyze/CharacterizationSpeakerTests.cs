using static Chorus.Tests.Analyze.QuoteSpeakers;

namespace Chorus.Tests.Analyze;

/// <summary>
/// "Jo Roe called the move "…"", "Roe also called on the league "…"", "Roe described the route as "…"": the person a
/// sentence opens with characterizes something in the quoted words. Sentences written for the test in the style of the
/// outlets where the pattern was seen (named in each test); none is article text.
/// </summary>
public class CharacterizationSpeakerTests
{
    // Modelled on a wire story of a college renaming a hall (the donors' lawyer "called the move"), a New York tabloid's
    // settlement story (a state senator "also called on the league") and a Welsh paper's mountain-rescue story (a
    // rescuer "described the route as").
    [Fact]
    public void The_person_who_calls_or_describes_something_in_the_quoted_words_speaks_them()
    {
        var a = QuoteRuleTests.Analyze(
            "The college will rename the hall this autumn.\n\n" +
            "Walter Crane, the Memphis attorney who represented the donors' society, called the move \"an insult to every family that gave to the building.\"",
            "The team settled the pay claims of its dancers on Monday.\n\n" +
            "State Sen. Lucia Ferro praised the deal. Ferro also called on the league “to write one rule for every team so that no dancer is paid less than the law requires.”",
            "Two climbers were brought down from the peak on Sunday.\n\n" +
            "Ieuan Rhys, who was among the volunteers called out, described the gully the pair had chosen as “a hard line even for people who know it well”.");
        Assert.Equal("Walter Crane", SpeakerOf(a, "an insult to every family"));
        Assert.Equal("Lucia Ferro", SpeakerOf(a, "to write one rule for every team"));
        Assert.Equal("Ieuan Rhys", SpeakerOf(a, "a hard line even for people"));
    }

    // Someone else named between the verb and the words ("called Mayor Ann Lee's plan …"), or someone else's speech
    // there ("called it what the mayor said was …"): the words may be theirs, so no speaker.
    [Fact]
    public void Not_when_someone_else_is_named_or_speaks_before_the_words()
    {
        var a = QuoteRuleTests.Analyze(
            "The college will rename the hall this autumn.\n\n" +
            "Walter Crane, the Memphis attorney who represented the donors' society, called Dean Harriet Ames's plan \"an insult to every family that gave to the building.\"",
            "The team settled the pay claims of its dancers on Monday.\n\n" +
            "State Sen. Lucia Ferro described the deal as what the team's owner said was “the fairest settlement any team has offered its dancers.”");
        Assert.Null(SpeakerOf(a, "an insult to every family"));
        Assert.Null(SpeakerOf(a, "the fairest settlement any team"));
    }
}
