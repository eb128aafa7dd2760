namespace Chorus.Tests;

/// <summary>Finds the project's <c>shared/</c> folder (beside the checkout, locally and in CI).</summary>
public static class SharedData
{
    public static string Root { get; } = Locate();

    public static string Data => Path.Combine(Root, "data");
    public static string MultiNewsDev => Path.Combine(Data, "multinews-dev");
    public static string Versailles => Path.Combine(Root, "samples", "versailles-2017");

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("CHORUS_SHARED") is { Length: > 0 } env) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (File.Exists(Path.Combine(candidate, "data", "README.md"))) return candidate;
        }
        throw new DirectoryNotFoundException("shared/ was not found beside the checkout; set CHORUS_SHARED");
    }
}
