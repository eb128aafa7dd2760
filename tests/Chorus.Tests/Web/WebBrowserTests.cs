using Microsoft.Playwright;

namespace Chorus.Tests.Web;

/// <summary>
/// The pages in a real browser: with hostile articles in the store, no script from content runs — no dialog
/// opens, nothing is written to the console as an error, no request leaves the page's origin — and every page
/// reads the same with JavaScript switched off.
/// </summary>
[Collection(WebReaderCollection.Name)]
public class WebBrowserTests(WebReaderFixture web, BrowserFixture browser)
{
    [Fact]
    public async Task No_script_from_content_runs_on_any_page()
    {
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        var errors = new List<string>();
        var foreign = new List<string>();
        page.Dialog += async (_, dialog) => { dialogs.Add(dialog.Message); await dialog.DismissAsync(); };
        string? expected404 = null;
        page.Console += (_, message) =>
        {
            // The unknown-story page is itself a 404: the browser logs that, and only that is expected.
            if (message.Type is "error" or "warning" && !(expected404 is not null && message.Location.StartsWith(expected404) && message.Text.Contains("status of 404"))) errors.Add(message.Text);
        };
        page.PageError += (_, error) => errors.Add(error);
        page.Request += (_, request) =>
        {
            var url = new Uri(request.Url);
            if (url.GetLeftPart(UriPartial.Authority) != web.Address.GetLeftPart(UriPartial.Authority)) foreign.Add(request.Url);
        };
        var pages = await web.AllPagesAsync();
        foreach (var path in pages)
        {
            var url = new Uri(web.Address, path).ToString();
            expected404 = path.StartsWith("/stories/999999") ? url : null;
            var response = await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
            Assert.NotNull(response);
            Assert.Equal(expected404 is null ? 200 : 404, response.Status);
            // Hover and click what an attacker would hook: links, summary sentences, the pictures.
            foreach (var selector in new[] { "h1", "ol.summary li", "article.text p", "svg circle" })
                if (await page.QuerySelectorAsync(selector) is { } element) await element.HoverAsync(new() { Force = true, Timeout = 2000 });
            Assert.True(dialogs.Count == 0, $"{path}: dialog {string.Join(" | ", dialogs)}");
            Assert.True(errors.Count == 0, $"{path}: console {string.Join(" | ", errors)}");
            Assert.True(foreign.Count == 0, $"{path}: requests to {string.Join(" | ", foreign)}");
            // The stylesheet applied (no CSS from an article hid the page).
            Assert.True(await page.IsVisibleAsync("h1"), $"{path}: heading hidden");
        }
        Assert.True(pages.Count >= 10);
    }

    [Fact]
    public async Task Pages_read_the_same_with_javascript_off()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(web.Address, "/").ToString());
        Assert.Contains("Rivermouth", await page.InnerTextAsync("table.stories"));
        // The search form is a plain GET form: it works without script.
        await page.FillAsync("input[name=q]", "warehouse paint");
        await page.ClickAsync("button[type=submit]");
        var rows = await page.InnerTextAsync("table.stories");
        Assert.Contains("Brookhaven", rows);
        Assert.DoesNotContain("Rivermouth", rows);

        await page.GotoAsync(new Uri(web.Address, $"/stories/{web.FloodStory}").ToString());
        Assert.True(await page.Locator("ol.summary li").CountAsync() > 0);
        Assert.True(await page.Locator("svg.copy-graph line.copy").CountAsync() > 0);
        // A citation leads to the cited sentence of the article, highlighted there.
        var cite = page.Locator("ol.summary a.cite").First;
        var target = (await cite.GetAttributeAsync("href"))!;
        await cite.ClickAsync();
        Assert.EndsWith(target, page.Url);
        var anchor = target[(target.IndexOf('#') + 1)..];
        Assert.True(await page.IsVisibleAsync($"#{anchor}"));
    }
}
