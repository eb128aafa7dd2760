using Chorus.Clean;
using Chorus.Ingest;
using Chorus.Link;
using Chorus.Segment;

namespace Chorus.Tests.Link;

public class SentenceLinkerTests
{
    private static LinkedCluster LinkFolder(string folder)
    {
        var docs = new ArticleReader().Read([folder]).Documents;
        return new SentenceLinker().Link(Segmenter.Segment(new ArticleCleaner().Clean(docs)));
    }

    [Fact]
    public void Groups_are_those_of_comparing_every_pair_directly()
    {
        // The linker finds pairs through a pooled inverted index; comparing every pair of sentences with the
        // same rule must give the same partition, on dev clusters with many copies and on the sample.
        var folders = Directory.EnumerateDirectories(SharedData.MultiNewsDev).Order(StringComparer.Ordinal).Take(16).Append(RepoPaths.Sample);
        int multi = 0;
        foreach (var folder in folders)
        {
            var linked = LinkFolder(folder);
            var linker = new SentenceLinker();
            var sets = linked.Sentences.Select(s => s.ContentStems.Distinct(StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal)).ToList();
            int n = sets.Count;
            var parent = Enumerable.Range(0, n).ToArray();
            int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
            for (int b = 0; b < n; b++)
                for (int a = 0; a < b; a++)
                {
                    if (linker.IsCopy(sets[a].Count, sets[b].Count, sets[a].Count(sets[b].Contains))) parent[Math.Max(Find(a), Find(b))] = Math.Min(Find(a), Find(b));
                }
            for (int a = 0; a < n; a++)
                for (int b = a + 1; b < n; b++)
                    Assert.Equal(Find(a) == Find(b), linked.GroupOf[a] == linked.GroupOf[b]);
            foreach (var g in linked.Groups)
            {
                Assert.Equal(g.Members.Select(m => linked.Sentences[m]).OrderBy(s => s.DocIndex).Select(s => s.DocId).Distinct(), g.Sources);
                Assert.All(g.Members, m => Assert.Equal(g.Id, linked.GroupOf[m]));
            }
            multi += linked.Groups.Count(g => g.Sources.Count > 1);
        }
        Assert.True(multi > 10, $"only {multi} groups shared by several articles");
    }

    [Fact]
    public void Groups_of_a_long_input_of_many_stories_are_those_of_comparing_every_pair()
    {
        // The linker looks pairs up only by each sentence's rarest stems, ordered by frequency over the whole input;
        // a long input of many unrelated stories (thousands of sentences, common words everywhere) must still give
        // exactly the partition of comparing every pair.
        var folders = Directory.EnumerateDirectories(SharedData.MultiNewsDev).Order(StringComparer.Ordinal).Skip(40).Take(40);
        var docs = new ArticleReader().Read(folders).Documents;
        var linked = new SentenceLinker().Link(Segmenter.Segment(new ArticleCleaner().Clean(docs)));
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var sets = linked.Sentences.Select(s => s.ContentStems.Select(t => vocabulary.TryGetValue(t, out var id) ? id : vocabulary[t] = vocabulary.Count)
            .Distinct().Order().ToArray()).ToArray();
        int n = sets.Length;
        Assert.True(n > 3000, $"only {n} sentences");
        var parent = Enumerable.Range(0, n).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var linker = new SentenceLinker();
        int pairs = 0;
        for (int b = 0; b < n; b++)
            for (int a = 0; a < b; a++)
            {
                int shared = 0;
                for (int i = 0, j = 0; i < sets[a].Length && j < sets[b].Length;)
                {
                    if (sets[a][i] == sets[b][j]) { shared++; i++; j++; }
                    else if (sets[a][i] < sets[b][j]) i++;
                    else j++;
                }
                if (!linker.IsCopy(sets[a].Length, sets[b].Length, shared)) continue;
                pairs++;
                parent[Math.Max(Find(a), Find(b))] = Math.Min(Find(a), Find(b));
            }
        Assert.True(pairs > 50, $"only {pairs} copied pairs");
        for (int s = 0; s < n; s++) Assert.Equal(linked.GroupOf[Find(s)], linked.GroupOf[s]);
        Assert.Equal(Enumerable.Range(0, n).Select(Find).Distinct().Count(), linked.Groups.Count);
    }

    [Fact]
    public void The_fewest_shared_stems_a_copy_needs_is_the_least_that_passes_for_some_partner()
    {
        var linker = new SentenceLinker();
        // Five stems: only a partner of 5 or 6 can pass, with 4 (5+5, Dice 0.8) shared.
        Assert.Equal(4, linker.MinShared(5, 5, 12));
        Assert.Equal(0, linker.MinShared(4, 1, 10));
        // Twenty stems, longer partners only: Dice with 20 needs 15, containment (nine tenths of the shorter) needs 18.
        Assert.Equal(15, linker.MinShared(20, 20, 42));
        for (int size = 5; size < 40; size++)
            for (int other = 5; other < 90; other++)
            {
                int fewest = linker.MinShared(size, other, other);
                for (int shared = 0; shared <= Math.Min(size, other); shared++)
                    Assert.Equal(fewest > 0 && shared >= fewest, linker.IsCopy(size, other, shared));
            }
    }

    [Fact]
    public void Verbatim_and_lightly_edited_copies_are_grouped_with_all_their_sources()
    {
        var linked = LinkFolder(RepoPaths.Sample);
        var copied = linked.Groups.Where(g => g.Sources.Count > 1).ToList();
        Assert.Contains(copied, g => g.Sources.SequenceEqual(["01_lakeport-herald", "02_coastal-wire"])
            && g.Members.Any(m => linked.Sentences[m].Text.StartsWith("A passenger ferry ran aground")));
        // "has suspended" vs "said it had suspended": a light edit, still the same sentence.
        Assert.Contains(copied, g => g.Members.Any(m => linked.Sentences[m].Text.Contains("Blue Channel Lines, said it had suspended"))
            && g.Sources.Contains("02_coastal-wire"));
        // Same topic, different wording: not a copy.
        Assert.DoesNotContain(copied, g => g.Members.Any(m => linked.Sentences[m].Text.StartsWith("Questions about the safety record")));
    }

    [Fact]
    public void Near_verbatim_sentences_in_the_versailles_sample_are_linked_across_outlets()
    {
        var linked = LinkFolder(SharedData.Versailles);
        var combating = linked.Groups.Single(g => g.Members.Any(m => linked.Sentences[m].Text.Contains("combatting")));
        Assert.Contains(combating.Members, m => linked.Sentences[m].Text.Contains("combating"));
        Assert.Equal(2, combating.Sources.Count);
        var groupsAcrossOutlets = linked.Groups.Count(g => g.Sources.Count > 1);
        Assert.InRange(groupsAcrossOutlets, 3, 6);
    }

    [Fact]
    public void Copy_thresholds_reject_short_and_loosely_overlapping_sentences()
    {
        var linker = new SentenceLinker();
        Assert.False(linker.IsCopy(3, 3, 3));
        Assert.True(linker.IsCopy(12, 12, 11));
        Assert.False(linker.IsCopy(12, 14, 6));
        Assert.True(linker.IsCopy(10, 16, 10));
    }
}
