using System.CommandLine;
using Chorus.Ingest;
using Chorus.Pipeline;
using Chorus.Report;

namespace Chorus.Cli.Commands;

/// <summary>
/// What summarize and analyze share: the PATH argument and --out option, reading the inputs with one warning line
/// per bad one, running the pipeline, refusing when no article was read, and writing the report.
/// </summary>
public static class ClusterRun
{
    public static Argument<string[]> Paths() => new("PATH")
    {
        Description = "Articles: files (text, HTML, JSON Lines), folders (a folder with docs/ is one dataset cluster), or - for stdin",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string?> Output() => new("--out") { Description = "Write the report to this file instead of standard output" };

    public static int Execute(string[] paths, ClusterPipeline pipeline, Summarize.Budget budget, IReportWriter writer, string? outFile,
        TextWriter stdout, TextWriter stderr)
    {
        var read = new ArticleReader().Read(paths);
        foreach (var warning in read.Warnings) stderr.WriteLine(warning);
        if (read.Documents.Count == 0)
        {
            stderr.WriteLine("chorus: no article could be read");
            return Program.InputError;
        }
        var result = pipeline.Run(read.Documents, budget);
        foreach (var doc in result.Documents.Where(d => !d.IsArticle))
            stderr.WriteLine($"warning: {doc.Source.Origin}: {doc.NonArticleReason}");
        if (!result.Documents.Any(d => d.IsArticle))
        {
            stderr.WriteLine("chorus: none of the inputs is a news article");
            return Program.InputError;
        }
        var text = writer.Write(SummaryReport.From(result, read.Warnings));
        if (outFile is not null)
        {
            File.WriteAllText(outFile, text);
            stderr.WriteLine($"wrote {outFile}");
        }
        else stdout.Write(text);
        return Program.Ok;
    }
}
