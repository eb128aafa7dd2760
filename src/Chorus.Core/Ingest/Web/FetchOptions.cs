namespace Chorus.Ingest.Web;

/// <summary>How politely and how patiently Chorus fetches from the web.</summary>
public sealed record FetchOptions
{
    /// <summary>Per attempt; a stalled server costs this much, not the whole run.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);
    /// <summary>Attempts after the first for transient failures (connection errors, timeouts, 408, 429, 5xx).</summary>
    public int Retries { get; init; } = 3;
    /// <summary>First retry delay; doubled for each further attempt, with jitter.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>Requests in flight to one host at a time.</summary>
    public int PerHostConcurrency { get; init; } = 2;
    /// <summary>Least time between the starts of two requests to one host.</summary>
    public TimeSpan PerHostDelay { get; init; } = TimeSpan.FromMilliseconds(250);
    /// <summary>Responses larger than this are refused: no article page comes near it.</summary>
    public long MaxBytes { get; init; } = 8 * 1024 * 1024;
    /// <summary>Requests in flight overall.</summary>
    public int Concurrency { get; init; } = 8;
    public string UserAgent { get; init; } = $"Chorus/{typeof(FetchOptions).Assembly.GetName().Version?.ToString(3) ?? "1.0"} (news summarizer; one request at a time per host)";
}
