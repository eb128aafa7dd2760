using System.Text.Json;
using System.Text.Json.Serialization;

namespace Chorus.Report;

/// <summary>The machine-readable report: <c>documents</c>, <c>summary</c> (text and source ids), <c>words</c>.</summary>
public sealed class JsonReportWriter : IReportWriter
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Readable quotes and apostrophes; JSON is data, and every HTML view Chorus renders encodes it again.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Format => "json";

    public string Write(SummaryReport report) => JsonSerializer.Serialize(report, Options) + Environment.NewLine;
}
