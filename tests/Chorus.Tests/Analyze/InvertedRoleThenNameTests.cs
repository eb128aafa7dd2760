using static Chorus.Tests.Analyze.QuoteSpeakers;

namespace Chorus.Tests.Analyze;

/// <summary>
/// "“…,” said the lead author, Dr. Jo Roe, an associate professor at …, “…”": the verb first, a role with an article,
/// then the person holding it set off by a comma, after one part of a quotation or between two. Sentences written for
/// the test in the style of the outlets where the pattern was seen (named in each test); none is article text.
/// </summary>
public class InvertedRoleThenNameTests
{
    // Modelled on a New York daily's health story (the study's lead author, between two parts) and a music magazine's
    // tour story ("says the band's manager, Name.").
    [Fact]
    public void A_role_with_an_article_then_the_name_after_the_verb()
    {
        var a = QuoteRuleTests.Analyze(
            "The study followed nine thousand patients for five years.\n\n" +
            "“Losing the weight is only the first half of the job,” said the senior author, Dr. Noor Haddad, an associate professor of cardiology at the state medical school, “and keeping it off is the harder half.”",
            "The band cancelled the last six dates of the tour on Friday.\n\n" +
            "“Nobody in this group has slept properly since the spring,” says the band's tour manager, Rhys Calder.");
        Assert.Equal("Noor Haddad", SpeakerOf(a, "Losing the weight is only"));
        Assert.Equal("Noor Haddad", SpeakerOf(a, "and keeping it off is the harder half"));
        Assert.Equal("Rhys Calder", SpeakerOf(a, "Nobody in this group has slept"));
    }

    // "said the report, citing Dr. Noor Haddad": no comma-set name right after the role, so no speaker from this form.
    [Fact]
    public void Not_when_the_role_is_followed_by_more_than_a_name()
    {
        var a = QuoteRuleTests.Analyze(
            "The study followed nine thousand patients for five years.\n\n" +
            "“Losing the weight is only the first half of the job,” said the report, citing a finding by Noor Haddad and two colleagues.");
        Assert.Null(SpeakerOf(a, "Losing the weight is only"));
    }
}
