using System.Diagnostics;
using System.Text;

namespace Chorus.Tests.Corpus;

/// <summary>The built chorus as a separate process, for tests of what two real processes do to one store.</summary>
public static class ChorusProcess
{
    /// <summary>Started with the test project's runtime configuration: the test host brings the ASP.NET Core shared
    /// framework, so logging abstractions Npgsql loads are not copied beside chorus.dll here.</summary>
    public static Process Start(IEnumerable<string> args, StringBuilder? errors = null)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "exec", "--runtimeconfig", Path.Combine(AppContext.BaseDirectory, "Chorus.Tests.runtimeconfig.json"), Path.Combine(AppContext.BaseDirectory, "chorus.dll") })
            info.ArgumentList.Add(a);
        foreach (var a in args) info.ArgumentList.Add(a);
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (errors is not null && e.Data is { } line && !line.Contains("not an article")) lock (errors) errors.AppendLine(line);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
