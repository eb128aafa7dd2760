using Chorus.Evaluate;
using Chorus.Ingest;
using Chorus.Link.Stories;
using Chorus.Store;

namespace Chorus.Tests.Corpus;

public class StoryClusteringTests
{
    [Fact]
    public void Bcubed_and_adjusted_rand_match_hand_computed_values()
    {
        // gold {1,2}{3,4}, predicted {1,2,3}{4}: P = (2/3+2/3+1/3+1)/4, R = (1+1+1/2+1/2)/4; ARI works out to 0.
        var s = ClusteringScores.Of(["a", "a", "b", "b"], ["x", "x", "x", "y"]);
        Assert.Equal(2.0 / 3, s.Precision, 9);
        Assert.Equal(0.75, s.Recall, 9);
        Assert.Equal(12.0 / 17, s.F1, 9);
        Assert.Equal(0.0, s.AdjustedRand, 9);
        var perfect = ClusteringScores.Of(["a", "a", "b"], ["q", "q", "r"]);
        Assert.Equal((1.0, 1.0, 1.0), (perfect.F1, perfect.Precision, perfect.AdjustedRand));
    }

    [Fact]
    public void MinHash_estimates_overlap_of_near_copies_and_not_of_unrelated_text()
    {
        var words = Enumerable.Range(0, 300).Select(i => $"w{i % 97}x{i}").ToList();
        var edited = words.ToList();
        for (int i = 0; i < edited.Count; i += 40) edited[i] = "changed";
        var other = Enumerable.Range(0, 300).Select(i => $"z{i}").ToList();
        var hasher = MinHasher.Default;
        Assert.True(MinHasher.Similarity(hasher.Signature(words), hasher.Signature(edited)) > 0.7);
        Assert.True(MinHasher.Similarity(hasher.Signature(words), hasher.Signature(other)) < 0.1);
        // Stability across runs is checked across two processes: SecondProcessTests.
    }

    [Fact]
    public void MinHash_signatures_are_those_of_the_plain_definition_so_stored_signatures_stay_comparable()
    {
        // The definition, written plainly: each slot is the least SplitMix remix of the XxHash64 of a shingle's
        // "w1 w2 w3 w4 " text (UTF-16). The hasher computes it with pooled buffers and vector folding.
        var texts = new[]
        {
            "the ferry left the harbour at dawn with forty passengers and a crew of six aboard the old vessel",
            "Zoë Ng told the inquiry that the école’s roof had leaked for years before the storm of 2019 brought it down",
            string.Join(' ', Enumerable.Range(0, 120).Select(i => i % 7 == 0 ? new string('x', 90 + i) : $"word{i}")),
        };
        var hasher = MinHasher.Default;
        foreach (var text in texts)
        {
            var words = text.Split(' ');
            Assert.Equal(PlainSignature(words, hasher.Size, hasher.ShingleWords), hasher.Signature(words));
        }
        Assert.Empty(hasher.Signature(["too", "few", "words"]));
    }

