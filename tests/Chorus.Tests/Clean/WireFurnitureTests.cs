using Chorus.Analyze;
using Chorus.Clean;
using Chorus.Ingest;
using Chorus.Link;
using Chorus.Segment;
using static Chorus.Tests.InventedCluster;

namespace Chorus.Tests.Clean;

/// <summary>
/// The furniture of 1998–2000 wire copy, each kind with lines written for the test in the style of two services
/// (an agency's and a newspaper service's, or two agencies'); none is article text.
/// </summary>
public class WireFurnitureTests
{
    private const string Story = "The harbor commission voted on Tuesday to rebuild the north pier, which a winter storm wrecked in January, and said work would start in the spring and take about two years.";

    private static CleanDocument Cleaned(params string[] paragraphs) => new ArticleCleaner().CleanOne(Doc("w", paragraphs));

    private static void AssertRemovedAsServiceLines(params string[] lines)
    {
        var clean = Cleaned([Story, .. lines, "Commissioners said the cost would be shared with the state."]);
        Assert.True(clean.Paragraphs.Count == 2, string.Join(" | ", clean.Paragraphs));
        foreach (var line in lines)
            Assert.Contains(clean.Removed, r => r.Text == line && r.Reason == WireServiceLineRule.Reason);
    }

    [Fact]
    public void Service_credits_and_transmission_stamps_go()
    {
        // A newspaper service's credit and stamp, an agency's stamp, a second newspaper service's credit.
        AssertRemovedAsServiceLines("c.1998 N.Y. Times News Service", "NYT-10-16-98 1234EDT", "AP-NY-10-16-98 1221EDT",
            "(c) 1999, The Washington Post", "Los Angeles Times-Washington Post News Service", "10-17-99 0412AES");
    }

    [Fact]
    public void Instructions_to_editors_go()
    {
        // A newspaper service's take and trim marks; an agency's advance and editors' notes.
        AssertRemovedAsServiceLines("(STORY CAN END HERE. OPTIONAL 2ND TAKE FOLLOWS.)", "(Optional add end)", "(BEGIN OPTIONAL TRIM)",
            "(END OPTIONAL TRIM)", "END ADVANCE FOR SUNDAY, OCT. 18", "Eds: Updates with vote count; adds quotes from mayor.",
            "EDITORS: This story contains language some readers may find offensive.", "(ATTN: Maine editors)", "MORE");
    }

    [Fact]
    public void Separator_rules_end_marks_and_sign_off_initials_go()
    {
        // A newspaper service's underscore rule, an agency's end mark, two agencies' desk initials.
        AssertRemovedAsServiceLines("___", "-0-", "^", "bur/jm", "sst/dab");
    }

    [Fact]
    public void Reporting_that_mentions_a_service_or_an_editor_stays()
    {
        var keep = new[]
        {
            "Editors at the paper said the decision was made by the owners, not the newsroom.",
            "The New York Times News Service, which distributes the paper's stories, said it would not change its policy.",
            "She said the storm was the worst since 1998, and that repairs would cost millions.",
            "AT&T; said service would be restored by Friday.",
        };
        var clean = Cleaned([Story, .. keep]);
        Assert.Equal([Story, .. keep], clean.Paragraphs);
    }

    [Fact]
    public void SGML_codes_left_in_converted_text_go_and_character_codes_become_their_characters()
    {
        // A newspaper service's paragraph codes and an agency's rule codes.
        var clean = Cleaned(Story, "The commission's chairman, Ann Ruiz, called the vote ``a new start.'' &QL;", "&UR;Shipping&LR; companies Barnes &AMP; Lowe said they would return.");
        Assert.Equal("The commission's chairman, Ann Ruiz, called the vote ``a new start.''", clean.Paragraphs[1]);
        Assert.Equal("Shipping companies Barnes & Lowe said they would return.", clean.Paragraphs[2]);
        Assert.Contains(clean.Removed, r => r.Reason == WireCodeFragmentRule.Reason && r.Text == "&QL;");
    }

    [Fact]
    public void A_caret_paragraph_mark_and_the_dateline_behind_it_go()
    {
        // An agency's dateline with its underscore dash and an English-service dateline with a date.
        var ap = Cleaned("^PORTVILLE, Maine (AP) _ " + Story, "^Commissioners said the cost would be shared with the state.");
        Assert.Equal([Story, "Commissioners said the cost would be shared with the state."], ap.Paragraphs);
        var xinhua = Cleaned("^BEIJING, Oct. 16 (Xinhua) -- " + Story);
        Assert.Equal([Story], xinhua.Paragraphs);
    }

