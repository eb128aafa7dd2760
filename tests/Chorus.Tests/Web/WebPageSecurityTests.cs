using System.Net;
using AngleSharp.Html.Parser;

namespace Chorus.Tests.Web;

/// <summary>The rendered HTML of every page over hostile articles: nothing from an article becomes markup.</summary>
[Collection(WebReaderCollection.Name)]
public class WebPageSecurityTests(WebReaderFixture web)
{
    [Fact]
    public async Task No_page_carries_script_handlers_styles_or_javascript_links_from_articles()
    {
        var parser = new HtmlParser();
        foreach (var path in await web.AllPagesAsync())
        {
            using var response = await web.Http.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
            Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());

            var doc = parser.ParseDocument(html);
            Assert.Empty(doc.QuerySelectorAll("script, style, iframe, object, embed, img, link:not([rel=stylesheet]):not([rel=icon]), base, meta[http-equiv]"));
            Assert.All(doc.QuerySelectorAll("link"), l => Assert.StartsWith("/static/", l.GetAttribute("href")));
            foreach (var element in doc.All)
            {
                Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "style");
                foreach (var attr in new[] { "href", "src", "xlink:href", "action" })
                    if (element.GetAttribute(attr) is { } target)
                        Assert.False(target.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || target.StartsWith("data:"), $"{path}: {attr}={target}");
            }
            // Links out of the reader go to http(s) sources only, and never hand them the page.
            foreach (var a in doc.QuerySelectorAll("a[href]").Where(a => !a.GetAttribute("href")!.StartsWith('/')))
            {
                Assert.Matches("^https?://", a.GetAttribute("href")!);
                Assert.Equal("noopener noreferrer", a.GetAttribute("rel"));
            }
            // The SVG pictures hold shapes and text of ours only.
            Assert.All(doc.QuerySelectorAll("svg *"), e => Assert.Contains(e.LocalName, new[] { "title", "defs", "marker", "path", "line", "g", "circle", "text", "a" }));
        }
    }

    [Fact]
    public async Task Hostile_text_is_shown_as_text_encoded_once()
    {
        var story = await web.Http.GetStringAsync($"/stories/{web.FloodStory}");
        Assert.Contains("Flood waters cut off Rivermouth valley &lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;", story);
        var article = await ArticleOf(HostileCorpusOutlet: "Evil");
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", article);
        Assert.Contains("&lt;svg onload=alert(2)&gt;", article);
        Assert.Contains("&lt;a href=&quot;javascript:alert(3)&quot;&gt;", article);
        // An entity in the article is the article's text: shown as written ("&lt;"), never decoded into markup.
        Assert.Contains("&amp;lt;script&amp;gt;alert(4)&amp;lt;/script&amp;gt;", article);
        Assert.Contains("&amp;#60;img src=x onerror=alert(10)&amp;#62;", article);
        Assert.Contains("&lt;style&gt;body{display:none}&lt;/style&gt;", article);
        // The javascript: URL of that article is no link at all.
        Assert.DoesNotContain("href=\"javascript", article, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("javascript:alert(7)", article);
    }

    [Fact]
    public async Task Right_to_left_overrides_are_isolated_where_they_appear()
    {
        var parser = new HtmlParser();
        foreach (var path in new[] { "/", $"/stories/{web.FloodStory}", await ArticlePathOf("Evil"), await ArticlePathOf("Harbor") })
        {
            var doc = parser.ParseDocument(await web.Http.GetStringAsync(path));
            var carriers = doc.All.Where(e => e.ChildNodes.OfType<AngleSharp.Dom.IText>().Any(t => t.Data.Contains(HostileCorpus.RtlOverride))).ToList();
            Assert.NotEmpty(carriers);
            // Inside <bdi> (or an SVG <text>/<title>, which ends with its own element), the override cannot reorder our own words.
            Assert.All(carriers, e => Assert.Contains(e.LocalName, new[] { "bdi", "text", "title" }));
            // The tab title holds no markup: a <bdi> there would show as text.
            Assert.DoesNotContain("<bdi>", doc.Title);
        }
    }

    [Fact]
    public async Task Outbound_source_links_carry_noopener_noreferrer()
    {
        var doc = new HtmlParser().ParseDocument(await web.Http.GetStringAsync(await ArticlePathOf("Valley Courier")));
        var source = Assert.Single(doc.QuerySelectorAll("a[href^='https://courier.example/']"));
        Assert.Equal("noopener noreferrer", source.GetAttribute("rel"));
        // The quote in the URL stays inside the attribute.
        Assert.Contains("%22%3E%3Cscript%3E", source.GetAttribute("href"));
    }

    private async Task<string> ArticleOf(string HostileCorpusOutlet) => await web.Http.GetStringAsync(await ArticlePathOf(HostileCorpusOutlet));

    /// <summary>The article page of the flood story's article by the outlet whose name contains <paramref name="outlet"/>.</summary>
    private async Task<string> ArticlePathOf(string outlet)
    {
        using var story = System.Text.Json.JsonDocument.Parse(await web.Http.GetStringAsync($"/api/v1/stories/{web.FloodStory}"));
        var doc = story.RootElement.GetProperty("report").GetProperty("documents").EnumerateArray()
            .Single(d => d.TryGetProperty("outlet", out var o) && o.GetString()!.Contains(outlet));
        return $"/stories/{web.FloodStory}/articles/{doc.GetProperty("number").GetInt32()}";
    }
}