    private static ulong[] PlainSignature(string[] words, int size, int shingle)
    {
        static ulong Mix(ulong z)
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
        var multipliers = new ulong[size];
        var offsets = new ulong[size];
        ulong state = 0x9E3779B97F4A7C15UL;
        for (int i = 0; i < size; i++)
        {
            multipliers[i] = Mix(state += 0x9E3779B97F4A7C15UL) | 1UL;
            offsets[i] = Mix(state += 0x9E3779B97F4A7C15UL);
        }
        var signature = Enumerable.Repeat(ulong.MaxValue, size).ToArray();
        for (int i = 0; i + shingle <= words.Length; i++)
        {
            var text = string.Concat(words.Skip(i).Take(shingle).Select(w => w + " "));
            ulong h = System.IO.Hashing.XxHash64.HashToUInt64(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan()));
            for (int s = 0; s < size; s++) signature[s] = Math.Min(signature[s], Mix(h * multipliers[s] + offsets[s]));
        }
        return signature;
    }

    [Fact]
    public void Profiles_survive_the_round_trip_through_the_store_text()
    {
        var profile = new ArticleProfile(new Dictionary<string, int> { ["ferri"] = 3, ["lakeport"] = 7 }, [1UL, ulong.MaxValue, 42UL], 1234, true);
        var back = ArticleProfile.Deserialize(profile.Serialize(), 1234, true);
        Assert.Equal(profile.TermCounts, back.TermCounts);
        Assert.Equal(profile.Signature, back.Signature);
    }

    /// <summary>The dev clusters mixed into one stream come back as stories: a guard on the measured level
    /// (`chorus eval-stories` reports the full figures for three orders).</summary>
    [Fact]
    public void Dev_articles_mixed_in_random_order_regroup_into_their_clusters()
    {
        using var temp = new TempFolder();
        var items = StoryClusteringEvaluation.Load(SharedData.MultiNewsDev, []);
        Assert.Equal(337, items.Count);
        using var store = ArticleStore.Open(Path.Combine(temp.Path, "eval.db"));
        var run = StoryClusteringEvaluation.Run(items, seed: 7, store, refresh: false);
        Assert.True(run.Articles.Precision >= 0.92, $"B-cubed precision {run.Articles.Precision:0.000}");
        Assert.True(run.Articles.F1 >= 0.87, $"B-cubed F1 {run.Articles.F1:0.000}");
        Assert.InRange(run.NonArticles, 20, 40); // the archive notices, tweets widgets and error pages
    }

    private static ArticleProfile Terms(params string[] terms) =>
        new(terms.GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count()), [], 0, Dated: false);

    /// <summary>Under the join threshold, a story still takes an article that no other story comes near, and does
    /// not when a second story is about as close: a low score two stories share is only a common topic.</summary>
    [Fact]
    public void A_clear_winner_under_the_join_threshold_takes_the_article_and_a_tie_does_not()
    {
        StoryIndex Index()
        {
            var index = new StoryIndex { JoinThreshold = 0.95, ClearJoinThreshold = 0.2, ClearMargin = 2 };
            index.Add(1, 1, Terms("ferry", "harbour", "aground", "rescue", "captain", "lakeport", "coastguard", "passengers"));
            index.Add(2, 2, Terms("election", "ballot", "mayor", "turnout", "council", "campaign", "vote", "lakeport"));
            index.Add(3, 3, Terms("museum", "ceiling", "restoration", "gallery", "reopen", "painting", "visitors", "director"));
            return index;
        }

        var ferryOnly = Index().Match(Terms("ferry", "harbour", "aground", "tug", "storm", "night", "crew", "tow"));
        Assert.Equal(1, ferryOnly.StoryId);
        Assert.InRange(ferryOnly.Score, 0.2, 0.95);

        var both = Index().Match(Terms("ferry", "harbour", "aground", "election", "ballot", "mayor", "storm", "night"));
        Assert.Null(both.StoryId);
        Assert.InRange(both.Score, 0.2, 0.95);

        var strict = new StoryIndex { JoinThreshold = 0.95, ClearJoinThreshold = 0.95 };
        strict.Add(1, 1, Terms("ferry", "harbour", "aground", "rescue", "captain", "lakeport", "coastguard", "passengers"));
        Assert.Null(strict.Match(Terms("ferry", "harbour", "aground", "tug", "storm", "night", "crew", "tow")).StoryId);
    }

    /// <summary>The profiler reads words from offsets, skips the lexicon past the counted opening and lays the
    /// signature's words out in one buffer; on every dev article (long ones cross the 400-word opening) its profile
    /// must be the one of the plain definition: a string per word through the lexicon, a list of norms hashed.</summary>
    [Fact]
    public void Profiles_of_dev_articles_are_those_of_the_plain_definition()
    {
        var cleaner = new Chorus.Clean.ArticleCleaner();
        var profiler = new ArticleProfiler();
        int checkedArticles = 0, pastOpening = 0;
        foreach (var item in StoryClusteringEvaluation.Load(SharedData.MultiNewsDev, []))
        {
            var clean = cleaner.CleanOne(item.Source.Document!);
            if (!clean.IsArticle) continue;
            var (counts, norms) = PlainProfile(clean, profiler);
            var profile = profiler.Profile(clean, 0);
            Assert.Equal(counts.OrderBy(c => c.Key, StringComparer.Ordinal), profile.TermCounts.OrderBy(c => c.Key, StringComparer.Ordinal));
            Assert.Equal(profiler.Hasher.Signature(norms), profile.Signature);
            checkedArticles++;
            if (norms.Count > profiler.MaxBodyWords) pastOpening++;
        }
        Assert.True(checkedArticles > 250 && pastOpening > 50, $"{checkedArticles} articles, {pastOpening} past the opening");
    }

    private static (Dictionary<string, int> Counts, List<string> Norms) PlainProfile(Chorus.Clean.CleanDocument doc, ArticleProfiler profiler)
    {
        var lexicon = Chorus.Segment.WordLexicon.ForThisThread;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var norms = new List<string>();
        bool Content(Chorus.Segment.Word w) => !w.IsStopWord && w.Stem.Length > 1 && !char.IsDigit(w.Text[0]);
        foreach (var (text, _) in Chorus.Segment.Tokenizer.Words(doc.Source.Title ?? ""))
            if (lexicon.Get(text) is var w && Content(w)) counts[w.Stem] = counts.GetValueOrDefault(w.Stem) + profiler.TitleWeight;
        int seen = 0;
        foreach (var paragraph in doc.Paragraphs)
            foreach (var sentence in Chorus.Segment.SentenceSplitter.Split(paragraph))
            {
                var words = Chorus.Segment.Tokenizer.Words(sentence).Select(t => lexicon.Get(t.Text)).ToList();
                bool shouting = words.Count(w => char.IsUpper(w.Text[0])) * 2 > words.Count;
                for (int i = 0; i < words.Count; i++)
                {
                    norms.Add(words[i].Norm);
                    if (seen++ >= profiler.MaxBodyWords || !Content(words[i])) continue;
                    bool name = i > 0 && char.IsUpper(words[i].Text[0]) && !shouting;
                    counts[words[i].Stem] = counts.GetValueOrDefault(words[i].Stem) + (name ? profiler.NameWeight : 1);
                }
            }
        return (counts, norms);
    }

    private static ArticleProfile DatedTerms(long day, params string[] terms) =>
        new(terms.GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count()), [], day * 86_400_000L, Dated: true);

    /// <summary>Terms are counted by id, and an evicted story's ids serve new terms: after the sweep the index must
    /// score exactly as a fresh index holding only the survivors, and a term that left with its story comes back as
    /// unknown, not with the counts of the term that took over its id.</summary>
    [Fact]
    public void A_story_that_left_the_window_leaves_no_counts_behind_for_the_terms_that_reuse_its_ids()
    {
        var old1 = DatedTerms(0, "ferry", "harbour", "aground", "rescue", "captain", "lakeport");
        var old2 = DatedTerms(1, "ferry", "harbour", "tug", "rescue", "coastguard", "lakeport");
        var late1 = DatedTerms(40, "museum", "ceiling", "restoration", "gallery", "reopen", "painting");
        var late2 = DatedTerms(40, "election", "ballot", "mayor", "turnout", "council", "painting");
        var swept = new StoryIndex();
        swept.Add(1, 1, old1);
        swept.Add(1, 2, old2);
        swept.Add(2, 3, late1);
        swept.Add(3, 4, late2);
        var fresh = new StoryIndex();
        fresh.Add(2, 3, late1);
        fresh.Add(3, 4, late2);
        Assert.Equal(fresh.ArticlesInWindow, swept.ArticlesInWindow);
        Assert.Equal(fresh.StoriesInMemory, swept.StoriesInMemory);

        foreach (var probe in new[]
        {
            DatedTerms(41, "museum", "ceiling", "gallery", "painting", "curator", "leak"),
            DatedTerms(41, "ferry", "harbour", "aground", "rescue", "captain", "lakeport"),
            DatedTerms(41, "mayor", "ballot", "council", "ferry", "gallery", "harbour"),
        })
            Assert.Equal(fresh.Match(probe), swept.Match(probe));
        // The old ferry story is gone: its words start a story of their own.
        Assert.Null(swept.Match(DatedTerms(41, "ferry", "harbour", "aground", "rescue", "captain", "lakeport")).StoryId);
    }

    /// <summary>Two dated copies of the dev set, three weeks apart: the stories regroup each copy's clusters, and
    /// no story spans the two copies (the time window keeps a story from taking a copy of itself weeks later).</summary>
    [Fact]
    public void A_dated_synthetic_stream_regroups_each_copy_and_no_story_spans_copies()
    {
        using var temp = new TempFolder();
        var originals = StoryClusteringEvaluation.Load(SharedData.MultiNewsDev, []).Select(i => i.Source.Document!).ToList();
        using var store = ArticleStore.Open(Path.Combine(temp.Path, "synthetic.db"));
        new Chorus.Pipeline.CorpusPipeline(store).Ingest(new SyntheticCorpus(originals).Take(2 * originals.Count), _ => { });

        var scores = StoryClusteringEvaluation.ScoreSyntheticStream(store);
        Assert.True(scores.F1 >= 0.87, $"B-cubed F1 {scores.F1:0.000}");
        var copiesPerStory = store.CurrentArticles().Where(a => a.StoryId is not null)
            .GroupBy(a => a.StoryId).Select(g => g.Select(a => SyntheticCorpus.ParseKey(a.SourceKey)!.Value.Copy).Distinct().Count());
        Assert.All(copiesPerStory, n => Assert.Equal(1, n));
    }
}
