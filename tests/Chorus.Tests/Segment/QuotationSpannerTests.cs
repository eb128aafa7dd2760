using Chorus.Clean;
using Chorus.Ingest;
using Chorus.Segment;

namespace Chorus.Tests.Segment;

/// <summary>Quotation spans over sentences and paragraphs, curly and straight marks, in invented text.</summary>
public class QuotationSpannerTests
{
    private static IReadOnlyList<Sentence> Segment(params string[] paragraphs)
    {
        var source = new SourceDocument("d", "d.txt", null, null, null, null, null, paragraphs);
        return Segmenter.SentencesOf(new CleanDocument(source, paragraphs, [], null), 0);
    }

    private static QuoteRole[] Roles(IReadOnlyList<Sentence> s) => s.Select(x => x.Quotation.Role).ToArray();

    [Fact]
    public void A_curly_quotation_over_three_sentences_is_one_span()
    {
        var s = Segment("The mayor spoke first. “We lost the ferry. We will not lose the island. Not this year,” Mayor Ann Holt said. Then she left.");
        Assert.Equal([QuoteRole.None, QuoteRole.Opens, QuoteRole.Inside, QuoteRole.Closes, QuoteRole.None], Roles(s));
        Assert.All(s.Skip(1).Take(3), x => Assert.Equal((1, 3), (x.Quotation.First, x.Quotation.Last)));
    }

    [Fact]
    public void A_straight_quotation_reopened_in_the_next_paragraph_runs_on()
    {
        var s = Segment("\"The bridge is closed. Nobody crosses tonight.", "\"Tomorrow we look again,\" the engineer, Raj Patel, said.");
        Assert.Equal([QuoteRole.Opens, QuoteRole.Inside, QuoteRole.Closes], Roles(s));
        Assert.Equal((0, 2), (s[0].Quotation.First, s[0].Quotation.Last));
    }

    [Fact]
    public void Whole_quotations_and_plain_sentences_stand_alone()
    {
        var s = Segment("“It was loud,” a neighbor said. The fire burned for hours.");
        Assert.Equal([QuoteRole.Whole, QuoteRole.None], Roles(s));
    }

    [Fact]
    public void A_single_unclosed_quotation_ending_its_paragraph_is_repaired_there()
    {
        var s = Segment("The coach said: “We played our best game of the season.", "The team flies home on Sunday.");
        Assert.Equal(QuoteRole.Whole, s[0].Quotation.Role);
        Assert.Equal("The coach said: “We played our best game of the season.”", s[0].Quotation.Repaired);
    }

    [Fact]
    public void A_mark_whose_partner_has_no_certain_place_is_stray()
    {
        // Opened over two sentences and never closed; a closing mark nobody opened.
        var open = Segment("“We get floods, and we get storms. But this is something else.", "The river rose overnight.");
        Assert.Equal([QuoteRole.Stray, QuoteRole.Stray, QuoteRole.None], Roles(open));
        var closer = Segment("The council met at noon. Nobody expected this,” the clerk said.");
        Assert.Equal([QuoteRole.None, QuoteRole.Stray], Roles(closer));
    }

    [Theory]
    [InlineData("“We will rebuild,” she said.", false)]
    [InlineData("\"We will rebuild,\" she said.", false)]
    [InlineData("“We will rebuild the harbor.", true)]
    [InlineData("He called it \"a disaster.", true)]
    [InlineData("The hull is intact.”", true)]
    public void Unpaired_marks_are_recognized(string text, bool unpaired) =>
        Assert.Equal(unpaired, QuotationMarks.IsUnpaired(text));

    [Theory]
    [InlineData("“The water came up so fast,” the fire chief told reporters.", true)]
    [InlineData("According to the report, “the hull failed in three places.”", true)]
    [InlineData("“The channel will see this case through to the end,” he emphasized.", true)]
    [InlineData("\"Nobody on the crew had trained for a fire below deck,\" the captain warned.", true)]
    [InlineData("“The water came up so fast that we ran.”", false)]
    [InlineData("The company called the claims “completely and utterly false” on Monday.", false)]
    [InlineData("“Not saying he is guilty, but we know what happened.”", false)]
    [InlineData("“Members may not record calls without consent,” the club's policy states.", true)]
    [InlineData("The agency notes that the firm “met every deadline it was given.”", true)]
    [InlineData("Officials in the United States called it “a very long winter.”", false)]
    public void Attribution_is_recognized_beside_a_quotation(string text, bool attributed) =>
        Assert.Equal(attributed, QuotationMarks.HasAttribution(text));

    [Theory]
    [InlineData("But the crew kept everyone calm.", true)]
    [InlineData("They were rescued by a fishing boat.", true)]
    [InlineData("As such, the port stays closed.", true)]
    [InlineData("Meanwhile, the ferry company apologized.", true)]
    [InlineData("Putin also hosted the French leader in May.", true)]
    [InlineData("The crew kept everyone calm.", false)]
    [InlineData("Therese Holm, 54, was rescued by a fishing boat.", false)]
    [InlineData("“They were brave,” the captain said.", false)]
    public void Openers_that_lean_on_an_earlier_sentence_are_recognized(string text, bool leans) =>
        Assert.Equal(leans, SentenceOpener.LeansBack(text));
}
