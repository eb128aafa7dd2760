using System.Reflection;
using System.Text.RegularExpressions;
using Chorus.Segment;
using Chorus.Summarize;
using Chorus.Text;

namespace Chorus.Tests.Segment;

/// <summary>
/// The attribution and voice checks read a candidate's text with its quotations blanked out, written into a pooled
/// buffer (<see cref="SpacedOutText"/>, issue 16) where <c>Regex.Replace(text, " ")</c> made a string per quoting
/// candidate. The buffer must hold exactly what Replace returned, for both quotation patterns, on every dev sentence
/// and repaired quotation and on invented lines with unclosed, adjacent and empty quotations.
/// </summary>
public class SpacedOutTextTests
{
    private static Regex PrivatePattern(Type type, string name) =>
        (Regex)type.GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, null)!;

    public static TheoryData<string> Patterns => new() { "QuotationMarks.Quoted", "UnquotedVoice.Quotation" };

    private static Regex PatternNamed(string name) => name switch
    {
        "QuotationMarks.Quoted" => PrivatePattern(typeof(QuotationMarks), "Quoted"),
        _ => PrivatePattern(typeof(UnquotedVoice), "Quotation"),
    };

    private static string SpacedOut(Regex pattern, string text)
    {
        using var spaced = SpacedOutText.Of(pattern, text);
        return spaced.Span.ToString();
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Equals_the_replaced_string_on_every_dev_sentence(string patternName)
    {
        var pattern = PatternNamed(patternName);
        int replaced = 0;
        foreach (var text in DevSentenceTexts.All)
        {
            string expected = pattern.Replace(text, " ");
            Assert.Equal(expected, SpacedOut(pattern, text));
            if (!ReferenceEquals(expected, text)) replaced++;
        }
        Assert.True(replaced > 500, $"only {replaced} dev sentences hold a quotation: the check proves little");
    }

    [Theory]
    [InlineData("“We will rebuild,” the mayor said, “and soon.”")]
    [InlineData("The ferry's captain said \"no comment\" and left \"quickly")]
    [InlineData("“”“")]
    [InlineData("\"\"")]
    [InlineData("‘Safe’ harbor, ‘unclosed")]
    [InlineData("``Wire style,'' he said ``again")]
    [InlineData("No quotation at all.")]
    [InlineData("")]
    public void Equals_the_replaced_string_on_invented_lines(string text)
    {
        foreach (var name in new[] { "QuotationMarks.Quoted", "UnquotedVoice.Quotation" })
        {
            var pattern = PatternNamed(name);
            Assert.Equal(pattern.Replace(text, " "), SpacedOut(pattern, text));
        }
    }
}
