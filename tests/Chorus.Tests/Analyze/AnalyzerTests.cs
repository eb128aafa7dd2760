using System.Text.Json;
using Chorus.Analyze;
using Chorus.Clean;
using Chorus.Ingest;
using Chorus.Link;
using Chorus.Segment;
using Chorus.Tests.Cli;

namespace Chorus.Tests.Analyze;

public class AnalyzerTests
{
    private static (ClusterAnalysis Analysis, LinkedCluster Linked) AnalyzeFolder(string folder)
    {
        var docs = new ArticleReader().Read([folder]).Documents;
        var linked = new SentenceLinker().Link(Segmenter.Segment(new ArticleCleaner().Clean(docs)));
        return (new ClusterAnalyzer().Analyze(linked), linked);
    }

    private static readonly ClusterAnalysis Versailles = AnalyzeFolder(SharedData.Versailles).Analysis;
    private const string A = "000_380fd1f917bdb156", B = "002_d819b63d009b7bff", C = "004_283d6cdc3100fbae";

    [Fact]
    public void Versailles_copy_pairs_are_found_with_their_shared_sentences()
    {
        Assert.Equal(2, Versailles.Copies.Count);
        var bc = Versailles.Copies.Single(c => (c.A, c.B) == (B, C));
        Assert.Equal(2, bc.SharedSentences);
        Assert.Contains(bc.Passages, p => p.InA.Text.Contains("combating") && p.InB.Text.Contains("combatting"));
        Assert.Contains(bc.Passages, p => p.Text.StartsWith("Yet Macron's not afraid"));
        var ac = Versailles.Copies.Single(c => (c.A, c.B) == (A, C));
        Assert.Contains(ac.Passages, p => p.Text.StartsWith("After describing dialogue with Russia"));
        Assert.DoesNotContain(Versailles.Copies, c => (c.A, c.B) == (A, B));
    }

    [Fact]
    public void Versailles_quotes_go_to_the_right_speaker()
    {
        string? SpeakerOf(string start) => Assert.Single(Versailles.Quotes, q => q.Text.StartsWith(start)).Speaker;
        Assert.Equal("Vladimir Putin", SpeakerOf("Maybe they were Russian hackers"));
        Assert.Equal("Vladimir Putin", SpeakerOf("They want to explain"));
        // "Putin defensively said (of the French election), "…"", "Macron said yesterday that … "…"", "a remark by
        // Trump … in which he said of the DNC hacks: "…"".
        Assert.Equal("Vladimir Putin", SpeakerOf("Do you think that we are ignorant"));
        Assert.Equal("Emmanuel Macron", SpeakerOf("would result in reprisals"));
        Assert.Equal("Donald Trump", SpeakerOf("It could be Russian Federation"));
        // The Russian side's line follows a sentence that goes on to report Putin: it is not Macron going on.
        Assert.NotEqual("Emmanuel Macron", SpeakerOf("According to our information"));
        // A banner is not speech, and narration opened by a stray mark is not a quotation.
        Assert.DoesNotContain(Versailles.Quotes, q => q.Text.Contains("End homophobia") || q.Text.StartsWith("The Russian President also said"));
    }

    [Fact]
    public void Versailles_cited_outlets_include_bbc_cnn_and_le_figaro_and_nothing_from_spam()
    {
        var names = Versailles.CitedOutlets.Select(o => o.Name).ToList();
        Assert.Contains("BBC", names);
        Assert.Contains("CNN", names);
        Assert.Contains("Le Figaro", names);
        Assert.Equal([A, C], Versailles.CitedOutlets.Single(o => o.Name == "CNN").Sources);
        Assert.DoesNotContain(names, n => n.Contains("iNewsToday") || n.Contains("Noble Midstream") || n.Contains("Celtics"));
    }

    [Fact]
    public void Spam_lines_yield_no_quotes_or_entities()
    {
        var everything = Versailles.People.Concat(Versailles.Organizations).Concat(Versailles.Places).Select(e => e.Name)
            .Concat(Versailles.Quotes.Select(q => q.Text)).ToList();
        foreach (var spam in new[] { "Noble Midstream", "Castile", "Celtics", "Cavs", "iNewsToday", "Zachary Reyes", "Brokerages" })
            Assert.DoesNotContain(everything, e => e.Contains(spam));
    }

