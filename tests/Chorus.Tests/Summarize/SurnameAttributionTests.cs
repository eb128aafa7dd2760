using Chorus.Link;
using Chorus.Summarize;
using static Chorus.Tests.InventedCluster;

namespace Chorus.Tests.Summarize;

/// <summary>A quotation attributed by surname alone gets the first name the analysis knows, marked as added (sentences
/// written for these tests in a political talk-show story's and a court story's shapes).</summary>
public class SurnameAttributionTests
{
    [Theory]
    [InlineData("\"It is far too early to write anyone off,\" Dalton said on a Sunday talk show.", "Mara Dalton", "\"It is far too early to write anyone off,\" [Mara] Dalton said on a Sunday talk show.")]
    [InlineData("“We will appeal the verdict,” said Okafor, standing outside the courthouse.", "Chidi Okafor", "“We will appeal the verdict,” said [Chidi] Okafor, standing outside the courthouse.")]
    // Already named in full, a title before the surname, the surname only inside the quotation, or no attribution by it.
    [InlineData("\"It is far too early,\" Mara Dalton said.", "Mara Dalton", "\"It is far too early,\" Mara Dalton said.")]
    [InlineData("\"It is far too early,\" Gov. Dalton said.", "Mara Dalton", "\"It is far too early,\" Gov. Dalton said.")]
    [InlineData("\"Nobody told Dalton about the vote,\" an aide said.", "Mara Dalton", "\"Nobody told Dalton about the vote,\" an aide said.")]
    [InlineData("Dalton won the primary by nine points.", "Mara Dalton", "Dalton won the primary by nine points.")]
    public void The_first_name_goes_before_a_surname_that_attributes_a_quotation(string text, string speaker, string shown) =>
        Assert.Equal(shown, SurnameAttribution.Complete(text, speaker));

    [Theory]
    // A shelter story's officer named in the sentence before; a court story's lawyer named in an added speaker label.
    [InlineData("Officer Laurie Graber was sent to the care home.", null, "\"A promise kept is worth something,\" [Laurie] Graber said.", "\"A promise kept is worth something,\" Graber said.")]
    [InlineData("“We expected this ruling,” she said.", "Chidi Okafor", "“We will appeal the verdict,” said [Chidi] Okafor.", "“We will appeal the verdict,” said Okafor.")]
    // Nobody named the person before: the added first name stays.
    [InlineData("The care home reported the ring stolen on Monday.", null, "\"A promise kept is worth something,\" [Laurie] Graber said.", "\"A promise kept is worth something,\" [Laurie] Graber said.")]
    public void An_added_first_name_goes_where_the_summary_named_the_person_before(string before, string? label, string text, string shown)
    {
        var summary = new Summary("t", Budget.Default, [new SummarySentence(before, ["a"], 0, label), new SummarySentence(text, ["b"], 1)]);
        Assert.Equal(shown, SurnameAttribution.Settle(summary).Sentences[1].Text);
    }

    [Fact]
    public void The_filter_completes_a_surname_attribution_from_the_name_the_cluster_gives()
    {
        var c = Linked(
            Doc("ledger",
                "Governor Mara Dalton lost the first debate of the primary on Thursday, polls showed.",
                "\"It is far too early to write anyone off after a single night,\" Dalton said on a Sunday talk show."),
            Doc("courier", "Mara Dalton trailed her rivals after the first debate, a poll found on Friday."));
        var index = Enumerable.Range(0, c.Sentences.Count).Single(i => c.Sentences[i].Text.StartsWith("\"It is far", StringComparison.Ordinal));
        var unit = new CandidateFilter(c).UnitOf(index);
        Assert.NotNull(unit);
        Assert.Contains("[Mara] Dalton said", unit.Text);
    }
}
