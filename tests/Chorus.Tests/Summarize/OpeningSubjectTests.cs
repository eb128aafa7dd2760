using Chorus.Summarize;
using static Chorus.Tests.InventedCluster;

namespace Chorus.Tests.Summarize;

/// <summary>
/// Openings a reader meets before the person or the event they lean on: a surname alone (seen in a sports story, a
/// royal-family story and a film story on dev: "Williams, a former world No. 1, …", "Middleton, 28, …", "Driver was
/// discussing …") and someone's words (a product launch and a trade story: "Phil Schiller: “Courage …”", "The Lacey
/// Act, Johnson wrote, “…”"). Sentences written for these tests, in two outlets' styles each.
/// </summary>
public class OpeningSubjectTests
{
    // A US sports desk: surname with an apposition; the full name elsewhere in the cluster.
    private static readonly string[] Tennis =
    [
        "Serena Williams said on Tuesday that she had returned to practice in Florida for the first time since her injury in July.",
        "Williams, a former world No. 1, posted a photo of herself serving on a hard court.",
    ];

    // A British broadsheet: courtesy title and surname; the full name elsewhere in the cluster.
    private static readonly string[] Council =
    [
        "Council leader Gordon Hale resigned on Friday after a vote of no confidence, saying he had lost the trust of his party.",
        "Mr Hale said he would stay on as a councillor for the Eastgate ward.",
    ];

    [Theory]
    [InlineData("Williams, a former world No. 1, announced on Twitter that she was back in training.", true)]
    [InlineData("Williams's coach said the shoulder had healed well.", true)]
    [InlineData("Williams, 36, will play in Auckland in January, Serena Williams told reporters.", false)]
    [InlineData("Serena Williams will play in Auckland in January.", false)]
    [InlineData("Tuesday, the tournament named its seeds for January.", false)]
    public void A_surname_alone_of_a_person_the_cluster_names_in_full_opens_on_the_surname_us_style(string text, bool opens)
    {
        var cluster = Linked(Doc("wire", Tennis), Doc("desk", "The tournament in Auckland named its seeds on Tuesday, and Williams was not among them."));
        Assert.Equal(opens, SurnameOnlySubject.Of(cluster).Opens(text));
    }

    [Theory]
    [InlineData("Mr Hale said the vote had been arranged behind his back.", true)]
    [InlineData("Hale, 61, led the council for nine years.", true)]
    [InlineData("Mr Hale's deputy, Gordon Hale's rival for years, takes over on Monday.", false)]
    [InlineData("Councillors from the Eastgate ward voted against him on Friday.", false)]
    public void A_surname_alone_of_a_person_the_cluster_names_in_full_opens_on_the_surname_uk_style(string text, bool opens)
    {
        var cluster = Linked(Doc("broadsheet", Council), Doc("local", "The town hall vote on Friday ended nine years of leadership by the council's longest serving leader."));
        Assert.Equal(opens, SurnameOnlySubject.Of(cluster).Opens(text));
    }

    [Fact]
    public void A_plural_or_an_institution_after_a_capitalized_word_is_no_surname()
    {
        // "House Republicans", "Fort Worth Police": capitalized pairs that name no person.
        var cluster = Linked(
            Doc("capitol", "House Republicans voted on Monday to release the memo, over the objections of committee Democrats.",
                "Fort Worth Police said the vote drew a small protest outside the federal building."),
            Doc("desk", "Republicans on the committee voted to release the memo on Monday.", "Police say the protest ended peacefully."));
        var surnames = SurnameOnlySubject.Of(cluster);
        Assert.False(surnames.Opens("Republicans on the committee voted to release the memo on Monday."));
        Assert.False(surnames.Opens("Police say the protest ended peacefully."));
    }

    [Fact]
    public void A_summary_opens_on_the_full_name_not_on_a_surname_lead()
    {
        var docs = new[]
        {
            Doc("wire",
                "Williams, a former world No. 1 who has not played since July, returned to practice in Florida on Tuesday.",
                "Her coach said she would decide on the Australian Open within a week."),
            Doc("desk",
                "Williams, a former world No. 1, returned to practice in Florida on Tuesday after months out with injury.",
                "Tickets for her first match in Auckland sold out within hours."),
            Doc("sports",
                "Serena Williams said on Tuesday that she had returned to practice in Florida, her first session since an injury in July.",
                "The 23-time Grand Slam champion is entered in the tournament in Auckland in January."),
        };
        var summary = new ChorusSummarizer().Summarize(Linked(docs), Budget.Words(60));
        Assert.NotEmpty(summary.Sentences);
        Assert.StartsWith("Serena Williams said", summary.Sentences[0].Text);
        Assert.DoesNotContain(summary.Sentences.Skip(1), s => s.Text.StartsWith("Serena", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Lacey Act, Johnson wrote, \u201cdoes not require any certification at all.\u201d", true)]
    [InlineData("\u201cWe are ready to build the future of the company,\u201d the chief executive said on Monday.", true)]
    [InlineData("\u201cSaturday Night Live\u201d star Pete Davidson wrote about his health on Monday night.", false)]
    [InlineData("Republicans voted to release the memo on Monday, despite objections from Democrats who said \u201cthis is reckless and dangerous.\u201d", false)]
    public void A_unit_opens_on_someones_words_when_a_quotation_starts_in_its_first_words(string text, bool opens) =>
        Assert.Equal(opens, QuotationOpening.Opens(new CandidateUnit(0, 0, text, ["a"], null, false, false)));

    [Fact]
    public void A_unit_shown_with_its_speaker_opens_on_someones_words() =>
        Assert.True(QuotationOpening.Opens(new CandidateUnit(0, 0, "\u201cCourage. The courage to move on.\u201d", ["a"], "Phil Schiller", false, true)));
}
