using System.Text.RegularExpressions;
using Chorus.Clean;
using Chorus.Segment;
using Chorus.Summarize;
using Chorus.Text;

namespace Chorus.Tests.Summarize;

/// <summary>
/// The candidate filter's trust checks run a regex only on units holding what every match needs (issue 16): a verb
/// of speaking, a tag's "&gt;", a question mark, "also", a final stop. A pre-test may only skip text its regex cannot
/// match: checked on every dev sentence and every repaired quotation.
/// </summary>
public class TrustCheckGateTests
{
    private static IEnumerable<(string Name, Func<string, bool> PreTest, Regex Pattern)> PreTests()
    {
        foreach (var gate in StandAloneCheck.Gates.Append(UnseenReferent.DescriptionGate))
            yield return ($"/{gate.Pattern}/", t => gate.MayMatch(t), gate.Pattern);
        yield return ("bare attribution's final stop and verb", t => StandAloneCheck.EndsOnStop(t) && StandAloneCheck.Gates[1].MayMatch(t),
            StandAloneCheck.BareAttributionPattern);
        yield return ("markup's '>'", DamagedText.MayHoldMarkup, DamagedText.MarkupPattern);
        yield return ("lost letter's '?'", DamagedText.MayHaveLostLetter, DamagedText.LostLetterPattern);
        yield return ("\"also\"", SentenceOpener.MayNameAlso, SentenceOpener.NameAlsoPattern);
    }

    [Fact]
    public void No_pre_test_turns_away_a_dev_sentence_its_regex_matches()
    {
        var texts = DevSentenceTexts.All;
        Assert.True(texts.Count > 10_000, $"only {texts.Count} dev sentences");
        foreach (var (name, preTest, pattern) in PreTests())
        {
            int matched = 0, turnedAway = 0;
            foreach (var text in texts)
            {
                bool passes = preTest(text);
                if (pattern.IsMatch(text))
                {
                    matched++;
                    Assert.True(passes, $"the pre-test {name} turned away a sentence its regex matches: {text}");
                }
                else if (!passes) turnedAway++;
            }
            Assert.True(matched > 0, $"{name}: its regex matched no dev sentence, the check proves nothing");
            Assert.True(turnedAway > texts.Count / 2, $"{name} turned away only {turnedAway} of {texts.Count} sentences");
        }
    }

    [Fact]
    public void Damaged_text_and_shouting_judge_every_dev_sentence_as_the_plain_checks_do()
    {
        int damaged = 0, shouting = 0;
        foreach (var text in DevSentenceTexts.All)
        {
            bool shows = DamagedText.Shows(text);
            Assert.True(shows == DamagedText.ShowsUngated(text), text);
            bool shouts = StandAloneCheck.Shouts(text);
            Assert.True(shouts == PlainShouts(text), text);
            damaged += shows ? 1 : 0;
            shouting += shouts ? 1 : 0;
        }
        Assert.True(damaged >= 10 && shouting >= 10, $"{damaged} damaged, {shouting} shouting dev sentences");
    }

    [Theory]
    // Invented: a broadcast teaser and a banner are capitals; a headline in title case and a sentence with an
    // acronym or two are not.
    [InlineData("NEW AT FIVE, A LAKEPORT MOTHER IS ACCUSED OF LEAVING HER CHILDREN ON THE FERRY.", true)]
    [InlineData("BREAKING: HARBOR BRIDGE CLOSED AFTER BARGE STRIKE", true)]
    [InlineData("Harbor Bridge Closed After Barge Strike, Officials Say", false)]
    [InlineData("The NTSB and the FAA said the NYPD had asked the MTA for its records.", false)]
    public void Shouting_is_capitals_throughout(string text, bool shouts)
    {
        Assert.Equal(shouts, StandAloneCheck.Shouts(text));
        Assert.Equal(PlainShouts(text), StandAloneCheck.Shouts(text));
    }

    /// <summary>The rule as first written: count every letter, then compare.</summary>
    private static bool PlainShouts(string text)
    {
        int upper = text.Count(char.IsUpper), lower = text.Count(char.IsLower);
        return upper >= 20 && upper > 4 * lower;
    }
}
