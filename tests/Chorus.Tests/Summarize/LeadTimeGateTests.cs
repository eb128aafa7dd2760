using Chorus.Summarize;

namespace Chorus.Tests.Summarize;

/// <summary>
/// Whether a lead says when it happened is asked of every candidate lead; its case-insensitive regex runs only on text
/// holding a day, a night, a morning or a month's first letters (issue 16). The gate may only skip text the regex
/// cannot match: checked on every dev sentence and repaired quotation, and on invented text.
/// </summary>
public class LeadTimeGateTests
{
    [Fact]
    public void The_gate_turns_away_no_dev_sentence_the_time_regex_matches()
    {
        var gate = BudgetedSelector.TimeExpression;
        int matched = 0, turnedAway = 0;
        foreach (var text in DevSentenceTexts.All)
        {
            bool passes = gate.MayMatch(text);
            if (gate.Pattern.IsMatch(text))
            {
                matched++;
                Assert.True(passes, $"the time gate turned away a sentence its regex matches: {text}");
            }
            else if (!passes) turnedAway++;
        }
        Assert.True(matched > 100, $"the time regex matched only {matched} dev sentences");
        Assert.True(turnedAway > DevSentenceTexts.All.Count / 3, $"the gate turned away only {turnedAway} of {DevSentenceTexts.All.Count}");
    }

    [Theory]
    [InlineData("The ferry sank on Tuesday.", true)]
    [InlineData("It reopened LAST NIGHT after repairs.", true)]
    [InlineData("The vote is set for Sept. 12 in the capital.", true)]
    [InlineData("Crews worked overnight to clear the road.", true)]
    [InlineData("The ferry sank after it struck a rock.", false)]
    public void Leads_say_when_as_the_regex_finds(string text, bool says)
    {
        Assert.Equal(says, BudgetedSelector.TimeExpression.IsMatch(text));
        Assert.Equal(says, BudgetedSelector.TimeExpression.Pattern.IsMatch(text));
    }
}
