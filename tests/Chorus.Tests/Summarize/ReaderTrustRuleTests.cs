using Chorus.Clean;
using Chorus.Evaluate;
using Chorus.Ingest;
using Chorus.Link;
using Chorus.Segment;
using Chorus.Summarize;
using static Chorus.Tests.InventedCluster;

namespace Chorus.Tests.Summarize;

/// <summary>Issue 13's reading of dev summaries: the lines a reader calls furniture or fragments, in the shapes
/// different outlets give them (sentences written for these tests), and the reporting that must still pass.</summary>
public class ReaderTrustRuleTests
{
    [Theory]
    // A picture the reader cannot see (a wire caption, a magazine caption).
    [InlineData("The moon turns a deep red in this image of the 2011 eclipse over Madrid.", true)]
    [InlineData("A surgeon checks a patient before an operation in Lyon, France in this file photo taken March 3, 2014.", true)]
    [InlineData("FILE - This May 2, 2009, file photo shows the front of the old city library in Dayton, Ohio.", true)]
    [InlineData("Deputy Sam Ortiz is pictured with the school's principal after an award ceremony in Akron.", true)]
    [InlineData("The bear that entered the village.[Photo/Valley Daily]", true)]
    [InlineData("Rescuers carry a child from the rubble (Photo: Ana Ruiz/The Ledger).", true)]
    [InlineData("County Sheriff's Office via AP", true)]
    [InlineData("Jane Holt via Getty Images", true)]
    // A photo widget's label left on the caption (two publishers' widgets).
    [InlineData("Buy Photo Workers cover the old sign above the hall on Monday.", true)]
    [InlineData("View Images Long ago the two planets held the same share of heavy water.", true)]
    [InlineData("i itoggle caption Ann Bay/The Courier Ann Bay/The Courier", true)]
    [InlineData("Sept. 12, 2015 Maria Lopez of Tacoma shouts at council members outside City Hall.", true)]
    [InlineData("June 3, 2011 Firefighters hose down the warehouse roof in Gary.", true)]
    [InlineData("Senator Ann Bay greets supporters after a rally, Saturday, Oct. 8, 2016, in Dover, Del.", true)]
    [InlineData("Farmers block the highway with tractors in Lille, France Tuesday March 6, 2018.", true)]
    [InlineData("The guarded gate of the barracks in Omagh, Friday, June, 3 2016.", true)]
    [InlineData("The university said on Monday, Aug. 15, 2016, that it would rename the hall.", false)]
    // Credits and editors' notes.
    [InlineData("Reporting by Tom Lee; Editing by Ann Bay", true)]
    [InlineData("Staff writer Ann Bay contributed to this report.", true)]
    [InlineData("coordinator and live comment: astronomer Paolo Verdi (Sky Watch Project, Italy).", true)]
    [InlineData("Host and producer: Lena Park (Morning Radio).", true)]
    [InlineData("Update, 3 May: The court has since changed the order described in this story.", true)]
    [InlineData("Editor's note: An earlier version of this story misstated the mayor's age.", true)]
    [InlineData("Signs and symptoms [ edit ]", true)]
    [InlineData("History [edit]", true)]
    // A headline run into its dateline.
    [InlineData("Parking App Tracks Drivers, Man Says FRESNO, Calif.", true)]
    [InlineData("Town Votes To Close Its Last School DANVILLE, Ill. (AP)", true)]
    // Pointers elsewhere on the web.
    [InlineData("Read or share this story: https://example.org/a1b2", true)]
    [InlineData("More details are at www.example.net for readers.", true)]
    [InlineData("Tips can be sent to newsdesk@example.com by Friday.", true)]
    [InlineData("Follow the reporter on Twitter at @janedoe for updates.", true)]
    // Reporting that mentions pictures, credits, updates or a movement's hashtag is reporting.
    [InlineData("The #MeToo movement gained new supporters in Hollywood on Monday.", false)]
    [InlineData("Police released a photo of the suspect on Tuesday and asked the public for help.", false)]
    [InlineData("The newspaper's reporting by its Moscow bureau won a prize in 2015.", false)]
    [InlineData("The company will update its software next month, a spokeswoman said.", false)]
    [InlineData("She posted a photo of herself training on a court in Florida.", false)]
    [InlineData("WASHINGTON (AP) — The Senate passed the bill on Friday.", false)]
    public void Captions_credits_and_editors_notes_inside_a_paragraph_are_furniture(string sentence, bool furniture) =>
        Assert.Equal(furniture, FurnitureSentence.IsFurniture(sentence));

