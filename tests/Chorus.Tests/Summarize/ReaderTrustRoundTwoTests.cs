using Chorus.Clean;
using Chorus.Evaluate;
using Chorus.Link;
using Chorus.Summarize;
using static Chorus.Tests.InventedCluster;

namespace Chorus.Tests.Summarize;

/// <summary>Issue 13's second reading of dev summaries (session 7): transcript turns and table rows, text in capitals,
/// commands to the reader, pointers to the page, pronoun subjects nothing names, and speaker labels that named the
/// speaker twice. Sentences written for these tests in the shapes different outlets gave them.</summary>
public class ReaderTrustRoundTwoTests
{
    [Theory]
    // Transcript turns: an interview in initials, a talk show in full capitals, a cable exchange by surname.
    [InlineData("MB: The outer planets have barely been disturbed since they formed.", true)]
    [InlineData("JT: Right.", true)]
    [InlineData("JANE ROSS: The show was not on anybody's radar back then.", true)]
    [InlineData("Hale: \"Says who? Says who?\"", true)]
    // Rows of a table or a glossary, and a page's labels.
    [InlineData("Severe: Height and weight under the 3rd percentile.", true)]
    [InlineData("High Risk: Confirmed exposure at least weekly in early pregnancy.", true)]
    [InlineData("Source: Lee K, Park J, et al. Outcomes of Early Screening.", true)]
    [InlineData("TRAILER: Get a first look at the new adaptation.", true)]
    // Sentences with a colon later on, an inverted attribution, a clock time.
    [InlineData("Says Ortiz: \"He saw it as a chance to build something.\"", false)]
    [InlineData("The mayor had one message for residents: stay indoors.", false)]
    [InlineData("At 10:30 a.m. the bridge reopened to traffic.", false)]
    [InlineData("The council voted 5-4 on Monday.", false)]
    public void A_line_opening_on_a_label_is_a_transcript_turn_or_a_table_row(string text, bool label) =>
        Assert.Equal(label, StandAloneCheck.OpensOnLabel(text));

    [Theory]
    [InlineData("NEW AT SIX, A COUNTY MOTHER IS ACCUSED OF KEEPING HER BABY FROM A DOCTOR.", true)]
    [InlineData("“I NEVER THOUGHT THE SHOW WOULD LAST A YEAR,” SAYS THE HOST OF THE PROGRAM.", true)]
    [InlineData("NASA and the FBI released the report on Friday.", false)]
    [InlineData("The USA beat the UK in the NATO-sponsored AI contest.", false)]
    public void Text_in_capitals_shouts(string text, bool shouts) =>
        Assert.Equal(shouts, StandAloneCheck.Shouts(text));

    [Theory]
    // Ad copy, page prompts and imperative ledes from a blog, a magazine, a science site and a tabloid.
    [InlineData("Don't look for the singer in any of this year's halftime commercials.", true)]
    [InlineData("Don’t call it the Solar Explorer anymore.", true)]
    [InlineData("Do not miss our full coverage of the election.", true)]
    [InlineData("Learn how sleep loss may change the bacteria in your gut.", true)]
    [InlineData("Vote up the best of the strangest fundraisers on the web!", true)]
    [InlineData("Sign up for the morning newsletter.", true)]
    [InlineData("Watch the video of the rescue.", true)]
    // A subject before the verb, a quoted command, a film's title.
    [InlineData("Watch groups said the vote was fair.", false)]
    [InlineData("Share prices fell 4 percent on Tuesday.", false)]
    [InlineData("“Don't open the door,” the officer told the family.", false)]
    [InlineData("Get Out won the award for best screenplay.", false)]
    [InlineData("Leave it to the champion to return to the court in style.", true)]
    [InlineData("So, don't wait and apply for the card today.", true)]
    [InlineData("Read Holdings said it would close two plants.", false)]
    [InlineData("Leave policies at the firm were changed in May.", false)]
    public void A_command_to_the_reader_is_an_outlets_voice(string text, bool command) =>
        Assert.Equal(command, UnquotedVoice.Speaks(text));

