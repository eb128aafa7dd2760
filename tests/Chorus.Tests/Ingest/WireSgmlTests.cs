using System.Text;
using Chorus.Ingest;

namespace Chorus.Tests.Ingest;

/// <summary>
/// The LDC/TREC newswire SGML layout, on documents written for the tests in the shapes of the era's services (an
/// agency story with &lt;P&gt; paragraphs, a newspaper service story with its byline block and trailer, an older
/// collection's story without &lt;P&gt;, a Gigaword-style document with an id attribute); none is article text.
/// </summary>
public class WireSgmlTests
{
    private const string AgencyStory = """
        <DOC>
        <DOCNO> APW19981016.0240 </DOCNO>
        <DOCTYPE> NEWS STORY </DOCTYPE>
        <DATE_TIME> 1998-10-16 12:21:00 </DATE_TIME>
        <BODY>
        <SLUG> BC-Harbor-Fire </SLUG>
        <HEADLINE>
        Fire destroys harbor warehouse
        </HEADLINE>
        <TEXT>
        <P>
           PORTVILLE, Maine (AP) _ A fire destroyed a warehouse on the harbor early Friday, and two firefighters were hurt.
        </P>
        <P>
           ``It went up like paper,'' said fire chief Dana Holt.
        </P>
        </TEXT>
        <TRAILER>
        AP-NY-10-16-98 1221EDT
        </TRAILER>
        </BODY>
        </DOC>
        """;

    private const string ServiceStory = """
        <DOC>
        <DOCNO> NYT19981016.0311 </DOCNO>
        <DOCTYPE> NEWS STORY </DOCTYPE>
        <DATE_TIME> 10/16/1998 14:05:00 </DATE_TIME>
        <HEADER>
        A4150 &Cx1f; taf-z
        </HEADER>
        <BODY>
        <SLUG> BC-HARBOR-FIRE-NYT </SLUG>
        <HEADLINE>
        Old Warehouse Burns &AMP; a Harbor Mourns
        </HEADLINE>
         (ATTN: Maine editors)
          By ROBERTA KLEIN
         c.1998 N.Y. Times News Service
        <TEXT>
        <P>
           PORTVILLE, Maine _ The warehouse had stood on the pier since 1888. &QL;
        </P>
        <P>
           By Friday noon only its brick chimney was left.
        </P>
        </TEXT>
        <TRAILER>
        NYT-10-16-98 1405EDT &QL;
        </TRAILER>
        </BODY>
        </DOC>
        """;

    private static List<(SourceDocument? Doc, IngestWarning? Warning)> Parse(string text, string file = "f") =>
        WireSgmlArticleParser.Parse(file, file + ".sgml", text).ToList();

    private static SourceDocument Single(string text) => Assert.Single(Parse(text)).Doc!;

    private static string AllText(SourceDocument d) => string.Join("\n", new[] { d.Title ?? "", d.Byline ?? "" }.Concat(d.Paragraphs));

    [Fact]
    public void An_agency_story_gives_its_headline_date_outlet_and_paragraphs_and_no_routing_lines()
    {
        var doc = Single(AgencyStory);
        Assert.Equal("APW19981016.0240", doc.Id);
        Assert.Equal("Fire destroys harbor warehouse", doc.Title);
        Assert.Equal(new DateTimeOffset(1998, 10, 16, 12, 21, 0, TimeSpan.Zero), doc.Published);
        Assert.Equal("Associated Press", doc.Outlet);
        Assert.Equal(2, doc.Paragraphs.Count);
        Assert.StartsWith("PORTVILLE, Maine (AP) _ A fire destroyed", doc.Paragraphs[0]);
        var all = AllText(doc);
        foreach (var routing in (string[])["<", ">", "BC-Harbor", "APW1998", "NEWS STORY", "AP-NY-10-16-98"])
            Assert.DoesNotContain(routing, all);
    }

