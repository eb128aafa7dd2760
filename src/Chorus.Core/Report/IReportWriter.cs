using System.Buffers;
using System.Text;

namespace Chorus.Report;

public interface IReportWriter
{
    string Format { get; }

    string Write(SummaryReport report);

    /// <summary>The report as UTF-8 into a buffer the caller owns (and may reuse): the JSON writer streams into it
    /// without building the whole report as one string, which for a large cluster lands on the large object heap.</summary>
    void Write(SummaryReport report, IBufferWriter<byte> output) => output.Write(Encoding.UTF8.GetBytes(Write(report)));
}

public static class ReportWriters
{
    public static IReadOnlyList<IReportWriter> All { get; } = [new TextReportWriter(), new MarkdownReportWriter(), new JsonReportWriter()];

    public static IReportWriter? Find(string format) =>
        All.FirstOrDefault(w => string.Equals(w.Format, format, StringComparison.OrdinalIgnoreCase));
}
