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
