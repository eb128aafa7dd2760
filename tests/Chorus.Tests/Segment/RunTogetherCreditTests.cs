using Chorus.Clean;
using Chorus.Segment;

namespace Chorus.Tests.Segment;

/// <summary>Text run together (a feed's one-line body, a flattened page) leaves a caption's credit between two
/// sentences; it closes the sentence before it instead of opening the next, and a caption cut short with its credit is
/// furniture, as its own line would have been.</summary>
public class RunTogetherCreditTests
{
    [Fact]
    public void A_credit_between_two_sentences_closes_the_first()
    {
        var parts = SentenceSplitter.Split("Crews searched the lake shore near Alder Falls on Sunday... (Associated Press) FILE - In this June 2 photo, divers prepare to enter the water. The search resumed on Monday.");
        Assert.Equal(["Crews searched the lake shore near Alder Falls on Sunday... (Associated Press)", "FILE - In this June 2 photo, divers prepare to enter the water.", "The search resumed on Monday."], parts);

        var wire = SentenceSplitter.Split("The mayor waves to supporters in Brennan Mills on Saturday. (AP Photo/Dana Ruiz) (Associated Press) The mayor said she would run again.");
        Assert.Equal(["The mayor waves to supporters in Brennan Mills on Saturday. (AP Photo/Dana Ruiz) (Associated Press)", "The mayor said she would run again."], wire);
    }

    [Theory]
    // A credit that ends the paragraph stands apart, as before.
    [InlineData("The board met on Tuesday. (Reuters)", "The board met on Tuesday.")]
    // A sentence in brackets is a sentence of its own.
    [InlineData("The board met on Tuesday. (The chairman did not attend.) The vote was 5-2.", "The board met on Tuesday.")]
    // A long aside in brackets is not a credit.
    [InlineData("The board met on Tuesday. (Members of the public who came to the meeting were turned away) The vote was 5-2.", "The board met on Tuesday.")]
    public void Other_brackets_after_a_sentence_are_not_taken_into_it(string text, string first) =>
        Assert.Equal(first, SentenceSplitter.Split(text)[0]);

    [Theory]
    [InlineData("Police in the county arrested... (Associated Press)", true)]
    [InlineData("Rebels have increasingly… (Reuters)", true)]
    [InlineData("CLOSE The mayor explains why the quarry road matters to the town.", true)]
    [InlineData("CLOSE Residents packed the school gym for a third night of hearings.", true)]
    [InlineData("CLOSE to 300 people attended the vigil on Sunday night.", false)]
    [InlineData("\"We waited and waited...\" (the witness paused) before she went on.", false)]
    [InlineData("The council said the road would open in May (Reuters reported the same).", false)]
    public void A_caption_cut_short_or_a_player_blurb_is_furniture(string sentence, bool furniture) =>
        Assert.Equal(furniture, FurnitureSentence.IsFurniture(sentence));

    [Theory]
    [InlineData("The mayor waves to supporters on Saturday. (AP Photo/Dana Ruiz) (Associated Press) The mayor said she would run again.",
        "The mayor waves to supporters on Saturday. The mayor said she would run again.", "(AP Photo/Dana Ruiz) (Associated Press)")]
    [InlineData("Divers searched the lake on Sunday. (Reuters) \"We will keep looking,\" the sheriff said.",
        "Divers searched the lake on Sunday. \"We will keep looking,\" the sheriff said.", "(Reuters)")]
    [InlineData("The envoy said the talks would resume next week. (News Agencies) Fighting went on overnight in the north.",
        "The envoy said the talks would resume next week. Fighting went on overnight in the north.", "(News Agencies)")]
    [InlineData("The ministry denied the report. (Agencies) Shares in the bank fell 4 percent.",
        "The ministry denied the report. Shares in the bank fell 4 percent.", "(Agencies)")]
    public void A_run_in_credit_of_a_news_organization_or_a_photographer_is_cleaned_out(string paragraph, string kept, string removed)
    {
        var result = new RunInCreditFragmentRule().Strip(paragraph);
        Assert.NotNull(result);
        Assert.Equal(kept, result.Value.Kept);
        Assert.Equal(removed, result.Value.Removed.Text);
    }

    [Theory]
    // A live blog's entry signed by its writer keeps the name; a credit at the paragraph's end is another rule's.
    [InlineData("Two rockets fell near the border town. (Dana Ruiz) The army said no one was hurt.")]
    [InlineData("Divers searched the lake on Sunday. (Reuters)")]
    [InlineData("The vote was close (Reuters counted 51 to 49) and the bill passed.")]
    public void Other_brackets_stay_in_the_text(string paragraph) => Assert.Null(new RunInCreditFragmentRule().Strip(paragraph));
}
