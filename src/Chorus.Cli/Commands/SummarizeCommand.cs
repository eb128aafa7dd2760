using System.CommandLine;
using Chorus.Ingest;
using Chorus.Pipeline;
using Chorus.Report;

namespace Chorus.Cli.Commands;

public static class SummarizeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Articles: files (text, HTML, JSON Lines), folders (a folder with docs/ is one dataset cluster), or - for stdin",
            Arity = ArgumentArity.OneOrMore,
        };
        var words = CommonOptions.Words();
        var bytes = CommonOptions.Bytes();
        var sentences = CommonOptions.Sentences();
        var method = CommonOptions.Method();
        var format = CommonOptions.Format("text", "markdown", "json");
        var output = new Option<string?>("--out") { Description = "Write the report to this file instead of standard output" };
        var command = new Command("summarize", "Summarize a cluster of articles about one event; every sentence cites its sources")
        {
            paths, words, bytes, sentences, method, format, output,
        };
        command.SetAction(parse =>
        {
            var budget = CommonOptions.BudgetOf(parse.GetValue(words), parse.GetValue(bytes), parse.GetValue(sentences));
            var summarizer = CommonOptions.SummarizerOf(parse.GetValue(method)!);
            var writer = ReportWriters.Find(parse.GetValue(format)!)!;

            var read = new ArticleReader().Read(parse.GetValue(paths)!);
            foreach (var warning in read.Warnings) stderr.WriteLine(warning);
            if (read.Documents.Count == 0)
            {
                stderr.WriteLine("chorus: no article could be read");
                return Program.InputError;
            }
            // The structured formats carry the cross-source analysis too; plain text stays a short read.
            var analyzer = writer.Format == "text" ? null : new Chorus.Analyze.ClusterAnalyzer();
            var result = new ClusterPipeline { Summarizer = summarizer, Analyzer = analyzer }.Run(read.Documents, budget);
            foreach (var doc in result.Documents.Where(d => !d.IsArticle))
                stderr.WriteLine($"warning: {doc.Source.Origin}: {doc.NonArticleReason}");
            if (!result.Documents.Any(d => d.IsArticle))
            {
                stderr.WriteLine("chorus: none of the inputs is a news article");
                return Program.InputError;
            }
            var text = writer.Write(SummaryReport.From(result, read.Warnings));
            if (parse.GetValue(output) is { } file)
            {
                File.WriteAllText(file, text);
                stderr.WriteLine($"wrote {file}");
            }
            else stdout.Write(text);
            return Program.Ok;
        });
        return command;
    }
}
