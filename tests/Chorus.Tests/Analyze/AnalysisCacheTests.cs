using System.Text.Json;
using Chorus.Analyze;
using Chorus.Link;

namespace Chorus.Tests.Analyze;

/// <summary>The analysis keeps tables from cluster to cluster on a thread (word ids for copies, name shapes for
/// entities, regexes built around a speaker's name) so a story's recurring words and names are worked out once.
/// What a cluster gets must not depend on what the thread analyzed before it: each dev cluster analyzed alone on a
/// fresh thread gives, to the byte, what it gives after the other clusters on one thread, and again after itself.</summary>
public class AnalysisCacheTests
{
    private static string Describe(ClusterAnalysis analysis) => JsonSerializer.Serialize(analysis);

    private static T OnFreshThread<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { result = work(); }
            catch (Exception e) { failure = e; }
        });
        thread.Start();
        thread.Join();
        if (failure is not null) throw failure;
        return result;
    }

    [Fact]
    public void A_cluster_gets_the_same_analysis_alone_as_after_other_clusters()
    {
        var frozen = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests", "Chorus.Tests", "Analyze", "Annotations", "frozen"), "*.json")
            .Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
        var clusters = Directory.EnumerateDirectories(SharedData.MultiNewsDev).Select(Path.GetFileName)
            .Where(n => !frozen.Contains(n!)).Order(StringComparer.Ordinal).Take(32)
            .Select(n => DevClusterAnnotations.Link(n!)).ToList();
        // One thread through every cluster, then through the first again: every table warm with other stories.
        var inTurn = OnFreshThread(() =>
        {
            var all = clusters.Select(c => Describe(new ClusterAnalyzer().Analyze(c))).ToList();
            all.Add(Describe(new ClusterAnalyzer().Analyze(clusters[0])));
            return all;
        });
        Assert.Equal(inTurn[0], inTurn[^1]);
        int withCopies = 0, withQuotes = 0, withEntities = 0;
        for (int i = 0; i < clusters.Count; i++)
        {
            var cluster = clusters[i];
            var alone = OnFreshThread(() => new ClusterAnalyzer().Analyze(cluster));
            Assert.Equal(Describe(alone), inTurn[i]);
            if (alone.Copies.Count > 0) withCopies++;
            if (alone.Quotes.Any(q => q.Speaker is not null)) withQuotes++;
            if (alone.People.Count + alone.Organizations.Count > 0) withEntities++;
        }
        // The clusters compared do exercise the tables: copies, attributed quotations and named entities.
        Assert.True(withCopies >= 2, $"{withCopies} clusters with copies");
        Assert.True(withQuotes >= 4, $"{withQuotes} clusters with attributed quotes");
        Assert.True(withEntities >= 8, $"{withEntities} clusters with entities");
    }
}
