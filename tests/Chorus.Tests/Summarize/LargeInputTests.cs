using Chorus.Analyze;
using Chorus.Ingest;
using Chorus.Summarize;

namespace Chorus.Tests.Summarize;

/// <summary>
/// A large input takes the linear paths of issue 16 (copy detection through its partner index, the agreed lead
/// through the one-pass sum past <see cref="BudgetedSelector.PairwiseAgreementCap"/> leads) and still finds what a
/// small one would: the planted copies and the lead most articles tell.
/// </summary>
public class LargeInputTests
{
    private static readonly string[] Crews = ["divers", "firefighters", "volunteers", "medics", "deputies", "engineers", "pilots", "inspectors", "rangers", "nurses"];
    private static readonly string[] Acts = ["searched", "checked", "cleared", "guarded", "mapped", "photographed", "measured", "reopened", "closed", "inspected"];
    private static readonly string[] Things = ["pier", "dock", "depot", "bridge", "terminal", "marina", "yard", "seawall", "lighthouse", "warehouse"];
    private static readonly string[] Syllables = ["ka", "lo", "mi", "ren", "to", "sa", "vel", "dor", "pa", "ni", "gru", "zen", "ba", "fi", "hol", "wu"];
    private static readonly string[] StoryActs = ["opened", "sold", "won", "lost", "painted", "rebuilt", "bought", "moved", "named", "launched"];
    private static readonly string[] Days = ["Monday", "Wednesday", "Thursday", "Friday", "Saturday"];

    // The main story's lead, worded three ways; every other story is six articles opening with a lead of its own.
    // Each lead is under 15 words, so sharing one is not copying.
    private static readonly string[] FerryLeads =
    [
        "The Harbor Line ferry sank near Pine Island on Tuesday with 40 passengers aboard.",
        "A Harbor Line ferry with 40 passengers aboard sank near Pine Island on Tuesday.",
        "Forty passengers were rescued Tuesday after a Harbor Line ferry sank near Pine Island.",
    ];

    private const int FerryArticles = 40;

    /// <summary>A large input as many stories: the ferry's, then stories of six articles, each article with four
    /// sentences of details of its own; every <paramref name="copyEvery"/>th article is reprinted whole.</summary>
    private static List<SourceDocument> Articles(int count, int copyEvery, out List<(string A, string B)> planted)
    {
        var random = new Random(16);
        var docs = new List<SourceDocument>();
        planted = [];
        string Pick(string[] words) => words[random.Next(words.Length)];
        // Invented names make each story's lead and each article's details its own, as different reports' are.
        string Name() => string.Concat(Enumerable.Range(0, 3).Select(_ => Syllables[random.Next(Syllables.Length)]));
        string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
        string storyLead = "";
        for (int a = 0; docs.Count < count; a++)
        {
            if (a >= FerryArticles && (a - FerryArticles) % 6 == 0)
                storyLead = $"{Capital(Name())} {Capital(Name())} {Pick(StoryActs)} the {Name()} {Name()} of {Capital(Name())} on {Pick(Days)}.";
            var paragraphs = new List<string> { a < FerryArticles ? FerryLeads[a % 3] : storyLead };
            for (int k = 0; k < 4; k++)
                paragraphs.Add($"{Capital(Name())} {Pick(Acts)} the {Name()} {Pick(Things)} while {random.Next(2, 90)} {Pick(Crews)} from {Name()} {Pick(Acts)} the {Name()} road.");
            var doc = InventedCluster.Doc($"a{a:D4}", [.. paragraphs]);
            docs.Add(doc);
            if (a % copyEvery == copyEvery - 1 && docs.Count < count)
            {
                docs.Add(doc with { Id = $"a{a:D4}-copy", Origin = $"a{a:D4}-copy.txt" });
                planted.Add((doc.Id, $"a{a:D4}-copy"));
            }
        }
        return docs;
    }

    [Fact]
    public void Six_hundred_articles_of_a_hundred_stories_give_the_planted_copies_and_the_lead_most_articles_tell()
    {
        var documents = Articles(600, 50, out var planted);
        var cluster = InventedCluster.Linked([.. documents]);

        var copies = new CopyDetector().Detect(cluster);
        Assert.Equal(planted.Order().ToList(), copies.Select(p => (p.A, p.B)).Order().ToList());

        var vectors = new TermVectors(cluster);
        var filter = new CandidateFilter(cluster);
        var leads = new BudgetedSelector().AgreedLeads(cluster, Enumerable.Range(0, cluster.Sentences.Count).ToList(), vectors, filter);
        Assert.True(leads.Count > BudgetedSelector.PairwiseAgreementCap, $"{leads.Count} leads: the one-pass sum is not exercised");
        Assert.Contains(leads[0].Text, FerryLeads);

        var summary = new ChorusSummarizer().Summarize(cluster, Budget.Words(100));
        Assert.Contains(summary.Sentences[0].Text, FerryLeads);
    }
}
