using System.Net;
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
            // Build the search index in the background before the first search asks for it (a large store takes
            // seconds); a store that is down now is reported per request.
            Task.Run(() => { try { source.Warm(); } catch (StoreUnavailableException) { } });
        });
        RequestGuard.Use(app, loopbackOnly: options.Urls.Split(';').All(IsLoopbackUrl));

        app.MapGet("/", (HttpRequest request) => ListQuery.Parse(request) is { } filter
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
                ListQuery.Parse(request) is { } filter ? Results.Ok(source.List(filter)) : Results.BadRequest(new ErrorV1("from and to are dates written YYYY-MM-DD")))
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
        api.MapPost("/articles", async (HttpRequest request) => await ApiIngest.Run(request, options))
            .WithName("ingestArticles").WithSummary("Adds articles (JSON Lines, content type application/x-ndjson) to the store; only when the server runs with --allow-ingest")
            .Accepts<string>("application/x-ndjson").Produces<IngestResultV1>().Produces<ErrorV1>(403).Produces<ErrorV1>(415);
        app.MapOpenApi("/api/v1/openapi.json");
        return app;
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

    private static readonly Dictionary<string, string> Assets = new[] { "site.css", "icon.svg" }.ToDictionary(n => n, n =>
    {
        using var stream = typeof(WebReader).Assembly.GetManifestResourceStream($"Chorus.Web.Assets.{n}")!;
        return new StreamReader(stream).ReadToEnd();
    });

    private static string Asset(string name) => Assets[name];
}
