using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace Chorus.Cli.Commands;

/// <summary>
/// What every command gets without writing it itself, so commands added later behave alike: strict parsing of
/// PATH-like lists, <c>--quiet</c>, help with examples and exit codes, and each default shown once.
/// </summary>
public static partial class CommandLineConventions
{
    public static readonly Option<bool> Quiet = new("--quiet", "-q")
    {
        Description = "Print only the result, warnings and errors: no progress, no notes",
        Recursive = true,
    };

    public static void Apply(RootCommand root)
    {
        root.Options.Add(Quiet);
        foreach (var help in root.Options.OfType<HelpOption>())
            if (help.Action is HelpAction standard) help.Action = new HelpWithExamples(standard);
        foreach (var command in root.Subcommands)
        {
            foreach (var argument in command.Arguments)
                argument.Validators.Add(result => RefuseOptionLikeValues(result, root));
            foreach (var option in command.Options.Where(o => o.HasDefaultValue && o.Description is not null))
                option.Description = DefaultThenMore().Replace(DefaultAlone().Replace(option.Description!, ""), "(");
            foreach (var option in command.Options.OfType<Option<string?>>().Where(o => o.Name == "--out"))
                option.Validators.Add(RequireFolder);
        }
    }

    /// <summary>
    /// An argument takes any token no option claims: a list (PATH...) would turn a mistyped "--wordz 50" into two
    /// missing files and go on, and "eval --wordz" would look for a dataset called --wordz. Anything shaped like an
    /// option that is not an existing path is an error instead; "-" stays standard input.
    /// </summary>
    private static void RefuseOptionLikeValues(ArgumentResult result, RootCommand root)
    {
        var command = ((CommandResult)result.Parent!).Command;
        foreach (var token in result.Tokens.Select(t => t.Value))
        {
            if (token.Length < 2 || token[0] != '-' || File.Exists(token) || Directory.Exists(token)) continue;
            result.AddError(ParseErrorText.UnknownOption(token, command, root));
            return;
        }
    }

    /// <summary>An output file in a folder that does not exist is a mistake in the command line: said before any
    /// work is done, in one line naming the folder, rather than as the runtime's "Could not find a part of the path"
    /// after it.</summary>
    private static void RequireFolder(OptionResult result)
    {
        if (result.GetValueOrDefault<string?>() is not { Length: > 0 } file) return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (folder is not null && !Directory.Exists(folder))
            result.AddError($"{result.Option.Name} {file}: folder {(Path.GetDirectoryName(file) is { Length: > 0 } given ? given : folder)} does not exist");
    }

    /// <summary>Help prints "[default: X]" from the option itself; a description saying "(default X)" too would
    /// show it twice. "(default X)" goes; "(default X: why)" keeps the why.</summary>
    [GeneratedRegex(@"\s*\(default [^):;,]*\)")]
    private static partial Regex DefaultAlone();

    [GeneratedRegex(@"\(default [^):;,]*[:;,]\s*")]
    private static partial Regex DefaultThenMore();

    private sealed class HelpWithExamples(HelpAction standard) : SynchronousCommandLineAction
    {
        /// <summary>"summarize --help" is help, not a summarize missing its PATH.</summary>
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parse)
        {
            standard.Invoke(parse);
            var output = parse.InvocationConfiguration.Output;
            output.Write(HelpText.Sections(parse.CommandResult.Command));
            return Program.Ok;
        }
    }
}
