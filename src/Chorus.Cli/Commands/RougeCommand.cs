using System.CommandLine;
using Chorus.Evaluate;

namespace Chorus.Cli.Commands;

public static class RougeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var peer = new Option<string>("--peer") { Description = "The system summary (plain text)", Required = true };
        var refs = new Option<string[]>("--refs") { Description = "One or more reference summaries", Required = true, AllowMultipleArgumentsPerToken = true, Arity = ArgumentArity.OneOrMore };
        var flags = new Option<string>("--flags")
        {
            Description = "ROUGE-1.5.5 flags (default the MN-250 protocol)",
            DefaultValueFactory = _ => "-c 95 -r 1000 -n 2 -2 4 -u -m -a -l 250",
        };
        var format = CommonOptions.Format("text", "json");
        var command = new Command("rouge", "Score one summary against references with the native ROUGE-1.5.5") { peer, refs, flags, format };
        command.SetAction(parse =>
        {
            RougeOptions options;
            try { options = RougeOptions.Parse(parse.GetValue(flags)!); }
            catch (FormatException e) { throw new UsageException(e.Message); }
            var files = new[] { parse.GetValue(peer)! }.Concat(parse.GetValue(refs)!).ToList();
            foreach (var f in files.Where(f => !File.Exists(f))) { stderr.WriteLine($"chorus: {f}: no such file"); return Program.InputError; }
            var units = files.Select(f => (IReadOnlyList<string>)DatasetEvaluator.ReferenceUnits(File.ReadAllText(f))).ToList();
            var result = new RougeScorer(options).Score(units[0], units.Skip(1).ToList());
            var report = new EvaluationReport("peer", 1, result.Scores, []);
            stdout.Write(parse.GetValue(format) == "json" ? EvalCommand.Json(report) : EvalCommand.Text(report, options.WordLimit ?? 0));
            return Program.Ok;
        });
        return command;
    }
}
