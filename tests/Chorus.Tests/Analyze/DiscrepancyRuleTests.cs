using Chorus.Analyze;
namespace Chorus.Tests.Analyze;

/// <summary>Discrepancies compare like with like: sentences written for the test, modelled on the two wrong
/// pairs of the hidden clusters and on dev stories (named in each test).</summary>
public class DiscrepancyRuleTests
{
    // Modelled on a wildlife-park story (a distance from the park against one from the capital) and a storm story.
    [Fact]
    public void Distances_from_different_reference_points_or_from_nowhere_are_not_compared()
    {
        var a = QuoteRuleTests.Analyze(
            "The lion was found about 12 miles away, rangers at the national park said on Sunday.\n\n" +
            "The storm made landfall 40 miles from Tampa late on Tuesday night.",
            "The lion was found about 20 miles from Nairobi, rangers at the national park said on Sunday.\n\n" +
            "The storm made landfall 40 miles from Sarasota late on Tuesday night.");
        Assert.Empty(a.Discrepancies);
    }

    // Modelled on a sewage-spill story (an amount flushed against a reservoir's capacity) and an oil-spill story.
    [Fact]
    public void An_amount_is_not_compared_with_a_capacity_or_counted_as_a_count()
    {
        var a = QuoteRuleTests.Analyze(
            "Workers flushed 38 million gallons of water from the city reservoir after a teenager was seen urinating into it.",
            "Workers drained the city's 50-million-gallon reservoir after a teenager was seen urinating into it.",
            "The tanker spilled 20 tons of oil into the bay, and crews worked through the night to skim the spill from the water.");
        Assert.Empty(a.Discrepancies);
    }

    // Modelled on two storm stories and a wildlife story: the same point, the same dimension, different values,
    // miles and kilometres converted.
    [Fact]
    public void The_same_measure_from_the_same_point_disagrees_and_says_why()
    {
        var a = QuoteRuleTests.Analyze(
            "The hurricane made landfall 40 miles from Tampa on Tuesday night, the weather service said.",
            "The hurricane made landfall 25 miles from Tampa on Tuesday night, the weather service said.",
            "The hurricane made landfall 64 kilometres from Tampa on Tuesday night, the weather service said.");
        var d = Assert.Single(a.Discrepancies);
        Assert.Equal(QuantityKind.Measure, d.Kind);
        Assert.Equal(2, d.Values.Count);
        // 64 kilometres is 40 miles: one value, two outlets.
        Assert.Equal(["d1", "d3"], d.Values.Single(v => v.Value.Contains("40")).Sources);
        Assert.Equal(["d2"], d.Values.Single(v => v.Value.Contains("25")).Sources);
        Assert.Contains("distance from tampa", d.Reason);
        Assert.Contains("landfall", d.Reason);
        Assert.All(d.Values, v => Assert.Contains("Tampa", v.Sentence));
    }

    // Modelled on a Las Vegas shooting (injured counted by two outlets) and an air strike on a school.
    [Fact]
    public void Tolls_of_dead_and_injured_disagree_when_the_sentences_tell_the_same_event()
    {
        var a = QuoteRuleTests.Analyze(
            "Two people were killed and at least three were injured when a gunman opened fire on a taxi on the Strip early Thursday.\n\n" +
            "The strike on the school killed 15 people sheltering there, health officials in the city said.",
            "A gunman opened fire on a taxi on the Strip early Thursday, leaving two people killed and at least six injured.\n\n" +
            "The strike on the school killed 19 people sheltering there, health officials in the city said.");
        var injured = Assert.Single(a.Discrepancies, d => d.Topic == "number of people injured");
        Assert.Equal(2, injured.Values.Count);
        var dead = Assert.Single(a.Discrepancies, d => d.Topic == "number of people dead");
        Assert.Equal(["15", "19"], dead.Values.Select(v => new string(v.Value.Where(char.IsDigit).ToArray())).Order().ToList());
        Assert.Contains("school", dead.Reason);
    }

    // Modelled on a dev crime story (the crime scene in one block of a street, the suspect's home in the next block,
    // both in one outlet's article) and an airport story written for the test (a fire at one gate, passengers moved
    // to another): an article that itself gives both figures between the same words tells two places.
    [Theory]
    [InlineData("Police are investigating a double shooting in the 800 block of Maple Grove Avenue in Springfield on Sunday.",
        "Records show the suspect lives in the 900 block of Maple Grove Avenue.",
        "Police are investigating a double shooting in the 900 block of Maple Grove Avenue in Springfield on Sunday.")]
    [InlineData("The fire started in a restaurant near Gate 12 of Terminal B at the city airport on Monday morning.",
        "Passengers waiting there were moved to Gate 14 of Terminal B.",
        "The fire started in a restaurant near Gate 14 of Terminal B at the city airport on Monday morning.")]
    public void An_article_giving_both_figures_between_the_same_words_tells_two_things(string told, string other, string retold)
    {
        // Without the article's second figure the rewrite is a disagreement: the rule is what removes it.
        var alone = QuoteRuleTests.Analyze(told, retold);
        var figure = Assert.Single(alone.Discrepancies);
        Assert.Equal(QuantityKind.Figure, figure.Kind);

        var both = QuoteRuleTests.Analyze(told + "\n\n" + other, retold);
        Assert.Empty(both.Discrepancies);
    }

    // Modelled on a civil verdict (punitive damages within the whole award) and a regulator's fine (the civil penalty
    // within the whole settlement): a word that narrows what is counted, in one rewrite only, makes two quantities;
    // the same rewrite without it is a disagreement.
    [Theory]
    [InlineData("A jury in the civil trial ordered the actor to pay $25 million in punitive damages to the two families after the verdict.",
        "A jury in the civil trial ordered the actor to pay $33.5 million in damages to the two families after the verdict.",
        "A jury in the civil trial ordered the actor to pay $33.5 million in punitive damages to the two families after the verdict.")]
    [InlineData("Regulators said the bank agreed to pay $40 million in civil penalties to settle the claims over its mortgage sales.",
        "Regulators said the bank agreed to pay $65 million in penalties to settle the claims over its mortgage sales.",
        "Regulators said the bank agreed to pay $65 million in civil penalties to settle the claims over its mortgage sales.")]
    public void A_word_narrowing_what_one_rewrite_counts_makes_two_quantities(string part, string whole, string partRetold)
    {
        Assert.Empty(QuoteRuleTests.Analyze(part, whole).Discrepancies);
        var figure = Assert.Single(QuoteRuleTests.Analyze(part, partRetold).Discrepancies);
        Assert.Equal(QuantityKind.Figure, figure.Kind);
    }

    // "Killing 22 people" against "killing 39 people" stays a disagreement although the first article also counts
    // "39 people" injured: the figures sit between different words there.
    [Fact]
    public void A_second_figure_in_other_words_does_not_make_two_things()
    {
        var a = QuoteRuleTests.Analyze(
            "Gunmen opened fire at the crowded riverside market on Saturday, killing 22 people, the regional governor said.\n\n" +
            "Hospital officials said 39 people were being treated for wounds.",
            "Gunmen opened fire at the crowded riverside market on Saturday, killing 39 people, the regional governor said.");
        Assert.NotEmpty(a.Discrepancies);
    }
}
