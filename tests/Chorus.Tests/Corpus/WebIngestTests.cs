using System.Net;
using System.Text;
using Chorus.Ingest;
using Chorus.Store;
using Chorus.Tests.Cli;

namespace Chorus.Tests.Corpus;

public class WebIngestTests
{
    /// <summary>A page for one of the shared sample articles, built at test time, with hostile markup around it.</summary>
    private static string PageOf(string file)
    {
        var doc = PlainTextArticleParser.Parse("x", file, File.ReadAllText(file));
        var html = new StringBuilder("<!doctype html><html><head><title>")
            .Append(WebUtility.HtmlEncode(doc.Title ?? "News")).Append("</title><script>document.title='pwned'</script></head><body>")
            .Append("<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>").Append(WebUtility.HtmlEncode(doc.Title ?? ""))
            .Append("</h1>");
        foreach (var p in doc.Paragraphs) html.Append("<p>").Append(WebUtility.HtmlEncode(p)).Append("</p>");
        html.Append("<img src=x onerror=\"alert('pwned')\"><script>alert('pwned')</script></article></body></html>");
        return html.ToString();
    }

    private static string Rss(params (string Link, string Title)[] items)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Fixture News</title><link>http://127.0.0.1/</link><description>test</description>");
        foreach (var (link, title) in items)
            xml.Append("<item><title>").Append(WebUtility.HtmlEncode(title)).Append("</title><link>").Append(WebUtility.HtmlEncode(link))
               .Append("</link><pubDate>Mon, 29 May 2017 18:00:00 GMT</pubDate></item>");
        return xml.Append("</channel></rss>").ToString();
    }

    [Fact]
    public async Task Retries_zero_means_one_attempt_and_no_retry()
    {
        await using var server = new FixtureWebServer();
        var samples = Directory.GetFiles(SharedData.Versailles).Order(StringComparer.Ordinal).ToArray();
        server.Serve("/news/ok", "text/html; charset=utf-8", PageOf(samples[0]));
        server.ServeAfterFailures("/news/flaky", 1, HttpStatusCode.ServiceUnavailable, "text/html; charset=utf-8", PageOf(samples[1]));
        using var temp = new TempFolder();
        var run = CliRunner.Run("ingest", server.Url("/news/ok").ToString(), server.Url("/news/flaky").ToString(),
            "--store", Path.Combine(temp.Path, "web.db"), "--retries", "0", "--host-delay", "0");
        Assert.Equal(3, run.ExitCode); // one stored, one failed
        Assert.DoesNotContain("internal error", run.Stderr);
        Assert.Contains($"{server.Url("/news/flaky")}: HTTP 503", run.Stderr);
        Assert.Equal(1, server.Hits("/news/flaky"));
    }

    [Fact]
    public async Task Feed_over_HTTP_is_fetched_politely_with_retries_timeouts_and_a_size_cap()
    {
        await using var server = new FixtureWebServer();
        var samples = Directory.GetFiles(SharedData.Versailles).Order(StringComparer.Ordinal).ToArray();
        server.Serve("/news/1", "text/html; charset=utf-8", PageOf(samples[0]));
        server.ServeAfterFailures("/news/2", 2, HttpStatusCode.ServiceUnavailable, "text/html; charset=utf-8", PageOf(samples[1]));
        server.Serve("/news/3", "text/html; charset=utf-8", PageOf(samples[2]));
        server.Serve("/news/big", "text/html", "<html><body><p>" + new string('x', 3 * 1024 * 1024) + "</p></body></html>");
        server.Serve("/news/slow", "text/html", PageOf(samples[0]), delay: TimeSpan.FromSeconds(30));
        server.Serve("/feed.xml", "application/rss+xml", Rss(
            (server.Url("/news/1").ToString(), "one"), (server.Url("/news/2").ToString(), "two"), (server.Url("/news/3").ToString(), "three"),
            (server.Url("/news/big").ToString(), "big"), (server.Url("/news/slow").ToString(), "slow"), (server.Url("/news/gone").ToString(), "gone")));

        using var temp = new TempFolder();
        var store = Path.Combine(temp.Path, "web.db");
        var run = CliRunner.Run("ingest", server.Url("/feed.xml").ToString(), "--store", store,
            "--timeout", "2", "--retries", "2", "--retry-delay", "50", "--host-delay", "0", "--max-mb", "2");

        Assert.Equal(3, run.ExitCode); // articles stored, some inputs failed
        Assert.True(run.Stdout.StartsWith("3 new, 0 updated, 0 unchanged, 3 failed", StringComparison.Ordinal), run.Stdout + run.Stderr);
        Assert.Equal(3, server.Hits("/news/2"));                              // two 503s, then success
        Assert.Contains($"{server.Url("/news/big")}: response too large", run.Stderr);
        Assert.Contains($"{server.Url("/news/slow")}: timed out after 2 s (3 attempts)", run.Stderr);
        Assert.Equal(3, server.Hits("/news/slow"));
        Assert.Contains($"{server.Url("/news/gone")}: HTTP 404", run.Stderr);
        Assert.Equal(1, server.Hits("/news/gone"));                            // 404 is not retried
        Assert.All(server.UserAgents, ua => Assert.StartsWith("Chorus/", ua));
        Assert.InRange(server.MaxInFlight, 1, new Chorus.Ingest.Web.FetchOptions().PerHostConcurrency);
        Assert.DoesNotContain("   at ", run.Stderr);

        using (var opened = ArticleStore.Open(store))
        {
            var articles = opened.CurrentArticles();
            Assert.Equal([server.Url("/news/1").ToString(), server.Url("/news/2").ToString(), server.Url("/news/3").ToString()],
                articles.Select(a => a.SourceKey).Order(StringComparer.Ordinal).ToList());
            // The three outlets report one meeting: one story.
            Assert.Single(articles.Select(a => a.StoryId).Distinct());
            var story = opened.Stories().Single();
            var bodies = opened.ArticlesOfStory(story.Id);
            Assert.All(bodies, b => Assert.DoesNotContain("pwned", b.Body));
            Assert.All(bodies, b => Assert.Equal(new DateTimeOffset(2017, 5, 29, 18, 0, 0, TimeSpan.Zero), b.Published));
            // The pages name no site: the feed's title is their outlet.
            Assert.Equal(["Fixture News"], story.Outlets);
        }

        // The same article URL again is the same article.
        var again = CliRunner.Run("ingest", server.Url("/news/1").ToString(), "--store", store);
        Assert.StartsWith("0 new, 0 updated, 1 unchanged, 0 failed", again.Stdout);
    }

    [Fact]
    public async Task A_feed_file_links_to_pages_and_a_broken_feed_is_one_line()
    {
        await using var server = new FixtureWebServer();
        var sample = Directory.GetFiles(SharedData.Versailles).Order(StringComparer.Ordinal).First();
        server.Serve("/a", "text/html", PageOf(sample));
        using var temp = new TempFolder();
        var feed = temp.Write("feeds/local.rss", Rss((server.Url("/a").ToString(), "a")));
        var broken = temp.Write("feeds/broken.xml", "<rss><channel><item><title>unclosed");
        var run = CliRunner.Run("ingest", feed, broken, "--store", Path.Combine(temp.Path, "f.db"));
        Assert.Equal(3, run.ExitCode); // articles stored, some inputs failed
        Assert.StartsWith("1 new, 0 updated, 0 unchanged, 1 failed", run.Stdout);
        Assert.Contains($"{broken}: feed could not be parsed", run.Stderr);
    }
}
