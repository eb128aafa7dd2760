using Chorus.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Chorus.Web;

/// <summary>
/// What every request passes through: a turn at the work (a bounded number at once, the rest queued), the
/// security headers, the loopback host check, <c>Server-Timing</c>, and errors turned into one line — a 404 page,
/// 503 for a store that cannot be read, 500 without detail, never a stack trace.
/// </summary>
public static class RequestGuard
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static readonly string[] LoopbackHosts = ["127.0.0.1", "localhost", "[::1]", "::1"];

    public static void Use(WebApplication app, bool loopbackOnly)
    {
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
            try { await admission.WaitAsync(context.RequestAborted); }
            catch (OperationCanceledException)
            {
                // The client left while waiting: nothing to answer.
                Interlocked.Decrement(ref waiting);
                return;
            }
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
}
