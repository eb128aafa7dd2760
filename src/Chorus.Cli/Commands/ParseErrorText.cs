using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Chorus.Cli.Commands;

/// <summary>
/// Parse errors in the user's terms, one line each: "unknown option '--wordz' (did you mean '--words'?)" rather
/// than the parser's "Unrecognized command or argument", "ID must be a number" rather than "expected type
/// 'System.Int64'".
/// </summary>
public static partial class ParseErrorText
{
    public static IEnumerable<string> Describe(ParseResult parse)
    {
        var root = (RootCommand)parse.RootCommandResult.Command;
        var command = parse.CommandResult.Command;
        if (command is RootCommand && parse.UnmatchedTokens.FirstOrDefault(t => !t.StartsWith('-')) is { } first)
        {
            // Whatever follows an unknown command was meant for it: one line about the command says it all.
            yield return UnknownCommand(first, root);
            yield break;
        }
        foreach (var token in parse.UnmatchedTokens)
        {
            if (token.StartsWith('-') && token.Length > 1) yield return UnknownOption(token, command, root);
            else yield return $"{command.Name}: unexpected argument '{token}'";
        }
        foreach (var error in parse.Errors)
        {
            if (parse.UnmatchedTokens.Any(t => error.Message.Contains($"'{t}'"))) continue;
            yield return NotANumber(error) ?? Rephrased(error) ?? OneLine(error.Message);
        }
    }

    /// <summary>The parser's messages that read like an exception, in plain words.</summary>
    private static string? Rephrased(ParseError error)
    {
        switch (error.SymbolResult)
        {
            case CommandResult { Command: RootCommand root } when error.Message.StartsWith("Required command", StringComparison.Ordinal):
                return $"no command given; one of: {string.Join(", ", root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}";
            case CommandResult c when error.Message.StartsWith("Required argument missing", StringComparison.Ordinal):
                return $"{c.Command.Name} needs {string.Join(" and ", c.Command.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0).Select(a => a.Name))}";
            case ArgumentResult { Parent: CommandResult c } a when error.Message.StartsWith("Required argument missing", StringComparison.Ordinal):
                return $"{c.Command.Name} needs {a.Argument.Name}";
            case ArgumentResult { Parent: OptionResult o } when OneOf().Match(error.Message) is { Success: true } m:
                return $"{o.Option.Name}: '{m.Groups[1].Value}' is not one of {string.Join(", ", Quoted().Matches(m.Groups[2].Value).Select(q => q.Groups[1].Value))}";
            case OptionResult o when OneOf().Match(error.Message) is { Success: true } m:
                return $"{o.Option.Name}: '{m.Groups[1].Value}' is not one of {string.Join(", ", Quoted().Matches(m.Groups[2].Value).Select(q => q.Groups[1].Value))}";
            case OptionResult o when error.Message.StartsWith("Required argument missing", StringComparison.Ordinal):
                return $"{o.Option.Name} needs a value";
            case OptionResult o when error.Message.StartsWith("Option '", StringComparison.Ordinal) && error.Message.Contains("is required"):
                return $"{o.Option.Name} is required";
            default:
                return null;
        }
    }

    [GeneratedRegex(@"^Argument '(.*)' not recognized\. Must be one of:(.*)$", RegexOptions.Singleline)]
    private static partial Regex OneOf();

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex Quoted();

    public static string UnknownOption(string token, Command command, RootCommand root)
    {
        var name = token.Split('=', 2)[0];
        var known = command.Options.Concat(root.Options.Where(o => o.Recursive))
            .SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--"));
        var where = command is RootCommand ? "" : $"{command.Name}: ";
        return $"{where}unknown option '{name}'{DidYouMean(name, known)}";
    }

    public static string UnknownCommand(string token, RootCommand root) =>
        $"unknown command '{token}'{DidYouMean(token, root.Subcommands.Select(c => c.Name))}";

    /// <summary>The closest known name within a third of its length in edits, or a prefix match.</summary>
    public static string DidYouMean(string given, IEnumerable<string> known)
    {
        var best = known.Distinct()
            .Select(k => (Name: k, Distance: k.StartsWith(given, StringComparison.OrdinalIgnoreCase) && given.TrimStart('-').Length >= 2 ? 0 : Edits(given.ToLowerInvariant(), k.ToLowerInvariant())))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault();
        if (best.Name is null || best.Distance > Math.Max(1, best.Name.TrimStart('-').Length / 3)) return "";
        return $" (did you mean '{best.Name}'?)";
    }

    private static string? NotANumber(ParseError error)
    {
        var (name, type, tokens, owner) = error.SymbolResult switch
        {
            OptionResult o => (o.Option.Name, o.Option.ValueType, o.Tokens, (o.Parent as CommandResult)?.Command),
            ArgumentResult a when a.Parent is OptionResult o => (o.Option.Name, o.Option.ValueType, a.Tokens, (o.Parent as CommandResult)?.Command),
            ArgumentResult a => (a.Argument.Name, a.Argument.ValueType, a.Tokens, (a.Parent as CommandResult)?.Command),
            _ => (null, null, null, null),
        };
        if (name is null || type is null || tokens is null) return null;
        var element = Nullable.GetUnderlyingType(type) ?? (type.IsArray ? type.GetElementType()! : type);
        bool whole = element == typeof(int) || element == typeof(long) || element == typeof(short);
        bool number = whole || element == typeof(double) || element == typeof(float) || element == typeof(decimal);
        if (!number) return null;
        var bad = tokens.Select(t => t.Value).FirstOrDefault(v => !double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || (whole && d != Math.Floor(d)));
        if (bad is null) return null;
        // "story --wordz": a mistyped option taken as the value of an argument.
        if (bad.Length > 1 && bad[0] == '-' && !char.IsDigit(bad[1]) && owner is not null && error.SymbolResult is ArgumentResult { Parent: CommandResult })
            return UnknownOption(bad, owner, (RootCommand)owner.Parents.OfType<Command>().First());
        var who = owner is null or RootCommand ? name : $"{owner.Name} {name}";
        return $"{who} must be a {(whole ? "whole number" : "number")}, not '{bad}'";
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');

    private static int Edits(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (int i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
