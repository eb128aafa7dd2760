using System.Text.Json;
using Chorus.Ingest;
using Chorus.Link.Stories;
using Chorus.Store;
using Chorus.Tests.Cli;

namespace Chorus.Tests.Corpus;

public class HeadlineAndOutletTests
{
    [Theory]
    [InlineData("Warehouse fire destroys Brookhaven harbour store")]
    [InlineData("Lakeside council approves new tram line")]
    [InlineData("Facebook fined over data leak in Valdoria")]      // one sharing word is news, not furniture
    [InlineData("Mayor to close Lakeside pool for repairs")]
    [InlineData("Why the Maridon budget vote matters")]
    public void Headlines_are_accepted(string title) => Assert.True(StoryHeadline.IsHeadline(title), title);

    [Theory]
    [InlineData("412 SHARES Share Tweet Email")]                                   // furniture
    [InlineData("Get breaking updates in your inbox + Subscribe")]
    [InlineData("CLOSE Singer sued over concert refunds Buzz60")]
    [InlineData("Play Facebook Twitter Email Harbour fire video")]
    [InlineData("Click to watch the Channel 4 report on the fire")]
    [InlineData("Get digital access to the Lakeside Ledger today")]
    [InlineData("Breaking news emails get alerts and special reports")]
    [InlineData("Topics: harbour fires, Brookhaven, warehouses")]
    [InlineData("Screenshot of the mayor's page after the vote")]
    [InlineData("By Mara Quint, Staff Writer")]                                    // bylines
    [InlineData("Posted by Tobias Renn on the harbour desk")]
    [InlineData("Photo: Lakeside Ledger archive")]                                 // captions
    [InlineData("Firefighters at the harbour on Tuesday. (Jon Hale / Staff Photographer)")]
    [InlineData("Image copyright Getty Images Image caption The mayor at the vote")]
    [InlineData("“We did everything we could,” the fire chief said")]              // quotations
    [InlineData("\"It was historic\" says the mayor of Lakeside")]
    [InlineData("It was the worst night of my life.”")]
    [InlineData("I’m sure that’s right, Dana, but we had to leave the harbour")]   // first person: a quotation without marks
    [InlineData("We never thought the tram would be built in our lifetime")]
    [InlineData("Council votes to build the tram …")]                              // cut sentences
    [InlineData("...and the bridge reopened on Monday")]
    [InlineData("Abstract")]                                                       // too short or too long
    [InlineData("The Lakeside city council voted nine to two on Monday to build a tram line from the rail station to the university campus after a long debate in which opponents asked for a referendum")]
    [InlineData("Published on Feb 3, 2016")]                                       // dates and stamps
    [InlineData("March 4, 2015 10:21 am ET by Desk Staff")]
    public void Furniture_bylines_captions_quotations_and_fragments_are_not_headlines(string title) =>
        Assert.False(StoryHeadline.IsHeadline(title), title);

    [Fact]
    public void Site_names_are_taken_off_page_titles()
    {
        Assert.Equal("Warehouse fire destroys harbour store", StoryHeadline.Clean("Warehouse fire destroys harbour store | Harbour Herald", "Harbour Herald"));
        Assert.Equal("Council approves Lakeside tram line", StoryHeadline.Clean("Lakeside Ledger - Council approves Lakeside tram line", null));
        Assert.Equal("Tram line: what it means for Lakeside", StoryHeadline.Clean("Tram line: what it means for Lakeside", "Lakeside Ledger"));
    }

    [Fact]
    public void A_headline_is_made_from_the_summary_when_no_article_has_one()
    {
        Assert.Equal("The Lakeside city council voted on Monday to build a tram line",
            StoryHeadline.FromSentence("LAKESIDE (AP) — The Lakeside city council voted on Monday to build a tram line, officials said."));
        Assert.Equal("Firefighters in Brookhaven battled a warehouse blaze on the harbour front through the night",
            StoryHeadline.FromSentence("Firefighters in Brookhaven battled a warehouse blaze on the harbour front through the night, and crews from four stations stayed until the roof fell in at dawn on Tuesday."));
        Assert.Null(StoryHeadline.FromSentence("“We did everything we could,” the fire chief said."));
        // No comma to cut at: the cut falls before the last subordinate clause.
        Assert.Equal("A ferry carrying ninety passengers ran aground off the Valdoria coast on Sunday night",
            StoryHeadline.FromSentence("A ferry carrying ninety passengers ran aground off the Valdoria coast on Sunday night after its engine failed in a storm that had closed every harbour in the region."));
        Assert.Equal("The Maridon school board voted to keep the old uniforms for another year",
            StoryHeadline.FromSentence("The Maridon school board voted to keep the old uniforms for another year because parents had complained about the cost of the new ones and the long delivery times."));

        var docs = new[]
        {
            new SourceDocument("Harbour Herald", "a", "936 SHARES Share Tweet", null, null, null, "Harbour Herald", ["Body."]),
            new SourceDocument("Ledger", "b", "By Mara Quint", null, null, null, "Ledger", ["Body."]),
        };
        Assert.Equal("Fire destroys a harbour warehouse in Brookhaven",
            StoryHeadline.Choose(docs, ["“It was terrible,” a neighbour said.", "Fire destroys a harbour warehouse in Brookhaven."]));
        var titled = docs.Append(new SourceDocument("Courier", "c", "Brookhaven harbour warehouse burns | Courier", null, null, null, "Courier", ["Body."])).ToList();
        Assert.Equal("Brookhaven harbour warehouse burns", StoryHeadline.Choose(titled, ["Fire destroys a harbour warehouse in Brookhaven."]));
    }

