using System.Diagnostics;
using Chorus.Clean;
using Chorus.Ingest;
using Chorus.Link;
using Chorus.Segment;
using Chorus.Summarize;
using static Chorus.Tests.InventedCluster;

namespace Chorus.Tests.Summarize;

public class ConceptCoverageTests
{
    private static SourceDocument Doc(string id, string? outlet, params string[] paragraphs) =>
        new(id, id, null, null, null, null, outlet, paragraphs);


    /// <summary>A synthetic story: every article opens with its own wording of a few shared facts, then adds
    /// filler of its own drawn from a seeded vocabulary, up to the requested length.</summary>
    public static SourceDocument[] Story(int articles, int wordsPerArticle, int seed)
    {
        var random = new Random(seed);
        string[] facts =
        [
            "The county council approved the new bridge budget on Tuesday evening after a long debate.",
            "Engineers warned that the old river crossing could close within two years without repairs.",
            "The bridge budget includes forty million dollars for steel and concrete work.",
            "Residents of the river towns have waited a decade for the new bridge to be approved.",
        ];
        // Filler words are the article's own, so no two outlets share its phrases.
        var filler = "market weather garden festival school library parade harvest concert museum theatre bakery orchard station harbour ferry tunnel island valley mountain"
            .Split(' ');
        var docs = new SourceDocument[articles];
        for (int a = 0; a < articles; a++)
        {
            var paragraphs = new List<string>();
            int words = 0;
            foreach (var fact in facts.OrderBy(_ => random.Next()).Take(3))
            {
                paragraphs.Add(fact);
                words += fact.Split(' ').Length;
            }
            while (words < wordsPerArticle)
            {
                var sentence = "Our " + string.Join(" ", Enumerable.Range(0, 8).Select(_ => filler[random.Next(filler.Length)] + "x" + a + "y" + random.Next(1000))) + " notes.";
                paragraphs.Add(sentence);
                words += sentence.Split(' ').Length;
            }
            docs[a] = Doc($"{a + 1:00}", $"Outlet {a}", paragraphs.ToArray());
        }
        return docs;
    }

    [Theory]
    [InlineData(2, 100, BudgetUnit.Words, 100)]
    [InlineData(2, 100, BudgetUnit.Sentences, 3)]
    [InlineData(10, 400, BudgetUnit.Words, 50)]
    [InlineData(10, 400, BudgetUnit.Bytes, 300)]
    [InlineData(50, 300, BudgetUnit.Words, 250)]
    [InlineData(50, 300, BudgetUnit.Sentences, 1)]
    public void Summaries_of_two_to_fifty_articles_keep_to_every_kind_of_budget(int articles, int words, BudgetUnit unit, int limit)
    {
        var linked = Linked(Story(articles, words, seed: articles));
        var budget = new Budget(unit, limit);
        var summary = new ChorusSummarizer().Summarize(linked, budget);
        Assert.NotEmpty(summary.Sentences);
        Assert.InRange(summary.Sentences.Sum(s => budget.SizeOf(s.Text)), 1, limit);
        // The facts several outlets carry outrank any one outlet's filler.
        Assert.Contains(summary.Sentences, s => s.Text.Contains("bridge") || s.Text.Contains("river crossing"));
    }

