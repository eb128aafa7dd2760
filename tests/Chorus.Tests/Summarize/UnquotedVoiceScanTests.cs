using Chorus.Summarize;

namespace Chorus.Tests.Summarize;

/// <summary>
/// The first- and second-person check finds its pronouns by hand (<see cref="UnquotedVoice.NextPronoun"/>) instead of
/// by its regex (issue 16); the two must find the same words at the same places: every dev sentence and repaired
/// quotation, and invented text with every form, apostrophe and neighbouring character.
/// </summary>
public class UnquotedVoiceScanTests
{
    [Fact]
    public void Pronouns_are_the_regexes_on_every_dev_sentence()
    {
        int found = 0;
        foreach (var text in DevSentenceTexts.All) found += SamePronouns(text);
        Assert.True(found > 1000, $"{found} pronouns");
    }

    [Theory]
    // Invented, in the manner of an op-ed, a press release and a forum post.
    [InlineData("We’re proud of our team, and I'm sure you'll agree: it's yours, ours, mine.")]
    [InlineData("I-95 and World War I; us-based, US, ME, We-Chat, O'Our, you’d, You'VE, youre, me.")]
    [InlineData("Myself, yourself and ourselves — My, Your, Our — we'd, We’ll, I’ll, I'd, I’ve.")]
    [InlineData("Ōur Ꮃe ÿou myself's I’m’ ’I 'we' -us- «you» I")]
    [InlineData("")]
    public void Pronouns_are_the_regexes_on_invented_text(string text) => SamePronouns(text);

    private static int SamePronouns(string text)
    {
        var expected = UnquotedVoice.PronounPattern.Matches(text).Select(m => (m.Index, m.Length)).ToList();
        var actual = new List<(int, int)>();
        for (int at = 0; UnquotedVoice.NextPronoun(text, at) is var (index, length) && length > 0; at = index + length)
            actual.Add((index, length));
        Assert.Equal(expected, actual);
        return actual.Count;
    }
}