    private static string Story(string place) =>
        $"Firefighters in {place} battled a warehouse blaze on the harbour front through the night, the county fire service said on Tuesday. " +
        $"No one was hurt, but the {place} warehouse, which stored paper and paint, was destroyed and smoke closed two schools.\n\n" +
        $"Fire chief Dana Okoro said crews from four stations reached the {place} harbour within ten minutes of the first call.";

    [Fact]
    public void Outlets_come_from_page_metadata_json_lines_and_the_outlet_option_and_citations_name_them()
    {
        using var temp = new TempFolder();
        var store = Path.Combine(temp.Path, "o.db");
        var paragraphs = string.Join("", Story("Brookhaven").Split("\n\n").Select(p => $"<p>{p}</p>"));
        temp.Write("web/og.html", $"<!doctype html><html><head><title>Brookhaven warehouse fire | Harbour Herald</title><meta property=\"og:site_name\" content=\"Harbour Herald\"></head><body><article>{paragraphs}</article></body></html>");
        temp.Write("web/ld.html", "<!doctype html><html><head><title>Harbour blaze destroys Brookhaven warehouse</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Coast Courier\"}}</script></head>" +
            $"<body><article>{paragraphs.Replace("battled", "fought")}</article></body></html>");
        temp.Write("wire/feed.jsonl", JsonSerializer.Serialize(new { title = "Blaze guts Brookhaven harbour warehouse", source = "Valdoria Wire", text = Story("Brookhaven").Replace("night", "small hours") }) + "\n");
        temp.Write("plain/fire.txt", "Warehouse fire in Brookhaven\n\n" + Story("Brookhaven").Replace("Tuesday", "Wednesday"));
        var run = CliRunner.Run("ingest", Path.Combine(temp.Path, "web"), Path.Combine(temp.Path, "wire"), "--store", store);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var plain = CliRunner.Run("ingest", Path.Combine(temp.Path, "plain"), "--store", store, "--outlet", "Brookhaven Bugle");
        Assert.True(plain.ExitCode == 0, plain.Stderr);

        var listed = CliRunner.Run("stories", "--store", store, "--format", "json");
        using var json = JsonDocument.Parse(listed.Stdout);
        var story = Assert.Single(json.RootElement.GetProperty("stories").EnumerateArray());
        Assert.Equal(["Brookhaven Bugle", "Coast Courier", "Harbour Herald", "Valdoria Wire"],
            story.GetProperty("outlets").EnumerateArray().Select(o => o.GetString()!).ToList());

        var shown = CliRunner.Run("story", story.GetProperty("id").GetInt64().ToString(), "--store", store, "--format", "json");
        using var report = JsonDocument.Parse(shown.Stdout);
        var cited = report.RootElement.GetProperty("summary").EnumerateArray().SelectMany(s => s.GetProperty("sources").EnumerateArray()).Select(s => s.GetString()!).ToHashSet();
        Assert.NotEmpty(cited);
        Assert.Subset(new HashSet<string> { "Brookhaven Bugle", "Coast Courier", "Harbour Herald", "Valdoria Wire" }, cited);
    }

