using System.Text.Json;
using System.Text.Json.Serialization;
using Chorus.Report.Model;

namespace Chorus.Report;

/// <summary>The machine-readable report: the public, versioned model (<see cref="StoryReportV1"/>), never the
/// pipeline's own records.</summary>
public sealed class JsonReportWriter : IReportWriter
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions { WriteIndented = true });

    /// <summary>The model's conventions on any options (the web API uses them too): camelCase names, kinds as
    /// camelCase strings, nulls left out.</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        // Readable quotes and apostrophes; JSON is data, and every HTML view Chorus renders encodes it again.
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        return options;
    }

    public string Format => "json";

    public string Write(SummaryReport report) => JsonSerializer.Serialize(ReportModelMapper.ToModel(report), Options) + Environment.NewLine;

    /// <summary>A report a store kept, in the public model; null when it predates the model (or is not one), so
    /// the caller recomputes it.</summary>
    public static StoryReportV1? Read(string json)
    {
        try
        {
            var model = JsonSerializer.Deserialize<StoryReportV1>(json, Options);
            return model?.SchemaVersion == ReportSchema.SchemaVersion ? model : null;
        }
        catch (JsonException) { return null; }
    }

    public static SummaryReport? ReadReport(string json) => Read(json) is { } model ? ReportModelMapper.ToReport(model) : null;
}
