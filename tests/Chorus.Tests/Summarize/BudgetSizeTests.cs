using Chorus.Summarize;

namespace Chorus.Tests.Summarize;

/// <summary>The size of a unit shown after an added speaker is counted without building "Speaker: text".</summary>
public class BudgetSizeTests
{
    [Theory]
    [InlineData("Mayor Ana Ruiz", "\"We will rebuild the pier by spring,\" she said.")]
    [InlineData("Ruiz", "The ferry resumes on Monday.")]
    [InlineData("Ruiz ", "Two words")]
    [InlineData("", "The ferry resumes on Monday.")]
    [InlineData("Zoë Ångström-Lindqvist", "«Nous reprendrons» — le 3 mai, dit-elle.")]
    [InlineData("李明", "  leading spaces and\ttabs\n")]
    [InlineData("Chief\u00a0Okafor", "")]
    public void A_speaker_and_text_measure_as_the_string_the_reader_sees(string speaker, string text)
    {
        foreach (var unit in new[] { BudgetUnit.Words, BudgetUnit.Bytes, BudgetUnit.Sentences })
        {
            var budget = new Budget(unit, 100);
            Assert.Equal(budget.SizeOf($"{speaker}: {text}"), budget.SizeOf(speaker, text));
        }
        Assert.Equal(Budget.Words(100).SizeOf(text), Budget.Words(100).SizeOf(null, text));
    }
}
