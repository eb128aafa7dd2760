using System.Diagnostics;

namespace Chorus.Tests.Cli;

public sealed record CliResult(int ExitCode, string Stdout, string Stderr);

public static class CliRunner
{
    /// <summary>Runs the CLI in-process, as the executable would.</summary>
    public static CliResult Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Chorus.Cli.Program.Run(args, stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the built <c>chorus</c> executable as a separate process.</summary>
    public static CliResult RunProcess(string stdin, params string[] args) =>
        RunProcess(new System.Text.UTF8Encoding(false).GetBytes(stdin), new Dictionary<string, string>(), args);

    /// <summary>Runs the built <c>chorus</c> executable as a separate process, with these exact bytes on its standard
    /// input and these environment variables set.</summary>
    public static CliResult RunProcess(byte[] stdin, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "chorus.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        info.ArgumentList.Add(dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        foreach (var (name, value) in environment) info.Environment[name] = value;
        using var process = Process.Start(info)!;
        process.StandardInput.BaseStream.Write(stdin);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000)) { process.Kill(true); throw new TimeoutException("chorus did not finish"); }
        return new CliResult(process.ExitCode, output.Result, error.Result);
    }
}
