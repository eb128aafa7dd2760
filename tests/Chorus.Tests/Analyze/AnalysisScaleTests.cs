using Chorus.Analyze;

namespace Chorus.Tests.Analyze;

/// <summary>The analysis compares sentences through indexes of rare words rather than pair by pair, so a long story
/// costs time in proportion to its length: these check that what such an index must not lose is still found.</summary>
public class AnalysisScaleTests
{
    /// <summary>Articles of filler sentences that carry the given common words and a figure of their own at the start
    /// (a figure with no words before it is never a restated one), with one of the two rewrites added to the first two.</summary>
    private static ClusterAnalysis StoryWith(string rewriteA, string rewriteB, Func<int, string> filler)
    {
        var articles = new List<string>();
        for (int doc = 0; doc < 6; doc++)
        {
            var paragraphs = new List<string>();
            if (doc == 0) paragraphs.Add(rewriteA);
            if (doc == 1) paragraphs.Add(rewriteB);
            for (int k = 0; k < 8; k++) paragraphs.Add(filler(doc * 10 + k + 3));
            articles.Add(string.Join("\n\n", paragraphs));
        }
        return QuoteRuleTests.Analyze([.. articles]);
    }

    // Modelled on a ferry story (passengers carried across a bay) and a wildfire story (homes evacuated near a
    // ridge): the two rewrites share exactly five content words, the story's most common ones, and each has one rare
    // word of its own, the case an index that skipped one common word too many would miss.
    [Fact]
    public void A_rewrite_sharing_only_the_storys_commonest_words_is_still_compared()
    {
        var ferry = StoryWith(
            "The ferry carried 120 passengers across the bay safely.",
            "The ferry carried 125 passengers across the bay slowly.",
            n => $"{n} volunteers watched the ferry that carried passengers across the bay.");
        var figure = Assert.Single(ferry.Discrepancies);
        Assert.Equal(QuantityKind.Figure, figure.Kind);
        Assert.Equal(["120", "125"], figure.Values.Select(v => v.Value).Order().ToList());

        var wildfire = StoryWith(
            "Firefighters evacuated 300 homes near the ridge overnight.",
            "Firefighters evacuated 340 homes near the ridge quickly.",
            n => $"{n} crews said firefighters evacuated homes near the ridge.");
        figure = Assert.Single(wildfire.Discrepancies);
        Assert.Equal(["300", "340"], figure.Values.Select(v => v.Value).Order().ToList());
    }

    // Every dev cluster: the quantities read through a sentence's shared tokens are the ones read from its bare
    // text (which tokenizes it afresh), clock times of an incident among them in more than one cluster.
    [Fact]
    public void Quantities_read_through_the_shared_tokens_are_those_read_from_the_text()
    {
        var clustersWithTimes = new HashSet<string>();
        int read = 0;
        foreach (var folder in Directory.EnumerateDirectories(SharedData.MultiNewsDev))
        {
            var cluster = DevClusterAnnotations.Link(Path.GetFileName(folder));
            foreach (var sentence in cluster.Sentences)
            {
                var fromTokens = QuantityReader.Read(sentence).ToList();
                Assert.Equal(QuantityReader.Read(sentence.Text).ToList(), fromTokens);
                read += fromTokens.Count;
                if (fromTokens.Any(q => q.Kind == QuantityKind.Time)) clustersWithTimes.Add(folder);
            }
        }
        Assert.True(read > 100, $"only {read} quantities read on dev");
        Assert.True(clustersWithTimes.Count >= 2, $"clock times in {clustersWithTimes.Count} clusters");
    }
}
