using System.Buffers;
using System.Text;
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

    public string Write(SummaryReport report)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        Write(report, buffer);
        var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
        // A large cluster grows the buffer; keep it for the next report only while it stays modest.
        if (buffer.Capacity > 1024 * 1024) _buffer = null;
        return text;
    }

    public void Write(SummaryReport report, IBufferWriter<byte> output)
    {
        // Serializing into a writer reuses the writer's state; the options must match Options' encoder and
        // indentation, which a writer takes from its own options rather than the serializer's.
        var writer = _writer ??= new Utf8JsonWriter(output, WriterOptions);
        writer.Reset(output);
        try
        {
            JsonSerializer.Serialize(writer, ReportModelMapper.ToModel(report), Options);
            writer.Flush();
        }
        finally { writer.Reset(Stream.Null); }
        output.Write(NewLine);
    }

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = Options.WriteIndented,
        Encoder = Options.Encoder,
        NewLine = Options.NewLine,
        IndentCharacter = Options.IndentCharacter,
        IndentSize = Options.IndentSize,
        MaxDepth = Options.MaxDepth == 0 ? 64 : Options.MaxDepth,
    };

    private static readonly byte[] NewLine = Encoding.UTF8.GetBytes(Environment.NewLine);
    [ThreadStatic] private static ArrayBufferWriter<byte>? _buffer;
    [ThreadStatic] private static Utf8JsonWriter? _writer;

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
