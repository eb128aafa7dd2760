using Chorus.Summarize;

namespace Chorus.Tests.Summarize;

/// <summary>Openers that answer a sentence the summary does not show (issue 13, trust: CONTEXT iii). Sentences written for
/// these tests, each modelled on two clusters named per case.</summary>
public class ConnectiveOpenerRoundThreeTests
{
    [Theory]
    // "Finally," closes a sequence told before: dev 69b0462ff955 (a diagnosis after a wait) and dev 82cafb9831bc (an airport scene).
    [InlineData("Finally, after two scans and a long night, Nadia was diagnosed with a rare nerve disorder.",
        "After two scans and a long night, Nadia was diagnosed with a rare nerve disorder.")]
    [InlineData("Finally, station guards put Ortega in a taxi and sent him home.", "Station guards put Ortega in a taxi and sent him home.")]
    // "In exchange," / "In return," answer a deal told before: dev 2b546dd84546 (a naming deal) and train mnp-1453 (a settlement with a mayor), mnp-4312 (a migrant deal).
    [InlineData("In exchange, the society will give up its claim to the hall's name.", "The society will give up its claim to the hall's name.")]
    [InlineData("In return, prosecutors agreed to drop two of the counts.", "Prosecutors agreed to drop two of the counts.")]
    public void A_sequence_or_exchange_connective_leans_back_and_can_go(string text, string dropped)
    {
        Assert.True(LeaningConnective.Opens(text));
        Assert.Equal(dropped, LeaningConnective.Dropped(text));
    }

    [Theory]
    // "In exchange for …" and "finally" inside the sentence carry their own object or time.
    [InlineData("In exchange for the land, the city will build a school.")]
    [InlineData("The bridge finally reopened on Monday.")]
    public void A_phrase_with_its_own_object_stands_alone(string text) => Assert.False(LeaningConnective.Opens(text));

    [Theory]
    // A count further to one told before: dev d30be80c0ac4 (states with one inmate each) and train mnp-3251 (a further share lost), mnp-18289 (more troops).
    [InlineData("A further nine states hold a single prisoner each.", true)]
    [InlineData("A further 30 villagers were treated for smoke.", true)]
    [InlineData("A further inquiry was opened on Friday.", false)]
    [InlineData("Officials want a further 30 days to decide.", false)]
    public void A_further_count_leans_back(string text, bool leans) => Assert.Equal(leans, LeaningConnective.Opens(text));

    [Theory]
    // A quotation opening on "Therefore": dev 0e285d4f4c44 (a leader refusing a truce) and dev 6c7741bd6cb0 (a scripture line).
    [InlineData("“Therefore we will not sign any deal that stops the inquiry halfway,” the minister said.", true)]
    [InlineData("\"Therefore keep watch and take nothing strong to drink.\"", true)]
    [InlineData("“There is no deal yet,” the minister said.", false)]
    public void A_quotation_opening_on_therefore_leans_back(string text, bool leans) =>
        Assert.Equal(leans, StandAloneCheck.QuotationLeansBack(text));
}