    [Theory]
    [InlineData("Read part of the senator's conversation with the host below.", true)]
    [InlineData("The result looked like a dream of the city (see video below).", true)]
    [InlineData("Each system scores the four key features of the syndrome, described below.", true)]
    [InlineData("The full statement from the club is embedded above.", true)]
    // An editor's note about the piece itself (a science magazine's, a newspaper's correction).
    [InlineData("The Journal has learned that the court ruling mentioned in this story has since been amended.", true)]
    [InlineData("The date was given wrongly in an earlier version of this article.", true)]
    [InlineData("She wrote to the station to question two points in this story.", true)]
    [InlineData("The senator told the story of his first campaign.", false)]
    [InlineData("Temperatures fell to 20 degrees below.", false)]
    [InlineData("The plane circled above.", false)]
    public void A_pointer_to_what_the_page_shows_is_furniture(string text, bool furniture) =>
        Assert.Equal(furniture, FurnitureSentence.IsFurniture(text));

    [Theory]
    // After an opening phrase that names no one (a profile, an obituary, a celebrity story).
    [InlineData("In the same statement, he apologized to the actor's family.", true)]
    [InlineData("In 2005, he raised a $1.3 billion fund, his largest yet.", true)]
    [InlineData("After leaving the law, she worked as a cook in private houses.", true)]
    [InlineData("In September, he explained how the disease was found.", true)]
    [InlineData("Speaking in a weak voice, he asked the judge to speed his transfer.", true)]
    [InlineData("Months later, he returned to the set for reshoots.", true)]
    [InlineData("Of her plan to skip the awards, she said: \"I told my agent no this year.\"", true)]
    // What a group says or believes of someone named before (two crime stories).
    [InlineData("Police believe he shot two neighbors early Sunday.", true)]
    [InlineData("Authorities say she drove the car into the river.", true)]
    // Named in the sentence, a pronoun in the phrase, or a group speaking of itself.
    [InlineData("After Smith lost the vote, he resigned.", false)]
    [InlineData("When he was 12, John Hale moved to Ohio.", false)]
    [InlineData("Police said they arrested a man on Monday.", false)]
    [InlineData("In the end, it was the weather that closed the pass.", false)]
    [InlineData("Police believe Jane Hale shot two neighbors.", false)]
    public void A_pronoun_subject_nothing_in_the_sentence_names_leans_on_the_sentence_before(string text, bool leans) =>
        Assert.Equal(leans, StandAloneCheck.PronounWithoutReferent(text));

    [Theory]
    [InlineData("\"The crew was never in danger,\" he said.", "Josh Lee", "\"The crew was never in danger,\" [Josh Lee] said.")]
    [InlineData("“Why does anyone care?” she wrote in a post.", "Ann Bay", "“Why does anyone care?” [Ann Bay] wrote in a post.")]
    // Verbs of saying beyond "said": a state broadcaster's curly marks and a wire story's straight ones.
    [InlineData("“The channel will see this case through to the end,” he emphasized.", "Omid Farsi", "“The channel will see this case through to the end,” [Omid Farsi] emphasized.")]
    [InlineData("\"Nobody on the crew had trained for a fire below deck,\" she warned.", "Lena Ortiz", "\"Nobody on the crew had trained for a fire below deck,\" [Lena Ortiz] warned.")]
    public void A_pronoun_attribution_takes_the_speaker_marked_as_added(string text, string speaker, string shown) =>
        Assert.Equal(shown, StandAloneCheck.NamePronounSpeaker(text, speaker));

    [Theory]
    [InlineData("\"This is where the council has to act,\" she said Wednesday at a budget hearing.")]
    [InlineData("\"We will rebuild every house,\" he said Monday night in a televised address.")]
    [InlineData("\"Nobody warned us about the flooding,\" she told CNN.")]
    [InlineData("\"The deal is done,\" he told Reuters on Friday.")]
    public void A_day_or_a_listener_after_the_verb_does_not_name_the_speaker(string text) =>
        Assert.True(StandAloneCheck.HasPronounSpeakerOnly(text));