    [Theory]
    // An op-ed's, a press release's, a blog's and a policy's own voice.
    [InlineData("We believe the ruling protects every one of our members.", true)]
    [InlineData("The group is suing the men for damaging the otherwise spotless name of our Fraternity.", true)]
    [InlineData("In 2016 I set out in April on a six-month walk along the trail.", true)]
    [InlineData("I've covered every product launch the company has held since 1998.", true)]
    [InlineData("Sure he is rich, but without our help his talent will go to waste.", true)]
    [InlineData("We probably all saw this coming after last week's broadcast.", true)]
    [InlineData("The service records what you watch and when you watch it.", true)]
    [InlineData("As the singer has told us again and again, he is the greatest artist alive.", true)]
    [InlineData("The mayor has told me twice that the bridge will open.", true)]
    [InlineData("Maintaining strong ties with customers is a crucial part of your business.", true)]
    // Quoted, reported with its speaker, numerals, names, and the first person of everyone.
    [InlineData("“We will rebuild the harbor before winter,” the mayor said.", false)]
    [InlineData("Mayor Rita Solberg: \"We will rebuild the harbor.\"", false)]
    [InlineData("We will appeal the verdict, the company said in a statement.", false)]
    [InlineData("The plant has been closed since World War I ended in 1918.", false)]
    [InlineData("The crash closed I-95 near Baltimore for six hours.", false)]
    [InlineData("Phase I trials of the vaccine began in March.", false)]
    [InlineData("Astronomers say a ninth planet may orbit far beyond Pluto in our solar system.", false)]
    [InlineData("The probe will fly closer to our sun than any spacecraft before it.", false)]
    [InlineData("The US and Canada signed the treaty on Monday.", false)]
    [InlineData("Twelve miners were trapped when the mine flooded.", false)]
    public void A_first_or_second_person_outside_quotation_marks_is_an_outlets_voice(string text, bool voice) =>
        Assert.Equal(voice, UnquotedVoice.Speaks(text));

    [Theory]
    [InlineData("Well, I would not agree with that.", true)]
    [InlineData("Yes, it was the biggest crowd the stadium has seen.", true)]
    [InlineData("No, the council never voted on the plan.", true)]
    [InlineData("\"Absolutely, we will be back next year,\" Smith said.", true)]
    [InlineData("No. 1 seed Jane Holt lost in the second round on Monday.", false)]
    [InlineData("No one was hurt in the fire, officials said.", false)]
    [InlineData("Wellington police closed the road on Sunday.", false)]
    public void A_reply_leans_on_a_question_the_reader_did_not_see(string text, bool reply) =>
        Assert.Equal(reply, StandAloneCheck.AnswersUnseenQuestion(text));

    [Theory]
    [InlineData("“But the crew kept every passenger calm,” Reiner said.", true)]
    [InlineData("\"And we will be back next season,\" coach Ann Bay said.", true)]
    [InlineData("“This bridge is for everyone who missed the last ferry,” she said.", false)]
    [InlineData("“Butter prices doubled in a year,” the baker said.", false)]
    [InlineData("But the bridge stayed closed.", false)]
    public void A_quotation_opening_on_a_connective_continues_words_the_reader_did_not_see(string text, bool leans) =>
        Assert.Equal(leans, StandAloneCheck.QuotationLeansBack(text));

    [Theory]
    [InlineData("Jon Reyes (The Late Hour host, 1999-2015):", true)]
    [InlineData("Here's what the governor said:", true)]
    [InlineData("The advertisers were listed in a memo that named other hosts:", true)]
    [InlineData("Details of every button you press on the remote;", true)]
    [InlineData("The university said on Monday that it will pay $1.2 million to the group...", true)]
    [InlineData("The council leader is still…", true)]
    [InlineData("She replied that he should accept the rule…..", true)]
    [InlineData("Keilar: \"You say it is not a shake-up, but you are down —\"", true)]
    [InlineData("The bridge reopened on Friday.", false)]
    [InlineData("\"We are ready,\" she said.", false)]
    [InlineData("The vote was 5-4, with one abstention.", false)]
    public void A_unit_that_ends_open_announces_or_continues_text_the_reader_is_not_shown(string text, bool open) =>
        Assert.Equal(open, StandAloneCheck.EndsOpen(text));

