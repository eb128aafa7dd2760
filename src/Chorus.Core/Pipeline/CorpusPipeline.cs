using System.Security.Cryptography;
using System.Text;
using Chorus.Analyze;
using Chorus.Clean;
using Chorus.Ingest;
using Chorus.Link.Stories;
using Chorus.Report;
using Chorus.Store;
using Chorus.Summarize;

namespace Chorus.Pipeline;

/// <summary>
/// Corpus mode: each incoming article is deduplicated against the store, cleaned, profiled, placed in a story
/// by the online <see cref="StoryIndex"/> and committed with its story in one transaction; afterwards only the
/// stories that changed get their summary and analysis recomputed.
/// </summary>
public sealed class CorpusPipeline(ArticleStore store)
{
    public ArticleCleaner Cleaner { get; init; } = new();
    public ArticleProfiler Profiler { get; init; } = new();
    public Func<StoryIndex> IndexFactory { get; init; } = () => new StoryIndex();
    public Budget SummaryBudget { get; init; } = Budget.Words(100);
    /// <summary>Milliseconds since the epoch; the clock of articles that carry no date.</summary>
    public Func<long> Clock { get; init; } = () => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    private StoryIndex? index;

    /// <summary>The story index over the window ending at the newest stored article, rebuilt from the store
    /// the first time it is needed: memory holds the window, never the corpus.</summary>
    public StoryIndex Index
    {
        get
        {
            if (index is not null) return index;
            var fresh = IndexFactory();
            long span = 2 * (long)fresh.Window.TotalMilliseconds;
            long newest = store.NewestPublished() ?? long.MinValue / 2;
            foreach (var a in store.WindowArticles(newest - span, Clock() - span))
                fresh.Add(a.StoryId, a.Id, ArticleProfile.Deserialize(a.Profile, a.Timestamp, a.Dated));
            return index = fresh;
        }
    }

    public IngestTally Ingest(IEnumerable<SourceItem> items, Action<IngestWarning> warn, Action<int>? progress = null)
    {
        int added = 0, updated = 0, unchanged = 0, failed = 0, notArticles = 0, done = 0;
        var touched = new HashSet<long>();
        var storyIndex = Index;
        foreach (var item in items)
        {
            progress?.Invoke(++done);
            if (item.Document is not { } doc || item.Key is not { } key)
            {
                failed++;
                if (item.Warning is { } w) warn(w);
                continue;
            }
            var hash = TextHash(doc);
            var previous = store.FindCurrent(key);
            // Same text under any key is the same article: a wire story syndicated to two URLs is stored once.
            if (previous?.TextHash == hash || store.HasCurrentText(hash)) { unchanged++; continue; }

            var clean = Cleaner.CleanOne(doc);
            long now = Clock();
            long timestamp = doc.Published?.ToUnixTimeMilliseconds() ?? now;
            var profile = Profiler.Profile(clean, timestamp, doc.Published is not null);
            var match = clean.IsArticle ? storyIndex.Match(profile) : new StoryMatch(null, 0, null);
            var row = new NewArticle(doc.Id, key, doc.Origin, doc.Url, doc.Title, doc.Byline, doc.Outlet, doc.Published, now, timestamp,
                hash, string.Join("\n\n", doc.Paragraphs), clean.NonArticleReason, profile.Serialize());
            // Two ingests may race on one article: the loser's transaction rolls back and the article counts as unchanged.
            if (store.TryAdd(row, match.StoryId, startStory: clean.IsArticle && match.StoryId is null, match.NearDuplicateOf, previous) is not var (articleId, storyId))
            {
                unchanged++;
                continue;
            }
            if (storyId is long sid)
            {
                storyIndex.Add(sid, articleId, profile);
                touched.Add(sid);
            }
            else
            {
                notArticles++;
                warn(new IngestWarning(doc.Origin, clean.NonArticleReason ?? "not an article"));
            }
            if (previous?.StoryId is long old) touched.Add(old);
            if (previous is null) added++; else updated++;
        }
        return new IngestTally(added, updated, unchanged, failed, notArticles, touched.Count);
    }

    /// <summary>Recomputes summary, analysis and title of every story changed since its last report (all of them
    /// after a crash, since the stale mark is committed with the article).</summary>
    public int RefreshStories(Action<int, int>? progress = null)
    {
        var stale = store.StaleStories();
        for (int i = 0; i < stale.Count; i++)
        {
            RefreshStory(stale[i]);
            progress?.Invoke(i + 1, stale.Count);
        }
        return stale.Count;
    }

    public SummaryReport? RefreshStory(long storyId)
    {
        var articles = store.ArticlesOfStory(storyId);
        if (articles.Count == 0) return null;
        var docs = articles.Select(ToSourceDocument).ToList();
        var pipeline = new ClusterPipeline { Cleaner = Cleaner, Analyzer = new ClusterAnalyzer() };
        var result = pipeline.Run(docs, SummaryBudget);
        var report = SummaryReport.From(result, []);
        store.SaveStoryReport(storyId, TitleOf(result, docs), new JsonReportWriter().Write(report));
        return report;
    }

    public static SourceDocument ToSourceDocument(StoredArticle a) =>
        new(a.DocId, a.Origin, a.Title, a.Byline, a.Published, a.Url, a.Outlet, a.Body.Split("\n\n"));

    /// <summary>The headline of the article the summary opens with; failing that the earliest headline; failing
    /// that the summary's first sentence, shortened.</summary>
    private static string TitleOf(ClusterResult result, IReadOnlyList<SourceDocument> docs)
    {
        var first = result.Summary?.Sentences.FirstOrDefault();
        if (first is not null)
            foreach (var source in first.Sources)
                if (docs.FirstOrDefault(d => d.Id == source)?.Title is { Length: > 0 } t) return t;
        if (docs.FirstOrDefault(d => !string.IsNullOrWhiteSpace(d.Title))?.Title is { } title) return title;
        if (first is null) return "(untitled story)";
        return first.Text.Length <= 100 ? first.Text : first.Text[..first.Text.LastIndexOf(' ', 97)] + "…";
    }

    /// <summary>Hash of the article's words only: re-spaced, re-punctuated or re-cased copies of one text are one article.</summary>
    public static string TextHash(SourceDocument doc)
    {
        var text = new StringBuilder();
        text.Append(TextFingerprint.Of(doc.Title ?? "")).Append('\n');
        foreach (var p in doc.Paragraphs) text.Append(TextFingerprint.Of(p)).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())).AsSpan(0, 16));
    }
}
