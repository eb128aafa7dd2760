using Chorus.Analyze;

namespace Chorus.Tests.Analyze;

/// <summary>The gates in front of the figure patterns only save time: a sentence a gate stops is one its pattern
/// cannot match.</summary>
public class FigureGateTests
{
    // Every dev sentence: where a gate says no, its pattern finds nothing, and the gates stop most sentences (else
    // they would save nothing).
    [Fact]
    public void A_gate_stops_only_sentences_its_pattern_cannot_match()
    {
        int sentences = 0, passed = 0, matched = 0;
        foreach (var folder in Directory.EnumerateDirectories(SharedData.MultiNewsDev))
            foreach (var sentence in DevClusterAnnotations.Link(Path.GetFileName(folder)).Sentences)
            {
                var text = sentence.Text;
                bool digits = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
                var gates = new (bool Open, System.Text.RegularExpressions.Regex Pattern)[]
                {
                    (FigureGate.Duration(text), QuantityReader.Duration()), (FigureGate.Toll(text, digits), QuantityReader.Toll()),
                    (FigureGate.Measure(text), QuantityReader.Measure()), (FigureGate.Fall(text), QuantityReader.FallDistance()),
                    (FigureGate.DayAfterOn(text), QuantityReader.DayOfEvent()),
                    (FigureGate.DayNextToVerb(text), QuantityReader.DayNextToVerb()),
                };
                foreach (var (open, pattern) in gates)
                {
                    sentences++;
                    bool match = pattern.IsMatch(text);
                    if (match) matched++;
                    if (open) passed++;
                    Assert.False(match && !open, $"gate stopped a sentence {pattern} matches: {text}");
                }
            }
        Assert.True(matched > 200, $"only {matched} pattern matches on dev");
        Assert.True(passed < sentences / 10, $"{passed} of {sentences} gate tests passed");
    }

    // Sentences written in the style of a wire report, a local paper and a science desk.
    [Theory]
    [InlineData("The standoff lasted three hours before police went in.", true)]
    [InlineData("Talks went on for half an hour on Monday.", true)]
    [InlineData("The jury deliberated for 2 days.", true)]
    [InlineData("The council met on Monday and again on Thursday to discuss the budget.", false)]
    [InlineData("Officials said the hourly updates would continue every day.", false)]
    public void Duration_gate_needs_a_number_before_a_unit(string sentence, bool open) =>
        Assert.Equal(open, FigureGate.Duration(sentence));

    [Theory]
    [InlineData("Crews flushed 38 million gallons of water from the plant.", true)]
    [InlineData("The epicentre was about 1,700km north-west of Perth.", true)]
    [InlineData("The town lies twenty miles from the border.", true)]
    [InlineData("The senator met reporters in Washington and Boston.", false)]
    [InlineData("A little boy waited at the station for tons of relatives.", false)]
    public void Measure_gate_needs_a_number_before_a_unit(string sentence, bool open) =>
        Assert.Equal(open, FigureGate.Measure(sentence));

    [Theory]
    [InlineData("Police said nine people were arrested after the match.", true)]
    [InlineData("The blast killed 14 and wounded dozens.", true)]
    [InlineData("The gunman was killed by officers at the scene.", false)]
    [InlineData("Nine students won the regional prize.", false)]
    public void Toll_gate_needs_an_outcome_and_a_number(string sentence, bool open) =>
        Assert.Equal(open, FigureGate.Toll(sentence, sentence.AsSpan().IndexOfAnyInRange('0', '9') >= 0));

    [Theory]
    [InlineData("The suspect was arrested late on Monday in Denver.", true)]
    [InlineData("He died on  Sunday at a hospital.", true)]
    [InlineData("The mayor said Tuesday that the road would reopen.", false)]
    [InlineData("Shops reopen Monday, the council said on its website.", false)]
    public void Day_gate_needs_on_before_a_weekday(string sentence, bool open) =>
        Assert.Equal(open, FigureGate.DayAfterOn(sentence));
}
