using Chorus.Summarize;
using static Chorus.Tests.InventedCluster;

namespace Chorus.Tests.Summarize;

/// <summary>Openers a reader meets before the name they describe (seen in an entertainment and a crime story on dev;
/// sentences written for these tests), and descriptions that are whole.</summary>
public class UnnamedSubjectTests
{
    [Theory]
    [InlineData("The actress, who has spoken out about abuse in the industry, criticised the actor on Saturday.", true)]
    [InlineData("The comedian teased a big announcement on his radio show on Monday.", true)]
    [InlineData("The 28-year-old was in the passenger seat when the car left the road.", true)]
    [InlineData("The singer cancelled the rest of her tour on Friday.", true)]
    [InlineData("The suspect fled on foot after the shooting late on Tuesday.", true)]
    [InlineData("The man who shot two guards at the warehouse was found dead on Thursday.", false)]
    [InlineData("The woman accused of stealing the painting appeared in court on Monday.", false)]
    [InlineData("A woman was rescued from the river in Dayton on Sunday.", false)]
    [InlineData("The senate passed the budget bill late on Friday.", false)]
    [InlineData("The manager of the plant said the leak was fixed.", false)]
    [InlineData("the actress spoke on saturday.", false)]
    public void A_described_but_unnamed_person_cannot_open_a_summary(string text, bool unnamed) =>
        Assert.Equal(unnamed, UnnamedSubject.Opens(text));

    /// <summary>A description with words before its noun points back as much as a bare one: seen in the SGML shape of
    /// a music cluster (1c29fa3bc586, "The [city] [genre] mogul") and in leads of a television cluster (32350309f0cb,
    /// "The [show] actress") and a film cluster (e8f1a46473d0, "The [film] star"); a name right after the description, or a
    /// clause that pins it down, makes it whole.</summary>
    [Theory]
    [InlineData("The Atlanta trap mogul announced on Sunday that he owes his label $4 million.", true)]
    [InlineData("The Brookside Lane actress defended her gown at the premiere on Thursday night.", true)]
    [InlineData("The Summer Camp star has never shied away from a public fight.", true)]
    [InlineData("The Oscar-winning actor Tom Avery said on Monday he would return to the stage.", false)]
    [InlineData("The second most wanted man on the agency's list died in a nursing home.", false)]
    [InlineData("The first woman to lead the port authority was sworn in on Monday.", false)]
    [InlineData("The city council voted on Tuesday to close the pool.", false)]
    public void A_description_with_words_before_its_noun_cannot_open_a_summary(string text, bool unnamed) =>
        Assert.Equal(unnamed, UnnamedSubject.Opens(text));
}

public class UnnamedOpenerTests
{

    [Fact]
    public void A_summary_opens_on_the_named_lead_not_on_a_description_of_the_same_person()
    {
        var docs = new[]
        {
            Doc("gazette",
                "The singer cancelled the rest of her European tour on Friday, citing exhaustion after six months on the road.",
                "Ticket holders will get a full refund within two weeks, the promoter said in a statement on Friday."),
            Doc("post",
                "The singer has cancelled the rest of her European tour, citing exhaustion after six months on the road, on Friday.",
                "Fans queued outside the Berlin arena on Friday hoping for news of new dates."),
            Doc("courier",
                "Pop singer Mara Lind cancelled the remaining dates of her European tour on Friday, citing exhaustion.",
                "Lind had played 48 shows since March, including four sold-out nights in Berlin."),
        };
        var linked = Linked(docs);
        var summary = new ChorusSummarizer().Summarize(linked, Budget.Words(60));
        Assert.NotEmpty(summary.Sentences);
        Assert.StartsWith("Pop singer Mara Lind", summary.Sentences[0].Text);
    }
}
