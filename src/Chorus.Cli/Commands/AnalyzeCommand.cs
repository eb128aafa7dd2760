using System.CommandLine;
using Chorus.Analyze;
using Chorus.Ingest;
using Chorus.Pipeline;
using Chorus.Report;

namespace Chorus.Cli.Commands;

public static class AnalyzeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Articles: files (text, HTML, JSON Lines), folders, or - for stdin (as for summarize)",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = CommonOptions.Format("text", "markdown", "json");
        var output = new Option<string?>("--out") { Description = "Write the report to this file instead of standard output" };
        var command = new Command("analyze", "Show how a story was reported across outlets: who copied whom, who said what, where they disagree, which outlets they cite, who and what they mention")
        {
            paths, format, output,
        };
        command.SetAction(parse =>
        {
            var writer = ReportWriters.Find(parse.GetValue(format)!)!;
            var read = new ArticleReader().Read(parse.GetValue(paths)!);
            foreach (var warning in read.Warnings) stderr.WriteLine(warning);
            if (read.Documents.Count == 0)
            {
                stderr.WriteLine("chorus: no article could be read");
                return Program.InputError;
            }
            var result = new ClusterPipeline { Summarizer = null, Analyzer = new ClusterAnalyzer() }.Run(read.Documents, Summarize.Budget.Default);
            foreach (var doc in result.Documents.Where(d => !d.IsArticle))
                stderr.WriteLine($"warning: {doc.Source.Origin}: {doc.NonArticleReason}");
            if (!result.Documents.Any(d => d.IsArticle))
            {
                stderr.WriteLine("chorus: none of the inputs is a news article");
                return Program.InputError;
            }
            var text = writer.Write(SummaryReport.From(result, read.Warnings));
            if (parse.GetValue(output) is { } file) { File.WriteAllText(file, text); stderr.WriteLine($"wrote {file}"); }
            else stdout.Write(text);
            return Program.Ok;
        });
        return command;
    }
}