    [Fact]
    public void A_newspaper_service_story_gives_its_byline_decodes_entities_and_drops_header_and_trailer()
    {
        var doc = Single(ServiceStory);
        Assert.Equal("The New York Times", doc.Outlet);
        Assert.Equal("Old Warehouse Burns & a Harbor Mourns", doc.Title);
        Assert.Equal("Roberta Klein", doc.Byline);
        Assert.Equal(new DateTimeOffset(1998, 10, 16, 14, 5, 0, TimeSpan.Zero), doc.Published);
        Assert.Equal(["PORTVILLE, Maine _ The warehouse had stood on the pier since 1888.", "By Friday noon only its brick chimney was left."], doc.Paragraphs);
        var all = AllText(doc);
        foreach (var routing in (string[])["&QL;", "&AMP;", "&Cx", "A4150", "taf-z", "ATTN", "News Service", "1405EDT", "BC-HARBOR"])
            Assert.DoesNotContain(routing, all);
    }

    [Fact]
    public void Older_text_without_paragraph_tags_splits_at_indents_or_blank_lines_and_joins_wrapped_lines()
    {
        // Indented paragraph starts with wrapped continuation lines (the older agency collections).
        var indented = Single("""
            <DOC>
            <DOCNO> AP880212-0001 </DOCNO>
            <HEAD>Council Votes to Close Ferry Line</HEAD>
            <TEXT>
               The city council voted 7-2 on Thursday to close the
            island ferry line at the end of the year.
               The ferry has lost money for a decade, the mayor said.
            </TEXT>
            </DOC>
            """);
        Assert.Equal("Associated Press", indented.Outlet);
        Assert.Equal(new DateTimeOffset(1988, 2, 12, 0, 0, 0, TimeSpan.Zero), indented.Published);
        Assert.Equal("Council Votes to Close Ferry Line", indented.Title);
        Assert.Equal(["The city council voted 7-2 on Thursday to close the island ferry line at the end of the year.", "The ferry has lost money for a decade, the mayor said."], indented.Paragraphs);

        // Blank-line separated blocks, a DATE element in words (a newspaper collection of the era).
        var blocks = Single("""
            <DOC>
            <DOCNO> LA101698-0042 </DOCNO>
            <DATE> October 16, 1998, Friday, Home Edition </DATE>
            <HEADLINE> <P>DAM REPAIRS DELAYED AGAIN</P> </HEADLINE>
            <TEXT>
            Repairs to the Cold Creek dam will not start before spring,
            the water district said Thursday.

            The district blamed a shortage of concrete.
            </TEXT>
            </DOC>
            """);
        Assert.Equal("Los Angeles Times", blocks.Outlet);
        Assert.Equal(new DateTimeOffset(1998, 10, 16, 0, 0, 0, TimeSpan.Zero), blocks.Published);
        Assert.Equal("DAM REPAIRS DELAYED AGAIN", blocks.Title);
        Assert.Equal(["Repairs to the Cold Creek dam will not start before spring, the water district said Thursday.", "The district blamed a shortage of concrete."], blocks.Paragraphs);

        // One line a paragraph, no blank lines, no indents (an agency's English service).
        var lines = Single("""
            <DOC>
            <DOCNO> XIE19981017.0012 </DOCNO>
            <TEXT>
            About 4,000 people fled their homes on Friday after a river broke through a levee.
            Three people were killed, officials said.
            </TEXT>
            </DOC>
            """);
        Assert.Equal("Xinhua", lines.Outlet);
        Assert.Equal(2, lines.Paragraphs.Count);
    }