    [Fact]
    public void People_places_and_organizations_are_told_apart_and_counted_per_article()
    {
        var putin = Versailles.People.Single(p => p.Name == "Vladimir Putin");
        Assert.Equal(3, putin.CountsByArticle.Count);
        Assert.Contains(Versailles.People, p => p.Name == "Emmanuel Macron");
        Assert.Contains(Versailles.Places, p => p.Name == "Versailles");
        Assert.Contains(Versailles.Places, p => p.Name == "Syria");
        Assert.Contains(Versailles.Organizations, p => p.Name == "North Atlantic Treaty Organisation");
        Assert.DoesNotContain(Versailles.People, p => p.Name is "Syria" or "Versailles" or "France");
    }

    [Fact]
    public void Own_sample_direction_quotes_and_disagreement()
    {
        var (analysis, _) = AnalyzeFolder(RepoPaths.Sample);
        // The Herald (March 14) was published before Island News (March 15), which carries its sentences.
        var copy = analysis.Copies.Single(c => c.A == "01_lakeport-herald" && c.B == "03_island-news");
        Assert.Equal(CopyOrder.AThenB, copy.Direction);
        Assert.Equal(CopyOrder.Unknown, analysis.Copies.Single(c => c.B == "02_coastal-wire").Direction);
        Assert.Equal("Tomas Reiner", analysis.Quotes.Single(q => q.Text.StartsWith("I heard a long scraping")).Speaker);
        Assert.Equal("Rita Solberg", analysis.Quotes.Single(q => q.Text.StartsWith("We depend on this ferry")).Speaker);
        var rescue = Assert.Single(analysis.Discrepancies);
        Assert.Equal(["02_coastal-wire"], rescue.Values.Single(v => v.Value.Contains("two hours")).Sources);
        Assert.Equal(["01_lakeport-herald", "03_island-news"], rescue.Values.Single(v => v.Value.Contains("four hours")).Sources);
        Assert.DoesNotContain(analysis.CitedOutlets, o => o.Name.Contains("Facebook"));
    }

    [Fact]
    public void Analyze_json_has_every_section_and_summarize_json_carries_them_too()
    {
        var analyze = CliRunner.Run("analyze", SharedData.Versailles, "--format", "json");
        Assert.Equal(0, analyze.ExitCode);
        var json = JsonDocument.Parse(analyze.Stdout).RootElement;
        foreach (var section in new[] { "copies", "quotes", "discrepancies", "citedOutlets", "people", "organizations", "places" })
            Assert.Equal(JsonValueKind.Array, json.GetProperty(section).ValueKind);
        var copy = json.GetProperty("copies")[0];
        foreach (var field in new[] { "a", "b", "sharedSentences", "sharedFraction", "direction", "passages" }) Assert.True(copy.TryGetProperty(field, out _), field);
        var quote = json.GetProperty("quotes")[0];
        foreach (var field in new[] { "speaker", "text", "sources" }) Assert.True(quote.TryGetProperty(field, out _) || field == "speaker", field);
        var own = JsonDocument.Parse(CliRunner.Run("analyze", RepoPaths.Sample, "--format", "json").Stdout).RootElement;
        var discrepancy = own.GetProperty("discrepancies")[0];
        Assert.Contains("how long the rescue lasted", discrepancy.GetProperty("reason").GetString());
        var value = discrepancy.GetProperty("values")[0];
        foreach (var field in new[] { "value", "sources", "sentence" }) Assert.True(value.TryGetProperty(field, out _), field);
        Assert.False(json.TryGetProperty("summary", out _));

        var summarize = JsonDocument.Parse(CliRunner.Run("summarize", SharedData.Versailles, "--format", "json").Stdout).RootElement;
        Assert.True(summarize.GetProperty("copies").GetArrayLength() > 0);
        Assert.True(summarize.GetProperty("summary").GetArrayLength() > 0);
        var markdown = CliRunner.Run("summarize", SharedData.Versailles, "--format", "markdown").Stdout;
        Assert.Contains("## Where the outlets disagree", markdown);
    }

    private static ClusterAnalysis AnalyzeTexts(params string[] bodies)
    {
        var docs = bodies.Select((b, i) => new SourceDocument($"d{i + 1}", $"d{i + 1}", null, null, null, null, null, b.Split("\n\n"))).ToList();
        return new ClusterAnalyzer().Analyze(new SentenceLinker().Link(Segmenter.Segment(new ArticleCleaner().Clean(docs))));
    }

