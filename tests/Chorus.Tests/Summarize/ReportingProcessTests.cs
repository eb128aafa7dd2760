using Chorus.Summarize;

namespace Chorus.Tests.Summarize;

/// <summary>Sentences that tell only how an article was reported: a non-answer to the newsroom (dev clusters
/// 1a3aae0f474e, 277ce57c2b27, 88292edcdf81, b8ad3a4d5f7e, 348357789b1c: an agency, a studio's representatives, a
/// county office, a college, a company) and a newsroom that could not check a claim (1a3aae0f474e, two outlets:
/// a trade paper and a news agency). Invented sentences in those shapes.</summary>
public class ReportingProcessTests
{
    [Theory]
    [InlineData("Representatives for the streaming service did not respond to a reporter's request for comment about the leak.")]
    [InlineData("Glenmoor did not immediately respond for comment.")]
    [InlineData("The county clerk's office did not immediately return our requests for comment.")]
    [InlineData("His lawyers have not returned calls and emails from the Ledger seeking comment.")]
    [InlineData("A spokeswoman for the district hasn't responded to the station's inquiries.")]
    [InlineData("The harbor master could not be reached for comment on Sunday.")]
    [InlineData("Attempts to reach both brothers were unsuccessful.")]
    [InlineData("Variety was unable to verify the files the group claimed to have posted.")]
    [InlineData("The Associated Press could not independently confirm the authenticity of the recording.")]
    [InlineData("We could not verify the account.")]
    public void A_sentence_about_the_reporting_itself_is_not_shown(string text)
    {
        Assert.True(ReportingProcess.Tells(text));
        var cluster = InventedCluster.Linked(InventedCluster.Doc("a",
            "The ferry ran aground off Kessel Point on Tuesday, stranding 40 passengers for six hours.", text,
            "Divers inspected the hull on Wednesday and found a crack near the bow, the coast guard said."));
        var filter = new CandidateFilter(cluster);
        Assert.True(filter.IsCandidate(0));
        Assert.False(filter.IsCandidate(1));
    }

    [Theory]
    // News, not the newsroom: who chose not to speak, a non-answer that goes on to a fact, the police's own doubt.
    [InlineData("The White House declined to comment on the tweets.")]
    [InlineData("The studio did not respond to requests for comment, but a person close to the show said filming would resume.")]
    [InlineData("Police could not confirm the identity of the driver.")]
    [InlineData("Firefighters did not respond to the first calls until 20 minutes later, the report found.")]
    [InlineData("The mayor has not returned to the office since the flood.")]
    public void News_about_the_story_stays(string text) => Assert.False(ReportingProcess.Tells(text));
}
