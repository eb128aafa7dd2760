using Chorus.Analyze;

namespace Chorus.Tests.Analyze;

/// <summary>Whose age a "-year-old" phrase gives. Sentences written for the test, each modelled on stories of at
/// least two different clusters (named per case): a murder case naming two students by their universities, a cold
/// case naming a schoolgirl by her state, a war-crimes case, an actor's scandal, a call-girl scandal, an outbreak.</summary>
public class AgeReadingTests
{
    private static List<string> AgesOf(string sentence) =>
        QuantityReader.Read(sentence).Where(q => q.Kind == QuantityKind.Age).Select(q => $"{q.Anchor}={q.Value}").ToList();

    // The person's name follows an affiliation and a role (two students named after their universities; a police
    // officer named after his city).
    [Theory]
    [InlineData("He is charged in the death of 19-year-old Ohio State student Carla Mendes last spring.", "age of Carla Mendes=19")]
    [InlineData("He is charged in the death of 22-year-old University of Oregon student Dana Whitfield.", "age of Dana Whitfield=22")]
    [InlineData("The 41-year-old Tulsa police officer Dan Reyes was placed on leave.", "age of Dan Reyes=41")]
    public void A_name_after_an_affiliation_and_a_role_is_the_person(string sentence, string expected) =>
        Assert.Equal([expected], AgesOf(sentence));

    // Capitalised words that are a place, an institution, a title or a newspaper, with no one named after them (a
    // schoolgirl named by her state, a former officer by his unit, an actor by his series, a bartender by his town,
    // a witness who spoke to a newspaper).
    [Theory]
    [InlineData("He was convicted of killing a 6-year-old Iowa schoolgirl in 1961.")]
    [InlineData("Prosecutors closed the case against a 94-year-old former SS guard last week.")]
    [InlineData("A spokesman for the 61-year-old Breaking Bad star said he was resting.")]
    [InlineData("A spokesman for the 35-year-old House of Lords member declined to comment.")]
    [InlineData("Tom Ryan, a 23-year-old waiter from Cork, saw the argument start.")]
    [InlineData("A 25-year-old escort told The Boston Globe that the men refused to pay.")]
    [InlineData("The trial for the murder of the 8-year-old in Dekalb, Illinois, ended in 1964.")]
    public void Places_institutions_and_titles_have_no_age(string sentence) =>
        Assert.Empty(AgesOf(sentence));

    // The name is the person: followed by a verb (a sentencing, a space probe's namesake), a possessive, or "of" and
    // a hometown after a full name (a child in an outbreak story, a climber in a fall story).
    [Theory]
    [InlineData("The 72-year-old Crane agreed to the sentence as part of a plea deal.", "age of Crane=72")]
    [InlineData("But the 88-year-old Hollis is the first scientist honoured this way while alive.", "age of Hollis=88")]
    [InlineData("The dog found 19-year-old Amy Lutz's scent near the bridge.", "age of Amy Lutz=19")]
    [InlineData("Last summer, 4-year-old Owen Price of Norfolk, Va., seemed perfectly healthy.", "age of Owen Price=4")]
    [InlineData("The 20-year-old Connor Hale fell nine stories from the scaffolding.", "age of Connor Hale=20")]
    public void A_name_followed_by_its_verb_possessive_or_hometown_is_the_person(string sentence, string expected) =>
        Assert.Equal([expected], AgesOf(sentence));
}
