using Chorus.Evaluate;

namespace Chorus.Tests.Evaluate;

public class PorterStemmerTests
{
    // Examples from Porter (1980), "An algorithm for suffix stripping".
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("conflated", "conflat")]
    [InlineData("hopping", "hop")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("generalization", "gener")]
    [InlineData("electrical", "electr")]
    [InlineData("adjustment", "adjust")]
    [InlineData("controll", "control")]
    [InlineData("generate", "gener")]
    public void Stems_like_the_published_algorithm(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));

    [Fact]
    public void WordNet_exceptions_come_before_stemming_and_short_tokens_are_left_alone()
    {
        var tokenizer = new RougeTokenizer(stem: true, removeStopWords: false);
        Assert.Equal(["mouse", "goose", "ran", "was", "run"], tokenizer.Tokens("Mice geese ran was running"));
    }

    [Fact]
    public void Flags_are_parsed_like_the_reference_script()
    {
        var o = RougeOptions.Parse("-c 95 -r 1000 -n 2 -2 4 -u -m -a -l 250");
        Assert.Equal(RougeOptions.MN250, o);
        Assert.Throws<FormatException>(() => RougeOptions.Parse("-q"));
    }
}
