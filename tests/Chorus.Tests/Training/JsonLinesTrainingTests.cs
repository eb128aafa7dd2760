using System.IO.Compression;
using Chorus.Evaluate;
using Chorus.Ingest;
using Chorus.Summarize;
using Chorus.Tests.Cli;
using Chorus.Training;

namespace Chorus.Tests.Training;

public class JsonLinesTrainingTests
{
    private static string Line(int i) =>
        $$"""{"id": "c-{{i}}", "documents": ["the harbour ferry ran aground near pier {{i}} on monday. Passengers were taken ashore by lifeboats. The ferry company said an inspection of the hull would begin on tuesday , and crossings to the island were cancelled.", "a ferry grounded at pier {{i}} ; nobody was hurt , the coast guard said . Lifeboats from two towns brought the passengers ashore within three hours , officials said , and the company cancelled crossings."], "summary": "A ferry ran aground at pier {{i}}; all passengers were taken ashore."}""";

    private static void WriteGz(string file, IEnumerable<string> lines)
    {
        using var gz = new GZipStream(File.Create(file), CompressionLevel.Fastest);
        using var writer = new StreamWriter(gz);
        foreach (var line in lines) writer.WriteLine(line);
    }

    [Fact]
    public void A_split_is_streamed_and_bad_lines_are_reported_not_fatal()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "train.jsonl.gz");
        WriteGz(file, [Line(1), "{not json", """{"id": "c-x", "documents": [], "summary": "text"}""", """{"id": "c-y", "documents": ["text"]}""", Line(2)]);
        var warnings = new List<IngestWarning>();
        var clusters = JsonLinesDatasetReader.Read(file, warnings.Add).ToList();
        Assert.Equal(["c-1", "c-2"], clusters.Select(c => c.Id));
        Assert.Equal(2, clusters[0].Documents.Count);
        Assert.Single(clusters[1].References);
        Assert.Equal(3, warnings.Count);
        Assert.All(warnings, w => Assert.StartsWith(file + ":", w.Source));
        Assert.True(JsonLinesDatasetReader.IsJsonLinesDataset(temp.Path));
    }

    [Fact]
    public void A_seeded_sample_is_reproducible_and_the_held_out_clusters_never_overlap_it()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "val.jsonl.gz");
        WriteGz(file, Enumerable.Range(1, 50).Select(Line));
        var first = ClusterSample.Read(file, 10, seed: 1).Select(c => c.Id).ToList();
        var again = ClusterSample.Read(file, 10, seed: 1).Select(c => c.Id).ToList();
        var other = ClusterSample.Read(file, 10, seed: 2).Select(c => c.Id).ToList();
        var heldOut = ClusterSample.ReadOthers(file, 10, 15, seed: 1).Select(c => c.Id).ToList();
        Assert.Equal(10, first.Count);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(15, heldOut.Count);
        Assert.Empty(first.Intersect(heldOut));
    }

    [Fact]
    public void Feature_rows_are_cached_and_read_back_identically()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "train.jsonl.gz");
        WriteGz(file, Enumerable.Range(1, 12).Select(Line));
        var log = new StringWriter();
        var prepared = FeatureCache.LoadOrPrepare(file, 8, 3, Path.Combine(temp.Path, "cache"), log);
        var cached = FeatureCache.LoadOrPrepare(file, 8, 3, Path.Combine(temp.Path, "cache"), log);
        Assert.Contains("read 8 prepared clusters", log.ToString());
        Assert.Equal(prepared.Select(p => p.Id), cached.Select(p => p.Id));
        for (int i = 0; i < prepared.Count; i++)
        {
            Assert.Equal(prepared[i].Labels, cached[i].Labels);
            Assert.Equal(prepared[i].Rows.SelectMany(r => r), cached[i].Rows.SelectMany(r => r));
        }
        Assert.All(prepared, p => Assert.Contains(p.Labels, l => l > 0));
    }

    [Fact]
    public void Chorus_train_on_jsonl_splits_writes_a_loadable_model_with_its_selection_and_reproduces_it()
    {
        using var temp = new TempFolder();
        WriteGz(Path.Combine(temp.Path, "train.jsonl.gz"), Enumerable.Range(1, 40).Select(Line));
        WriteGz(Path.Combine(temp.Path, "val.jsonl.gz"), Enumerable.Range(100, 10).Select(Line));
        string[] Args(string model, string cache) =>
            ["train", temp.Path, "--clusters", "30", "--val-clusters", "6", "--bags", "2", "--iterations", "5", "--min-leaf", "5", "--cache", cache, "--out", model];
        var first = CliRunner.Run(Args(Path.Combine(temp.Path, "a.json"), Path.Combine(temp.Path, "c1")));
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("chosen: ranker weight", first.Stdout);
        var model = TreeEnsembleModel.FromJson(File.ReadAllText(Path.Combine(temp.Path, "a.json")));
        Assert.NotNull(model.Selection);
        Assert.InRange(model.Selection!.Window, 1, 100);
        Assert.Equal(SentenceFeatures.Names, model.Features);
        // A fresh cache and the same seed give the same model, byte for byte.
        var second = CliRunner.Run(Args(Path.Combine(temp.Path, "b.json"), Path.Combine(temp.Path, "c2")));
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(temp.Path, "a.json")), File.ReadAllText(Path.Combine(temp.Path, "b.json")));
    }
}
