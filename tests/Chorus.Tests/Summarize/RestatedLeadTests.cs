using Chorus.Link;
using Chorus.Summarize;
using static Chorus.Tests.InventedCluster;

namespace Chorus.Tests.Summarize;

/// <summary>Two outlets' leads that tell one event in their own words share too few words for the plain similarity cap
/// and bring new terms, yet a reader sees the news twice: <see cref="ConceptCoverageSelector.OpeningRestatement"/>
/// keeps one of them. Leads that tell different facts both stay, and so does a named lead beside an unnamed one
/// (<see cref="UnnamedOpenerTests"/>: the named one must be there to open the summary).</summary>
public class RestatedLeadTests
{
    public static TheoryData<string, string, string[], string[]> Restated => new()
    {
        {
            "A Lakeport fisherman drowned on Sunday after his boat capsized in a storm on Crater Lake, police said.",
            "Police say a man from Harbor City died when his small boat overturned during Sunday's storm on Crater Lake.",
            ["Divers recovered the body near the north shore late in the evening.", "The weather service had issued a warning for high winds that morning."],
            ["Relatives said he had fished the lake for forty years.", "The county will review its storm warnings for boaters, the sheriff added."]
        },
        {
            "Three workers were hurt on Tuesday when scaffolding collapsed at the new stadium site in Westfield, the fire department said.",
            "Scaffolding gave way at Westfield's stadium construction site Tuesday, injuring three workers, according to officials.",
            ["Two of the men were taken to hospital with broken bones.", "Work on the stadium was halted while inspectors examined the site."],
            ["The stadium is due to open next autumn.", "The building company said it was cooperating with the investigation."]
        },
    };

    private static List<string> Choose(LinkedCluster linked, string leadA, string leadB, double restatement)
    {
        // Both leads are scored far above the rest and the budget holds both.
        var scores = linked.Sentences.Select(s => s.Text == leadA || s.Text == leadB ? 1.0 : 0.0).ToArray();
        int budget = leadA.Split(' ').Length + leadB.Split(' ').Length + 2;
        var selector = new ConceptCoverageSelector { ScoreWeight = 10, OpeningRestatement = restatement };
        return selector.Choose(linked, scores, Budget.Words(budget), new TermVectors(linked), new BigramConcepts(linked), new CandidateFilter(linked))
            .Select(u => u.Text).ToList();
    }

    [Theory]
    [MemberData(nameof(Restated))]
    public void A_second_outlets_lead_telling_the_same_event_is_left_out(string leadA, string leadB, string[] restA, string[] restB)
    {
        var linked = Linked(Doc("a", [leadA, .. restA]), Doc("b", [leadB, .. restB]));
        var vectors = new TermVectors(linked);
        var sentences = linked.Sentences.ToList();
        int a = sentences.FindIndex(s => s.Text == leadA), b = sentences.FindIndex(s => s.Text == leadB);
        Assert.True(a >= 0 && b >= 0, string.Join(" | ", sentences.Select(s => s.Text)));
        // Alike enough to tell one event, not alike enough for the general cap.
        double cosine = vectors.Cosine(a, b);
        Assert.InRange(cosine, ConceptCoverageSelector.DefaultOpeningRestatement, 0.5);
        var without = Choose(linked, leadA, leadB, restatement: 0);
        Assert.Contains(leadA, without);
        Assert.Contains(leadB, without);
        var with = Choose(linked, leadA, leadB, ConceptCoverageSelector.DefaultOpeningRestatement);
        Assert.Single(with, t => t == leadA || t == leadB);
    }

    [Fact]
    public void Leads_telling_different_facts_both_stay()
    {
        const string leadA = "A Lakeport fisherman drowned on Sunday after his boat capsized in a storm on Crater Lake, police said.";
        const string leadB = "The county will close two public boat ramps on Crater Lake next month to repair storm damage, officials announced.";
        var linked = Linked(Doc("a", leadA, "Divers recovered the body near the north shore late in the evening."),
            Doc("b", leadB, "The repairs are expected to cost about two million dollars."));
        var chosen = Choose(linked, leadA, leadB, ConceptCoverageSelector.DefaultOpeningRestatement);
        Assert.Contains(leadA, chosen);
        Assert.Contains(leadB, chosen);
    }
}
