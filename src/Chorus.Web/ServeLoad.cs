using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Chorus.Web;

/// <summary>One kind of request the load check sends, and what it measured.</summary>
public sealed record LoadTarget(string Name, IReadOnlyList<string> Paths);

public sealed record LoadFigures(string Name, int Requests, int Errors, double Seconds, double ServerP50, double ServerP99, double ClientP50, double ClientP99)
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
        var client_ = new List<double>(requests);
        int sent = 0, errors = 0;
        var deadline = Stopwatch.StartNew();
        async Task Client(int seed)
        {
            var mine = new List<(double Server, double Client)>();
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
                    mine.Add((ServerTime(response) ?? double.NaN, elapsed));
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { Interlocked.Increment(ref errors); }
            }
            lock (server_)
                foreach (var (s, c) in mine) { if (!double.IsNaN(s)) server_.Add(s); client_.Add(c); }
        }
        await Task.WhenAll(Enumerable.Range(0, clients).Select(i => Task.Run(() => Client(i))));
        double seconds = deadline.Elapsed.TotalSeconds;
        server_.Sort();
        client_.Sort();
        return new LoadFigures(target.Name, client_.Count + errors, errors, seconds, Percentile(server_, 0.5), Percentile(server_, 0.99), Percentile(client_, 0.5), Percentile(client_, 0.99));
    }

    private static double? ServerTime(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Server-Timing", out var values)) return null;
        foreach (var v in values)
        {
            int at = v.IndexOf("dur=", StringComparison.Ordinal);
            if (at >= 0 && double.TryParse(v.AsSpan(at + 4).TrimEnd(), NumberStyles.Float, CultureInfo.InvariantCulture, out var ms)) return ms;
        }
        return null;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
