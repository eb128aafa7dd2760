using Chorus.Analyze;
using Chorus.Clean;
using Chorus.Ingest;
using Chorus.Link;
using Chorus.Segment;

namespace Chorus.Tests.Analyze;

/// <summary>
/// Each quote rule on sentences written for the test, modelled on at least two clusters or outlets where the
/// pattern was seen (named in each test); none is article text.
/// </summary>
public class QuoteRuleTests
{
    /// <summary>Analyses one document per body. Each gets a closing paragraph of plain reporting, so that a short
    /// test body is still long enough to count as an article.</summary>
    public static ClusterAnalysis Analyze(params string[] bodies)
    {
        const string closing = "Residents can send their questions to the town office before the next public meeting, by letter or in person, and officials have promised written answers to every one of them within a few weeks.";
        var docs = bodies.Select((b, i) => new SourceDocument($"d{i + 1}", $"d{i + 1}", null, null, null, null, null, [.. b.Split("\n\n"), closing])).ToList();
        return new ClusterAnalyzer().Analyze(new SentenceLinker().Link(Segmenter.Segment(new ArticleCleaner().Clean(docs))));
    }

    private static string? SpeakerOf(ClusterAnalysis analysis, string start) =>
        Assert.Single(analysis.Quotes, q => q.Text.StartsWith(start, StringComparison.Ordinal)).Speaker;

    // Modelled on a wire story of a summit (the French president's threat) and a court story (a lawyer on a verdict).
    [Fact]
    public void A_quotation_inside_reported_speech_goes_to_the_one_person_speaking_before_it()
    {
        var a = Analyze(
            "Mayor Ellen Kraus said on Monday that the flooding was a \"warning shot\" for the valley and \"would force us to rebuild every levee we own.\"\n\n" +
            "Mr. Okafor told the court that the verdict was \"a shameful day for the law of this state\" and left without comment.");
        Assert.Equal("Ellen Kraus", SpeakerOf(a, "would force us to rebuild"));
        Assert.Equal("Okafor", SpeakerOf(a, "a shameful day for the law"));
    }

    // Modelled on an entertainment story ("addressed the allegations, saying, …") and a science story ("…, adding: …").
    [Fact]
    public void A_participle_hands_the_quotation_to_the_subject_of_the_sentence()
    {
        var a = Analyze(
            "Lena Moretti addressed the rumours about the band on Friday, saying, \"We were never going to split up over this.\"\n\n" +
            "Harold Vance defended the survey in a long post, adding: \"Every one of these sites was measured twice.\"");
        Assert.Equal("Lena Moretti", SpeakerOf(a, "We were never going to split"));
        Assert.Equal("Harold Vance", SpeakerOf(a, "Every one of these sites"));
    }

    // Modelled on a summit story ("X defensively said (of the election), …") and a court story ("X said of the ruling: …").
    [Fact]
    public void An_adverb_or_an_aside_between_the_speaker_and_the_quotation_keeps_the_speaker()
    {
        var a = Analyze(
            "Governor Ruth Adler sharply said (of the budget), \"Do you think we cannot count the money ourselves?\"\n\n" +
            "Coach Dan Pryor said of the suspension: \"It is the wrong call and the league knows it.\"");
        Assert.Equal("Ruth Adler", SpeakerOf(a, "Do you think we cannot count"));
        Assert.Equal("Dan Pryor", SpeakerOf(a, "It is the wrong call"));
    }

    // Modelled on a debate remark quoted in a hacking story and a court dissent quoted in a death-penalty story.
    [Fact]
    public void A_pronoun_after_a_remark_by_someone_is_that_person()
    {
        var a = Analyze(
            "The report echoed a remark by Senator Mara Quist during a hearing in which he said of the leak: \"It could have been anyone at all in that building.\"\n\n" +
            "Lawyers cited a ruling by Judge Aaron Feld in which he said that the law \"now plainly violates the right to a fair trial.\"");
        Assert.Equal("Mara Quist", SpeakerOf(a, "It could have been anyone"));
        Assert.Equal("Aaron Feld", SpeakerOf(a, "now plainly violates"));
    }

