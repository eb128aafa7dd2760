using Chorus.Analyze;

namespace Chorus.Tests.Analyze;

/// <summary><see cref="NameForms.Canonical"/> keeps its scratch on the thread between calls: each cluster's names are
/// read on their own, whatever the cluster before held (a wire story's officials, then a sports page's players).</summary>
public class CanonicalNamesTests
{
    [Fact]
    public void A_clusters_names_do_not_carry_into_the_next()
    {
        var wire = NameForms.Canonical(["Ines Farrow", "Farrow", "Oskar Lindqvist", "Lindqvist"]);
        Assert.Equal("Ines Farrow", wire["Farrow"]);
        Assert.Equal("Oskar Lindqvist", wire["Lindqvist"]);
        // The next cluster names only the surnames, and a different Farrow in full.
        var sports = NameForms.Canonical(["Lindqvist", "Jaxon Farrow", "Farrow", "Lindqvist"]);
        Assert.Equal("Lindqvist", sports["Lindqvist"]);
        Assert.Equal("Jaxon Farrow", sports["Farrow"]);
        Assert.Equal(3, sports.Count);
    }

    [Fact]
    public void A_cluster_after_a_very_large_one_is_read_on_its_own()
    {
        var many = Enumerable.Range(0, 5000).Select(i => $"Tilly Osgood{i}").Append("Osgood7").ToList();
        var large = NameForms.Canonical(many);
        Assert.Equal("Tilly Osgood7", large["Osgood7"]);
        Assert.Equal(5001, large.Count);
        var small = NameForms.Canonical(["Bo Markham", "Markham", "Dana Q Holloway", "Dana Holloway"]);
        Assert.Equal(["Bo Markham", "Markham", "Dana Q Holloway", "Dana Holloway"], small.Keys);
        Assert.Equal("Bo Markham", small["Markham"]);
        Assert.Equal("Dana Holloway", small["Dana Q Holloway"]);
    }
}