    /// <summary>A wrap that breaks a compound at its hyphen leaves the compound whole, in &lt;P&gt; paragraphs and in
    /// indented ones (two services' layouts); a dash between spaced words and a line ending on a number stay apart.</summary>
    [Fact]
    public void A_compound_broken_at_its_hyphen_by_the_wrap_is_one_word_again()
    {
        var tagged = Single("""
            <DOC>
            <DOCNO> APW19981017.0101 </DOCNO>
            <TEXT>
            <P>
               The mill will run a full-
            scale test of the new dryer next week, and the union -
            which opposed it - agreed to a two-
            shift trial.
            </P>
            </TEXT>
            </DOC>
            """);
        Assert.Equal(["The mill will run a full-scale test of the new dryer next week, and the union - which opposed it - agreed to a two-shift trial."], tagged.Paragraphs);

        var indented = Single("""
            <DOC>
            <DOCNO> NYT19981017.0202 </DOCNO>
            <TEXT>
               Fishermen on the north shore called the ban a one-
            sided deal that the ministry signed in 1997-
            98 without them.
               The ministry said talks would resume.
            </TEXT>
            </DOC>
            """);
        Assert.Equal(["Fishermen on the north shore called the ban a one-sided deal that the ministry signed in 1997- 98 without them.", "The ministry said talks would resume."], indented.Paragraphs);
    }

    /// <summary>Some collections set &lt;P&gt; between paragraphs, never closing it, and the first paragraph before any
    /// tag: that first paragraph (the lead, what a summary most needs) is read like the others.</summary>
    [Fact]
    public void A_paragraph_before_the_first_separating_P_tag_is_kept()
    {
        var agency = Single("""
            <DOC>
            <DOCNO> APW19981020.0101 </DOCNO>
            <TEXT>
            TRENTON, N.J. (AP) _ The state Senate voted 30-8 on Monday to raise the gas tax by five cents.
            <P>
            The increase would pay for road repairs, its sponsors said.
            </TEXT>
            </DOC>
            """);
        Assert.Equal(["The state Senate voted 30-8 on Monday to raise the gas tax by five cents.", "The increase would pay for road repairs, its sponsors said."],
            agency.Paragraphs.Select(p => p.Replace("TRENTON, N.J. (AP) _ ", "")).ToList());
        var paper = Single("""
            <DOC>
            <DOCNO> LA102098-0077 </DOCNO>
            <TEXT>
            The county fair will move to the old airfield next summer.
            <p>The board approved the lease on a 4-1 vote.
            <p>Parking will be free.
            </TEXT>
            </DOC>
            """);
        Assert.Equal(["The county fair will move to the old airfield next summer.", "The board approved the lease on a 4-1 vote.", "Parking will be free."], paper.Paragraphs);
    }

