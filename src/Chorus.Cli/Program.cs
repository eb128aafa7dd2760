using System.CommandLine;
using Chorus.Cli.Commands;

namespace Chorus.Cli;

public static class Program
{
    /// <summary>The exit codes every command keeps to; <see cref="HelpText.ExitCodes"/> prints them in every --help.</summary>
    public const int Ok = 0, InputError = 1, UsageError = 2, SomeInputsFailed = 3;

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static RootCommand Commands(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Chorus: reads many news articles about one event and says what happened, citing every outlet.")
        {
            SummarizeCommand.Create(stdout, stderr),
            AnalyzeCommand.Create(stdout, stderr),
            EvalCommand.Create(stdout, stderr),
            AnalysisEvalCommand.Create(stdout, stderr),
            RougeCommand.Create(stdout, stderr),
            TrainCommand.Create(stdout, stderr),
            BenchCommand.Create(stdout, stderr),
            IngestCommand.Create(stdout, stderr),
            StoriesCommand.Create(stdout, stderr),
            StoryCommand.Create(stdout, stderr),
            StoryEvalCommand.Create(stdout, stderr),
            BenchIngestCommand.Create(stdout, stderr),
            ServeCommand.Create(stdout, stderr), BenchServeCommand.Create(stdout, stderr),
        };
        CommandLineConventions.Apply(root);
        return root;
    }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = Commands(stdout, stderr);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not { ClearsParseErrors: true })
        {
            foreach (var line in ParseErrorText.Describe(parse).Distinct()) stderr.WriteLine($"chorus: {line}");
            stderr.WriteLine($"Try '{CommandPath(parse.CommandResult.Command)} --help'.");
            return UsageError;
        }
        using var quiet = Progress.QuietScope(parse.GetValue(CommandLineConventions.Quiet));
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            if (Environment.GetEnvironmentVariable("CHORUS_DEBUG") is { Length: > 0 } and not "0") stderr.WriteLine(e);
            var (message, code) = ErrorText.Describe(e);
            stderr.WriteLine($"chorus: {message}");
            return code;
        }
    }

    private static string CommandPath(Command command) =>
        command is RootCommand ? "chorus" : $"{CommandPath(command.Parents.OfType<Command>().First())} {command.Name}";
}

/// <summary>A command line that parses but makes no sense (two budgets at once, an unknown method).</summary>
public sealed class UsageException(string message) : Exception(message);
