using System.Buffers;
using System.Data.Common;
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
/// stories that changed get their summary and analysis recomputed, each on its own so one failure costs one story.
/// </summary>
public sealed class CorpusPipeline(ArticleStore store)
{
    public ArticleCleaner Cleaner { get; init; } = new();
    public ArticleProfiler Profiler { get; init; } = new();
    public Func<StoryIndex> IndexFactory { get; init; } = () => new StoryIndex();
    public Budget SummaryBudget { get; init; } = Budget.Words(100);
    /// <summary>Milliseconds since the epoch; the clock of articles that carry no date.</summary>
    public Func<long> Clock { get; init; } = () => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
    public RefreshCaps Caps { get; init; } = new();
    /// <summary>The summarizer of story refreshes (null: the default method).</summary>
    public ISummarizer? Summarizer { get; init; }

    private StoryIndex? index;
    /// <summary>Stories this pipeline's ingests changed: refreshed first, so concurrent ingests share the work.</summary>
    private readonly HashSet<long> touchedHere = [];
    /// <summary>The newest article id the index has seen: anything stored after it came from another ingest.</summary>
    private long lastSeen;

    /// <summary>The story index over the window ending at the newest stored article, rebuilt from the store
    /// the first time it is needed: memory holds the window, never the corpus.</summary>
    public StoryIndex Index => index ?? store.UnderWriterLock(tx => { CatchUp(tx); return index!; });

    /// <summary>Under the writer lock: builds the index, or adds what other ingests stored since it last looked,
    /// in the order they stored it, so this process places its next article exactly as one ingest would.</summary>
    private void CatchUp(DbTransaction tx)
    {
        if (index is null)
        {
            var fresh = IndexFactory();
            long span = 2 * (long)fresh.Window.TotalMilliseconds;
            long newest = store.NewestPublished(tx) ?? long.MinValue / 2;
            lastSeen = store.MaxArticleId(tx);
            foreach (var a in store.WindowArticles(newest - span, Clock() - span, tx))
                fresh.Add(a.StoryId, a.Id, ArticleProfile.Deserialize(a.Profile, a.Timestamp, a.Dated));
            index = fresh;
            return;
        }
        foreach (var a in store.ArticlesAfter(lastSeen, tx))
        {
            index.Add(a.StoryId, a.Id, ArticleProfile.Deserialize(a.Profile, a.Timestamp, a.Dated));
            lastSeen = a.Id;
        }
    }

    /// <summary>Articles placed and stored in one transaction. Each commit wrote the same index pages again and
    /// cost as much as placing the article; a batch is still all or nothing, so a crash loses at most the batch
    /// in flight and never half an article, and a second writer waits for the batch, then sees all of it.</summary>
    public int BatchSize { get; init; } = 32;
    /// <summary>A batch is stored once its first article has waited this long, however few it holds: articles
    /// from a slow source are not kept back for the next ones.</summary>
    public TimeSpan BatchDelay { get; init; } = TimeSpan.FromMilliseconds(500);
    /// <summary>A batch is stored once its articles hold this many characters: a batch of 16 MB articles would
    /// otherwise hold them all in memory at once.</summary>
    public long BatchChars { get; init; } = 4 << 20;

    /// <summary>An article read, cleaned and profiled outside the lock, waiting to be placed.</summary>
    private sealed record Pending(SourceDocument Doc, string Key, string Hash, CleanDocument Clean, ArticleProfile Profile, long Now, long Timestamp);

    /// <summary>What placing one pending article did: its id and story, or null when the store already had its text.</summary>
    private sealed record Placed(Pending Article, long ArticleId, long? StoryId, ExistingArticle? Previous);

    private sealed class Tally
    {
        public int Added, Updated, Unchanged, Failed, NotArticles;
        public readonly HashSet<long> Touched = [];
    }

