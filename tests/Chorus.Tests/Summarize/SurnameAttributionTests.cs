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

    [Fact]
    public void A_word_that_opens_a_clause_before_the_surname_is_no_first_name()
    {
        var c = Linked(
            Doc("ledger",
                "Governor Mara Dalton lost the first debate of the primary on Thursday, polls showed.",
                "If Dalton loses the next one, her donors may leave, aides said.",
                "\"It is far too early to write anyone off after a single night,\" Dalton said on a Sunday talk show."),
            Doc("courier", "Although Dalton trailed her rivals after the first debate, Mara Dalton kept her lead in money, a filing showed."));
        // The speaker as the analysis may give it, by surname: the filter finds the first name itself.
        Assert.Contains("[Mara] Dalton said", UnitSpokenBy(c, "\"It is far", "Dalton")!.Text);
    }

    [Fact]
    public void A_surname_two_people_of_the_story_share_is_no_speaker_to_show()
    {
        // A husband and a wife: "[Wilson] said" or "Wilson: …" would not tell the reader which.
        var c = Linked(
            Doc("ledger",
                "Jane Renner, 61, died after a fall on a hiking trail near Calder Ridge in May, an inquest heard.",
                "Her husband, Tom Renner, told the inquest they had walked the trail many times.",
                "\"We only went up when the weather was clear and we both agreed it was safe,\" he said."),
            Doc("courier", "Tom Renner said his wife Jane Renner had loved the ridge since she was a girl."));
        var unit = UnitSpokenBy(c, "\"We only went", "Renner");
        Assert.True(unit is null || (!unit.Text.Contains("[Renner]") && unit.AddedSpeaker is null), unit?.Text);
    }

    /// <summary>The unit of the sentence that opens with <paramref name="opening"/>, its quotation given to
    /// <paramref name="speaker"/> as the quote analysis would give it.</summary>
    private static CandidateUnit? UnitSpokenBy(Chorus.Link.LinkedCluster c, string opening, string speaker)
    {
        var index = Enumerable.Range(0, c.Sentences.Count).Single(i => c.Sentences[i].Text.StartsWith(opening, StringComparison.Ordinal));
        var s = c.Sentences[index];
        var quote = new Chorus.Analyze.Quote(speaker, s.Text, ["ledger"], [new(s.DocId, s.Position, s.Text)]);
        return new CandidateFilter(c, [quote]).UnitOf(index);
    }
}
