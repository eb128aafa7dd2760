using Chorus.Ingest;
using Chorus.Link;
using Chorus.Summarize;
using static Chorus.Tests.InventedCluster;

namespace Chorus.Tests.Summarize;

/// <summary>Concepts the reports open with weigh more (<see cref="ConceptCoverageSelector.LeadConceptBonus"/>): with
/// room for one sentence, a fact several outlets lead with beats a fact one more outlet mentions further down.</summary>
public class LeadConceptTests
{
    private static SourceDocument Doc(string id, params string[] paragraphs) => new(id, id, null, null, null, null, "Outlet " + id, paragraphs);

    /// <summary><paramref name="leadOutlets"/> articles open with the lead fact; one more article than that carries
    /// the deep fact, always after two sentences of its own.</summary>
    private static LinkedCluster Story(string leadFact, string deepFact, string[] own, int leadOutlets)
    {
        var docs = new List<SourceDocument>();
        for (int a = 0; a <= leadOutlets; a++)
        {
            var first = a < leadOutlets ? leadFact : own[2 * a] ;
            docs.Add(Doc($"{(char)('a' + a)}", first, own[2 * a + 1], deepFact, own[(2 * a + 2) % own.Length]));
        }
        return Linked([.. docs]);
    }

    private static string Choose(LinkedCluster linked, double bonus)
    {
        var flat = new double[linked.Sentences.Count];
        var chosen = new ConceptCoverageSelector { ScoreWeight = 0, LeadConceptBonus = bonus, ExactPool = 0 }
            .Choose(linked, flat, Budget.Words(13), new TermVectors(linked), new BigramConcepts(linked), new CandidateFilter(linked));
        return Assert.Single(chosen).Text;
    }

    public static TheoryData<string, string, string[], int> Stories => new()
    {
        {
            "The city council voted to close the old central library on Monday.",
            "Ferry tickets across the northern bay will cost ten percent more soon.",
            ["Students gathered outside the town hall with handmade protest signs.", "A bakery nearby handed out free bread rolls to the waiting crowd.",
             "The mayor's office released a short written statement that afternoon.", "Several teachers described the building as a second home for pupils.",
             "Volunteers had repainted the reading room only two summers earlier.", "Local historians pointed to the carved doors of the main entrance.",
             "Parking on the high street was restricted for most of the evening.", "Petition organisers collected signatures late into the night.",
             "Rain kept falling over the market square through the whole meeting.", "The next council session is expected to take place in spring."],
            3
        },
        {
            "Veteran striker Lena Okafor announced her retirement from international football on Thursday.",
            "Season tickets at the riverside stadium rose by fifteen euros this year.",
            ["Fans queued at the club shop before the morning training session.", "Her former coach praised the discipline she showed in every match.",
             "The national federation thanked her for twelve years of service.", "Younger players lined up for photographs after the press event.",
             "A documentary about the women's league premiered last autumn.", "The squad travels to the coast for a friendly next weekend.",
             "Pundits on the evening broadcast debated who might replace her.", "Sponsors renewed their contracts with the league in the summer.",
             "The stadium's new roof was finished only a month before.", "Supporters sang her name during the final minutes of the game.",
             "Club officials declined to comment on the transfer rumours.", "The youth academy reported record applications this season."],
            4
        },
    };

    [Theory]
    [MemberData(nameof(Stories))]
    public void A_fact_outlets_lead_with_outweighs_one_a_further_outlet_mentions_later(string leadFact, string deepFact, string[] own, int leadOutlets)
    {
        var linked = Story(leadFact, deepFact, own, leadOutlets);
        // Counted by reports alone the deep fact wins; the opening bonus turns it.
        Assert.Equal(deepFact, Choose(linked, bonus: 0));
        Assert.Equal(leadFact, Choose(linked, bonus: 1));
    }
}
