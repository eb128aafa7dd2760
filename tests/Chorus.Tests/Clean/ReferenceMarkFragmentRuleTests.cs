using Chorus.Clean;
using static Chorus.Tests.InventedCluster;

namespace Chorus.Tests.Clean;

/// <summary>Footnote marks (seen in an encyclopedia page and in a press release quoted by a technology story on dev;
/// sentences written for these tests).</summary>
public class ReferenceMarkFragmentRuleTests
{
    [Theory]
    // An encyclopedia's citations, one or several after a stop.
    [InlineData("The disorder is caused by lead in old paint.[1] Symptoms may include headaches.[2][7]",
        "The disorder is caused by lead in old paint. Symptoms may include headaches.", "[1] [2][7]")]
    [InlineData("The rarest form is called acute lead syndrome (ALS),[4] which affects children.",
        "The rarest form is called acute lead syndrome (ALS), which affects children.", "[4]")]
    // A press release's footnote inside a quotation.
    [InlineData("“It sends music to your phone, watch or laptop[1].” the company said.",
        "“It sends music to your phone, watch or laptop.” the company said.", "[1]")]
    public void Footnote_marks_glued_to_the_text_are_taken_out(string paragraph, string kept, string marks)
    {
        var stripped = new ReferenceMarkFragmentRule().Strip(paragraph);
        Assert.NotNull(stripped);
        Assert.Equal(kept, stripped.Value.Kept);
        Assert.Equal(marks, stripped.Value.Removed.Text);
        Assert.Equal(ReferenceMarkFragmentRule.Reason, stripped.Value.Removed.Reason);
    }

    [Theory]
    [InlineData("“I do think that [Trump is] beaten up on cable,” he said.")]
    [InlineData("[1] Officials said the road would reopen.")]
    [InlineData("The vote was 52 to 48 [see chart].")]
    [InlineData("The price rose 5 percent in a year.")]
    public void Brackets_that_are_not_footnote_marks_stay(string paragraph) =>
        Assert.Null(new ReferenceMarkFragmentRule().Strip(paragraph));

    [Fact]
    public void A_stop_before_a_footnote_mark_ends_its_sentence()
    {
        var cluster = Linked(Doc("encyclopedia",
            "Lead poisoning is caused by lead in old paint and pipes.[1] The most severe form is called acute lead syndrome.[2][5] Children under six are most at risk.[3]"));
        var texts = cluster.Sentences.Select(s => s.Text).ToList();
        Assert.Equal(3, texts.Count);
        Assert.Equal("The most severe form is called acute lead syndrome.", texts[1]);
        Assert.DoesNotContain(texts, t => t.Contains('['));
    }
}