    [Fact]
    public void Wire_bylines_in_capitals_go()
    {
        // An agency byline block and a newspaper service byline.
        var clean = Cleaned("By JOHN SMITH", "Associated Press Writer", Story);
        Assert.Equal([Story], clean.Paragraphs);
        var nyt = Cleaned("By ROBERTA KLEIN and TOM ODUYA", Story);
        Assert.Equal([Story], nyt.Paragraphs);
    }

    [Fact]
    public void Typewriter_quotes_read_at_ingest_give_whole_quotations_with_their_speakers()
    {
        // Read through the decoder as a file would be: an agency's and a newspaper service's quotation styles.
        static SourceDocument Read(string id, string text) =>
            PlainTextArticleParser.Parse(id, id + ".txt", TextDecoder.Decode(System.Text.Encoding.UTF8.GetBytes(text)).Text);
        var docs = new[]
        {
            Read("ap", "PORTVILLE, Maine (AP) _ " + Story + "\n\n``We cannot wait another winter,'' said commission chairman Ann Ruiz. ``The boats need a pier.''"),
            Read("nyt", Story + "\n\n``It is the right call for the harbor and for the town,'' said Tom Oduya, a lobsterman who lost his mooring in the storm."),
        };
        var analysis = new ClusterAnalyzer().Analyze(new SentenceLinker().Link(Segmenter.Segment(new ArticleCleaner().Clean(docs))));
        Assert.Contains(analysis.Quotes, q => q.Text.StartsWith("We cannot wait another winter", StringComparison.Ordinal) && q.Speaker == "Ann Ruiz");
        Assert.Contains(analysis.Quotes, q => q.Text.StartsWith("It is the right call", StringComparison.Ordinal) && q.Speaker == "Tom Oduya");
        Assert.DoesNotContain(analysis.Quotes, q => q.Text.Contains("``") || q.Text.Contains("''"));
    }

    [Fact]
    public void A_dated_agency_dateline_after_a_place_of_several_words_or_a_region_goes_and_names_the_outlet()
    {
        // Two agencies' English services: a two-word place with the day, a place, its state and the day.
        foreach (var dateline in (string[])["NEW YORK, March 12 (Xinhua) -- ", "INDEPENDENCE, Missouri, March 12 (AFP) - ", "UNITED NATIONS, Oct. 16 (Kyodo) -- "])
        {
            var clean = Cleaned(dateline + Story);
            Assert.Equal([Story], clean.Paragraphs);
            Assert.Contains(clean.Removed, r => r.Reason == DatelineFragmentRule.Reason && r.Text == dateline.Trim());
        }
        Assert.Equal("Xinhua", OutletDetector.Detect(["NEW YORK, March 12 (Xinhua) -- " + Story]));
        Assert.Equal("AFP", OutletDetector.Detect(["INDEPENDENCE, Missouri, March 12 (AFP) - " + Story]));
        Assert.Equal("AP", OutletDetector.Detect(["^PORTVILLE, Maine (AP) — " + Story]));
        // A credit that is no news organization is no dateline: "(R)" after a senator's name.
        var senator = Cleaned("WASHINGTON, March 12 (R) -- " + Story);
        Assert.StartsWith("WASHINGTON, March 12 (R)", senator.Paragraphs[0]);
    }

    [Fact]
    public void A_newspaper_service_credit_line_names_the_outlet()
    {
        Assert.Equal("The New York Times", WireServiceCredit.OutletOf(["c.1998 N.Y. Times News Service", Story]));
        Assert.Equal("The Washington Post", WireServiceCredit.OutletOf([Story, "Commissioners met again on Friday.", "(c) 1999, The Washington Post"]));
        Assert.Equal("Chicago Tribune", WireServiceCredit.OutletOf(["Chicago Tribune News Service", Story]));
        // A service that is no newsroom by its name, and a sentence about a service, name none.
        Assert.Null(WireServiceCredit.OutletOf(["Example Holdings News Service", Story]));
        Assert.Null(WireServiceCredit.OutletOf(["The New York Times News Service said it would not change its policy.", Story]));
    }
}