    [Theory]
    [InlineData("\"It is over,\" Smith said. \"We move on,\" he added.")]
    [InlineData("\"We lost everything,\" said Ana Ruiz. \"Now we wait,\" she said Tuesday.")]
    public void A_name_beside_the_verb_still_names_the_speaker(string text) =>
        Assert.False(StandAloneCheck.HasPronounSpeakerOnly(text));

    [Theory]
    [InlineData("— A quick-thinking dispatcher is credited with saving a woman locked in a car trunk.", "A quick-thinking dispatcher")]
    [InlineData("Charlottesville, VA - Monday, a judge heard evidence in the case.", "Monday, a judge")]
    [InlineData("Green Bay, WI — The team signed its rookie quarterback on Friday.", "The team signed")]
    public void What_a_lost_dateline_leaves_before_the_lead_is_taken_out(string paragraph, string keptStart)
    {
        var stripped = new OrphanDashFragmentRule().Strip(paragraph);
        Assert.NotNull(stripped);
        Assert.StartsWith(keptStart, stripped.Value.Kept);
    }

    [Theory]
    [InlineData("- On October 21 the agency sought a court order.")]
    [InlineData("-- Jane Doe")]
    [InlineData("Smith, CA - the senator's office said nothing.")]
    [InlineData("The vote — the first in a decade — passed.")]
    public void A_bullet_a_signature_or_a_dash_inside_a_sentence_stays(string paragraph) =>
        Assert.Null(new OrphanDashFragmentRule().Strip(paragraph));

    [Theory]
    // A live blog's item and a video caption run straight into a bracket; a sentence with a credit after its stop, or
    // an aside with its own stop, ends.
    [InlineData("3:53 P.M. Rocket sirens sound in the south (Ann Bay)", true)]
    [InlineData("Footage from the network's 2000 election coverage (with Jane Ross)", true)]
    [InlineData("1)", true)]
    [InlineData("The arms were handed to inspectors, the agency said.(Reuters, AFP)", false)]
    [InlineData("(That is a tenth of the total.)", false)]
    [InlineData("The bridge reopened on Friday (the second time this year).", false)]
    public void A_line_running_into_a_bracket_without_a_stop_lacks_an_ending(string text, bool lacks) =>
        Assert.Equal(lacks, StandAloneCheck.LacksEnding(text));

    [Theory]
    [InlineData("•The number of obese adults rose from 857 million in 1980.", "The number of obese adults")]
    [InlineData("● Police closed the road for six hours.", "Police closed the road")]
    public void A_bullet_glued_to_its_item_is_taken_out(string paragraph, string kept) =>
        Assert.Equal(kept, new BulletFragmentRule().Strip(paragraph)?.Kept[..kept.Length]);

    [Fact]
    public void A_paragraph_without_a_bullet_is_left_alone() =>
        Assert.Null(new BulletFragmentRule().Strip("The price rose 5 percent • a record."));

    [Theory]
    // A government memo's and a court filing's hard-wrapped lines.
    [InlineData("The court approved the order on the adviser. Mr. Hale is a", true)]
    [InlineData("where both showed a clear bias against the candidate and in favor of", true)]
    [InlineData("The agency met with several reporters and", true)]
    // Headlines and whole sentences.
    [InlineData("Mayor says the bridge will reopen", false)]
    [InlineData("The bridge reopened on Friday.", false)]
    [InlineData("Senate passes the budget", false)]
    [InlineData("The agency's plan to send a probe closer to the sun than ever before", false)]
    [InlineData("Governor weighs in", false)]
    public void A_line_ending_on_a_word_that_needs_the_next_breaks_off_mid_sentence(string text, bool breaks) =>
        Assert.Equal(breaks, StandAloneCheck.BreaksOffMidSentence(text));

    [Fact]
    public void The_rest_of_a_hard_wrapped_sentence_is_not_a_candidate()
    {
        var c = Linked(Doc("memo",
            "The committee released the memo on Friday after a long fight with the agency.",
            "The court approved surveillance of the adviser. Mr. Hale is a",
            "US citizen who served as an unpaid adviser to the campaign.",
            "The agency objected to the release."));
        var filter = new CandidateFilter(c);
        Assert.Null(filter.UnitOf(IndexOf(c, "US citizen")));
        Assert.NotNull(filter.UnitOf(IndexOf(c, "The agency objected")));
    }

