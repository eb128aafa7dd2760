using System.Text.Json;
using Chorus.Report.Model;
using Chorus.Web.Pages;

namespace Chorus.Tests.Web;

public class ArticleNameTests
{
    private static ArticleV1 Doc(int number, string? title, string? outlet) =>
        new($"doc-{number}", number, title, null, outlet, null, null, true, null, 120, [], null);

    [Theory]
    // Share buttons (a blog platform's page) and a wire byline (a newspaper's page) held in the title tag.
    [InlineData("Share this story Facebook Twitter Email Print", "Harbour Weekly")]
    [InlineData("By Jane Roe, Staff Writer", "Valley Courier")]
    [InlineData("936 SHARES Share Tweet", null)]
    public void A_title_that_is_not_a_headline_gives_the_article_number(string title, string? outlet)
    {
        Assert.Null(ArticleName.Headline(Doc(3, title, outlet)));
        Assert.Equal("Article 3", ArticleName.Of(Doc(3, title, outlet)));
    }

    [Fact]
    public void A_headline_is_shown_without_the_site_name_around_it()
    {
        Assert.Equal("Warehouse fire destroys Brookhaven harbour store",
            ArticleName.Of(Doc(1, "Warehouse fire destroys Brookhaven harbour store | Harbour Gazette", "Harbour Gazette")));
        Assert.Equal("Article 2", ArticleName.Of(Doc(2, null, "Brookhaven Post")));
    }
}

[Collection(WebReaderCollection.Name)]
public class ArticleNamePageTests(WebReaderFixture web)
{
    [Fact]
    public async Task Pages_never_show_a_paragraph_as_an_article_name()
    {
        using var story = JsonDocument.Parse(await web.Http.GetStringAsync($"/api/v1/stories/{web.FireStory}"));
        var weekly = story.RootElement.GetProperty("report").GetProperty("documents").EnumerateArray()
            .Single(d => d.TryGetProperty("outlet", out var o) && o.GetString() == "Harbour Weekly");
        // The data keeps the title as the page gave it; only what a reader sees is named otherwise.
        Assert.Equal(HostileCorpus.ParagraphTitle, weekly.GetProperty("title").GetString());
        int number = weekly.GetProperty("number").GetInt32();

        var storyPage = await web.Http.GetStringAsync($"/stories/{web.FireStory}");
        var articlePage = await web.Http.GetStringAsync($"/stories/{web.FireStory}/articles/{number}");
        foreach (var html in new[] { storyPage, articlePage })
            Assert.DoesNotContain("could not be saved", html);
        Assert.Contains($">Article {number}</a>", storyPage);
        Assert.Contains($"<h1>Article {number}</h1>", articlePage);
        // The real headlines still name their articles.
        Assert.Contains("Brookhaven harbour warehouse burns overnight", storyPage);
    }
}
