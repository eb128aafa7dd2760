using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Chorus.Tests.Cli;
using Chorus.Web;

namespace Chorus.Tests.Web;

[Collection(WebReaderCollection.Name)]
public class WebApiTests(WebReaderFixture web)
{
    [Fact]
    public async Task The_api_report_is_the_record_the_cli_prints()
    {
        foreach (var id in new[] { web.FloodStory, web.FireStory })
        {
            var cli = CliRunner.Run("story", id.ToString(), "--store", web.Store, "--format", "json");
            Assert.Equal(0, cli.ExitCode);
            var fromCli = JsonNode.Parse(cli.Stdout);
            var report = JsonNode.Parse(await web.Http.GetStringAsync($"/api/v1/stories/{id}/report"));
            var story = JsonNode.Parse(await web.Http.GetStringAsync($"/api/v1/stories/{id}"))!;
            Assert.True(JsonNode.DeepEquals(fromCli, report), $"story {id}: API report differs from `chorus story --format json`");
            Assert.True(JsonNode.DeepEquals(fromCli, story["report"]));
            Assert.Equal("1", story["schemaVersion"]!.GetValue<string>());
            Assert.Equal("1", fromCli!["schemaVersion"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task The_api_story_list_rows_are_the_records_the_cli_lists()
    {
        var cli = CliRunner.Run("stories", "--store", web.Store, "--format", "json");
        Assert.Equal(0, cli.ExitCode);
        var fromCli = JsonNode.Parse(cli.Stdout)!;
        var page = JsonNode.Parse(await web.Http.GetStringAsync("/api/v1/stories?pageSize=100"))!;
        Assert.Equal("1", fromCli["schemaVersion"]!.GetValue<string>());
        var apiRows = page["stories"]!.AsArray().ToDictionary(r => r!["id"]!.GetValue<long>());
        var cliRows = fromCli["stories"]!.AsArray();
        Assert.Equal(apiRows.Count, cliRows.Count);
        foreach (var row in cliRows)
        {
            // The CLI adds each story's articles; every field the API row has is the same value.
            var api = apiRows[row!["id"]!.GetValue<long>()]!.AsObject();
            foreach (var (name, value) in api)
                Assert.True(JsonNode.DeepEquals(value, row[name]), $"story {row["id"]}: {name} differs between the API and `chorus stories`");
        }
    }

    [Fact]
    public async Task Every_path_of_the_openapi_document_answers_and_every_api_route_is_in_it()
    {
        using var doc = JsonDocument.Parse(await web.Http.GetStringAsync("/api/v1/openapi.json"));
        Assert.StartsWith("3.", doc.RootElement.GetProperty("openapi").GetString());
        var paths = doc.RootElement.GetProperty("paths").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        Assert.Equal(
            new[] { "/api/v1/articles", "/api/v1/stories", "/api/v1/stories/{id}", "/api/v1/stories/{id}/articles/{number}", "/api/v1/stories/{id}/report" },
            paths.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, item) in paths.Where(p => p.Value.TryGetProperty("get", out _)))
        {
            var concrete = path.Replace("{id}", web.FloodStory.ToString()).Replace("{number}", "1");
            using var response = await web.Http.GetAsync(concrete);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{concrete}: {response.StatusCode}");
            Assert.StartsWith("application/json", response.Content.Headers.ContentType!.ToString());
            // The 200 response is described with a schema.
            Assert.True(item.GetProperty("get").GetProperty("responses").GetProperty("200").TryGetProperty("content", out _), path);
        }
        // Kinds are documented as strings, as they are written.
        var schemas = doc.RootElement.GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.TryGetProperty("CopyDirection", out var direction));
        Assert.Contains("aToB", direction.GetRawText());
    }

    [Fact]
    public async Task Unknown_story_is_a_404_page_and_a_404_json_line_without_internals()
    {
        using var page = await web.Http.GetAsync("/stories/424242");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("There is no such page, story or article.", html);
        using var api = await web.Http.GetAsync("/api/v1/stories/424242");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("no story 424242, or no such article in it", JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
        using var article = await web.Http.GetAsync($"/stories/{web.FloodStory}/articles/99");
        Assert.Equal(HttpStatusCode.NotFound, article.StatusCode);
        foreach (var body in new[] { html, await article.Content.ReadAsStringAsync() })
        {
            Assert.DoesNotContain("Exception", body);
            Assert.DoesNotContain(" at Chorus.", body);
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_store_that_cannot_be_read_gives_503_with_one_line_and_no_stack_trace(string kind)
    {
        using var temp = new TempFolder();
        var missing = Path.Combine(temp.Path, "no-such-store.db");
        // Nothing listens on port 1: the server is down.
        var store = kind == "sqlite" ? missing : "Host=127.0.0.1;Port=1;Database=chorus;Username=chorus;Password=none";
        var (app, address) = await WebReader.StartAsync(new WebReaderOptions(store, "http://127.0.0.1:0"));
        try
        {
            using var http = new HttpClient { BaseAddress = address };
            foreach (var path in new[] { "/", "/stories/1", "/api/v1/stories", "/api/v1/stories/1" })
            {
                using var response = await http.GetAsync(path);
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                var body = await response.Content.ReadAsStringAsync();
                Assert.Contains(kind == "sqlite" ? "the story store (SQLite" : "the story store (PostgreSQL chorus@127.0.0.1)", body);
                Assert.DoesNotContain(" at ", body.Replace("at UTC", ""));
                Assert.DoesNotContain("Exception", body);
                Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            }
            Assert.False(File.Exists(missing), "the reader must not create a store");
        }
        finally { await WebReader.StopAsync(app); }
    }

    [Fact]
    public async Task The_list_searches_text_filters_by_outlet_and_date_and_pages()
    {
        async Task<List<long>> Ids(string query)
        {
            using var doc = JsonDocument.Parse(await web.Http.GetStringAsync("/api/v1/stories" + query));
            return doc.RootElement.GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("id").GetInt64()).ToList();
        }
        // Newest activity first.
        Assert.Equal(new[] { web.FloodStory, web.FireStory }, await Ids(""));
        Assert.Equal(new[] { web.FloodStory }, await Ids("?q=rebuild%20bridge"));
        Assert.Equal(new[] { web.FireStory }, await Ids("?q=paint%20warehouse"));
        // Stemmed: "burning" finds "burned".
        Assert.Equal(new[] { web.FireStory }, await Ids("?q=burning"));
        // Search syntax from a user is words, never operators: no error, no match.
        Assert.Empty(await Ids("?q=%22rebuild%22%20OR%20NEAR(x*%20%5E"));
        Assert.Equal(new[] { web.FloodStory }, await Ids("?outlet=valley%20courier"));
        Assert.Equal(new[] { web.FireStory }, await Ids("?outlet=post.example"));
        Assert.Equal(new[] { web.FireStory }, await Ids("?from=2025-06-01&to=2025-06-10"));
        Assert.Empty(await Ids("?from=2025-06-11&to=2025-12-31"));
        Assert.Equal(new[] { web.FireStory }, await Ids("?pageSize=1&page=2"));
        using var bad = await web.Http.GetAsync("/api/v1/stories?from=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var page = await web.Http.GetStringAsync("/?pageSize=1");
        Assert.Contains("href=\"/?page=2\"", page);
    }

    [Fact]
    public async Task The_reader_is_read_only_unless_ingest_is_allowed()
    {
        var line = JsonSerializer.Serialize(new
        {
            id = "late-flood", title = "Rivermouth bridge reopens", source = "Valley Courier", url = "https://courier.example/bridge",
            published = "2026-03-09T10:00:00Z",
            text = "The main bridge into the Rivermouth valley reopened on Monday, a week after the flood, the county roads office said.\n\n" +
                   "Engineers checked the piers for damage over the weekend and found the structure sound, the roads office said in a statement.",
        });
        using var refused = await web.Http.PostAsync("/api/v1/articles", new StringContent(line, Encoding.UTF8, "application/x-ndjson"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var temp = new TempFolder();
        var store = Path.Combine(temp.Path, "copy.db");
        Assert.Equal(0, CliRunner.Run("ingest", temp.Write("in/h.jsonl", HostileCorpus.JsonLines()), "--store", store).ExitCode);
        var (app, address) = await WebReader.StartAsync(new WebReaderOptions(store, "http://127.0.0.1:0", AllowIngest: true));
        try
        {
            using var http = new HttpClient { BaseAddress = address };
            // A form post (the only kind another site's page can send without asking) is turned away.
            using var form = await http.PostAsync("/api/v1/articles", new StringContent(line, Encoding.UTF8, "text/plain"));
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
            using var added = await http.PostAsync("/api/v1/articles", new StringContent(line, Encoding.UTF8, "application/x-ndjson"));
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
            using var tally = JsonDocument.Parse(await added.Content.ReadAsStringAsync());
            Assert.Equal(1, tally.RootElement.GetProperty("new").GetInt32());
            using var list = JsonDocument.Parse(await http.GetStringAsync("/api/v1/stories?q=piers"));
            Assert.Single(list.RootElement.GetProperty("stories").EnumerateArray());
        }
        finally { await WebReader.StopAsync(app); }
    }

    [Fact]
    public async Task A_request_naming_another_host_is_refused_on_loopback()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "attacker.example";
        using var response = await web.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var local = new HttpRequestMessage(HttpMethod.Get, "/");
        local.Headers.Host = $"localhost:{web.Address.Port}";
        using var ok = await web.Http.SendAsync(local);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task A_story_without_a_kept_report_is_summarized_in_memory_and_the_store_is_left_alone()
    {
        using var temp = new TempFolder();
        var store = Path.Combine(temp.Path, "bare.db");
        Assert.Equal(0, CliRunner.Run("ingest", temp.Write("in/h.jsonl", HostileCorpus.JsonLines()), "--store", store).ExitCode);
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store};Pooling=false"))
        {
            c.Open();
            using var wipe = c.CreateCommand();
            // As a crash between commit and refresh leaves it, or a report older than the public model.
            wipe.CommandText = "UPDATE stories SET report_json = NULL, stale = 1";
            wipe.ExecuteNonQuery();
        }
        long storyId;
        List<string> inMemory;
        var (app, address) = await WebReader.StartAsync(new WebReaderOptions(store, "http://127.0.0.1:0"));
        try
        {
            using var http = new HttpClient { BaseAddress = address };
            using var list = JsonDocument.Parse(await http.GetStringAsync("/api/v1/stories?q=rebuild"));
            long id = storyId = list.RootElement.GetProperty("stories")[0].GetProperty("id").GetInt64();
            var html = await http.GetStringAsync($"/stories/{id}");
            Assert.Contains("new articles arrived since this summary was made", html);
            using var report = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/stories/{id}/report"));
            Assert.NotEmpty(report.RootElement.GetProperty("summary").EnumerateArray());
            inMemory = SummaryTexts(report.RootElement);
        }
        finally { await WebReader.StopAsync(app); }
        using (var check = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store};Pooling=false"))
        {
            check.Open();
            using var count = check.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM stories WHERE report_json IS NOT NULL OR stale = 0";
            Assert.Equal(0L, (long)count.ExecuteScalar()!);
        }
        // The next ingest keeps a report for the story: it tells the story as the reader did.
        Assert.Equal(0, CliRunner.Run("ingest", Path.Combine(temp.Path, "in/h.jsonl"), "--store", store).ExitCode);
        var (kept, keptAddress) = await WebReader.StartAsync(new WebReaderOptions(store, "http://127.0.0.1:0"));
        try
        {
            using var http = new HttpClient { BaseAddress = keptAddress };
            using var stored = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/stories/{storyId}/report"));
            Assert.Equal(inMemory, SummaryTexts(stored.RootElement));
        }
        finally { await WebReader.StopAsync(kept); }
    }

    private static List<string> SummaryTexts(JsonElement report) =>
        report.GetProperty("summary").EnumerateArray().Select(s => s.GetProperty("text").GetString()!).ToList();
}