    [Theory]
    // A memo story and a university's renaming story, and a crime story's aftermath.
    [InlineData("The agency and the department had lobbied hard against its release.", true)]
    [InlineData("Chancellor Ann Bay made the announcement Monday, ending a long effort to rename the hall.", true)]
    [InlineData("Witnesses said both men had been drinking before the incident.", true)]
    // The sentence completes the description, or tells the event itself.
    [InlineData("The agency had lobbied hard against the release of the memo.", false)]
    [InlineData("The gunman was killed after the attack that left nine dead at the college.", false)]
    [InlineData("The university announced on Monday that it will rename the hall.", false)]
    public void An_event_named_only_by_a_description_told_earlier_cannot_open_a_summary(string text, bool points)
    {
        Assert.Equal(points, UnseenReferent.Points(text));
        Assert.Equal(points, UnnamedSubject.Opens(text));
    }

    private static int IndexOf(LinkedCluster c, string start) =>
        Enumerable.Range(0, c.Sentences.Count).Single(i => c.Sentences[i].Text.StartsWith(start, StringComparison.Ordinal));

    /// <summary>A local station's question lead and a paper's: the sentence after the question seeks its answer without
    /// saying what it is, so it goes only after the question; the same verbs with their own object stand alone.</summary>
    [Fact]
    public void A_sentence_seeking_the_answer_to_the_question_before_it_leans_on_the_question()
    {
        var c = Linked(
            Doc("station",
                "Was it a break-in or a quarrel between neighbours?",
                "Detectives on Monday were trying to find out as they searched the house on Elm Street for clues.",
                "The owner, a retired teacher, was found in the garden by his son."),
            Doc("paper",
                "What started the warehouse fire?",
                "Fire investigators said they hoped to determine that by the end of the week.",
                "Investigators want to find out whether the alarm worked, the chief said.",
                "The warehouse stored paint and timber for a building firm."));
        var filter = new CandidateFilter(c);
        Assert.True(filter.UnitOf(IndexOf(c, "Detectives on Monday"))!.NeedsPrevious);
        Assert.True(filter.UnitOf(IndexOf(c, "Fire investigators said"))!.NeedsPrevious);
        Assert.False(filter.UnitOf(IndexOf(c, "Investigators want to find out whether"))!.NeedsPrevious);
        Assert.False(StandAloneCheck.SeeksAnswerToQuestionBefore("Detectives were trying to find out as they searched the house.", "The house was empty."));
    }

    [Fact]
    public void The_filter_names_a_pronoun_speaker_once_and_drops_turns_commands_and_capitals()
    {
        var c = Linked(
            Doc("ledger",
                "A pump on the station's cooling loop shut down on Wednesday, the agency said.",
                "Agency spokesman Tom Reyes said the crew had followed the checklist. \"The crew was never at any risk,\" he said.",
                "Don't expect a spacewalk before next week.",
                "Reyes: \"We have a plan. We have a team on it.\""),
            Doc("courier",
                "NEW TONIGHT, A PUMP ON THE SPACE STATION HAS FAILED AND THE CREW IS WORKING ON IT.",
                "A cooling pump on the space station failed on Wednesday.",
                "In a briefing, he said the repair could take a week."));
        var filter = new CandidateFilter(c);
        var named = filter.UnitOf(IndexOf(c, "\"The crew was never"));
        Assert.NotNull(named);
        Assert.Null(named.AddedSpeaker);
        Assert.Contains("[Tom Reyes] said", named.Text);
        Assert.False(named.NeedsPrevious);
        Assert.Null(filter.UnitOf(IndexOf(c, "Don't expect")));
        Assert.Null(filter.UnitOf(IndexOf(c, "Reyes:")));
        Assert.Null(filter.UnitOf(IndexOf(c, "NEW TONIGHT")));
        Assert.True(filter.UnitOf(IndexOf(c, "In a briefing, he"))!.NeedsPrevious);
        Assert.NotNull(filter.UnitOf(IndexOf(c, "A cooling pump")));
    }