    [Fact]
    public void Files_that_name_no_outlet_are_cited_as_numbered_sources_and_list_no_outlets()
    {
        using var temp = new TempFolder();
        var store = Path.Combine(temp.Path, "n.db");
        temp.Write("a/01.txt", "Warehouse fire in Brookhaven\n\n" + Story("Brookhaven"));
        temp.Write("b/01.txt", "Brookhaven harbour warehouse burns\n\n" + Story("Brookhaven").Replace("Tuesday", "Wednesday"));
        Assert.Equal(0, CliRunner.Run("ingest", Path.Combine(temp.Path, "a"), Path.Combine(temp.Path, "b"), "--store", store).ExitCode);
        using var opened = ArticleStore.OpenExisting(store);
        var story = Assert.Single(opened.Stories());
        Assert.Empty(story.Outlets);
        var shown = CliRunner.Run("story", story.Id.ToString(), "--store", store, "--format", "json");
        using var report = JsonDocument.Parse(shown.Stdout);
        Assert.Equal(["source 1", "source 2"], report.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()!).Order());
    }

    [Fact]
    public void A_symbolic_link_loop_is_one_warning_and_the_files_are_read_once()
    {
        using var temp = new TempFolder();
        temp.Write("root/news/fire.txt", "Warehouse fire in Brookhaven\n\n" + Story("Brookhaven"));
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "root", "news", "loop"), Path.Combine(temp.Path, "root"));
        var warnings = new List<IngestWarning>();
        var files = ArticleReader.FilesOfFolder(Path.Combine(temp.Path, "root"), warnings);
        Assert.Single(files);
        var warning = Assert.Single(warnings);
        Assert.Contains("symbolic link loop", warning.Problem);
    }
    [Theory]
    [InlineData("PORT ELLIS, Valdoria (AP) — Flood water closed the coastal road on Monday.", "Flood water closed the coastal road on Monday")]
    [InlineData("Lakeside (AFP) - The Lakeside council approved a tram line on Friday.", "The Lakeside council approved a tram line on Friday")]
    [InlineData("BROOKHAVEN—A warehouse fire burned through the night.", "A warehouse fire burned through the night")]
    [InlineData("MARIDON Parents protested new school uniforms on Tuesday.", "Parents protested new school uniforms on Tuesday")]
    [InlineData("TUESDAY, March 3, 2015 (Health Wire) -- Rates of a rare fever rose in children last year.", "Rates of a rare fever rose in children last year")]
    [InlineData("September 5, 2014: The harbour board voted to raise ferry fares.", "The harbour board voted to raise ferry fares")]
    public void A_made_headline_drops_datelines_and_dates_in_every_style(string sentence, string headline) =>
        Assert.Equal(headline, StoryHeadline.FromSentence(sentence));

    [Fact]
    public void A_made_headline_keeps_a_verb_and_never_leans_on_a_sentence_before()
    {
        // Cutting at the apposition's comma would leave a name and no event: no headline from this sentence.
        Assert.Null(StoryHeadline.FromSentence(
            "Dana and Rob Ellery, the harbour town's husband-and-wife bakery team behind the famous morning loaves and the weekend market stall, announced on Monday that they would close their shop."));
        Assert.Null(StoryHeadline.FromSentence(
            "Mara Quint, a longtime volunteer at the Lakeside animal shelter who has fostered more than forty dogs over the past ten years in her own home, said on Friday she was retiring."));
        // A cut mid-clause ("… how the mayor, then 42") is not taken; the cut before "and" keeps the main clause.
        Assert.Equal("The Valdoria Courier published a report late Monday recounting how the mayor had hidden the debts",
            StoryHeadline.FromSentence("The Valdoria Courier published a report late Monday recounting how the mayor had hidden the debts, and the mayor, then 42, denied every word of it at a packed council meeting on Tuesday night."));
        Assert.Null(StoryHeadline.FromSentence("They all hurt, the coach said after the loss."));
        // The verb of a relative clause is not the sentence's: "Mara Quint, who has coached for years" says nothing happened.
        Assert.Null(StoryHeadline.FromSentence(
            "Mara Quint, a former county champion who has coached the Lakeside junior rowing team for more than twenty years, and her assistant, Tomas Reiner, on Friday stepped down."));
        // A page talking to its reader is not a headline, from a title or a sentence.
        Assert.False(StoryHeadline.IsHeadline("Read the updated story here"));
        Assert.False(StoryHeadline.IsHeadline("Know what’s happening in your town"));
        Assert.False(StoryHeadline.IsHeadline("Click to see the full gallery of the fire"));
        Assert.True(StoryHeadline.IsHeadline("Seeing red: harbour board raises ferry fares"));
        // The main verb after a closed relative clause still counts.
        Assert.Equal("Valdoria's former mayor, who ran the port city for twelve years, was admired by rivals and friends alike",
            StoryHeadline.FromSentence("Valdoria's former mayor, who ran the port city for twelve years, was admired by rivals and friends alike, and hundreds came to the harbour to say goodbye on a cold Sunday morning."));
        Assert.Null(StoryHeadline.FromSentence("She was treated for burns at the Lakeside hospital on Monday."));
        Assert.Equal("Firefighters battled a warehouse blaze in Brookhaven", StoryHeadline.Choose(
            [new SourceDocument("a", "a", null, null, null, null, null, ["Body."])],
            ["He said the roof fell in at dawn.", "Firefighters battled a warehouse blaze in Brookhaven."]));
    }
}
