using static Chorus.Tests.Analyze.QuoteSpeakers;

namespace Chorus.Tests.Analyze;

/// <summary>
/// "He …" or "she said" in a profile or an obituary, far from the last mention of its person: the one person the
/// article is about, when nobody else is named on the way and the article's pronouns are that person's. Sentences
/// written for the test in the style of the outlets where the pattern was seen (named in each test); none is article text.
/// </summary>
public class ArticleSubjectPronounTests
{
    // Modelled on a broadcaster's profile of an astronomer (photo captions between the quotations, "he explained") and
    // a paper's obituary of a TV cook ("she wrote" paragraphs after the last use of her name).
    [Fact]
    public void A_pronoun_far_from_the_name_is_the_one_person_the_article_is_about()
    {
        var a = QuoteRuleTests.Analyze(
            "Astronomer Marten Delacroix says the ninth moon of the giant planet is real.\n\n" +
            "Delacroix has watched the outer planets for twenty years. Delacroix built his first camera in college, and Delacroix still uses it. His telescope sits on a hill behind his house, and he checks it every clear night.\n\n" +
            "Image caption The outer moons as seen from a mountain observatory last spring\n\n" +
            "The find was announced at a meeting in the autumn.\n\n" +
            "\"I thought it was a smudge on the lens, but it had moved by the next night,\" he explained.",
            "Novelist Ilse Varnholt, who has died aged 81, wrote eleven books about the northern islands.\n\n" +
            "Varnholt grew up on a farm and left school at fifteen. Varnholt later said that her father's debts had shaped her, and Varnholt never owned a house.\n\n" +
            "Her first book sold fewer than two hundred copies in its first year.\n\n" +
            "The reviews were kind but the shops were not.\n\n" +
            "\"I wrote the second one out of pure stubbornness and a great deal of strong tea,\" she wrote.");
        Assert.Equal("Marten Delacroix", SpeakerOf(a, "I thought it was a smudge on the lens"));
        Assert.Equal("Ilse Varnholt", SpeakerOf(a, "I wrote the second one out of pure stubbornness"));
    }

    // Modelled on a list of accusers in an entertainment story: the article is about the accused, but "he said" after
    // "a former driver … the driver said he" is the driver's; and someone else named on the way may be whom "he" means.
    [Fact]
    public void A_pronoun_after_someone_else_is_brought_in_is_not_given_to_the_article_subject()
    {
        var a = QuoteRuleTests.Analyze(
            "Actor Rafe Conlan faces new claims this week.\n\n" +
            "Conlan has denied every claim. Conlan's lawyers say the stories are false, and Conlan has hired a second firm.\n\n" +
            "A former driver said he worked for the actor in the early years of the show. The driver said he quit after one month.\n\n" +
            "\"There was no way to talk about it then without losing the only job I had,\" he said.",
            "Chef Dario Montefusco opened his third restaurant this spring.\n\n" +
            "Montefusco trained in Lyon. Montefusco worked nights for years, and Montefusco still bakes the bread himself.\n\n" +
            "His old teacher Paul Audrain visited the kitchen in May.\n\n" +
            "\"He cooks like a man who has never been tired in his life,\" he said.");
        Assert.Null(SpeakerOf(a, "There was no way to talk about it then"));
        Assert.NotEqual("Dario Montefusco", SpeakerOf(a, "He cooks like a man who has never been tired"));
    }
}