    public IngestTally Ingest(IEnumerable<SourceItem> items, Action<IngestWarning> warn, Action<int>? progress = null)
    {
        var tally = new Tally();
        var pending = new List<Pending>(BatchSize);
        long firstPending = 0, pendingChars = 0;
        int done = 0;
        foreach (var item in items)
        {
            progress?.Invoke(++done);
            if (item.Document is not { } doc || item.Key is not { } key)
            {
                // An empty file is not an article, and nothing in it was lost; anything else could not be read.
                if (item.Warning is { NothingLost: true }) tally.NotArticles++; else tally.Failed++;
                if (item.Warning is { } w) warn(w);
                continue;
            }
            var hash = TextHash(doc);
            // Same text under any key is the same article: a wire story syndicated to two URLs is stored once.
            // Checked here to skip the cleaning, and again under the lock, where it counts.
            var seen = store.FindCurrent(key);
            if (seen?.TextHash == hash || store.HasCurrentText(hash)) { tally.Unchanged++; continue; }

            var considered = Caps.Considered(doc);
            var clean = Cleaner.CleanOne(considered);
            long now = Clock();
            long timestamp = doc.Published?.ToUnixTimeMilliseconds() ?? now;
            var profile = Profiler.Profile(clean, timestamp, doc.Published is not null);
            if (pending.Count == 0) { firstPending = System.Diagnostics.Stopwatch.GetTimestamp(); pendingChars = 0; }
            pending.Add(new Pending(doc, key, hash, clean, profile, now, timestamp));
            foreach (var p in doc.Paragraphs) pendingChars += p.Length;
            if (pending.Count >= BatchSize || pendingChars >= BatchChars || System.Diagnostics.Stopwatch.GetElapsedTime(firstPending) >= BatchDelay)
                Store(pending, tally, warn);
        }
        Store(pending, tally, warn);
        touchedHere.UnionWith(tally.Touched);
        return new IngestTally(tally.Added, tally.Updated, tally.Unchanged, tally.Failed, tally.NotArticles, tally.Touched.Count);
    }

    /// <summary>Places and stores the pending articles in one transaction under the writer lock, in the order read,
    /// each seeing the ones before it (in the index and in the store), so the stories are those of one article per
    /// transaction.</summary>
    private void Store(List<Pending> pending, Tally tally, Action<IngestWarning> warn)
    {
        if (pending.Count == 0) return;
        IReadOnlyList<Placed?> placed;
        try
        {
            placed = store.UnderWriterLock(tx =>
            {
                CatchUp(tx);
                var results = new List<Placed?>(pending.Count);
                foreach (var a in pending)
                {
                    var previous = store.FindCurrent(a.Key, tx);
                    // Stored meanwhile by another ingest, or earlier in this batch.
                    if (previous?.TextHash == a.Hash || store.HasCurrentText(a.Hash, tx)) { results.Add(null); continue; }
                    var match = a.Clean.IsArticle ? index!.Match(a.Profile) : new StoryMatch(null, 0, null);
                    var row = new NewArticle(ArticleIdentity.Of(a.Key, a.Hash), a.Key, a.Doc.Origin, a.Doc.Url, a.Doc.Title, a.Doc.Byline, a.Doc.Outlet,
                        a.Doc.Published, a.Now, a.Timestamp, a.Hash, string.Join("\n\n", a.Doc.Paragraphs), a.Clean.NonArticleReason, a.Profile.Serialize());
                    var (articleId, storyId) = store.Add(tx, row, match.StoryId, startStory: a.Clean.IsArticle && match.StoryId is null, match.NearDuplicateOf, previous);
                    if (storyId is long sid) index!.Add(sid, articleId, a.Profile);
                    lastSeen = Math.Max(lastSeen, articleId);
                    results.Add(new Placed(a, articleId, storyId, previous));
                }
                return results;
            });
        }
        catch
        {
            // The index took articles the rolled-back transaction never stored: it is rebuilt from the store when next needed.
            index = null;
            throw;
        }
        finally { pending.Clear(); }
        foreach (var p in placed)
        {
            if (p is null) { tally.Unchanged++; continue; }
            if (p.StoryId is long sid) tally.Touched.Add(sid);
            else
            {
                tally.NotArticles++;
                warn(new IngestWarning(p.Article.Doc.Origin, p.Article.Clean.NonArticleReason ?? "not an article"));
            }
            if (p.Previous?.StoryId is long old) tally.Touched.Add(old);
            if (p.Previous is null) tally.Added++; else tally.Updated++;
        }
    }

    /// <summary>Recomputes summary, analysis and title of every story changed since its last report (all of them
    /// after a crash, since the stale mark is committed with the article). A story whose refresh fails keeps its
    /// previous report, is marked with the reason and stays stale for the next ingest; the others go on.</summary>
    public int StaleStoryCount => store.StaleStories().Count;

