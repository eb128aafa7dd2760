using System.CommandLine;
using Chorus.Cli.Commands;

namespace Chorus.Cli;

public static class Program
{
    public const int Ok = 0, InputError = 1, UsageError = 2;

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
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
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"chorus: {error.Message}");
            stderr.WriteLine("Try 'chorus --help'.");
            return UsageError;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"chorus: {e.Message}");
            return UsageError;
        }
        catch (Chorus.Store.StoreException e)
        {
            stderr.WriteLine($"chorus: {e.Message}");
            return InputError;
        }
        catch (System.Data.Common.DbException e)
        {
            stderr.WriteLine($"chorus: database error ({e.Message.Split('\n')[0].Trim()})");
            return InputError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"chorus: {e.Message}");
            return InputError;
        }
        catch (Exception e) when (e is not OutOfMemoryException && Environment.GetEnvironmentVariable("CHORUS_DEBUG") is null)
        {
            // A bug of ours must still end in one readable line; CHORUS_DEBUG=1 shows the trace.
            stderr.WriteLine($"chorus: internal error ({e.GetType().Name}: {e.Message}); run with CHORUS_DEBUG=1 for details");
            return InputError;
        }
    }
}

/// <summary>A command line that parses but makes no sense (two budgets at once, an unknown method).</summary>
public sealed class UsageException(string message) : Exception(message);
