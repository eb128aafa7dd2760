using Chorus.Analyze;

namespace Chorus.Tests.Analyze;

/// <summary>Heights of a fall are compared only in units that convert: feet with metres, storeys with storeys. A storey
/// is as tall as its building makes it, so "25 feet" onto a lower roof and "nine stories" to the street are not one
/// figure told two ways (a hotel-scaffold fall story gave both).</summary>
public class DiscrepancyFallUnitTests
{
    // Modelled on a scaffold fall (storeys in one outlet, storeys in another) and a cliff fall (metres against feet).
    [Fact]
    public void Falls_in_storeys_meet_storeys_and_falls_in_metres_meet_feet()
    {
        var storeys = QuoteRuleTests.Analyze(
            "A painter fell nine stories from the Vellmar Building on Friday night, officers said.",
            "The painter, a father of two, plunged 12 stories from a ledge of the Vellmar Building.");
        var height = Assert.Single(storeys.Discrepancies, d => d.Kind == QuantityKind.Distance);
        Assert.Equal(["12 stories", "nine stories"], height.Values.Select(v => v.Value).Order().ToList());

        var cliff = QuoteRuleTests.Analyze(
            "The climber fell 30 metres down the face of Ostrow Crag before rescuers reached her.",
            "Rescuers said the climber tumbled 150 feet down Ostrow Crag and broke both legs.");
        Assert.Single(cliff.Discrepancies, d => d.Kind == QuantityKind.Distance);
    }

    // Modelled on the scaffold fall (feet onto a roof against storeys) and a bridge fall (floors against metres).
    [Fact]
    public void A_fall_in_storeys_is_not_compared_with_one_in_feet_or_metres()
    {
        var roof = QuoteRuleTests.Analyze(
            "A porter slipped 25 feet from the scaffolding of the Marden Hotel and landed on a terrace.",
            "The porter fell nine stories from the scaffolding of the Marden Hotel, police said.");
        Assert.DoesNotContain(roof.Discrepancies, d => d.Kind == QuantityKind.Distance);

        var bridge = QuoteRuleTests.Analyze(
            "A cyclist plunged 20 metres from the Kessel footbridge into the river on Sunday.",
            "The cyclist fell four floors from the Kessel footbridge into the river, witnesses said.");
        Assert.DoesNotContain(bridge.Discrepancies, d => d.Kind == QuantityKind.Distance);
    }
}
