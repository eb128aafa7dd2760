using static Chorus.Tests.Analyze.QuoteSpeakers;

namespace Chorus.Tests.Analyze;

/// <summary>
/// Attributions after a quotation in two forms the plain pattern missed: the narrator's few words finishing the
/// sentence before the attribution ("“…” plea in the case, Roe said."), and a party in brackets between the name and
/// the verb ("“…,” Sen. Jo Roe (D-Vt.) said"). Sentences written for the test in the style of the outlets where the
/// pattern was seen (named in each test); none is article text.
/// </summary>
public class AttributionAfterNarrationTests
{
    // Modelled on a New Orleans paper's court story ("“…” plea in the killing, Surname said."), a wire story of a
    // renaming ("“…” in the Civil War, Surname said, adding …") and a Seattle paper's rescue story ("“…” that she was
    // gone, Surname said.").
    [Fact]
    public void Words_of_the_narrator_between_the_quotation_and_its_attribution()
    {
        var a = QuoteRuleTests.Analyze(
            "Harlan Voss, 71, appeared before the federal judge on Tuesday.\n\n" +
            "“I have asked to be sent west for eight months so I can enter my not guilty” plea in the Reno case, Voss said.",
            "The society's lawyer, Edith Marlowe, spoke after the vote.\n\n" +
            "“It was only ever a memorial to the farm boys of this county who died” in the war, Marlowe said, adding that the name had nothing to do with the quarrel.",
            "Her school friend Dana Kirsch heard the news by phone.\n\n" +
            "“We had all more or less made our peace with the idea” that she was gone, Kirsch said.");
        Assert.Equal("Harlan Voss", SpeakerOf(a, "I have asked to be sent west"));
        Assert.Equal("Edith Marlowe", SpeakerOf(a, "It was only ever a memorial"));
        Assert.Equal("Dana Kirsch", SpeakerOf(a, "We had all more or less"));
    }

    // Modelled on a Washington daily's storm story ("Gov. Name (D) said") and a Honolulu paper's medal story
    // ("Sen. Name (D-Hawaii) said").
    [Fact]
    public void A_party_in_brackets_between_the_name_and_the_verb()
    {
        var a = QuoteRuleTests.Analyze(
            "Governors along the coast declared emergencies on Thursday.\n\n" +
            "“This is a slow storm and it will sit over our bay for two full days,” Gov. Ruth Calloway (D) said at a briefing.",
            "The veterans will receive the medal at the Capitol this week.\n\n" +
            "\"These men answered a call their own country had no right to make of them,\" Sen. Kenji Morrow (D-Hawaii) said.");
        Assert.Equal("Ruth Calloway", SpeakerOf(a, "This is a slow storm"));
        Assert.Equal("Kenji Morrow", SpeakerOf(a, "These men answered a call"));
    }

    // The narrator's words in between report someone else speaking ("“…” Lee told them, Voss said"), or name someone
    // ("… as Judge Ann Lee put it, Voss said"): no speaker from this rule.
    [Fact]
    public void Not_when_someone_else_speaks_in_the_words_between()
    {
        var a = QuoteRuleTests.Analyze(
            "Harlan Voss, 71, appeared before the federal judge on Tuesday.\n\n" +
            "“I have asked to be sent west for eight months so I can enter my plea” the lawyer Ann Lee told the court, Voss said.");
        Assert.NotEqual("Harlan Voss", SpeakerOf(a, "I have asked to be sent west"));
    }
}
