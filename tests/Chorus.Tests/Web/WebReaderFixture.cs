using System.Text.Json;
using Chorus.Store;
using Chorus.Tests.Cli;
using Chorus.Web;
using Microsoft.AspNetCore.Builder;

namespace Chorus.Tests.Web;

/// <summary>
/// One real reader (Kestrel on a free loopback port) over a store holding <see cref="HostileCorpus"/>, shared by
/// the web tests; the store is filled through the CLI's <c>ingest</c>, as a user would.
/// </summary>
public sealed class WebReaderFixture : IAsyncLifetime
{
    private readonly TempFolder temp = new();
    private WebApplication? app;

    public string Store { get; private set; } = "";
    public Uri Address { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public long FloodStory { get; private set; }
    public long FireStory { get; private set; }

    public async Task InitializeAsync()
    {
        Store = Path.Combine(temp.Path, "hostile.db");
        var input = temp.Write("in/hostile.jsonl", HostileCorpus.JsonLines());
        var ingest = CliRunner.Run("ingest", input, "--store", Store);
        if (ingest.ExitCode != 0) throw new InvalidOperationException($"ingest failed: {ingest.Stderr}");
        (app, Address) = await WebReader.StartAsync(new WebReaderOptions(Store, "http://127.0.0.1:0"));
        Http = new HttpClient { BaseAddress = Address };
        var (stories, _) = new StoryQueries(Store).Stories(new StoryFilter());
        FloodStory = stories.Single(s => s.Title.Contains(HostileCorpus.Flood)).Id;
        FireStory = stories.Single(s => s.Title.Contains(HostileCorpus.Fire)).Id;
    }

    /// <summary>Every page a reader can reach: the list (plain, searched, filtered), both stories, every article.</summary>
    public async Task<IReadOnlyList<string>> AllPagesAsync()
    {
        var pages = new List<string> { "/", "/?q=rebuild+bridge", "/?outlet=Valley+Courier", "/?from=2026-03-01&to=2026-03-31", "/?q=%3Cscript%3E" };
        foreach (var id in new[] { FloodStory, FireStory })
        {
            pages.Add($"/stories/{id}");
            using var story = JsonDocument.Parse(await Http.GetStringAsync($"/api/v1/stories/{id}"));
            foreach (var doc in story.RootElement.GetProperty("report").GetProperty("documents").EnumerateArray())
                pages.Add($"/stories/{id}/articles/{doc.GetProperty("number").GetInt32()}");
        }
        pages.Add("/stories/999999");
        return pages;
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (app is not null) await WebReader.StopAsync(app);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        temp.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class WebReaderCollection : ICollectionFixture<WebReaderFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "web reader";
}
