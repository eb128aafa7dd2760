using System.CommandLine;
using Chorus.Analyze;
using Chorus.Pipeline;
using Chorus.Report;

namespace Chorus.Cli.Commands;

public static class AnalyzeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = ClusterRun.Paths();
        var format = CommonOptions.Format("text", "markdown", "json");
        var output = ClusterRun.Output();
        var command = new Command("analyze", "Show how a story was reported across outlets: who copied whom, who said what, where they disagree, which outlets they cite, who and what they mention")
        {
            paths, format, output,
        };
        command.SetAction(parse => ClusterRun.Execute(parse.GetValue(paths)!,
            new ClusterPipeline { Summarizer = null, Analyzer = new ClusterAnalyzer() }, Summarize.Budget.Default,
            ReportWriters.Find(parse.GetValue(format)!)!, parse.GetValue(output), stdout, stderr));
        return command;
    }
}
