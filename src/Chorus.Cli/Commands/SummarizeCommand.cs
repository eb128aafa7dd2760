using System.CommandLine;
using Chorus.Analyze;
using Chorus.Pipeline;
using Chorus.Report;

namespace Chorus.Cli.Commands;

public static class SummarizeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = ClusterRun.Paths();
        var words = CommonOptions.Words();
        var bytes = CommonOptions.Bytes();
        var sentences = CommonOptions.Sentences();
        var method = CommonOptions.Method();
        var format = CommonOptions.Format("text", "markdown", "json");
        var output = ClusterRun.Output();
        var command = new Command("summarize", "Summarize a cluster of articles about one event; every sentence cites its sources")
        {
            paths, words, bytes, sentences, method, format, output,
        };
        command.SetAction(parse =>
        {
            var budget = CommonOptions.BudgetOf(parse.GetValue(words), parse.GetValue(bytes), parse.GetValue(sentences));
            var summarizer = CommonOptions.SummarizerOf(parse.GetValue(method)!);
            var writer = ReportWriters.Find(parse.GetValue(format)!)!;
            // The structured formats carry the cross-source analysis too; plain text stays a short read.
            var analyzer = writer.Format == "text" ? null : new ClusterAnalyzer();
            return ClusterRun.Execute(parse.GetValue(paths)!, new ClusterPipeline { Summarizer = summarizer, Analyzer = analyzer },
                budget, writer, parse.GetValue(output), stdout, stderr);
        });
        return command;
    }
}
