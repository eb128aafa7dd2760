using System.Globalization;
using System.Net;
using Chorus.Ingest;
using Chorus.Pipeline;
using Chorus.Report;
using Chorus.Report.Model;
using Chorus.Store;
using Chorus.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Chorus.Web;

/// <summary>What an ingest through the API did.</summary>
public sealed record IngestResultV1(int New, int Updated, int Unchanged, int Failed, int NotArticles, int StoriesRefreshed, IReadOnlyList<WarningV1> Warnings);

/// <summary>An API error: one line.</summary>
public sealed record ErrorV1(string Error);

/// <summary>
/// <c>chorus serve</c>: the web reader over a corpus store. Server-rendered pages that need no script, the
/// same data as JSON under <c>/api/v1</c> (the public report model) with its OpenAPI document. Read-only
/// unless ingest is allowed; on loopback only requests naming a loopback host are served (a page elsewhere
/// cannot reach it through a rebound DNS name).
/// </summary>
public static class WebReader
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static readonly string[] LoopbackHosts = ["127.0.0.1", "localhost", "[::1]", "::1"];

    public static WebApplication Build(WebReaderOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // Never the development exception page: a response must not carry a stack trace.
            EnvironmentName = Environments.Production,
            ApplicationName = typeof(WebReader).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = 16 * 1024 * 1024;
        });
        builder.Services.ConfigureHttpJsonOptions(o => JsonReportWriter.Configure(o.SerializerOptions));
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Chorus web reader API";
            doc.Info.Version = ReportSchema.SchemaVersion;
            doc.Info.Description = "Stories of a Chorus corpus store in the public report model (schema version 1): the same records `chorus story ID --format json` prints.";
            return Task.CompletedTask;
        }));

        // The store is read with blocking calls; enough threads up front keep 200 concurrent readers from
        // waiting on the thread pool's slow growth.
        ThreadPool.GetMinThreads(out int workers, out int io);
        ThreadPool.SetMinThreads(Math.Max(workers, 128), io);
        var app = builder.Build();
        var source = new StorySource(new StoryQueries(options.Store));
        app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() =>
        {
            // Build the search index before the first search asks for it; a store that is down now is reported per request.
            try { source.Warm(); } catch (StoreUnavailableException) { }
        });
        bool loopbackOnly = options.Urls.Split(';').All(IsLoopbackUrl);
        // A few requests are worked on at once (the work is CPU and the store); the rest wait their turn here
        // rather than all sharing the cores at once, and past a long queue the reader says it is busy.
        var admission = new SemaphoreSlim(Environment.ProcessorCount * 2);
        int waiting = 0;
        app.Use(async (context, next) =>
        {
            long arrived = System.Diagnostics.Stopwatch.GetTimestamp();
            if (Interlocked.Increment(ref waiting) > MaxQueue)
            {
                Interlocked.Decrement(ref waiting);
                SecurityHeaders(context.Response.Headers);
                await Fail(context, StatusCodes.Status503ServiceUnavailable, "Busy", "The reader has too many requests waiting; try again shortly.");
                return;
            }
            await admission.WaitAsync(context.RequestAborted);
            Interlocked.Decrement(ref waiting);
            long started = System.Diagnostics.Stopwatch.GetTimestamp();
            // Server-side times, for the bench and for anyone profiling the reader: waiting for a turn, then
            // working until the first byte.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers["Server-Timing"] = FormattableString.Invariant(
                    $"queue;dur={System.Diagnostics.Stopwatch.GetElapsedTime(arrived, started).TotalMilliseconds:0.000}, app;dur={System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds:0.000}");
                return Task.CompletedTask;
            });
            try { await Serve(context, () => next(context), loopbackOnly); }
            finally { admission.Release(); }
        });

        app.MapGet("/", (HttpRequest request) => Filter(request) is { } filter
                ? Page(StoryListPage.Render(source.List(filter), filter))
                : Results.Content(ErrorPage.Render("Bad request", "A date must be written YYYY-MM-DD."), "text/html; charset=utf-8", null, 400))
            .ExcludeFromDescription();
        app.MapGet("/stories/{id:long}", (long id) => source.Story(id) is { } story ? Page(StoryPage.Render(story)) : Results.NotFound())
            .ExcludeFromDescription();
        app.MapGet("/stories/{id:long}/articles/{number:int}", (long id, int number) =>
                source.Story(id) is { } story && story.Report.Documents.FirstOrDefault(d => d.Number == number) is { } doc
                    ? Page(ArticlePage.Render(story, doc)) : Results.NotFound())
            .ExcludeFromDescription();
        app.MapGet("/static/site.css", () => Results.Text(Asset("site.css"), "text/css; charset=utf-8")).ExcludeFromDescription();
        app.MapGet("/static/icon.svg", () => Results.Text(Asset("icon.svg"), "image/svg+xml")).ExcludeFromDescription();
        app.MapGet("/favicon.ico", () => Results.Text(Asset("icon.svg"), "image/svg+xml")).ExcludeFromDescription();

        var api = app.MapGroup("/api/v1");
        api.MapGet("/stories", (HttpRequest request, string? q, string? outlet, string? from, string? to, int? page, int? pageSize) =>
                Filter(request) is { } filter ? Results.Ok(source.List(filter)) : Results.BadRequest(new ErrorV1("from and to are dates written YYYY-MM-DD")))
            .WithName("listStories").WithSummary("Stories, newest activity first; q searches the articles' text, outlet and from/to (YYYY-MM-DD, inclusive) filter")
            .Produces<StoryPageV1>().Produces<ErrorV1>(400).Produces<ErrorV1>(503);
        api.MapGet("/stories/{id:long}", (long id) => source.Story(id) is { } story ? Results.Ok(story) : NotFound(id))
            .WithName("getStory").WithSummary("One story: its articles and its report").Produces<StoryV1>().Produces<ErrorV1>(404).Produces<ErrorV1>(503);
        api.MapGet("/stories/{id:long}/report", (long id) => source.Story(id) is { } story ? Results.Ok(story.Report) : NotFound(id))
            .WithName("getStoryReport").WithSummary("A story's report: the record `chorus story ID --format json` prints")
            .Produces<StoryReportV1>().Produces<ErrorV1>(404).Produces<ErrorV1>(503);
        api.MapGet("/stories/{id:long}/articles/{number:int}", (long id, int number) =>
                source.Story(id) is { } story && story.Report.Documents.FirstOrDefault(d => d.Number == number) is { } doc ? Results.Ok(doc) : NotFound(id))
            .WithName("getArticle").WithSummary("One article of a story, by its number there: cleaned text, removals with reasons, shared sentences")
            .Produces<ArticleV1>().Produces<ErrorV1>(404).Produces<ErrorV1>(503);
        api.MapPost("/articles", async (HttpRequest request) => await Ingest(request, options))
            .WithName("ingestArticles").WithSummary("Adds articles (JSON Lines, content type application/x-ndjson) to the store; only when the server runs with --allow-ingest")
            .Accepts<string>("application/x-ndjson").Produces<IngestResultV1>().Produces<ErrorV1>(403).Produces<ErrorV1>(415);
        app.MapOpenApi("/api/v1/openapi.json");
        return app;
    }

    private const int MaxQueue = 5000;

    private static async Task Serve(HttpContext context, Func<Task> next, bool loopbackOnly)
    {
            SecurityHeaders(context.Response.Headers);
            if (loopbackOnly && !LoopbackHosts.Contains(context.Request.Host.Host, StringComparer.OrdinalIgnoreCase))
            {
                await Fail(context, StatusCodes.Status400BadRequest, "Wrong host", "This reader answers only to a loopback address (127.0.0.1 or localhost).");
                return;
            }
            try
            {
                await next();
                if (context.Response.StatusCode == StatusCodes.Status404NotFound && !context.Response.HasStarted)
                    await Fail(context, StatusCodes.Status404NotFound, "Not found", "There is no such page, story or article.");
            }
            catch (StoreUnavailableException e) when (!context.Response.HasStarted)
            {
                await Fail(context, StatusCodes.Status503ServiceUnavailable, "Store unavailable", e.Message);
            }
            catch (BadHttpRequestException) when (!context.Response.HasStarted)
            {
                await Fail(context, StatusCodes.Status400BadRequest, "Bad request", "The request could not be read.");
            }
            catch (Exception e) when (e is not OperationCanceledException && !context.Response.HasStarted)
            {
                await Fail(context, StatusCodes.Status500InternalServerError, "Internal error", "Something went wrong inside Chorus; the details are not shown here.");
            }
    }

    /// <summary>Starts the reader and returns the address it listens on (the real port when 0 was asked for).</summary>
    public static async Task<(WebApplication App, Uri Address)> StartAsync(WebReaderOptions options)
    {
        var app = Build(options);
        await app.StartAsync();
        var address = app.Urls.First();
        return (app, new Uri(address.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1")));
    }

    /// <summary>Serves until Ctrl+C or SIGTERM; <paramref name="started"/> hears the address once listening.</summary>
    public static void Serve(WebReaderOptions options, Action<Uri> started)
    {
        var (app, address) = StartAsync(options).GetAwaiter().GetResult();
        started(address);
        app.WaitForShutdown();
    }

    public static async Task StopAsync(WebApplication app)
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    public static bool IsLoopbackUrl(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var u) && (u.IsLoopback || IPAddress.TryParse(u.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    private static IResult Page(string html) => Results.Content(html, "text/html; charset=utf-8");

    private static IResult NotFound(long id) => Results.NotFound(new ErrorV1($"no story {id}, or no such article in it"));

    /// <summary>The list's query string; null when a date is not a date.</summary>
    private static StoryFilter? Filter(HttpRequest request)
    {
        var q = request.Query;
        DateTimeOffset? Day(string name, int plusDays, out bool bad)
        {
            bad = false;
            var text = q[name].ToString();
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                return new DateTimeOffset(day.AddDays(plusDays).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            bad = true;
            return null;
        }
        var from = Day("from", 0, out bool badFrom);
        // "to" is the last day included.
        var to = Day("to", 1, out bool badTo);
        if (badFrom || badTo) return null;
        int page = int.TryParse(q["page"], out var p) && p > 0 ? Math.Min(p, 100_000) : 1;
        int size = int.TryParse(q["pageSize"], out var s) && s > 0 ? Math.Min(s, 100) : 20;
        string? Text(string name) => q[name].ToString() is { Length: > 0 } v ? v[..Math.Min(v.Length, 200)] : null;
        return new StoryFilter(Text("q"), Text("outlet"), from, to, page, size);
    }

    private static readonly SemaphoreSlim IngestGate = new(1, 1);

    private static async Task<IResult> Ingest(HttpRequest request, WebReaderOptions options)
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

    private static void SecurityHeaders(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
    }

    private static async Task Fail(HttpContext context, int status, string title, string line)
    {
        context.Response.Clear();
        SecurityHeaders(context.Response.Headers);
        context.Response.StatusCode = status;
        if (context.Request.Path.StartsWithSegments("/api"))
            await context.Response.WriteAsJsonAsync(new ErrorV1(line));
        else
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(ErrorPage.Render(title, line));
        }
    }

    private static readonly Dictionary<string, string> Assets = new[] { "site.css", "icon.svg" }.ToDictionary(n => n, n =>
    {
        using var stream = typeof(WebReader).Assembly.GetManifestResourceStream($"Chorus.Web.Assets.{n}")!;
        return new StreamReader(stream).ReadToEnd();
    });

    private static string Asset(string name) => Assets[name];
}
