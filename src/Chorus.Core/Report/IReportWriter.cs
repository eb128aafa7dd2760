namespace Chorus.Report;

public interface IReportWriter
{
    string Format { get; }

    string Write(SummaryReport report);
}

public static class ReportWriters
{
    public static IReadOnlyList<IReportWriter> All { get; } = [new TextReportWriter(), new MarkdownReportWriter(), new JsonReportWriter()];

    public static IReportWriter? Find(string format) =>
        All.FirstOrDefault(w => string.Equals(w.Format, format, StringComparison.OrdinalIgnoreCase));
}
