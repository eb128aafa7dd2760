using Chorus.Segment;

namespace Chorus.Tests.Segment;

public class SegmentTests
{
    [Theory]
    [InlineData("Mr. Smith met Gen. Jones at 4 p.m. on Jan. 5. They talked.", new[] { "Mr. Smith met Gen. Jones at 4 p.m. on Jan. 5.", "They talked." })]
    [InlineData("The U.S. Army grew 3.5 percent. It moved to the U.S. The end.", new[] { "The U.S. Army grew 3.5 percent.", "It moved to the U.S.", "The end." })]
    [InlineData("Police arrived at about 4 a.m. A spokeswoman said nothing.", new[] { "Police arrived at about 4 a.m.", "A spokeswoman said nothing." })]
    [InlineData("John F. Kennedy was shot in 1963. Oswald was arrested.", new[] { "John F. Kennedy was shot in 1963.", "Oswald was arrested." })]
    [InlineData("He said: \"We won.\" Then he left.", new[] { "He said: \"We won.\"", "Then he left." })]
    [InlineData("\"Are you sure?\" she asked. Nobody answered!", new[] { "\"Are you sure?\" she asked.", "Nobody answered!" })]
    [InlineData("He would be vigilant.The talks ended.", new[] { "He would be vigilant.", "The talks ended." })]
    [InlineData("Visit www.example.com for details. Thanks.", new[] { "Visit www.example.com for details.", "Thanks." })]
    [InlineData("Acme Inc. Chairman Bo Li spoke. He joined Acme Inc. The firm grew.", new[] { "Acme Inc. Chairman Bo Li spoke.", "He joined Acme Inc.", "The firm grew." })]
    // A quotation ending on "!" or "?" keeps its named attribution (wire and tabloid styles); a named subject with no
    // speech verb, or a speech verb after a plain sentence, still starts a new sentence.
    [InlineData("\"We will win this county!\" Marta Olsen said to cheers. \"Count on it.\"", new[] { "\"We will win this county!\" Marta Olsen said to cheers.", "\"Count on it.\"" })]
    [InlineData("“Who pays for the bridge?” Sen. Dale Ruiz asked on Tuesday. Nobody answered.", new[] { "“Who pays for the bridge?” Sen. Dale Ruiz asked on Tuesday.", "Nobody answered." })]
    [InlineData("\"Get out now!\" Firefighters ran to the door.", new[] { "\"Get out now!\"", "Firefighters ran to the door." })]
    [InlineData("The vote passed! Olsen said it was a good day.", new[] { "The vote passed!", "Olsen said it was a good day." })]
    public void Splits_news_sentences(string text, string[] expected) =>
        Assert.Equal(expected, SentenceSplitter.Split(text));

    [Fact]
    public void Tokens_keep_acronyms_numbers_and_inner_apostrophes()
    {
        var words = Tokenizer.Words("The U.S. paid $1,000.50 for O'Brien's well-known car.").Select(w => w.Text).ToList();
        Assert.Equal(["The", "U.S", "paid", "1,000.50", "for", "O'Brien", "well-known", "car"], words);
    }

    [Fact]
    public void Spelling_variants_share_a_stem_and_stop_words_are_marked()
    {
        var a = Segmenter.Tokenize("essential for combating terrorism");
        var b = Segmenter.Tokenize("essential for combatting terrorism");
        Assert.Equal(a.Select(t => t.Stem), b.Select(t => t.Stem));
        Assert.True(a[1].IsStopWord);
        Assert.False(a[0].IsStopWord);
    }

    [Fact]
    public void Every_dev_article_splits_into_sentences_that_rejoin_to_its_text()
    {
        foreach (var file in Directory.EnumerateFiles(SharedData.MultiNewsDev, "*.txt", SearchOption.AllDirectories).Where(f => f.Contains("docs")).Take(120))
        {
            foreach (var paragraph in File.ReadAllLines(file).Where(l => l.Trim().Length > 0))
            {
                var sentences = SentenceSplitter.Split(paragraph.Trim());
                Assert.Equal(Squash(paragraph), Squash(string.Concat(sentences)));
                Assert.All(sentences, s => Assert.Equal(s.Trim(), s));
            }
        }
    }

    private static string Squash(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