    [Theory]
    [InlineData("Facial features of a child with the syndrome", true, false, false, false)]
    [InlineData("Mayor says the bridge will reopen", true, false, false, false)]
    [InlineData(". in question on behalf of the agency, and its deputy signed one.", false, true, false, false)]
    [InlineData("and the bridge stayed closed for a week.", false, true, false, false)]
    [InlineData("iPhone sales rose 5 percent in the quarter.", false, false, false, false)]
    [InlineData("eBay shares fell on Tuesday.", false, false, false, false)]
    [InlineData("(That is a tiny share of the total debt.)", false, false, true, false)]
    [InlineData("[Related: How to watch the eclipse]", false, false, true, false)]
    [InlineData("(AP) — The bridge reopened on Friday.", false, false, false, false)]
    [InlineData("How does the ruling relate to the base?", false, false, false, true)]
    [InlineData("Has his time in prison changed him?", false, false, false, true)]
    [InlineData("“Why now?” she asked.", false, false, false, false)]
    public void Headlines_cut_pieces_asides_and_an_outlets_questions_are_not_sentences_of_the_story(string text, bool noEnding, bool midSentence, bool aside, bool question) =>
        Assert.Equal((noEnding, midSentence, aside, question),
            (StandAloneCheck.LacksEnding(text), StandAloneCheck.StartsMidSentence(text), StandAloneCheck.IsAside(text), StandAloneCheck.AsksQuestion(text)));



    private static int IndexOf(LinkedCluster c, string start) =>
        Enumerable.Range(0, c.Sentences.Count).Single(i => c.Sentences[i].Text.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public void The_filter_keeps_reporting_and_drops_what_a_reader_would_call_furniture_or_a_fragment()
    {
        var c = Linked(
            Doc("ledger",
                "A storm flooded the harbor district of Port Aden on Tuesday, forcing 300 families from their homes.",
                "Rescuers worked through the night. The harbor in Port Aden is seen here after the water receded on Wednesday. We believe the city ignored every warning about the seawall.",
                "Harbor master Lena Park (port authority, 2004-2019):",
                "Well, nobody expected the water to rise that fast."),
            Doc("courier",
                "Floodwater forced hundreds of families from the harbor district of Port Aden on Tuesday.",
                "The city council will meet on Friday to discuss repairs to the seawall. How did the seawall fail?",
                "Reporting by Tom Lee; Editing by Ann Bay"));
        var filter = new CandidateFilter(c);
        Assert.NotNull(filter.UnitOf(IndexOf(c, "A storm flooded")));
        Assert.NotNull(filter.UnitOf(IndexOf(c, "The city council will meet")));
        Assert.Null(filter.UnitOf(IndexOf(c, "The harbor in Port Aden is seen here")));
        Assert.Null(filter.UnitOf(IndexOf(c, "We believe")));
        Assert.Null(filter.UnitOf(IndexOf(c, "Harbor master Lena Park")));
        Assert.Null(filter.UnitOf(IndexOf(c, "How did the seawall")));
        Assert.True(filter.UnitOf(IndexOf(c, "Well, nobody"))!.NeedsPrevious);
        Assert.DoesNotContain(Enumerable.Range(0, c.Sentences.Count), i => c.Sentences[i].Text.StartsWith("Reporting by", StringComparison.Ordinal) && filter.IsCandidate(i));
    }

    [Theory]
    [InlineData("The harbor is seen here after the water receded.", true, false, false)]
    [InlineData("Reporting by Tom Lee; editing by Ann Bay.", true, false, false)]
    [InlineData("Well, nobody expected the water to rise that fast.", false, true, false)]
    [InlineData("Here's what the governor said:", false, true, false)]
    [InlineData("We believe the city ignored every warning.", false, false, true)]
    [InlineData("The council will meet on Friday.", false, false, false)]
    public void Trust_metrics_count_the_new_classes(string text, bool furniture, bool dangling, bool voice)
    {
        var m = SummaryTrustMetrics.Of(new Summary("t", Budget.Default, [new SummarySentence(text, ["a"], 0)]));
        Assert.Equal((furniture, dangling, voice), (m.Furniture == 1, m.Dangling == 1, m.UnquotedVoice == 1));
    }
}
