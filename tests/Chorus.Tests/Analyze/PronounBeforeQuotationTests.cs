using static Chorus.Tests.Analyze.QuoteSpeakers;

namespace Chorus.Tests.Analyze;

/// <summary>
/// "He said: “…”" and "She added: “…”" opening a paragraph: the capitalised pronoun before the quotation points back
/// like the lower-case one after it ("…," he said) does. Sentences written for the test in the style of the outlets
/// where the pattern was seen (named in each test); none is article text.
/// </summary>
public class PronounBeforeQuotationTests
{
    // Modelled on a British regional paper's inquest report (a rescuer introduced with a long clause, then "He said:")
    // and a wire story of a rebel spokesman abroad ("X said they do not recognise …" / "He said: "…"").
    [Fact]
    public void He_said_before_a_quotation_goes_to_the_person_the_sentence_before_opens_with()
    {
        var a = QuoteRuleTests.Analyze(
            "Two walkers were rescued from the ridge on Saturday.\n\n" +
            "Gareth Pryce, who led the volunteer team that answered the call, described the descent as slow going.\n\n" +
            "He said: “The last stretch of scree is loose even on a dry summer day.”",
            "The rebels took the northern towns over the weekend.\n\n" +
            "A spokesman for the movement spoke to a French radio station late on Monday. Idrissa Ag Mahmoud said they would not talk to the junta.\n\n" +
            "He said: \"Nobody in the north has agreed to be governed by these officers.\"");
        Assert.Equal("Gareth Pryce", SpeakerOf(a, "The last stretch of scree"));
        Assert.Equal("Idrissa Ag Mahmoud", SpeakerOf(a, "Nobody in the north has agreed"));
    }

    // Modelled on a London daily's column of actresses' posts ("She added: “…”" after her first quotation) and a
    // broadcaster's interview write-up ("He added: “…”" after an interview answer).
    [Fact]
    public void She_added_before_a_quotation_goes_on_with_the_speaker_of_the_quotation_before()
    {
        var a = QuoteRuleTests.Analyze(
            "The debate moved online on Sunday.\n\n" +
            "“Nobody gets to rank what happened to other women,” the actor Nadia Fenwick wrote on her page.\n\n" +
            "She added: “Every story deserves to be heard in full, not graded.”",
            "The candidate spoke to a morning programme on Sunday.\n\n" +
            "\"The polls have been wrong about me for a year,\" Gordon Hale told the host.\n\n" +
            "He added: \"I have been a man who wins most of the time, and I will win this one.\"");
        Assert.Equal("Nadia Fenwick", SpeakerOf(a, "Every story deserves"));
        Assert.Equal("Gordon Hale", SpeakerOf(a, "I have been a man who wins"));
    }

    // Where the sentence before opens with one man and names another, or the pronoun is of the other gender than the
    // only person named, "He said:" may be someone else: no speaker.
    [Fact]
    public void He_said_before_a_quotation_stays_unattributed_where_someone_else_may_be_meant()
    {
        var a = QuoteRuleTests.Analyze(
            "Two walkers were rescued from the ridge on Saturday.\n\n" +
            "The team was led by Gareth Pryce while Tom Ellis waited at the road below.\n\n" +
            "He said: “The last stretch of scree is loose even on a dry summer day.”",
            "The debate moved online on Sunday.\n\n" +
            "Nadia Fenwick posted her first message shortly after midnight.\n\n" +
            "He said: “Nobody gets to rank what happened to other women.”");
        Assert.Null(SpeakerOf(a, "The last stretch of scree"));
        Assert.Null(SpeakerOf(a, "Nobody gets to rank"));
    }

    // Modelled on a magazine's oral history ("And Jon was not happy. He said, “…”", where the story also names "The
    // Jon Stewart Show") and a TV site's recap (a host named once by first name beside "The Dana Ross Hour").
    [Fact]
    public void A_first_name_is_not_completed_to_a_programme_named_after_the_person()
    {
        var a = QuoteRuleTests.Analyze(
            "After The Marty Klein Show was cancelled, Marty Klein went back to stand-up.\n\n" +
            "The first pieces aired in the spring. And Marty was not happy. He said, “Our targets are the wrong people and we need to aim higher.”",
            "Before The Dana Ross Hour ended, Dana Ross had already signed for a film.\n\n" +
            "The premiere went badly. Dana was furious. She said, “Nobody on this set read the script before we started shooting.”");
        Assert.Equal("Marty Klein", SpeakerOf(a, "Our targets are the wrong people"));
        Assert.Equal("Dana Ross", SpeakerOf(a, "Nobody on this set read the script"));
    }
}
