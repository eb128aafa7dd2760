using Chorus.Clean;
using Chorus.Text;

namespace Chorus.Tests.Clean;

/// <summary>
/// <see cref="FurnitureSentence"/> tries each regex only on sentences holding a literal every match contains (issue
/// 16). The gates must never change a verdict: on every dev sentence (and every repaired quotation) each gate lets
/// through every sentence its regex matches, and the gated verdict is the ungated one.
/// </summary>
public class FurnitureSentenceGateTests
{
    [Fact]
    public void Every_gate_lets_through_every_dev_sentence_its_regex_matches()
    {
        var texts = DevSentenceTexts.All;
        Assert.True(texts.Count > 10_000, $"only {texts.Count} dev sentences");
        int matched = 0, turnedAway = 0, checks = 0;
        foreach (var gate in FurnitureSentence.Gates)
            foreach (var text in texts)
            {
                checks++;
                bool passes = gate.MayMatch(text);
                if (gate.Pattern.IsMatch(text))
                {
                    matched++;
                    Assert.True(passes, $"the gate of /{gate.Pattern}/ turned away a sentence it matches: {text}");
                }
                else if (!passes) turnedAway++;
            }
        foreach (var text in texts)
        {
            checks++;
            bool passes = FurnitureSentence.MayEndOnDateline(text);
            if (FurnitureSentence.TrailingDatelinePattern.IsMatch(text))
            {
                matched++;
                Assert.True(passes, $"the dateline pre-test turned away a sentence its regex matches: {text}");
            }
            else if (!passes) turnedAway++;
        }
        Assert.True(matched >= 50, $"the gated regexes matched only {matched} dev sentences: the check proves little");
        // The gates pay for themselves: nearly every sentence is settled before a regex runs.
        Assert.True(turnedAway > checks * 9 / 10, $"the gates turned away only {turnedAway} of {checks}");
    }

    [Fact]
    public void The_gated_verdict_is_the_ungated_one_on_every_dev_sentence()
    {
        int furniture = 0;
        foreach (var text in DevSentenceTexts.All)
        {
            bool gated = FurnitureSentence.IsFurniture(text);
            Assert.True(gated == FurnitureSentence.IsFurnitureUngated(text), $"gated {gated}, ungated {!gated}: {text}");
            if (gated) furniture++;
        }
        Assert.True(furniture >= 50, $"only {furniture} dev sentences are furniture");
    }

    [Theory]
    // Invented lines in two outlets' manners, each holding a character that case-insensitive matching equates with an
    // ASCII letter while an ordinal search does not (dotted capital I, long s): they must still reach the regex.
    [InlineData("In this \u0130mage released by the coast guard, the ferry lists to port.")]
    [InlineData("Harbor pilots are \u017Fhown here during the 2019 drill.")]
    public void A_sentence_with_a_case_oddity_still_reaches_the_regex(string sentence) =>
        Assert.Equal(FurnitureSentence.IsFurnitureUngated(sentence), FurnitureSentence.IsFurniture(sentence));

    [Theory]
    // A headline run into its dateline, an agency's and a newspaper's shape (invented): the pre-test passes both.
    [InlineData("Ferry Captain Praised For Rescue LAKEPORT, Minn.")]
    [InlineData("Mayor Says Bridge Will Reopen SPRINGVALE, Ore. (AP)")]
    public void A_headline_run_into_its_dateline_passes_the_pre_test_and_is_furniture(string sentence)
    {
        Assert.True(FurnitureSentence.MayEndOnDateline(sentence));
        Assert.True(FurnitureSentence.IsFurniture(sentence));
    }
}
