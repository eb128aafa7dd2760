using System.Collections.Concurrent;
using System.Data.Common;
using Chorus.Analyze;
using Chorus.Pipeline;
using Chorus.Report;
using Chorus.Report.Model;
using Chorus.Store;
using Chorus.Summarize;

namespace Chorus.Web;

/// <summary>
/// The stories as the reader shows them, in the public model. A story's report is the one its last ingest
/// kept; a story without one (or with one older than the model) is summarized here, in memory only — the
/// reader never writes a story.
/// </summary>
public sealed class StorySource(StoryQueries queries)
{
    private const int CacheLimit = 1024;
    private readonly ConcurrentDictionary<(long Id, int Hash, int Length), StoryReportV1> parsed = new();
    private readonly ConcurrentDictionary<(long Id, long Last, int Count), StoryReportV1> computed = new();

    public string Description => queries.Description;

    /// <summary>How long a list answer is reused: a search of a common word reads thousands of index entries,
    /// and many readers ask the same first pages; a list at most this old is fresh enough.</summary>
    public static readonly TimeSpan ListReuse = TimeSpan.FromSeconds(2);
    private readonly ConcurrentDictionary<StoryFilter, (long At, Lazy<StoryPageV1> Page)> lists = new();

    public StoryPageV1 List(StoryFilter filter)
    {
        long now = Environment.TickCount64;
        // One query per filter at a time: readers arriving while it runs wait for its answer instead of
        // running the same search again.
        var entry = lists.AddOrUpdate(filter,
            _ => (now, new Lazy<StoryPageV1>(() => Query(filter))),
            (_, old) => now - old.At < ListReuse.TotalMilliseconds ? old : (now, new Lazy<StoryPageV1>(() => Query(filter))));
        try { return entry.Page.Value; }
        catch
        {
            lists.TryRemove(KeyValuePair.Create(filter, entry));
            throw;
        }
        finally
        {
            if (lists.Count > CacheLimit) lists.Clear();
        }
    }

    private StoryPageV1 Query(StoryFilter filter)
    {
        var (rows, total) = Guard(() => queries.Stories(filter));
        return new StoryPageV1(ReportSchema.SchemaVersion,
            rows.Select(r => new StoryListingV1(r.Id, r.Title, r.FirstSeen, r.LastSeen, r.ArticleCount, r.Outlets)).ToList(),
            Math.Max(1, filter.Page), Math.Clamp(filter.PageSize, 1, 100), total);
    }

    /// <summary>How long a story once shown is trusted without a look at the store beyond its version row.</summary>
    public static readonly TimeSpan StoryReuse = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<long, (StoryVersion Version, long At, StoryV1 Story)> stories = new();

    public StoryV1? Story(long id)
    {
        if (Guard(() => queries.VersionOf(id)) is not { } version) return null;
        long now = Environment.TickCount64;
        if (stories.TryGetValue(id, out var kept) && kept.Version == version && now - kept.At < StoryReuse.TotalMilliseconds) return kept.Story;
        if (Load(id) is not { } story) return null;
        if (stories.Count >= CacheLimit) stories.Clear();
        stories[id] = (version, now, story);
        return story;
    }

    private StoryV1? Load(long id)
    {
        if (Guard(() => queries.Story(id)) is not { } detail) return null;
        var row = detail.Row;
        var report = ReportOf(detail);
        var articles = detail.Articles.Select(a => new StoryArticleV1(a.DocId, a.Title, StoryQueries.OutletOf(a.Outlet, a.Url), a.Url, a.Seen)).ToList();
        return new StoryV1(ReportSchema.SchemaVersion, row.Id, row.Title, row.FirstSeen, row.LastSeen, row.Stale, row.Outlets, articles, report);
    }

    /// <summary>Builds the full-text index ahead of the first search.</summary>
    public void Warm() => Guard(() => { queries.EnsureSearchIndex(); return 0; });

    private StoryReportV1 ReportOf(StoryDetail detail)
    {
        var id = detail.Row.Id;
        if (detail.ReportJson is { } json)
        {
            var key = (id, json.GetHashCode(), json.Length);
            if (parsed.TryGetValue(key, out var hit)) return hit;
            if (JsonReportWriter.Read(json) is { } model)
            {
                if (parsed.Count >= CacheLimit) parsed.Clear();
                return parsed[key] = model;
            }
        }
        var computedKey = (id, detail.Row.LastSeen.ToUnixTimeMilliseconds(), detail.Articles.Count);
        if (computed.TryGetValue(computedKey, out var done)) return done;
        // The same article choice and caps as a stored refresh, so the reader never tells a story differently
        // from what the next ingest will keep.
        var draft = Guard(() => CorpusPipeline.Summarize(queries, id, new RefreshCaps(), Budget.Words(100)));
        // A story whose articles all left it reads as an empty report, not an error.
        var fresh = ReportModelMapper.ToModel(draft?.Report ?? SummaryReport.From(new ClusterPipeline().Run([], Budget.Words(100)), []));
        if (computed.Count >= CacheLimit) computed.Clear();
        return computed[computedKey] = fresh;
    }

    private T Guard<T>(Func<T> query)
    {
        try { return query(); }
        catch (DbException e) { throw new StoreUnavailableException($"the story store ({queries.Description}) cannot be read: {FirstLine(e.Message)}", e); }
        catch (InvalidOperationException e) when (e.InnerException is DbException or System.Net.Sockets.SocketException or TimeoutException)
        { throw new StoreUnavailableException($"the story store ({queries.Description}) cannot be reached", e); }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
