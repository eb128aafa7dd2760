using Chorus.Ingest;
using Chorus.Pipeline;
using Chorus.Report.Model;
using Chorus.Store;
using Microsoft.AspNetCore.Http;

namespace Chorus.Web;

/// <summary>What an ingest through the API did.</summary>
public sealed record IngestResultV1(int New, int Updated, int Unchanged, int Failed, int NotArticles, int StoriesRefreshed, IReadOnlyList<WarningV1> Warnings);

/// <summary><c>POST /api/v1/articles</c>: JSON Lines into the store, one ingest at a time, only when allowed.</summary>
public static class ApiIngest
{
    private static readonly SemaphoreSlim IngestGate = new(1, 1);

    public static async Task<IResult> Run(HttpRequest request, WebReaderOptions options)
    {
        if (!options.AllowIngest)
            return Results.Json(new ErrorV1("this reader is read-only; start it with --allow-ingest to add articles"), statusCode: 403);
        // A content type no HTML form can send: a page on another site cannot post here without a preflight we never grant.
        if (request.ContentType?.Split(';')[0].Trim() is not ("application/x-ndjson" or "application/jsonl"))
            return Results.Json(new ErrorV1("send JSON Lines as application/x-ndjson"), statusCode: 415);
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync();
        var items = JsonLinesArticleParser.Parse("api", text)
            .Select(r => r.Document is { } d ? new SourceItem(d, $"api:{d.Url ?? d.Id}", null) : new SourceItem(null, null, r.Warning)).ToList();
        var warnings = new List<IngestWarning>();
        await IngestGate.WaitAsync();
        try
        {
            using var store = OpenForIngest(options.Store);
            var pipeline = new CorpusPipeline(store);
            var tally = pipeline.Ingest(items, warnings.Add);
            int refreshed = pipeline.RefreshStories().Refreshed;
            return Results.Ok(new IngestResultV1(tally.New, tally.Updated, tally.Unchanged, tally.Failed, tally.NotArticles, refreshed,
                warnings.Select(w => new WarningV1(w.Source, w.Problem)).ToList()));
        }
        finally { IngestGate.Release(); }
    }

    private static ArticleStore OpenForIngest(string? store)
    {
        try { return ArticleStore.Open(store); }
        catch (StoreException e) { throw new StoreUnavailableException(e.Message, e); }
    }
}