    public RefreshTally RefreshStories(Action<int, int>? progress = null)
    {
        // Own stories first, then the rest (left stale by a crash, a failure, or another ingest still running); one
        // another ingest has refreshed meanwhile is skipped.
        var stale = store.StaleStories().OrderBy(id => touchedHere.Contains(id) ? 0 : 1).ThenBy(id => id).ToList();
        var failures = new List<(long, string)>();
        int skipped = 0;
        for (int i = 0; i < stale.Count; i++)
        {
            if (!touchedHere.Contains(stale[i]) && !store.IsStale(stale[i])) { skipped++; progress?.Invoke(i + 1, stale.Count); continue; }
            try { RefreshStory(stale[i]); }
            catch (Exception e) when (e is not (OutOfMemoryException or StoreException or DbException))
            {
                var reason = $"{e.GetType().Name}: {e.Message.Split('\n')[0].Trim()}";
                store.RecordRefreshFailure(stale[i], reason);
                failures.Add((stale[i], reason));
            }
            progress?.Invoke(i + 1, stale.Count);
        }
        touchedHere.Clear();
        return new RefreshTally(stale.Count - skipped - failures.Count, failures);
    }

    public SummaryReport? RefreshStory(long storyId)
    {
        long revision = store.StoryRevision(storyId);
        if (Summarize(store, storyId, Caps, SummaryBudget, Summarizer, Cleaner) is not { } draft) return null;
        store.SaveStoryReport(storyId, revision, draft.Title, new JsonReportWriter().Write(draft.Report));
        return draft.Report;
    }

    /// <summary>A story's report and title from a store, saved by nobody: what a refresh keeps, and what a
    /// reader shows for a story that has no kept report yet. Both read the same chosen articles under the same
    /// caps, so the two never tell a story differently. Null when the story has no current article.</summary>
    public static StoryDraft? Summarize(IStoryArticles source, long storyId, RefreshCaps caps, Budget budget,
        ISummarizer? summarizer = null, ArticleCleaner? cleaner = null)
    {
        var chosen = caps.ChooseArticles(source.MembersOfStory(storyId));
        if (chosen.Count == 0) return null;
        var docs = CitedDocuments(source.ArticlesOfStory(storyId, chosen, caps.MaxBodyChars), caps);
        var pipeline = new ClusterPipeline { Cleaner = cleaner ?? new ArticleCleaner(), Analyzer = new ClusterAnalyzer(), Summarizer = summarizer ?? new ChorusSummarizer() };
        var result = pipeline.Run(docs, budget);
        var report = SummaryReport.From(result, []);
        return new StoryDraft(report, StoryHeadline.Choose(docs, result.Summary?.Sentences.Select(x => x.Text).ToList() ?? []));
    }

    /// <summary>The articles as a summary cites them: by outlet (the URL's host when no outlet is known), told apart
    /// by a number when one outlet has several, and "source N" when nothing names the outlet. The store's own ids
    /// never reach a reader.</summary>
    private static IReadOnlyList<SourceDocument> CitedDocuments(IReadOnlyList<StoredArticle> articles, RefreshCaps caps)
    {
        var used = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var docs = new List<SourceDocument>(articles.Count);
        int unnamed = 0;
        foreach (var a in articles)
        {
            var name = a.Outlet ?? (Uri.TryCreate(a.Url, UriKind.Absolute, out var u) ? u.Host : null);
            string label;
            if (name is null) label = $"source {++unnamed}";
            else
            {
                int n = used[name] = used.GetValueOrDefault(name) + 1;
                label = n == 1 ? name : $"{name} ({n})";
            }
            docs.Add(new SourceDocument(label, a.Origin, a.Title, a.Byline, a.Published, a.Url, a.Outlet, caps.CutBody(a.Body)));
        }
        // Two outlets could still meet on a label ("BBC (2)" as a real name): never two documents under one id.
        return docs.GroupBy(d => d.Id, StringComparer.Ordinal).SelectMany(g => g.Select((d, i) => i == 0 ? d : d with { Id = $"{d.Id} #{i + 1}" })).ToList();
    }

    /// <summary>Hash of the article's words only: re-spaced, re-punctuated or re-cased copies of one text are one article.</summary>
    public static string TextHash(SourceDocument doc)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendFingerprint(hash, doc.Title ?? "");
        foreach (var p in doc.Paragraphs) AppendFingerprint(hash, p);
        return Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 16));
    }

    /// <summary>The paragraph's fingerprint and a newline, as UTF-8, through pooled buffers: the bytes the hash always
    /// took, without two strings and an array per paragraph.</summary>
    private static void AppendFingerprint(IncrementalHash hash, string text)
    {
        var chars = ArrayPool<char>.Shared.Rent(text.Length + 1);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length + 1));
        try
        {
            int n = TextFingerprint.Write(text, chars);
            chars[n++] = '\n';
            hash.AppendData(bytes, 0, Encoding.UTF8.GetBytes(chars, 0, n, bytes, 0));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
