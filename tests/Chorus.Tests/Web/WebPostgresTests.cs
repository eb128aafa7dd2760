using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Chorus.Tests.Cli;
using Chorus.Tests.Corpus;
using Chorus.Web;

namespace Chorus.Tests.Web;

/// <summary>The reader over PostgreSQL: the same pages, PostgreSQL's own full-text search.</summary>
public class WebPostgresTests
{
    [SkippableFact]
    public async Task Postgres_store_lists_searches_and_shows_stories_like_sqlite()
    {
        using var temp = new TempFolder();
        var store = StoreLocations.Fresh("postgres", temp);
        Assert.Equal(0, CliRunner.Run("ingest", temp.Write("in/h.jsonl", HostileCorpus.JsonLines()), "--store", store).ExitCode);
        var (app, address) = await WebReader.StartAsync(new WebReaderOptions(store, "http://127.0.0.1:0"));
        try
        {
            using var http = new HttpClient { BaseAddress = address };
            async Task<List<JsonElement>> Stories(string query) =>
                JsonDocument.Parse(await http.GetStringAsync("/api/v1/stories" + query)).RootElement.GetProperty("stories").EnumerateArray().ToList();
            var all = await Stories("");
            Assert.Equal(2, all.Count);
            long flood = all[0].GetProperty("id").GetInt64(), fire = all[1].GetProperty("id").GetInt64();
            Assert.Contains("Rivermouth", all[0].GetProperty("title").GetString());
            Assert.Equal(flood, Assert.Single(await Stories("?q=rebuilding%20bridges")).GetProperty("id").GetInt64());
            Assert.Equal(fire, Assert.Single(await Stories("?q=burning")).GetProperty("id").GetInt64());
            Assert.Equal(fire, Assert.Single(await Stories("?outlet=harbour%20gazette")).GetProperty("id").GetInt64());
            // Query syntax from a user is only words: the same answer as the bare words, no error.
            Assert.Equal((await Stories("?q=rebuild%20x")).Select(s => s.GetProperty("id").GetInt64()),
                (await Stories("?q=%22rebuild%22%20%7C%20!(x%3A*")).Select(s => s.GetProperty("id").GetInt64()));
            using var page = await http.GetAsync($"/stories/{flood}");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("&lt;script&gt;", await page.Content.ReadAsStringAsync());
            var cli = JsonNode.Parse(CliRunner.Run("story", flood.ToString(), "--store", store, "--format", "json").Stdout);
            Assert.True(JsonNode.DeepEquals(cli, JsonNode.Parse(await http.GetStringAsync($"/api/v1/stories/{flood}/report"))));
        }
        finally { await WebReader.StopAsync(app); }
    }
}
