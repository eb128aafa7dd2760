using Chorus.Summarize;

namespace Chorus.Tests.Summarize;

/// <summary>A speaker Chorus supplies for a quotation ("Name: “…”") must be someone the reader has met (issue 13, trust:
/// QUOTE). Sentences written for these tests, modelled on dev 2190e9b08e5b (a family friend and coach quoted after a
/// drowning), 994c4e5487e9 (a daycare's spokeswoman), 7c4df519e75e (an advocacy group's director) and 7226efab4c9c (a
/// bride quoted with no role before a storm).</summary>
public class UnmetSpeakerTests
{
    [Theory]
    // After the full name, an apposition: an article (2190e9b08e5b), a possessive, a bare noun phrase (7c4df519e75e).
    [InlineData("Rob Kessler, a family friend and the boy's former coach, said the parents were struggling.", "Rob Kessler", "a family friend and the boy's former coach")]
    [InlineData("“We called the county at once,” said Nora Pell, a spokeswoman for the nursery, on Monday.", "Nora Pell", "a spokeswoman for the nursery")]
    [InlineData("Ivo Brandt, the county's fire chief, said crews stayed overnight.", "Ivo Brandt", "the county's fire chief")]
    [InlineData("Ada Hume, director of timber programs for a watchdog group, wrote on Friday that the rules were clear.", "Ada Hume", "director of timber programs for a watchdog group")]
    public void The_role_after_the_full_name_is_found(string sentence, string name, string role) =>
        Assert.Equal(role, SpeakerRole.In(sentence, name));

    [Theory]
    // An age, a clause, an aside, a verb, too long, the surname alone (7226efab4c9c: no role given anywhere).
    [InlineData("Lia Moss, 29, was due to marry on Saturday.", "Lia Moss")]
    [InlineData("Lia Moss, who was due to marry on Saturday, cried.", "Lia Moss")]
    [InlineData("Lia Moss, however, said she would wait.", "Lia Moss")]
    [InlineData("Lia Moss, created a fundraising page for the singer, on Monday.", "Lia Moss")]
    [InlineData("Lia Moss, a woman from a small town on the coast north of the city where the storm will land first, said so.", "Lia Moss")]
    [InlineData("Moss, a bride, said so.", "Lia Moss")]
    public void No_role_is_taken_from_what_is_not_one(string sentence, string name) =>
        Assert.Null(SpeakerRole.In(sentence, name));

    [Fact]
    public void A_unit_introduces_a_surname_only_in_its_own_words()
    {
        Assert.Equal("Kessler", UnmetSpeaker.SurnameOf("Rob Kessler"));
        Assert.Null(UnmetSpeaker.SurnameOf(null));
        var lead = new CandidateUnit(0, 0, "Rob Kessler, who coached the boy, said the family was grieving.", ["a"], null, false, false);
        var labelled = new CandidateUnit(1, 1, "“It never gets easier.”", ["a"], "Rob Kessler", false, true, "Kessler");
        var other = new CandidateUnit(2, 2, "The Kesslerville road was closed.", ["a"], null, false, false);
        Assert.True(UnmetSpeaker.Introduces(lead, "Kessler"));
        Assert.False(UnmetSpeaker.Introduces(labelled, "Kessler"));
        Assert.False(UnmetSpeaker.Introduces(other, "Kessler"));
    }
}
