using Chorus.Analyze;

namespace Chorus.Tests.Analyze;

/// <summary>A part of a sum against the whole of it (<see cref="PartOfWhole"/>): sentences written for these tests,
/// each rule on two invented stories, one in a wire style and one in a tabloid or local style, with the case that
/// must still be found.</summary>
public class DiscrepancyPartOfWholeTests
{
    // A wrongful-death verdict (wire) and a bankrupt landlord's court order (local paper): one outlet gives the
    // award whole, the other its punitive or compensatory part.
    [Theory]
    [InlineData("A civil jury in Denver on Friday awarded a total of $33.5 million to the parents of the cyclist struck by the delivery van.",
        "The civil jury in Denver awarded the parents of the cyclist $25 million in punitive damages on Friday, finding the delivery firm reckless.")]
    [InlineData("Landlord Gerry Pocock was told by the county court to hand his former tenants £410,000 over the mouldy flats on Kestrel Road.",
        "The county court told landlord Gerry Pocock to hand his former tenants £300,000 in compensatory damages over the mouldy flats on Kestrel Road.")]
    public void A_sum_marked_as_a_part_is_not_compared_with_the_whole(string whole, string part)
    {
        Assert.Empty(QuoteRuleTests.Analyze(whole, part).Discrepancies);
        // The same two sentences with the part marked in both still disagree.
        var both = part.Contains("punitive", StringComparison.Ordinal)
            ? whole.Replace("a total of $33.5 million", "$33.5 million in punitive damages", StringComparison.Ordinal)
            : whole.Replace("£410,000", "£410,000 in compensatory damages", StringComparison.Ordinal);
        Assert.Single(QuoteRuleTests.Analyze(both, part).Discrepancies);
    }

    // Rewrites of one sentence: the wire copy gives the award with "in total damages" or "including punitive damages"
    // at its end, the other the punitive part alone; a council budget told with and without the part it includes.
    [Theory]
    [InlineData("A jury in Denver on Friday ordered the delivery firm to hand over $25 million in punitive damages to the parents of the cyclist.",
        "A jury in Denver on Friday ordered the delivery firm to hand over $33.5 million in total damages to the parents of the cyclist.",
        "A jury in Denver on Friday ordered the delivery firm to hand over $33.5 million in punitive damages to the parents of the cyclist.")]
    [InlineData("A jury in Denver on Friday ordered the delivery firm to hand over $25 million in punitive damages to the parents of the cyclist.",
        "A jury in Denver on Friday ordered the delivery firm to hand over $33.5 million to the parents of the cyclist, including punitive damages.",
        "A jury in Denver on Friday ordered the delivery firm to hand over $33.5 million in punitive damages to the parents of the cyclist.")]
    [InlineData("Landlord Gerry Pocock was told by the county court to hand his former tenants £300,000 in compensatory damages over the mouldy flats.",
        "Landlord Gerry Pocock was told by the county court to hand his former tenants £410,000 in total over the mouldy flats.",
        "Landlord Gerry Pocock was told by the county court to hand his former tenants £410,000 in compensatory damages over the mouldy flats.")]
    public void Rewrites_that_split_a_sum_differently_are_two_quantities(string part, string whole, string partRetold)
    {
        Assert.Empty(QuoteRuleTests.Analyze(part, whole).Discrepancies);
        Assert.Single(QuoteRuleTests.Analyze(part, partRetold).Discrepancies);
    }

    // The whole given in one sentence with its parts, against an outlet that gives only the part: an airline's
    // fine (wire) and a transfer fee with add-ons (sports desk).
    [Theory]
    [InlineData("Regulators fined Skyline Air $40 million on Tuesday over the delayed refunds, plus $12 million in back payments to passengers.",
        "Regulators fined Skyline Air $40 million on Tuesday over the delayed refunds to passengers.",
        "Skyline Air must pay $52 million to settle the regulators' claims over delayed refunds to passengers, officials said on Tuesday.")]
    [InlineData("Rovers have agreed to pay £18 million up front for the winger, with £4 million more in add-ons, the club confirmed.",
        "Rovers have agreed to pay £18 million up front for the winger, the club confirmed.",
        "The club confirmed Rovers will pay £22 million for the winger after a week of talks.")]
    public void Figures_of_one_sentence_that_add_up_to_the_other_are_its_parts(string parts, string partAlone, string whole)
    {
        Assert.Empty(QuoteRuleTests.Analyze(parts, whole).Discrepancies);
        Assert.Single(QuoteRuleTests.Analyze(partAlone, whole).Discrepancies);
    }

    // A sentence that names both sums (the whole and the part it includes) tells two facts, and disagrees with
    // neither: a wire verdict story, and a football club's stand told by a local paper.
    [Theory]
    [InlineData("A civil jury in Denver on Friday awarded $33.5 million to the parents of the cyclist struck by the delivery van, including $25 million in punitive damages.",
        "The civil jury in Denver awarded the parents of the cyclist $25 million in punitive damages on Friday, finding the delivery firm reckless.",
        "The civil jury in Denver awarded the parents of the cyclist $30 million in punitive damages on Friday, finding the delivery firm reckless.")]
    [InlineData("Wexcombe Town will spend £30 million on the new north stand, including £18 million borrowed from the council, the chairman told fans.",
        "Wexcombe Town will spend £18 million on the new north stand, the chairman told fans at the supporters' meeting.",
        "Wexcombe Town will spend £20 million on the new north stand, the chairman told fans at the supporters' meeting.")]
    public void A_sentence_giving_both_sums_disagrees_with_neither(string both, string one, string otherValue)
    {
        Assert.Empty(QuoteRuleTests.Analyze(both, one).Discrepancies);
        // A value the sentence does not give is still a disagreement with the one told the same way.
        Assert.NotEmpty(QuoteRuleTests.Analyze(both, otherValue).Discrepancies);
    }

    [Fact]
    public void The_markers_are_read_next_to_the_figure_and_totals_only_for_sums()
    {
        const string text = "A total of 21 climbers reached the summit on Monday, out of 30 who set off.";
        var sentence = new Chorus.Segment.Sentence("d1", 0, 0, 0, text, Chorus.Segment.Segmenter.Tokenize(text));
        int At(string word) => sentence.Tokens.ToList().FindIndex(t => t.Norm == word);
        // "A total of 21 climbers": a count told with "total" is how outlets write a count, not a whole split in parts.
        Assert.Equal("", PartOfWhole.Marks(sentence, At("21"), At("21"), money: false));
        Assert.Equal("whole", PartOfWhole.Marks(sentence, At("21"), At("21"), money: true));
        Assert.Equal("whole", PartOfWhole.Marks(sentence, At("30"), At("30"), money: false));
    }
}