    [Fact]
    public void Dates_and_ages_of_unnamed_people_disagree_only_on_the_same_fact()
    {
        var analysis = AnalyzeTexts(
            "The suspect in the Millbrook bakery fire was arrested on Dec. 26 at his home on Orchard Lane, county police said on Friday. " +
            "A 4-year-old boy was treated for smoke inhalation after the fire spread to the flat above the bakery.\n\n" +
            "The council voted on March 3 to rebuild the bakery block.",
            "County police said the suspect in the Millbrook bakery fire was arrested on Dec. 27 at his home on Orchard Lane. " +
            "Firefighters said a five-year-old boy was treated for smoke inhalation after the fire spread to the flat above the bakery.\n\n" +
            "The school on the square reopened on March 5 after the smoke cleared.");
        var date = Assert.Single(analysis.Discrepancies, d => d.Kind == QuantityKind.Date);
        Assert.Equal(["Dec. 26", "Dec. 27"], date.Values.Select(v => v.Value).Order().ToList());
        var age = Assert.Single(analysis.Discrepancies, d => d.Kind == QuantityKind.Age);
        Assert.Equal("age of the child", age.Topic);
        Assert.Equal(2, age.Values.Count);
        // "voted on March 3" and "reopened on March 5" are two events, not one fact told two ways.
        Assert.Equal(2, analysis.Discrepancies.Count);
    }

    [Fact]
    public void Speakers_behind_offices_pronouns_and_asides_are_found_and_an_interviewer_keeps_her_question()
    {
        var analysis = AnalyzeTexts(
            "\"The harbour wall held through the worst of it,\" Lakeport Harbour Board Principal Ida Marsh said on Monday.\n\n" +
            "\"We will raise it by a metre before the winter,\" she added.\n\n" +
            "Reporter Jo Lund pressed the board on the cost, and Lund asked whether \"the town can really pay for all of this,\" she said.\n\n" +
            "Ferry captain Olav Berg described the night from the bridge of the stranded boat.\n\n" +
            "\"The wind turned on us in a minute and we lost the channel lights,\" he recalled.",
            "Asked about the wall, Marsh replied: \"It held through the worst of it, and we are proud of the crews.\"\n\n" +
            "\"We will raise it by a metre before the winter.\"");
        string? SpeakerOf(string start) => analysis.Quotes.Single(q => q.Text.StartsWith(start)).Speaker;
        Assert.Equal("Ida Marsh", SpeakerOf("The harbour wall held"));
        Assert.Equal("Ida Marsh", SpeakerOf("We will raise it"));
        Assert.Equal("Jo Lund", SpeakerOf("the town can really pay"));
        Assert.Equal("Olav Berg", SpeakerOf("The wind turned on us"));
    }

    [Fact]
    public void Clock_times_of_one_incident_disagree_across_outlets_but_not_across_incidents_and_storeys_never_meet_feet()
    {
        var analysis = AnalyzeTexts(
            "A window cleaner fell nine stories from the Harbour Tower in Lakeport at about 11:15 p.m. on Tuesday, police said.\n\n" +
            "The harbour ferry office was evacuated shortly after 9 a.m. on Wednesday, officials said.",
            "A window cleaner slipped 25 feet from a platform on the Harbour Tower and landed on a lower roof around 10:40 p.m., the fire service said.\n\n" +
            "Police arrested a driver after a crash on the coast road at 1:30 a.m.",
            "Rescuers reached the window cleaner who fell from the Harbour Tower at 11:20 p.m., a spokesman said.\n\n" +
            "A second crash on the coast road at 4 a.m. closed it until noon.");
        var time = Assert.Single(analysis.Discrepancies, d => d.Kind == QuantityKind.Time);
        Assert.Equal("time of the fall", time.Topic);
        // 11:15 and 11:20 are one report give or take; 10:40 is another.
        Assert.Equal(["10:40 p.m.", "11:15 p.m."], time.Values.Select(v => v.Value).Order().ToList());
        // Nine stories and 25 feet are two units a reader cannot convert (how tall is a storey of that tower?): no height
        // discrepancy. The crash times come from one article each about two crashes, the evacuation from one article: no more.
        Assert.DoesNotContain(analysis.Discrepancies, d => d.Kind == QuantityKind.Distance);
        Assert.Single(analysis.Discrepancies);
    }
}