    // Modelled on a space-station story ("…, NASA spokesman X said." then "…," he said) and a war story (a UN
    // official named with his office, a sentence about his agency, then "…," he said).
    [Fact]
    public void He_said_goes_back_to_the_named_speaker_across_sentences_about_him()
    {
        var a = Analyze(
            "The leak has forced a cutback in work on the station, agency spokesman Tom Ridley said.\n\n" +
            "\"The crew was never at any risk at any point,\" he said.",
            "However, Petra Lind, head of the relief agency, said more must be done to protect families.\n\n" +
            "Her agency has opened forty of its schools to people who fled.\n\n" +
            "\"People here have nowhere else to go,\" she said.",
            "Nora Bell was running a small bakery when she was discovered by a producer. She would laugh about her famous cakes.\n\n" +
            "\"It was all real butter and real cream,\" she said.");
        Assert.Equal("Tom Ridley", SpeakerOf(a, "The crew was never"));
        Assert.Equal("Petra Lind", SpeakerOf(a, "People here have nowhere"));
        Assert.Equal("Nora Bell", SpeakerOf(a, "It was all real butter"));
    }

    // Modelled on a 911-dispatcher story and an actress interview: a quotation of several sentences in one pair of
    // marks, with its attribution before, after or between the parts.
    [Fact]
    public void Quotations_across_sentences_and_around_their_attribution_keep_one_speaker()
    {
        var a = Analyze(
            "\"They found her. They have both of them. It is over now. I can finally go home,\" dispatcher Amy Cole recalled.\n\n" +
            "\"In the same way that people stood by us,\" Clara Voss said, \"we have to stand by them now.\"",
            "Clara Voss told the paper: \"I felt I had to say something. Most people never see this. It stays hidden.\"");
        var run = Assert.Single(a.Quotes, q => q.Text.StartsWith("They found her"));
        Assert.Contains("I can finally go home", run.Text);
        Assert.Equal("Amy Cole", run.Speaker);
        Assert.Equal("Clara Voss", SpeakerOf(a, "In the same way"));
        Assert.Equal("Clara Voss", SpeakerOf(a, "we have to stand by them"));
        Assert.Equal("Clara Voss", SpeakerOf(a, "I felt I had to say something"));
    }

    // Modelled on a Paris protest (a banner at a landmark) and a march story (placards), plus the titles of an
    // interview series and of a memoir.
    [Fact]
    public void Signs_banners_and_titles_are_not_speech()
    {
        var a = Analyze(
            "Before the meeting, two activists unfurled a banner with the words \"Stop the raids in our city\" outside the hall.\n\n" +
            "Marchers carried placards reading \"Homes not hotels for the workers\" down the avenue.\n\n" +
            "She spoke in an episode of \"Coffee With Joan Tate\" last week.",
            "His memoir \"The Long Road Back Home\" sold well, and he said, \"I never expected any of it to happen.\"");
        Assert.DoesNotContain(a.Quotes, q => q.Text.Contains("Stop the raids") || q.Text.Contains("Homes not hotels")
            || q.Text.Contains("Coffee With") || q.Text.Contains("Long Road Back"));
        Assert.Contains(a.Quotes, q => q.Text.StartsWith("I never expected"));
    }

    // Modelled on two wire stories where a paragraph opens with a stray mark that the outlet's own narration
    // "closes" on a single-quoted phrase.
    [Fact]
    public void Narration_between_stray_marks_is_not_a_quotation()
    {
        var a = Analyze(
            "\"The minister also said he fully supports the 'safe zone\" proposed by the envoy, who spoke after him.",
            "\"The coach later said he accepts the 'new rules\" agreed by the league on Monday.");
        Assert.Empty(a.Quotes);
    }

    // Modelled on the summit story (the quotation after "X noted Y told him …" is Y's side's line) and a court story.
    [Fact]
    public void A_quotation_after_a_sentence_that_reports_someone_else_is_not_the_first_speaker_going_on()
    {
        var a = Analyze(
            "\"We agreed to check on this regularly,\" Mayor Dana Holt noted Chief Ortiz told her the review had started. \"According to our files, there is no record of any complaint.\"",
            "\"The hearing went as planned,\" lawyer Sam Reyes said. \"We will appeal the ruling within the month.\"");
        Assert.NotEqual("Dana Holt", SpeakerOf(a, "According to our files"));
        Assert.Equal("Sam Reyes", SpeakerOf(a, "We will appeal the ruling"));
    }

