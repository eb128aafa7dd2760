using System.Text.RegularExpressions;

namespace Chorus.Cli.Commands;

/// <summary>
/// An exception that ends a command, as one line in the user's terms with its exit code. The runtime's own
/// messages ("Could not find a part of the path …") and type names mean nothing to a reader; CHORUS_DEBUG=1
/// prints the trace for whoever fixes a bug.
/// </summary>
public static partial class ErrorText
{
    public static (string Message, int ExitCode) Describe(Exception e) => e switch
    {
        UsageException => (e.Message, Program.UsageError),
        Chorus.Store.StoreException => (e.Message, Program.InputError),
        System.Data.Common.DbException => ($"database error ({FirstLine(e.Message)})", Program.InputError),
        DirectoryNotFoundException => (PathOf(e) is { } path ? $"{path}: folder {Path.GetDirectoryName(path)} does not exist" : "a folder does not exist", Program.InputError),
        FileNotFoundException f => ($"{f.FileName ?? PathOf(e) ?? "a file"}: no such file", Program.InputError),
        UnauthorizedAccessException => ($"{PathOf(e) ?? "a file"}: permission denied", Program.InputError),
        IOException => (FirstLine(e.Message), Program.InputError),
        _ => ($"internal error: {FirstLine(e.Message)}; run with CHORUS_DEBUG=1 for the trace", Program.InputError),
    };

    public static string FirstLine(string message) => message.Split('\n', 2)[0].Trim().TrimEnd('.');

    private static string? PathOf(Exception e) => QuotedPath().Match(e.Message) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex QuotedPath();
}
