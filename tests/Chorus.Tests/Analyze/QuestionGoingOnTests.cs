using static Chorus.Tests.Analyze.QuoteSpeakers;

namespace Chorus.Tests.Analyze;

/// <summary>
/// A quotation ending in "?" whose speaker is said to go on or to tell it ("“…?” Palin told Fox. “…”", "“…?” Ariel
/// continued. “…”") is a question the speaker asks and answers: the quotation after it is still theirs. A question
/// asked of someone, or one followed only by "said", may be answered by someone else. Sentences written for the test
/// in the style of the outlets where the pattern was seen (named in each test); none is article text.
/// </summary>
public class QuestionGoingOnTests
{
    // Modelled on a wire story of a politician on a cable channel ("“…?” Palin told Fox. “…”") and an entertainment
    // site's write-up of an actress's post ("“…?” Ariel continued. “…”", where the story names her in full).
    [Fact]
    public void A_quotation_after_a_question_its_speaker_told_or_continued_goes_on_with_that_speaker()
    {
        var a = QuoteRuleTests.Analyze(
            "The former governor weighed in on the scandal on Thursday.\n\n" +
            "\"Who exactly is minding the store around here these days?\" Loretta Vance told Fox. \"The president had better be wary of who guards his family.\"",
            "The actress Mara Quill answered her critics on Instagram on Thursday evening.\n\n" +
            "“Why can't everyone let others dress the way they like?” Mara continued. “Wear whatever you want to the panel, people!”");
        Assert.Equal("Loretta Vance", SpeakerOf(a, "The president had better be wary"));
        Assert.Equal("Mara Quill", SpeakerOf(a, "Wear whatever you want"));
    }

    // A question the host asked of a guest, or one only "said", is followed by the answer, which may be the guest's.
    [Fact]
    public void A_quotation_after_a_question_asked_of_someone_gets_no_speaker_from_the_asker()
    {
        var a = QuoteRuleTests.Analyze(
            "The interview aired on Sunday morning.\n\n" +
            "\"Did you see the car before it hit the wall?\" host Jake Rourke asked the witness. \"I saw it coming down the hill far too fast.\"",
            "The hearing resumed on Monday.\n\n" +
            "“Were you at home that whole night?” prosecutor Ella Strand said. “I was at home with my wife and my two sons.”");
        Assert.Null(SpeakerOf(a, "I saw it coming down the hill"));
        Assert.Null(SpeakerOf(a, "I was at home with my wife"));
    }
}