    /// <summary>A speaker label goes before a quotation, not before narration that introduces one without saying who
    /// speaks ("Chaney: The photo was captioned: “…”", where the speaker came from another outlet's telling of the same
    /// words): such a unit is left out, as one with no speaker is; the outlet that names the speaker is shown instead.</summary>
    [Theory]
    [InlineData("Actress Mara Quinn posted two pictures of her son on Monday. The picture was captioned: “not in front of my kids, not now and not ever.”",
        "“Not in front of my kids, not now and not ever,” Quinn joked in the comments.")]
    [InlineData("Mayor Ana Ruiz spent the weekend at the flooded market. Her post on Sunday was headed: \"We will rebuild every stall, and we will do it together.\"",
        "\"We will rebuild every stall, and we will do it together,\" Ruiz wrote on Sunday.")]
    public void Narration_that_introduces_a_quotation_takes_no_speaker_label(string introduced, string attributed)
    {
        var c = Linked(
            Doc("ledger", introduced),
            Doc("courier", "A local figure drew attention on social media this week.", attributed));
        var filter = new CandidateFilter(c);
        Assert.Null(filter.UnitOf(IndexOf(c, introduced[(introduced.IndexOf(". ") + 2)..][..12])));
        Assert.NotNull(filter.UnitOf(IndexOf(c, attributed[..12])));
    }

    /// <summary>"…,” he emphasized." is attributed by its pronoun: the speaker goes in the pronoun's place, not in a label
    /// before a quotation that goes on to say "he emphasized" (which read "Name: “…,” he emphasized.").</summary>
    [Theory]
    [InlineData("Channel director Omid Farsi spoke at the funeral on Sunday.", "“The channel will see this case through to the end,” he emphasized.", "[Omid Farsi] emphasized")]
    [InlineData("Harbor captain Lena Ortiz met families at the pier.", "\"Nobody on the crew had trained for a fire below deck,\" she warned.", "[Lena Ortiz] warned")]
    public void A_pronoun_with_any_verb_of_saying_takes_the_speaker_in_its_place(string before, string quotation, string shown)
    {
        var c = Linked(
            Doc("ledger", "A fire broke out below deck on a ferry on Saturday, officials said.", before, quotation),
            Doc("courier", "A ferry caught fire on Saturday, and all passengers were brought ashore."));
        var unit = new CandidateFilter(c).UnitOf(IndexOf(c, quotation[..12]));
        Assert.NotNull(unit);
        Assert.Null(unit.AddedSpeaker);
        Assert.Contains(shown, unit.Text);
    }

    [Theory]
    [InlineData("NEW TONIGHT, A PUMP ON THE STATION HAS FAILED AND THE CREW IS ON IT.", true, false, false)]
    [InlineData("JT: The outer planets have barely been disturbed.", false, true, false)]
    [InlineData("Police believe he shot two neighbors early Sunday.", false, true, false)]
    [InlineData("Don't look for the singer in any halftime commercials.", false, false, true)]
    [InlineData("Read part of the conversation below.", true, false, false)]
    [InlineData("“How did the lake lose its water?\uFFFD? said the lead scientist.”", true, false, false)]
    public void Trust_metrics_count_the_second_readings_classes(string text, bool furniture, bool dangling, bool voice)
    {
        var m = SummaryTrustMetrics.Of(new Summary("t", Budget.Default, [new SummarySentence(text, ["a"], 0)]));
        Assert.Equal((furniture, dangling, voice), (m.Furniture == 1, m.Dangling == 1, m.UnquotedVoice == 1));
    }

    [Theory]
    [InlineData("Garner continued: \"Even as far as the next election?\"", false)]
    [InlineData("Hale responded, “I never saw the letter before today.”", false)]
    [InlineData("“I remember every night on that set,” recalled Ortiz.", false)]
    [InlineData("“I never saw the letter before today and I will not resign.”", true)]
    public void A_named_speaker_with_any_verb_of_speaking_is_a_speaker_the_reader_sees(string text, bool speakerless) =>
        Assert.Equal(speakerless, SummaryTrustMetrics.IsSpeakerless(new SummarySentence(text, ["a"], 0)));
}