    [Fact]
    public void A_fifty_thousand_word_cluster_is_summarized_in_bounded_time()
    {
        var linked = Linked(Story(20, 2500, seed: 7));
        Assert.True(linked.Sentences.Sum(s => s.WordCount) > 40000, $"{linked.Sentences.Sum(s => s.WordCount)} words");
        var watch = Stopwatch.StartNew();
        var summary = new ChorusSummarizer().Summarize(linked, Budget.Words(100));
        watch.Stop();
        Assert.NotEmpty(summary.Sentences);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"{watch.Elapsed}");
    }

    [Fact]
    public void Concepts_count_a_wire_story_and_its_reprint_as_one_report()
    {
        const string wire1 = "A magnitude six earthquake struck the coastal province early on Sunday morning.";
        const string wire2 = "Rescue teams searched collapsed houses in three fishing villages near the coast.";
        const string wire3 = "The regional governor said schools would stay closed for the rest of the week.";
        var linked = Linked(
            Doc("a", "Wire Service", wire1, wire2, wire3),
            Doc("b", "Daily Courier", wire1, wire2, wire3),
            Doc("c", "Evening Post", "Residents said the earthquake struck while most families were still asleep in the province.",
                "A shopkeeper described shelves falling and windows breaking in the main market street."));
        var families = new OutletFamilies(linked);
        Assert.Equal(2, families.Count);
        Assert.Equal(families.FamilyOf("a"), families.FamilyOf("b"));
        var concepts = new BigramConcepts(linked, families);
        // "earthquake struck" appears in all three articles but in two independent reports: weight 2 - 1.
        int sentence = linked.Sentences.Select((s, i) => (s, i)).First(x => x.s.DocId == "c").i;
        Assert.Contains(concepts.OfSentence[sentence], c => concepts.Weight[c] == 1);
        // The reprint alone adds nothing: the governor's sentence has no concept that two reports share.
        int governor = linked.Sentences.Select((s, i) => (s, i)).First(x => x.s.Text.StartsWith("The regional governor")).i;
        Assert.Empty(concepts.OfSentence[governor]);
    }

    [Fact]
    public void Two_stories_of_one_outlet_are_two_reports_and_its_update_is_one()
    {
        // A wire service files a story a day: two of its stories told apart are two reports (a newswire archive
        // cluster is ten articles from two services); its update that re-runs the first story's lines is one.
        const string first1 = "The city library will reopen its main reading room next month after repairs.";
        const string first2 = "Opening hours will be longer on weekends and on public holidays, the librarian said.";
        const string first3 = "The council approved the repair budget at its spring meeting without a vote against.";
        var linked = Linked(
            Doc("x1", "Harbor Times", first1, first2, first3),
            Doc("x2", "harbor times", "Volunteers repaired shelves and lamps in the reading room over the summer.", "A local carpenter donated six new oak tables and chairs for the study area."),
            Doc("x3", "Harbor Times", first1, first2, first3, "The reading room will hold a concert for children on its first Saturday."),
            Doc("y", "Valley News", "The library reading room closed last winter when the roof began to leak.", "Insurance paid for most of the new roof, according to the council."));
        var families = new OutletFamilies(linked);
        Assert.Equal(3, families.Count);
        Assert.NotEqual(families.FamilyOf("x1"), families.FamilyOf("x2"));
        Assert.Equal(families.FamilyOf("x1"), families.FamilyOf("x3"));
        Assert.NotEqual(families.FamilyOf("x2"), families.FamilyOf("y"));
    }

    [Fact]
    public void The_selector_does_not_pay_twice_for_one_fact_and_prefers_shared_concepts()
    {
        var linked = Linked(
            Doc("a", "A", "The mayor opened the new harbour bridge on Friday afternoon before a large crowd.",
                "A local bakery sold cakes shaped like boats to visitors at the ceremony."),
            Doc("b", "B", "The new harbour bridge was opened by the mayor on Friday afternoon, officials said.",
                "The harbour bridge cost twelve million dollars and took three years to build."),
            Doc("c", "C", "Before a large crowd the mayor opened the new harbour bridge on Friday.",
                "Traffic on the coast road was diverted for most of the day by the police."),
            Doc("d", "D", "The harbour bridge took three years to build, at a cost of twelve million dollars.",
                "Ferry tickets will no longer be sold at the old pier from next month on."));
        var vectors = new TermVectors(linked);
        var concepts = new BigramConcepts(linked);
        var flat = new double[linked.Sentences.Count];
        var chosen = new ConceptCoverageSelector { ScoreWeight = 0 }.Choose(linked, flat, Budget.Words(30), vectors, concepts, new CandidateFilter(linked));
        var texts = chosen.Select(u => u.Text).ToList();
        Assert.Equal(4, concepts.Families.Count);
        Assert.Equal(2, texts.Count);
        Assert.Single(texts, t => t.Contains("opened"));
        Assert.Single(texts, t => t.Contains("million"));
        Assert.DoesNotContain(texts, t => t.Contains("bakery"));
    }

    [Fact]
    public void Sparse_neighbours_give_the_same_cosines_as_pairwise_computation()
    {
        var linked = Linked(Story(6, 300, seed: 3));
        var vectors = new TermVectors(linked);
        int n = vectors.Count;
        for (int a = 0; a < n; a++)
        {
            var neighbours = vectors.NeighboursOf(a).ToDictionary(x => x.Sentence, x => (double)x.Cosine);
            for (int b = 0; b < n; b++)
            {
                if (a == b) continue;
                double exact = TermVectors.Cosine(vectors.Vectors[a], vectors.Norms[a], vectors.Vectors[b], vectors.Norms[b]);
                Assert.Equal(exact, vectors.Cosine(a, b), 4);
                Assert.Equal(exact > 1e-9, neighbours.ContainsKey(b));
                if (exact > 1e-9) Assert.Equal(exact, neighbours[b], 4);
            }
        }
    }

    [Fact]
    public void One_article_of_tens_of_thousands_of_sentences_needs_no_square_table()
    {
        var random = new Random(5);
        var words = "court judge ruling appeal county budget school teacher river bridge storm rain harbour ship council vote".Split(' ');
        var paragraphs = Enumerable.Range(0, 6000)
            .Select(i => "The " + string.Join(" ", Enumerable.Range(0, 9).Select(_ => words[random.Next(words.Length)])) + $" report number {i} said.")
            .ToArray();
        var linked = Linked(Doc("long", null, string.Join(" ", paragraphs)));
        Assert.True(linked.Sentences.Count >= 5500);
        // This thread's allocation only: the suite runs other tests in parallel.
        long before = GC.GetAllocatedBytesForCurrentThread();
        var summary = new ChorusSummarizer().Summarize(linked, Budget.Words(100));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.NotEmpty(summary.Sentences);
        // A float n×n table alone would be 144 MB; allocation now grows with the sentences, not their square.
        Assert.True(allocated < 100_000_000, $"{allocated:N0} bytes");
    }
}