    // Modelled on a celebrity story ("a spokesperson for X said he was …") and a station quoted as saying ("WXYZ says, …").
    [Fact]
    public void A_name_after_for_or_a_station_acronym_is_not_the_speaker()
    {
        var a = Analyze(
            "In March a spokesperson for Lars Dunne said he was \"taking the time he needs to get better.\"\n\n" +
            "KWTX says, \"The family was not at home when the roof came down.\"");
        Assert.Null(SpeakerOf(a, "taking the time he needs"));
        Assert.Null(SpeakerOf(a, "The family was not at home"));
    }

    // Modelled on a police-review story ("While X said "…", the review concluded "…"") and a casino-deal story
    // (a participle after "he dismissed …" belongs to him, not to the one asking before).
    [Fact]
    public void Reported_speech_does_not_reach_past_the_speakers_own_quotation_or_another_subject()
    {
        var a = Analyze(
            "While Chief Ron Hale said, \"the officer was under pressure,\" the board's review concluded that the arrest \"broke every rule we teach.\"\n\n" +
            "Mayor Iris Dahl said at a briefing the city expects \"winds of sixty miles an hour\" and the storm may be \"as strong as any in ten years.\"\n\n" +
            "At one point Gina Park asked the lenders to replace Dunn after he rejected her plan to keep the hotel, saying, \"It is far too early for gifts.\"");
        Assert.Equal("Ron Hale", SpeakerOf(a, "the officer was under pressure"));
        Assert.Null(SpeakerOf(a, "broke every rule we teach"));
        Assert.Equal("Iris Dahl", SpeakerOf(a, "as strong as any in ten years"));
        Assert.Null(SpeakerOf(a, "It is far too early for gifts"));
    }

    // Modelled on a rescue story ("She told him not to give up", after a sentence about "he") and a court story.
    [Fact]
    public void She_said_does_not_go_back_to_a_man_the_text_calls_he()
    {
        var a = Analyze(
            "Over the phone, Omar Haddad told Lisa Brandt that he and his family were hiding in the hills. She told him not to give up.\n\n" +
            "\"It was a very quick decision for all of us,\" she said.",
            "Judge Alan Price thanked the jury for its patience. He then turned to the families in the gallery.\n\n" +
            "\"You have done a hard thing for this town,\" he said.");
        Assert.NotEqual("Omar Haddad", SpeakerOf(a, "It was a very quick decision"));
        Assert.Equal("Alan Price", SpeakerOf(a, "You have done a hard thing"));
    }

    // Modelled on a wildlife-park story ("He was not specific …, saying: …") and a dispatcher story ("…, according to X.").
    [Fact]
    public void A_pronoun_before_a_participle_and_a_person_credited_with_according_to_are_speakers()
    {
        var a = Analyze(
            "Park director Sam Oduya spoke to reporters at the gate. He was not specific on whether the family would be paid, saying: \"We have a scheme for staff who lose their loved ones.\"\n\n" +
            "Dispatcher Kim Roe said the call came in just after midnight.\n\n" +
            "The caller \"would not stop crying for help\" and kept the line open for an hour, according to Roe.",
            "Tom Vale kept the office phone on all night, according to Nina Shore.\n\n" +
            "Vale \"never once thought of going home to rest\" that night, according to CNN.");
        Assert.Equal("Sam Oduya", SpeakerOf(a, "We have a scheme"));
        Assert.Equal("Kim Roe", SpeakerOf(a, "would not stop crying"));
        Assert.Null(SpeakerOf(a, "never once thought of going home"));
    }

    // Modelled on a cable-news transcript ("Keilar: …") and an interview transcript.
    [Fact]
    public void A_transcript_line_gives_its_speaker()
    {
        var a = Analyze(
            "The exchange grew heated on air.\n\nKeilar: \"You say it is not a shake-up, but the numbers are down.\"",
            "Colbert: \"There was a very specific way we were supposed to present ourselves.\"\n\nSays Dana Wick: \"He wanted his own name on every single building.\"");
        Assert.Equal("Keilar", SpeakerOf(a, "You say it is not a shake-up"));
        Assert.Equal("Colbert", SpeakerOf(a, "There was a very specific way"));
        Assert.Equal("Dana Wick", SpeakerOf(a, "He wanted his own name"));
    }
}