    [Fact]
    public void A_file_of_several_documents_is_several_articles_and_one_without_text_is_named_in_a_warning()
    {
        var gigaword = """
            <DOC id="AFP_ENG_20000101.0001" type="story" >
            <HEADLINE>
            Quake shakes island
            </HEADLINE>
            <DATELINE>
            MANILA, Jan 1 (AFP)
            </DATELINE>
            <TEXT>
            <P>
            A strong earthquake shook the island of Mindoro on Saturday, the seismology office said.
            </P>
            </TEXT>
            </DOC>
            <DOC id="CNA_ENG_20000101.0002" type="story" >
            <HEADLINE>
            Ferry service resumes
            </HEADLINE>
            <TEXT>
            </TEXT>
            </DOC>
            <DOC id="XIN_ENG_20000101.0003" type="story" >
            <TEXT>
            <P>
            The ferry line between the two ports reopened on Saturday after repairs.
            </P>
            </TEXT>
            </DOC>
            """;
        var parsed = Parse(gigaword);
        var docs = parsed.Where(p => p.Doc is not null).Select(p => p.Doc!).ToList();
        Assert.Equal(["AFP_ENG_20000101.0001", "XIN_ENG_20000101.0003"], docs.Select(d => d.Id));
        Assert.Equal(["Agence France-Presse", "Xinhua"], docs.Select(d => d.Outlet));
        Assert.Equal(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), docs[0].Published);
        Assert.DoesNotContain(docs[0].Paragraphs, p => p.Contains("MANILA"));
        var warning = Assert.Single(parsed, p => p.Warning is not null).Warning!;
        Assert.Contains("CNA_ENG_20000101.0002", warning.Source);
        Assert.Contains("no text", warning.Problem);
    }

    [Theory]
    [InlineData("APW19981016.0240", "Associated Press")]
    [InlineData("APE19990203.0011", "Associated Press")]
    [InlineData("NYT19990203.0045", "The New York Times")]
    [InlineData("LTW19990203.0001", "Los Angeles Times/Washington Post")]
    [InlineData("CNA_ENG_19990203.0001", "Central News Agency")]
    [InlineData("WSJ870324-0001", "The Wall Street Journal")]
    [InlineData("ZZZ19990203.0001", null)]
    [InlineData("report-2019", null)]
    public void The_document_number_names_a_known_service_and_nothing_else(string docNo, string? outlet) =>
        Assert.Equal(outlet, WireSources.OutletOf(docNo));

    [Fact]
    public void A_folder_of_files_named_by_document_number_is_read_and_every_document_counts()
    {
        var dir = Directory.CreateTempSubdirectory("chorus-wire-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "APW19981016.0240"), AgencyStory);
            File.WriteAllText(Path.Combine(dir.FullName, "NYT19981016.0311"), ServiceStory);
            var read = new ArticleReader().Read([dir.FullName]);
            Assert.Empty(read.Warnings);
            Assert.Equal(["Associated Press", "The New York Times"], read.Documents.Select(d => d.Outlet));
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void Typewriter_quotation_marks_become_curly_ones_only_where_the_text_opens_with_two_grave_accents()
    {
        // An agency quote and a newspaper service's quote inside a quote.
        Assert.Equal("“It went up like paper,” said fire chief Dana Holt.", TypewriterQuotes.Normalize("``It went up like paper,'' said fire chief Dana Holt."));
        Assert.Equal("“He told us, ‘Get out now,’ and we ran,” she said.", TypewriterQuotes.Normalize("``He told us, `Get out now,' and we ran,'' she said."));
        // Without `` two apostrophes may close a straight mark or mean inches: untouched.
        Assert.Equal("\"It was over,'' he said of the 12'' pipe.", TypewriterQuotes.Normalize("\"It was over,'' he said of the 12'' pipe."));
    }

    [Fact]
    public void Decoding_repairs_misread_bytes_and_reads_a_spaced_underscore_as_a_dash()
    {
        static string Decoded(string s) => TextDecoder.Decode(Encoding.UTF8.GetBytes(s)).Text;
        // Windows-1252 bytes read as Latin-1 (a C1 control for the em dash and the apostrophe).
        Assert.Equal("— Police said the driver’s car", Decoded("\u0097 Police said the driver\u0092s car"));
        // UTF-8 read as Latin-1, as Windows-1252, and twice over.
        Assert.Equal("the “worst storm” yet", Decoded("the \u00e2\u0080\u009cworst storm\u00e2\u0080\u009d yet"));
        Assert.Equal("the “worst storm” yet", Decoded("the â€œworst stormâ€\u009d yet"));
        Assert.Equal("Hydro-Québec", Decoded("Hydro-Qu\u00c3\u0083\u00c2\u00a9bec"));
        // The typewriter dash of older wire copy, one character for one; words with underscores stay.
        Assert.Equal("The levee — built in 1952 — gave way at file_name", Decoded("The levee _ built in 1952 _ gave way at file_name"));
        // Ordinary accented text is left alone.
        Assert.Equal("Café owner Zoë Ångström", Decoded("Café owner Zoë Ångström"));
    }

    [Fact]
    public void No_dev_article_keeps_a_C1_control_or_a_misread_UTF8_sequence()
    {
        var reader = new ArticleReader();
        int files = 0;
        foreach (var cluster in (string[])["1f0ed1dcfa41", "d9727b1ef9ca", "9be57ba61a99", "cde1b291ab8e"])
        {
            var read = reader.Read([Path.Combine(SharedData.MultiNewsDev, cluster)]);
            foreach (var doc in read.Documents)
            {
                files++;
                foreach (var p in doc.Paragraphs)
                {
                    Assert.DoesNotContain(p, c => c is >= '\u0080' and <= '\u009F');
                    Assert.DoesNotContain("â€", p);
                    Assert.DoesNotContain("Ã", p);
                }
            }
        }
        Assert.True(files >= 8, $"only {files} documents");
    }
}
