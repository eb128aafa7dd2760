using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Chorus.Ingest.Web;

/// <summary>One fetched resource, or the reason it could not be had.</summary>
public sealed record FetchResult(Uri Url, byte[]? Body, string? MediaType, string? Problem)
{
    public bool Ok => Body is not null;
}

/// <summary>
/// HTTP GET with the manners a crawler owes the sites it reads: a clear user agent, a per-host limit on
/// requests in flight and a delay between them, per-attempt timeouts, retries with exponential backoff (Polly)
/// for transient failures only, and a size cap enforced while reading. Never throws for a failed fetch: the
/// problem comes back in one line.
/// </summary>
public sealed class HttpFetcher : IDisposable
{
    private readonly HttpClient client;
    private readonly FetchOptions options;
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;
    private readonly ConcurrentDictionary<string, HostGate> hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim overall;

    private sealed class HostGate(int concurrency)
    {
        public SemaphoreSlim Slots { get; } = new(concurrency, concurrency);
        public SemaphoreSlim Turn { get; } = new(1, 1);
        public DateTime NextStart = DateTime.MinValue;
    }

    public HttpFetcher(FetchOptions? options = null)
    {
        this.options = options ?? new FetchOptions();
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 5,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = this.options.Timeout,
        };
        // The per-attempt timeout lives in the Polly pipeline; the client's own would cut across retries.
        client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(this.options.UserAgent);
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5");
        overall = new SemaphoreSlim(this.options.Concurrency, this.options.Concurrency);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        // Polly's retry needs at least one attempt: --retries 0 means no retry step at all, not a retry of zero.
        if (this.options.Retries > 0)
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = this.options.Retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = this.options.RetryDelay,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(r => IsTransient(r.StatusCode)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
                OnRetry = args => { args.Outcome.Result?.Dispose(); return ValueTask.CompletedTask; },
            });
        pipeline = builder
            .AddTimeout(this.options.Timeout)
            .Build();
    }

    private static bool IsTransient(HttpStatusCode code) =>
        code is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)code >= 500;

    /// <summary>A server that says when to come back is believed, within reason.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        if (response?.Headers.RetryAfter is not { } retry) return null;
        var wait = retry.Delta ?? (retry.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return wait is { } w && w > TimeSpan.Zero && w <= TimeSpan.FromSeconds(30) ? w : null;
    }

    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken cancel = default)
    {
        if (url.Scheme is not ("http" or "https")) return new FetchResult(url, null, null, "only http and https URLs can be fetched");
        var gate = hosts.GetOrAdd(url.Authority, _ => new HostGate(options.PerHostConcurrency));
        await overall.WaitAsync(cancel);
        await gate.Slots.WaitAsync(cancel);
        try
        {
            using var response = await pipeline.ExecuteAsync(async token =>
            {
                // Every attempt, retries included, waits its turn, so backoff never bunches requests to a host.
                await WaitForTurn(gate, token);
                return await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, token);
            }, cancel);
            if (!response.IsSuccessStatusCode)
                return new FetchResult(url, null, null, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            if (response.Content.Headers.ContentLength is long length && length > options.MaxBytes)
                return new FetchResult(url, null, null, $"response too large ({length / 1048576.0:0.#} MB; the limit is {options.MaxBytes / 1048576.0:0.#} MB)");
            var body = await ReadCapped(response.Content, cancel);
            if (body is null)
                return new FetchResult(url, null, null, $"response too large (over {options.MaxBytes / 1048576.0:0.#} MB)");
            return new FetchResult(response.RequestMessage?.RequestUri ?? url, body, MediaTypeOf(response.Content.Headers.ContentType), null);
        }
        catch (TimeoutRejectedException) { return new FetchResult(url, null, null, $"timed out after {options.Timeout.TotalSeconds:0.#} s ({options.Retries + 1} attempts)"); }
        catch (HttpRequestException e) { return new FetchResult(url, null, null, $"request failed ({e.Message})"); }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested) { return new FetchResult(url, null, null, "request was cancelled"); }
        finally
        {
            gate.Slots.Release();
            overall.Release();
        }
    }

    private async Task WaitForTurn(HostGate gate, CancellationToken cancel)
    {
        await gate.Turn.WaitAsync(cancel);
        try
        {
            var wait = gate.NextStart - DateTime.UtcNow;
            if (wait > TimeSpan.Zero) await Task.Delay(wait, cancel);
            gate.NextStart = DateTime.UtcNow + options.PerHostDelay;
        }
        finally { gate.Turn.Release(); }
    }

    private async Task<byte[]?> ReadCapped(HttpContent content, CancellationToken cancel)
    {
        await using var stream = await content.ReadAsStreamAsync(cancel);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await stream.ReadAsync(chunk, cancel)) > 0)
        {
            if (buffer.Length + n > options.MaxBytes) return null;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    private static string? MediaTypeOf(MediaTypeHeaderValue? type) => type?.MediaType?.ToLowerInvariant();

    public void Dispose()
    {
        client.Dispose();
        overall.Dispose();
    }
}
