using static Chorus.Tests.Analyze.QuoteSpeakers;

namespace Chorus.Tests.Analyze;

/// <summary>
/// "“…,” he said" right after a sentence whose subject follows an opening phrase set off by a comma: a feature's
/// scene-setting ("In the heat of a July afternoon, Acme CEO Jo Roe stood …") or a profile's role-first sentence ("A
/// member of the survey team, Roe plans to …"). Sentences written for the test in the style of the outlets where the
/// pattern was seen (named in each test); none is article text.
/// </summary>
public class PronounAfterOpeningPhraseTests
{
    // Modelled on a business magazine's scene-setting (a chief executive speaking to the press outside a factory), a
    // London daily's science profile ("A member of the … team, Surname plans to study …") and a celebrity site's
    // report of a publicist ("In a strange moment, Surname referenced …").
    [Fact]
    public void He_said_goes_to_the_subject_after_an_opening_phrase()
    {
        var a = QuoteRuleTests.Analyze(
            "Federal agents searched the plant on Wednesday.\n\n" +
            "On a humid morning outside the Memphis plant a day later, Delta Reed chief executive Howard Pellerin stood in the parking lot and took questions.\n\n" +
            "\"They walked in with warrants and walked out with our lumber,\" he said.",
            "The probe will pass closer to the star than any craft before it.\n\n" +
            "Marta Quillon leads the magnetometer group at the institute. A member of the instrument team since 2011, Quillon plans to map the wind as it speeds up.\n\n" +
            "“Nobody has been close enough to watch the wind being born,” she said.",
            "The comedian's spokesman spoke outside the courthouse on Tuesday.\n\n" +
            "Toby Marchetti is the comedian's publicist. In an odd turn of the press conference, Marchetti compared the jury to a mob.\n\n" +
            "“They wanted a villain and they built one,” he said.");
        Assert.Equal("Howard Pellerin", SpeakerOf(a, "They walked in with warrants"));
        Assert.Equal("Marta Quillon", SpeakerOf(a, "Nobody has been close enough"));
        Assert.Equal("Toby Marchetti", SpeakerOf(a, "They wanted a villain"));
    }

    // The opening phrase names someone else ("After a call with Gideon Farrow, Pellerin …", "Like her former adviser
    // Dana Whitlow, Quillon …"): the pronoun may be that other person's, so no speaker.
    [Fact]
    public void He_said_stays_unattributed_when_the_opening_phrase_names_someone_else()
    {
        var a = QuoteRuleTests.Analyze(
            "Federal agents searched the plant on Wednesday.\n\n" +
            "After a long call with plant manager Gideon Farrow, Delta Reed chief executive Howard Pellerin walked out to the parking lot.\n\n" +
            "\"They walked in with warrants and walked out with our lumber,\" he said.",
            "The probe will pass closer to the star than any craft before it.\n\n" +
            "Like her former adviser Dana Whitlow, Marta Quillon plans to map the wind as it speeds up.\n\n" +
            "“Nobody has been close enough to watch the wind being born,” she said.");
        Assert.Null(SpeakerOf(a, "They walked in with warrants"));
        Assert.Null(SpeakerOf(a, "Nobody has been close enough"));
    }
}
