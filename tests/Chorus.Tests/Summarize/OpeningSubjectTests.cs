using Chorus.Summarize;
using static Chorus.Tests.InventedCluster;

namespace Chorus.Tests.Summarize;

/// <summary>
/// Openings a reader meets before the person or the event they lean on: a surname alone (seen in a sports story, a
/// royal-family story and a film story on dev, a surname with an apposition or an age, or before a verb) and someone's
/// words (a product launch and a trade story: a quotation shown with its speaker, an attribution placed before the
/// quotation). Sentences written for these tests, in two outlets' styles each.
/// </summary>
public class OpeningSubjectTests
{
    // A US sports desk: surname with an apposition; the full name elsewhere in the cluster.
    private static readonly string[] Tennis =
    [
        "Nadia Kessler said on Tuesday that she had returned to training in Florida for the first time since her hamstring injury in July.",
        "Kessler, a two-time Olympic champion, posted a photo of herself running on an indoor track.",
    ];

    // A British broadsheet: courtesy title and surname; the full name elsewhere in the cluster.
    private static readonly string[] Council =
    [
        "Council leader Gordon Hale resigned on Friday after a vote of no confidence, saying he had lost the trust of his party.",
        "Mr Hale said he would stay on as a councillor for the Eastgate ward.",
    ];

    [Theory]
    [InlineData("Kessler, a two-time Olympic champion, announced on Twitter that she was back on the track.", true)]
    [InlineData("Kessler's coach said the hamstring had healed well.", true)]
    [InlineData("Kessler, 36, will race in Glasgow in January, Nadia Kessler told reporters.", false)]
    [InlineData("Nadia Kessler will race in Glasgow in January.", false)]
    [InlineData("Tuesday, the meeting named its field for January.", false)]
    public void A_surname_alone_of_a_person_the_cluster_names_in_full_opens_on_the_surname_us_style(string text, bool opens)
    {
        var cluster = Linked(Doc("wire", Tennis), Doc("desk", "The indoor meeting in Glasgow named its field on Tuesday, and Kessler was not among them."));
        Assert.Equal(opens, SurnameOnlySubject.Of(cluster).Opens(text));
    }

    [Fact]
    public void A_lead_that_names_the_person_by_surname_alone_does_not_open_the_summary()
    {
        // Two outlets lead with the surname in the middle of the sentence (the full name was in their headlines); the
        // third names the councillor in full.
        var docs = new[]
        {
            Doc("wire",
                "Police say firefighters pulled Ostrander from the burning barn near Millbrook late on Saturday.",
                "The barn and two tractors were destroyed, the fire chief said."),
            Doc("local",
                "Police say firefighters pulled Ostrander from the burning barn in Millbrook on Saturday night after neighbours called.",
                "Crews from three towns fought the fire for four hours."),
            Doc("paper",
                "Ruth Ostrander, 58, a county councillor, was rescued from a burning barn near Millbrook on Saturday, police said.",
                "She was treated for smoke inhalation and released."),
        };
        var summary = new ChorusSummarizer().Summarize(Linked(docs), Budget.Words(40));
        Assert.NotEmpty(summary.Sentences);
        Assert.Contains("Ruth Ostrander", summary.Sentences[0].Text);
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

    [Theory]
    [InlineData("Police say medics found Kessler unconscious beside the indoor track on Tuesday.", true)]
    [InlineData("Her coach told the meeting's organisers that Kessler's hamstring had healed.", true)]
    [InlineData("Police say medics found Nadia Kessler unconscious beside the indoor track.", false)]
    [InlineData("Organisers in Glasgow named the field on Tuesday.", false)]
    [InlineData("The field was named on Tuesday. Kessler was not in it.", false)]
    public void A_surname_alone_after_the_first_word_us_style(string text, bool mentions)
    {
        var cluster = Linked(Doc("wire", Tennis), Doc("desk", "The indoor meeting in Glasgow named its field on Tuesday, and Kessler was not among them."));
        Assert.Equal(mentions, SurnameOnlySubject.Of(cluster).MentionsAlone(text));
    }

    [Theory]
    [InlineData("The party's whips said Hale had lost the vote by a wide margin.", true)]
    [InlineData("Councillors voted against Mr Hale on Friday.", false)]
    [InlineData("Councillors said Gordon Hale had lost the vote by a wide margin.", false)]
    public void A_surname_alone_after_the_first_word_uk_style(string text, bool mentions)
    {
        var cluster = Linked(Doc("broadsheet", Council), Doc("local", "The town hall vote on Friday ended nine years of leadership by the council's longest serving leader."));
        Assert.Equal(mentions, SurnameOnlySubject.Of(cluster).MentionsAlone(text));
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
                "Kessler, a two-time Olympic champion who has not raced since July, returned to training in Florida on Tuesday.",
                "Her coach said she would decide on the world indoor championships within a week."),
            Doc("desk",
                "Kessler, a two-time Olympic champion, returned to training in Florida on Tuesday after months out with a hamstring injury.",
                "Tickets for her first race in Glasgow sold out within hours."),
            Doc("sports",
                "Nadia Kessler said on Tuesday that she had returned to training in Florida, her first session since a hamstring injury in July.",
                "The sprinter is entered in the indoor meeting in Glasgow in January."),
        };
        var summary = new ChorusSummarizer().Summarize(Linked(docs), Budget.Words(60));
        Assert.NotEmpty(summary.Sentences);
        Assert.StartsWith("Nadia Kessler said", summary.Sentences[0].Text);
        Assert.DoesNotContain(summary.Sentences.Skip(1), s => s.Text.StartsWith("Nadia", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Clean Water Act, Moreno wrote, \u201csays nothing about permits for farm ponds.\u201d", true)]
    [InlineData("\u201cWe are ready to build the future of the company,\u201d the chief executive said on Monday.", true)]
    [InlineData("\u201cSaturday Night Live\u201d star Pete Davidson wrote about his health on Monday night.", false)]
    [InlineData("Republicans voted to release the memo on Monday, despite objections from Democrats who said \u201cthis is reckless and dangerous.\u201d", false)]
    public void A_unit_opens_on_someones_words_when_a_quotation_starts_in_its_first_words(string text, bool opens) =>
        Assert.Equal(opens, QuotationOpening.Opens(new CandidateUnit(0, 0, text, ["a"], null, false, false)));

    [Fact]
    public void A_unit_shown_with_its_speaker_opens_on_someones_words() =>
        Assert.True(QuotationOpening.Opens(new CandidateUnit(0, 0, "\u201cPatience. The patience to wait for the right design.\u201d", ["a"], "Dana Okoro", false, true)));
}
