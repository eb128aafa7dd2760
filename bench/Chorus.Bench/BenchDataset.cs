namespace Chorus.Bench;

/// <summary>The dataset the benchmarks and the chart read: CHORUS_DATASET, else shared/data/multinews-dev found
/// above the working directory.</summary>
public static class BenchDataset
{
    public static string Folder()
    {
        if (Environment.GetEnvironmentVariable("CHORUS_DATASET") is { Length: > 0 } env) return env;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "multinews-dev");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("set CHORUS_DATASET to a dataset folder");
    }
}
