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

    public StoryPageV1 List(StoryFilter filter)
    {
        var (rows, total) = Guard(() => queries.Stories(filter));
        return new StoryPageV1(ReportSchema.SchemaVersion,
            rows.Select(r => new StoryListingV1(r.Id, r.Title, r.FirstSeen, r.LastSeen, r.ArticleCount, r.Outlets)).ToList(),
            Math.Max(1, filter.Page), Math.Clamp(filter.PageSize, 1, 100), total);
    }

    public StoryV1? Story(long id)
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
        var docs = Guard(() => queries.ArticlesOf(id)).Select(CorpusPipeline.ToSourceDocument).ToList();
        var result = new ClusterPipeline { Analyzer = new ClusterAnalyzer() }.Run(docs, Budget.Words(100));
        var fresh = ReportModelMapper.ToModel(SummaryReport.From(result, []));
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
