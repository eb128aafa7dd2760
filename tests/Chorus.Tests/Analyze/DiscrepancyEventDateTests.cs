using Chorus.Analyze;

namespace Chorus.Tests.Analyze;

/// <summary>The date of an event named by its noun ("in a coup on March 11", "The coup, which began on March 12"):
/// a story's one coup, crash or election dated two ways by two outlets. Sentences written for these tests on invented
/// stories, modelled on a coup story and an air-crash story.</summary>
public class DiscrepancyEventDateTests
{
    [Theory]
    [InlineData("The coup, which began on March 12 with gunfire near the palace, ousted President Lio Mattis.",
        "Soldiers overthrew President Lio Mattis in a coup on March 11, suspending the constitution.", "coup")]
    [InlineData("Investigators are still searching for the cause of the crash on Oct. 3 that killed the Aldair Airways pilot.",
        "The Aldair Airways pilot died in a crash that happened on Oct. 4 near the runway, investigators said.", "crash")]
    public void Two_dates_of_one_named_event_disagree(string a, string b, string noun)
    {
        var d = Assert.Single(QuoteRuleTests.Analyze(a, b).Discrepancies);
        Assert.Equal($"date of the {noun}", d.Topic);
        Assert.Equal(2, d.Values.Select(v => v.Value).Distinct().Count());
    }

    [Fact]
    public void Two_events_of_a_kind_on_two_days_or_a_verb_that_is_no_event_stay_apart()
    {
        // A series of attacks: sentences that share nothing but the noun date two attacks.
        Assert.Empty(QuoteRuleTests.Analyze(
            "The attack on March 3 hit a fuel depot outside Marlow.",
            "Rebels claimed the attack on March 5 on a checkpoint in the hills.").Discrepancies);
        // "opened fire on June 3" dates the verb, not an event named "fire"; a noun needs its determiner.
        Assert.DoesNotContain(QuantityReader.Read("Guards opened fire on June 3 as the crowd pushed toward the gate."), q => q.Kind == QuantityKind.Date && q.Anchor == "fire");
        Assert.DoesNotContain(QuantityReader.Read("Voters said election on May 4 would be close."), q => q.Kind == QuantityKind.Date && q.Anchor == "election");
    }
}
