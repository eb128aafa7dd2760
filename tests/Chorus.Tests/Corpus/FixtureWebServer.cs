using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chorus.Tests.Corpus;

/// <summary>
/// A real HTTP server (Kestrel) on 127.0.0.1 with a free port, serving the pages and feeds a test registers.
/// It records what clients did: user agents, and how many requests to it were in flight at once.
/// </summary>
public sealed class FixtureWebServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, int, Task>> routes = new();
    private readonly ConcurrentDictionary<string, int> hits = new();
    private int inFlight;

    public ConcurrentBag<string> UserAgents { get; } = [];
    public int MaxInFlight;
    public Uri BaseUrl { get; }

    public FixtureWebServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        app = builder.Build();
        app.Run(async context =>
        {
            int now = Interlocked.Increment(ref inFlight);
            lock (routes) MaxInFlight = Math.Max(MaxInFlight, now);
            try
            {
                UserAgents.Add(context.Request.Headers.UserAgent.ToString());
                var path = context.Request.Path.Value ?? "/";
                int hit = hits.AddOrUpdate(path, 1, (_, n) => n + 1);
                if (routes.TryGetValue(path, out var handler)) await handler(context, hit);
                else context.Response.StatusCode = (int)HttpStatusCode.NotFound;
            }
            finally { Interlocked.Decrement(ref inFlight); }
        });
        app.StartAsync().GetAwaiter().GetResult();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    public Uri Url(string path) => new(BaseUrl, path.TrimStart('/'));

    public int Hits(string path) => hits.GetValueOrDefault(path);

    public void Serve(string path, string contentType, string body, TimeSpan? delay = null) =>
        routes[path] = async (context, _) =>
        {
            if (delay is { } d) await Task.Delay(d, context.RequestAborted);
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body, context.RequestAborted);
        };

    /// <summary>Fails with <paramref name="status"/> the first <paramref name="failures"/> times, then serves.</summary>
    public void ServeAfterFailures(string path, int failures, HttpStatusCode status, string contentType, string body) =>
        routes[path] = async (context, hit) =>
        {
            if (hit <= failures) { context.Response.StatusCode = (int)status; return; }
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body);
        };

    public void ServeHandler(string path, Func<HttpContext, int, Task> handler) => routes[path] = handler;

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
