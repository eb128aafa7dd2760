using System.Diagnostics;
using System.Text;
using Chorus.Ingest;
using Chorus.Tests.Cli;

namespace Chorus.Tests.Ingest;

/// <summary>Every input kind is held to one size limit, and pathological markup costs linear time.</summary>
public class InputLimitTests
{
    private static string Body(string place) =>
        $"Firefighters in {place} battled a warehouse blaze on the harbour front through the night, the county fire service said on Tuesday. " +
        $"No one was hurt, but the {place} warehouse, which stored paper and paint, was destroyed and smoke closed two schools.";

    [Fact]
    public void Deeply_nested_markup_is_flattened_below_the_cap_and_keeps_its_text()
    {
        var deep = new StringBuilder("<html><body>");
        for (int i = 0; i < 20_000; i++) deep.Append("<div class='x'>");
        deep.Append("<p>").Append(Body("Brookhaven")).Append("</p>");
        for (int i = 0; i < 20_000; i++) deep.Append("</div>");
        deep.Append("</body></html>");
        var limited = HtmlDepthLimiter.Limit(deep.ToString(), maxDepth: 64);
        // <html> and <body> are two of the 64 levels.
        Assert.Equal(62, System.Text.RegularExpressions.Regex.Matches(limited, "<div").Count);
        Assert.Equal(62, System.Text.RegularExpressions.Regex.Matches(limited, "</div>").Count);
        Assert.Contains("<p>Firefighters in Brookhaven", limited);

        // A page within the cap, with void tags and a stray closing tag, comes back unchanged.
        const string shallow = "<html><head><meta charset='utf-8'><title>T</title></head><body><div><p>One<br>two</p></span><img src='a.png'></div></body></html>";
        Assert.Same(shallow, HtmlDepthLimiter.Limit(shallow, maxDepth: 8));
    }

    [Fact]
    public void A_hundred_thousand_nested_divs_are_read_in_seconds()
    {
        var deep = new StringBuilder("<!doctype html><html><head><title>Lakeside council approves tram line</title></head><body>");
        for (int i = 0; i < 100_000; i++) deep.Append("<div>");
        deep.Append("<p>").Append(Body("Lakeside")).Append("</p><p>").Append(Body("Lakeside")).Append(" The mayor called it historic.</p>");
        for (int i = 0; i < 100_000; i++) deep.Append("</div>");
        deep.Append("</body></html>");
        var clock = Stopwatch.StartNew();
        var (doc, problem) = HtmlArticleParser.Parse("deep", "deep.html", deep.ToString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}"); // 95 s before the cap
        Assert.True(doc is not null, problem);
        Assert.Contains(doc!.Paragraphs, p => p.Contains("Firefighters in Lakeside"));
    }

    [Fact]
    public void Json_lines_hold_each_record_not_the_file_to_the_limit()
    {
        using var temp = new TempFolder();
        var small = "{\"title\":\"Harbour fire in Brookhaven\",\"source\":\"Harbour Herald\",\"text\":\"" + Body("Brookhaven") + "\"}";
        var other = "{\"title\":\"Tram vote in Lakeside\",\"source\":\"Lakeside Ledger\",\"text\":\"" + Body("Lakeside") + "\"}";
        var big = "{\"title\":\"Too big\",\"text\":\"" + new string('x', 5000) + "\"}";
        // The file is larger than the limit; each good record is under it.
        var file = temp.Write("wire.jsonl", string.Join("\n", Enumerable.Repeat(small, 3).Append(big).Append(other)) + "\n");
        var reader = new ArticleReader { MaxFileBytes = 2000 };
        var results = reader.ReadJsonLines(file).ToList();
        var docs = results.Select(r => r.Document).OfType<SourceDocument>().ToList();
        Assert.Equal(4, docs.Count);
        Assert.Equal(["Harbour Herald", "Lakeside Ledger"], docs.Select(d => d.Outlet!).Distinct().Order());
        var warning = Assert.Single(results.Select(r => r.Warning).OfType<IngestWarning>());
        Assert.Equal($"{file}:4", warning.Source);
        Assert.StartsWith("record is too large", warning.Problem);
    }

    [Fact]
    public void Feed_files_obey_the_same_size_limit_as_every_other_input()
    {
        using var temp = new TempFolder();
        var item = "<item><title>Harbour fire</title><description>" + Body("Brookhaven") + "</description></item>";
        var feed = temp.Write("big.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour Herald</title>" +
            string.Concat(Enumerable.Repeat(item, 6000)) + "</channel></rss>");
        var atom = temp.Write("big.atom", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Ledger</title>" +
            string.Concat(Enumerable.Repeat("<entry><title>Tram vote</title><summary>" + Body("Lakeside") + "</summary></entry>", 6000)) + "</feed>");
        Assert.True(new FileInfo(feed).Length > 1024 * 1024 && new FileInfo(atom).Length > 1024 * 1024);
        var run = CliRunner.Run("ingest", feed, atom, "--store", Path.Combine(temp.Path, "s.db"), "--max-mb", "1");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{feed}: file is too large (1.", run.Stderr);
        Assert.Contains($"{atom}: file is too large (1.", run.Stderr);
        Assert.Contains("the limit is 1 MB", run.Stderr);
    }
}
