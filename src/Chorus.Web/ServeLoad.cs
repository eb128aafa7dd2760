using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Chorus.Web;

/// <summary>One kind of request the load check sends, and what it measured.</summary>
public sealed record LoadTarget(string Name, IReadOnlyList<string> Paths);

/// <param name="ServerP50">Server-side work (admitted to first byte), median.</param>
/// <param name="InServerP99">Server-side time including the wait for a turn inside the reader.</param>
public sealed record LoadFigures(string Name, int Requests, int Errors, double Seconds, double ServerP50, double ServerP99, double InServerP99, double ClientP50, double ClientP99)
{
    public double PerSecond => Requests / Seconds;
}

/// <summary>
/// A small HTTP load generator for the reader on loopback: <c>clients</c> concurrent clients, each sending the
/// target's paths in turn until the request count or the time limit is reached. Server-side times come from the
/// reader's <c>Server-Timing</c> header (first byte), client-side times from the clock around each request.
/// </summary>
public static class ServeLoad
{
    public static async Task<LoadFigures> RunAsync(Uri server, LoadTarget target, int clients, int requests, TimeSpan limit)
    {
        if (!server.IsLoopback) throw new ArgumentException("the load check runs against loopback only", nameof(server));
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5), UseCookies = false };
        using var http = new HttpClient(handler) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        var server_ = new List<double>(requests);
        var inServer = new List<double>(requests);
        var client_ = new List<double>(requests);
        int sent = 0, errors = 0;
        var deadline = Stopwatch.StartNew();
        async Task Client(int seed)
        {
            var mine = new List<(double Server, double Queue, double Client)>();
            int k = seed;
            while (Interlocked.Increment(ref sent) <= requests && deadline.Elapsed < limit)
            {
                var path = target.Paths[k++ % target.Paths.Count];
                long start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                    double elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    if (response.StatusCode != HttpStatusCode.OK) { Interlocked.Increment(ref errors); continue; }
                    mine.Add((ServerTime(response, "app") ?? double.NaN, ServerTime(response, "queue") ?? 0, elapsed));
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { Interlocked.Increment(ref errors); }
            }
            lock (server_)
                foreach (var (s, q, c) in mine)
                {
                    if (!double.IsNaN(s)) { server_.Add(s); inServer.Add(s + q); }
                    client_.Add(c);
                }
        }
        await Task.WhenAll(Enumerable.Range(0, clients).Select(i => Task.Run(() => Client(i))));
        double seconds = deadline.Elapsed.TotalSeconds;
        server_.Sort();
        inServer.Sort();
        client_.Sort();
        return new LoadFigures(target.Name, client_.Count + errors, errors, seconds, Percentile(server_, 0.5), Percentile(server_, 0.99), Percentile(inServer, 0.99), Percentile(client_, 0.5), Percentile(client_, 0.99));
    }

    /// <summary>One metric of a <c>Server-Timing</c> header ("queue;dur=0.1, app;dur=2.5").</summary>
    private static double? ServerTime(HttpResponseMessage response, string metric)
    {
        if (!response.Headers.TryGetValues("Server-Timing", out var values)) return null;
        foreach (var part in values.SelectMany(v => v.Split(',')))
        {
            var fields = part.Split(';', StringSplitOptions.TrimEntries);
            if (fields[0] != metric) continue;
            foreach (var f in fields.Skip(1))
                if (f.StartsWith("dur=", StringComparison.Ordinal) && double.TryParse(f.AsSpan(4), NumberStyles.Float, CultureInfo.InvariantCulture, out var ms)) return ms;
        }
        return null;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
