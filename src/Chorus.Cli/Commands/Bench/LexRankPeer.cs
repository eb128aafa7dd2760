using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Chorus.Cli.Commands.Bench;

/// <summary>
/// The npm <c>lexrank</c> 1.0.5 peer (bench/npm-lexrank), run in the same bench run on the same cores as Chorus,
/// so the ratio compares two programs measured under the same conditions rather than a remembered figure.
/// </summary>
public static partial class LexRankPeer
{
    /// <summary>The folder of the peer's package.json, found above the working folder or the program.</summary>
    public static string? Folder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "bench", "npm-lexrank");
                if (File.Exists(Path.Combine(candidate, "bench.js"))) return candidate;
            }
        return null;
    }

    /// <summary>Runs the peer over the dataset on the given cores; null with the reason when it cannot run.</summary>
    public static (double? MsPerCluster, string Note) Run(string dataset, string? cores)
    {
        var folder = Folder();
        if (folder is null) return (null, "bench/npm-lexrank not found");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "lexrank")))
            return (null, $"peer not installed: cd {folder} && npm install");
        // taskset puts the peer on the cores Chorus ran on; without it the peer would use every core.
        var start = cores is null
            ? new ProcessStartInfo("node") { ArgumentList = { Path.Combine(folder, "bench.js"), Path.GetFullPath(dataset) } }
            : new ProcessStartInfo("taskset") { ArgumentList = { "-c", cores, "node", Path.Combine(folder, "bench.js"), Path.GetFullPath(dataset) } };
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(10))) { process.Kill(true); return (null, "peer timed out"); }
            var match = MsPerCluster().Match(output);
            return match.Success
                ? (double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), output.Trim())
                : (null, "peer printed no figure");
        }
        catch (System.ComponentModel.Win32Exception) { return (null, "node (or taskset) is not installed"); }
    }

    [GeneratedRegex(@"= ([0-9.]+) ms/cluster")]
    private static partial Regex MsPerCluster();
}
