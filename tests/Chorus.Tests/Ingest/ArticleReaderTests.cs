using System.Text;
using Chorus.Ingest;

namespace Chorus.Tests.Ingest;

public class ArticleReaderTests
{
    private const string Article = "Bridge reopens after repairs\n\nBy Ann Lee\nMay 2, 2024\n\nThe Old Mill bridge reopened on Monday after six months of repairs, the city said.\n\nTraffic was light in the morning, and cyclists were the first to cross the new deck.";

    [Fact]
    public void Plain_text_gives_title_byline_date_and_paragraphs()
    {
        var doc = PlainTextArticleParser.Parse("a", "a.txt", Article);
        Assert.Equal("Bridge reopens after repairs", doc.Title);
        Assert.Equal("Ann Lee", doc.Byline);
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 0, 0, 0, TimeSpan.Zero), doc.Published);
        Assert.Equal(2, doc.Paragraphs.Count);
        Assert.StartsWith("The Old Mill bridge", doc.Paragraphs[0]);
    }

    [Fact]
    public void A_first_line_that_is_body_text_is_not_taken_as_title()
    {
        var doc = PlainTextArticleParser.Parse("a", "a.txt", "The council voted on Tuesday to close the pool.\n\nIt will reopen next year.");
        Assert.Null(doc.Title);
        Assert.Equal(2, doc.Paragraphs.Count);
    }

    [Fact]
    public void Bad_files_each_get_one_warning_and_the_good_one_is_still_read()
    {
        using var tmp = new TempFolder();
        var good = tmp.Write("good.txt", Article);
        var empty = tmp.Write("empty.txt", "");
        var binary = tmp.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02, 0x00, 0x10]);
        var huge = Path.Combine(tmp.Path, "huge.txt");
        using (var fs = File.Create(huge)) fs.SetLength(100L * 1024 * 1024);
        var html = tmp.Write("menu.html", "<html><body><nav><a href='/'>Home</a></nav><script>alert(1)</script></body></html>");
        var missing = Path.Combine(tmp.Path, "missing.txt");

        var result = new ArticleReader().Read([good, empty, binary, huge, html, missing]);

        Assert.Single(result.Documents);
        Assert.Equal("good", result.Documents[0].Id);
        Assert.Collection(result.Warnings,
            w => Assert.Equal((empty, "file is empty"), (w.Source, w.Problem)),
            w => Assert.Equal((binary, "binary file, not text"), (w.Source, w.Problem)),
            w => { Assert.Equal(huge, w.Source); Assert.StartsWith("file is too large (100 MB", w.Problem); },
            w => Assert.Equal((html, "HTML page holds no article text"), (w.Source, w.Problem)),
            w => Assert.Equal((missing, "no such file or folder"), (w.Source, w.Problem)));
        Assert.All(result.Warnings, w => Assert.DoesNotContain('\n', w.ToString()));
    }

    [Fact]
    public void A_wire_archive_name_keeps_its_number_so_two_stories_of_one_day_stay_apart()
    {
        using var tmp = new TempFolder();
        tmp.Write("APW19990302.0117", "Dam repairs finished\n\nWorkers finished repairs to the Lone Pine dam on Tuesday, two weeks ahead of the spring runoff.");
        tmp.Write("APW19990302.0125", "Dam reopens to boats\n\nThe reservoir behind the Lone Pine dam reopened to boaters on Tuesday afternoon, county officials said.");
        tmp.Write("notes.txt", "Reporter's notes\n\nThe county engineer confirmed the repair schedule by telephone on Tuesday morning.");
        var ids = new ArticleReader().Read([tmp.Path]).Documents.Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["APW19990302.0117", "APW19990302.0125", "notes"], ids);
    }

    [Fact]
    public void A_folder_without_articles_is_reported()
    {
        using var tmp = new TempFolder();
        var result = new ArticleReader().Read([tmp.Path]);
        Assert.Empty(result.Documents);
        Assert.StartsWith("folder holds no article files", Assert.Single(result.Warnings).Problem);
    }

    [Fact]
    public void Windows_1252_text_is_decoded_not_rejected()
    {
        using var tmp = new TempFolder();
        var text = "Caf\u00e9 owner says \u201cwe will reopen\u201d\n\nThe caf\u00e9 on Rue Lepic was damaged by fire on Sunday \u2014 nobody was hurt, firefighters said.";
        var file = tmp.WriteBytes("cafe.txt", CodePages.Windows1252.GetBytes(text));
        var doc = Assert.Single(new ArticleReader().Read([file]).Documents);
        Assert.Equal("Caf\u00e9 owner says \u201cwe will reopen\u201d", doc.Title);
        Assert.Contains("\u2014 nobody", doc.Paragraphs[0]);
    }

    [Fact]
    public void Html_article_text_is_extracted_without_scripts_or_navigation()
    {
        using var tmp = new TempFolder();
        var body = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<p>Paragraph {i} of the report: the harbour authority said on Monday that repairs to the eastern pier would take until autumn and cost more than planned.</p>"));
        var file = tmp.Write("pier.html",
            $"<html><head><title>Pier repairs delayed</title><script>document.title='owned'</script></head><body><nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav><article><h1>Pier repairs delayed</h1>{body}<script>alert('x')</script></article><footer>Copyright</footer></body></html>");
        var doc = Assert.Single(new ArticleReader().Read([file]).Documents);
        Assert.Equal("Pier repairs delayed", doc.Title);
        Assert.Equal(6, doc.Paragraphs.Count(p => p.StartsWith("Paragraph")));
        Assert.DoesNotContain(doc.Paragraphs, p => p.Contains("alert") || p.Contains("owned") || p.Contains("Sport"));
    }

    /// <summary>Text a page sets outside any paragraph element — a lead as bare text before the first &lt;p&gt;, or lines
    /// after a subheading, with links and bold words in it — is read in its place; a bare label ("Share this") and a picture's
    /// caption are not paragraphs.</summary>
    [Theory]
    [InlineData("<article>The town council voted 7-2 on Tuesday to close the island ferry line at the end of the year.{0}</article>")]
    [InlineData("<article><h2>Island service ends in December</h2><a href='/x'>The town council</a> voted <b>7-2</b> on Tuesday to close the island ferry line at the end of the year.{0}<span>Share this</span></article>")]
    public void Text_outside_paragraph_elements_is_read_in_its_place(string layout)
    {
        using var tmp = new TempFolder();
        var body = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"<p>Paragraph {i}: the ferry has lost money for a decade, and the council said the subsidy could not go on past December.</p>"));
        var file = tmp.Write("ferry.html", $"<html><head><title>Ferry line to close</title></head><body>{string.Format(layout, body)}</body></html>");
        var doc = Assert.Single(new ArticleReader().Read([file]).Documents);
        Assert.Contains(doc.Paragraphs, p => p.EndsWith("The town council voted 7-2 on Tuesday to close the island ferry line at the end of the year.", StringComparison.Ordinal));
        Assert.Equal(4, doc.Paragraphs.Count(p => p.StartsWith("Paragraph")));
        Assert.DoesNotContain(doc.Paragraphs, p => p == "Share this");
    }

    [Fact]
    public void Malformed_html_still_yields_its_article_text()
    {
        using var tmp = new TempFolder();
        var paragraphs = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"<p>Part {i}: the river rose above the flood mark overnight and the mayor ordered the lower town evacuated before dawn <b>again"));
        var file = tmp.Write("broken.htm", $"<html><body><div><article>{paragraphs}</div></span><p>Unclosed final paragraph about the rescue boats that reached forty families by noon");
        var doc = Assert.Single(new ArticleReader().Read([file]).Documents);
        Assert.True(doc.Paragraphs.Count(p => p.StartsWith("Part")) >= 3);
    }

    [Fact]
    public void Json_lines_are_read_and_a_broken_line_is_reported_with_its_number()
    {
        using var tmp = new TempFolder();
        var file = tmp.Write("feed.jsonl",
            "{\"id\":\"x1\",\"title\":\"Dam opens\",\"text\":\"The dam opened its gates on Friday.\\n\\nFarmers welcomed the water.\",\"url\":\"http://example.test/1\",\"source\":\"Valley Post\",\"published\":\"2024-06-01T10:00:00Z\"}\n{not json}\n");
        var result = new ArticleReader().Read([file]);
        var doc = Assert.Single(result.Documents);
        Assert.Equal(("x1", "Dam opens", "Valley Post"), (doc.Id, doc.Title, doc.Outlet));
        Assert.Equal(2, doc.Paragraphs.Count);
        Assert.Equal(2024, doc.Published!.Value.Year);
        Assert.Equal($"{file}:2", Assert.Single(result.Warnings).Source);
    }

    [Fact]
    public void A_dataset_cluster_folder_reads_docs_and_never_refs()
    {
        var cluster = Directory.EnumerateDirectories(SharedData.MultiNewsDev).Order().First();
        var result = new ArticleReader().Read([cluster]);
        Assert.Equal(Directory.GetFiles(Path.Combine(cluster, "docs")).Length, result.Documents.Count);
        Assert.All(result.Documents, d => Assert.Contains("docs", d.Origin));
    }

    [Fact]
    public void Stdin_is_read_as_one_article()
    {
        var result = new ArticleReader().Read(["-"], new StringReader(Article));
        Assert.Equal("stdin", Assert.Single(result.Documents).Id);
    }
}

internal static class CodePages
{
    static CodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    public static Encoding Windows1252 => Encoding.GetEncoding(1252);
}
