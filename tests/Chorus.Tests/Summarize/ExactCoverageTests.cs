using Chorus.Clean;
using Chorus.Ingest;
using Chorus.Link;
using Chorus.Segment;
using Chorus.Summarize;
using static Chorus.Tests.InventedCluster;

namespace Chorus.Tests.Summarize;

/// <summary>The exact search after the greedy, and the choice among leads to open with.</summary>
public class ExactCoverageTests
{
    private static SourceDocument Doc(string id, string outlet, params string[] paragraphs) =>
        new(id, id, null, null, null, null, outlet, paragraphs);


    private static ExactCoverageSearch Search(int[][] concepts, int[] sizes, int capacity, params (int A, int B)[] conflicts)
    {
        int count = concepts.Max(c => c.DefaultIfEmpty(-1).Max()) + 1;
        var conflict = new bool[concepts.Length, concepts.Length];
        foreach (var (a, b) in conflicts) conflict[a, b] = conflict[b, a] = true;
        return new ExactCoverageSearch(concepts, Enumerable.Repeat(1.0, count).ToArray(), new bool[count], new double[concepts.Length], sizes, conflict, capacity);
    }

    [Fact]
    public void Two_short_units_replace_one_long_one_when_together_they_cover_more()
    {
        // One 10-word unit covering five concepts against two 5-word units covering three each (the greedy with a
        // cost exponent below 1 prefers the long one: 5/√10 > 3/√5).
        var search = Search([[0, 1, 2, 3, 4], [5, 6, 7], [8, 9, 10]], [10, 5, 5], capacity: 10);
        Assert.Equal([1, 2], search.Search(incumbent: 5)!.Order());
        // Five units, 12 words of room: three short ones that overlap the long one cover nine concepts.
        var wider = Search([[0, 1, 2, 3], [0, 1, 4], [5, 6], [7, 8, 9], [2, 3, 10]], [8, 4, 4, 4, 4], capacity: 12);
        Assert.Equal([1, 3, 4], wider.Search(incumbent: 4)!.Order());
    }

    [Fact]
    public void The_search_respects_conflicts_counts_a_concept_once_and_keeps_a_greedy_it_cannot_beat()
    {
        // Near-copies may not both be chosen.
        Assert.Null(Search([[0, 1, 2, 3, 4], [5, 6, 7], [8, 9, 10]], [10, 5, 5], 10, (1, 2)).Search(incumbent: 5));
        // Two units sharing their concepts cover four, not seven.
        Assert.Null(Search([[0, 1, 2, 3, 4], [5, 6, 7], [5, 6, 7, 8]], [10, 5, 5], 10).Search(incumbent: 5));
    }

    private static readonly SourceDocument[] Harbour =
    [
        Doc("a", "Coast Herald", "The mayor opened the new harbour bridge on Friday afternoon before a large crowd.",
            "The harbour bridge cost twelve million dollars and took three years to build.",
            "A local bakery sold cakes shaped like boats to visitors at the ceremony."),
        Doc("b", "Bay Courier", "The new harbour bridge was opened by the mayor on Friday, officials said.",
            "The bridge took three years to build at a cost of twelve million dollars.",
            "Ferry tickets will no longer be sold at the old pier from next month."),
        Doc("c", "Evening Post", "Before a large crowd the mayor opened the new harbour bridge.",
            "Traffic on the coast road was diverted for the day by the police.",
            "Ferry tickets will no longer be sold at the old pier, the ferry company said."),
    ];

    [Theory]
    [InlineData(30)]
    [InlineData(50)]
    [InlineData(100)]
    public void The_exact_search_never_ends_below_the_greedy_nor_over_the_budget(int words)
    {
        foreach (var docs in new[] { Harbour, ConceptCoverageTests.Story(6, 300, seed: 3), ConceptCoverageTests.Story(12, 200, seed: 5) })
        {
            var linked = Linked(docs);
            var features = new SentenceFeatures(linked);
            var scores = new HeuristicRanker().Score(features.Rows);
            var filter = new CandidateFilter(linked);
            var budget = Budget.Words(words);
            new ConceptCoverageSelector { ExactPool = 0 }.Choose(linked, scores, budget, features.Vectors, features.Concepts, filter, null, out double greedy);
            var exact = new ConceptCoverageSelector { ExactPool = 24 }.Choose(linked, scores, budget, features.Vectors, features.Concepts, filter, null, out double value);
            Assert.True(value >= greedy - 1e-9, $"{value} < {greedy}");
            Assert.InRange(exact.Sum(u => budget.SizeOf(u.Text)), 1, words);
        }
    }

    /// <summary>The first article's lead says when and agrees most with the other leads, but runs long; another
    /// outlet's lead also says when, in a few words, and its article tells the rest in short sentences. (The
    /// Versailles sample in <see cref="TrustworthySummaryTests"/> is the real cluster where the second lead, which
    /// does not say when, must not open.)</summary>
    public static IEnumerable<object[]> LongAgreedLeads() =>
    [
        [new[]
        {
            Doc("a", "Lake Times", "The passenger ferry Aurora ran aground near Lakeport on Tuesday night, and coast guard boats rescued all passengers after a stormy crossing that had been delayed twice by high winds and a broken radar mast."),
            Doc("b", "North Wire", "The ferry Aurora ran aground near Lakeport on Tuesday.", "Coast guard boats rescued all passengers within two hours.",
                "The ferry company said the ship was carrying 212 people."),
            Doc("c", "Bay Radio", "Coast guard boats rescued all passengers after the ferry Aurora ran aground near Lakeport.",
                "The ferry company said the ship carried 212 people and a crew of nine."),
            Doc("d", "Harbour FM", "All passengers were rescued by coast guard boats after the Aurora ferry ran aground near Lakeport."),
        }, "a", 38],
    ];

    [Theory]
    [MemberData(nameof(LongAgreedLeads))]
    public void A_short_budget_opens_with_the_lead_that_lets_the_summary_cover_most(SourceDocument[] docs, string longLead, int words)
    {
        var linked = Linked(docs);
        // Room for the long lead and not for another sentence beside it.
        var budget = Budget.Words(words);
        var shipped = TreeEnsembleRanker.Default.Model.Selection!;
        var one = new ChorusSummarizer { Selector = (shipped with { OpenerChoices = 1 }).ToSelector() }.Summarize(linked, budget);
        var three = new ChorusSummarizer { Selector = (shipped with { OpenerChoices = 3 }).ToSelector() }.Summarize(linked, budget);
        // With one choice the long agreed lead fills the budget alone.
        Assert.Single(one.Sentences);
        Assert.Equal(longLead, linked.Sentences[one.Sentences[0].SentenceIndex].DocId);
        // Three choices: another outlet's lead opens, and leaves room for more of the story.
        var opener = linked.Sentences[three.Sentences[0].SentenceIndex];
        Assert.NotEqual(longLead, opener.DocId);
        Assert.Equal(0, opener.Position);
        Assert.True(three.Sentences.Count >= 2);
    }
}
