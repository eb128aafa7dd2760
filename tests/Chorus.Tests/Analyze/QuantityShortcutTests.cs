using System.Text.RegularExpressions;
using Chorus.Analyze;
using Chorus.Tests.Analyze.Reference;

namespace Chorus.Tests.Analyze;

/// <summary>The quantity reading's shortcuts only save time and allocation: a sentence no gate lets through states no
/// figure, the nearest event word read in place is the one the LINQ reading found, and an ordinal possessive test
/// agrees with the culture's on every name the citation patterns capture.</summary>
public class QuantityShortcutTests
{
    // Every dev sentence: where no gate passes, none of the patterns finds anything (the digit-led patterns need a digit,
    // which opens the gates), and most sentences pass none (else the shortcut would save nothing).
    [Fact]
    public void A_sentence_no_gate_passes_matches_no_pattern()
    {
        int sentences = 0, shut = 0;
        var patterns = new[]
        {
            QuantityReader.Duration(), QuantityReader.Toll(), QuantityReader.Measure(), QuantityReader.FallDistance(),
            QuantityReader.DayOfEvent(), QuantityReader.DayNextToVerb(),
        };
        foreach (var text in DevSentenceTexts.All)
        {
            sentences++;
            if (new FigureGates(text).Any) continue;
            shut++;
            Assert.DoesNotMatch("[0-9]", text);
            Assert.DoesNotContain(" times ", text, StringComparison.OrdinalIgnoreCase);
            foreach (var pattern in patterns)
                Assert.False(pattern.IsMatch(text), $"{pattern} matches a sentence no gate passes: {text}");
            Assert.Empty(QuantityReader.Read(text));
        }
        Assert.True(shut > sentences / 2, $"only {shut} of {sentences} sentences pass no gate");
    }

    // The text before every duration-like figure of every dev sentence, and before every word: the event found is the
    // reference's.
    [Fact]
    public void Nearest_event_equals_the_reference_on_every_dev_prefix()
    {
        int compared = 0, found = 0;
        foreach (var text in DevSentenceTexts.All)
            foreach (Match word in Regex.Matches(text, @"\w+"))
            {
                var before = text[..word.Index];
                var expected = ReferenceNearestEvent.NearestEvent(before);
                Assert.Equal(expected, QuantityReader.NearestEvent(before.AsSpan()));
                compared++;
                if (expected is not null) found++;
            }
        Assert.True(found > 100, $"only {found} of {compared} prefixes have an event word");
    }

    // A wire report's relative clause, a local paper's long search sentence, a court reporter's trial, an event word
    // more than six words back, upper case.
    [Theory]
    [InlineData("The operation, which took nearly ", "rescue")]
    [InlineData("Volunteers said the search for the missing hikers lasted ", "rescue")]
    [InlineData("The TRIAL is expected to last ", "trial")]
    [InlineData("The search was halted by strong winds and heavy rain after ", null)]
    [InlineData("After the flight, passengers waited ", null)]
    [InlineData("", null)]
    public void Nearest_event_on_invented_text(string before, string? expected)
    {
        Assert.Equal(expected, ReferenceNearestEvent.NearestEvent(before));
        Assert.Equal(expected, QuantityReader.NearestEvent(before.AsSpan()));
    }

    // Every run of capitalised words of the dev sentences, as the citation patterns capture names, with and without a
    // possessive ending, and invented outlet names.
    [Fact]
    public void Ordinal_possessive_test_agrees_with_the_culture_on_dev_names()
    {
        int possessive = 0;
        foreach (var text in DevSentenceTexts.All)
            foreach (Match name in Regex.Matches(text, @"\p{Lu}[\p{L}\d&.'’\-]*(?:\s+\p{Lu}[\p{L}\d&.'’\-]*){0,5}"))
            {
#pragma warning disable CA1310 // the culture's comparison is the reference here
                bool culture = name.Value.EndsWith("'s") || name.Value.EndsWith("’s") || name.Value.EndsWith('\'') || name.Value.EndsWith('’');
#pragma warning restore CA1310
                Assert.Equal(culture, OutletCitationFinder.IsPossessive(name.Value));
                if (culture) possessive++;
            }
        Assert.True(possessive > 100, $"only {possessive} possessive names");
    }

    [Theory]
    [InlineData("CNN's", true)]
    [InlineData("The Guardian’s", true)]
    [InlineData("Reuters'", true)]
    [InlineData("Reuters", false)]
    [InlineData("The Associated Press", false)]
    [InlineData("Fox-s", false)]
    public void Possessive_names(string name, bool possessive) => Assert.Equal(possessive, OutletCitationFinder.IsPossessive(name));
}
