using Chorus.Link;
using Chorus.Summarize;
using static Chorus.Tests.InventedCluster;

namespace Chorus.Tests.Summarize;

/// <summary>A unit that adds fewer than <see cref="ConceptCoverageSelector.MinNewTerms"/> content terms to the summary is
/// a repeat even when its cosine to the sentence that carries it is low (a long sentence and a short part of it).</summary>
public class NothingNewTests
{
    public static TheoryData<string, string, string, string, string> Stories => new()
    {
        {
            "Mayor Ana Ruiz announced on Tuesday that the city will build a tram line linking the airport, the university campus and the old harbour district before the end of the decade.",
            "The tram line will reach the airport.",
            "Ticket prices for the existing bus routes stay unchanged until next spring, officials added.",
            "Construction crews are expected to begin surveying the eastern streets in the coming weeks.",
            "Residents of the northern suburbs asked for an extra stop near the hospital."
        },
        {
            "The appeals court ruled on Friday that the factory owners must pay the families of the injured workers eleven million dollars in damages, overturning an earlier verdict.",
            "The factory owners now have to pay the injured workers.",
            "Lawyers for the company have not said whether they will take the case further.",
            "The accident at the chemical plant left nine workers in hospital for several months.",
            "Union leaders welcomed the decision outside the courthouse in the afternoon."
        },
    };

    private static List<string> Choose(LinkedCluster linked, string whole, string part, int minNewTerms)
    {
        // Both the whole sentence and its part are scored far above the rest, and the budget holds exactly the two.
        var scores = linked.Sentences.Select(s => s.Text == whole || s.Text == part ? 1.0 : 0.0).ToArray();
        int budget = whole.Split(' ').Length + part.Split(' ').Length;
        // The two are leads of their articles: the restated-lead test is off so only the one under test decides.
        var selector = new ConceptCoverageSelector { ScoreWeight = 10, MinNewTerms = minNewTerms, OpeningRestatement = 0 };
        return selector.Choose(linked, scores, Budget.Words(budget), new TermVectors(linked), new BigramConcepts(linked), new CandidateFilter(linked))
            .Select(u => u.Text).ToList();
    }

    [Theory]
    [MemberData(nameof(Stories))]
    public void A_sentence_another_chosen_one_already_carries_is_left_out(string whole, string part, string restA, string restB, string restC)
    {
        var linked = Linked(Doc("a", whole, restA), Doc("b", part, restB, restC));
        var vectors = new TermVectors(linked);
        int w = linked.Sentences.ToList().FindIndex(s => s.Text == whole), p = linked.Sentences.ToList().FindIndex(s => s.Text == part);
        Assert.True(w >= 0 && p >= 0, string.Join(" | ", linked.Sentences.Select(s => s.Text)));
        // The cosine check alone lets the part through.
        Assert.True(vectors.Cosine(w, p) <= 0.5, $"cosine {vectors.Cosine(w, p)}");
        var without = Choose(linked, whole, part, minNewTerms: 0);
        Assert.Contains(whole, without);
        Assert.Contains(part, without);
        var with = Choose(linked, whole, part, minNewTerms: 2);
        Assert.Single(with, t => t == whole || t == part);
    }
}
