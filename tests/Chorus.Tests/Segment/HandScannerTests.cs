using System.Text.RegularExpressions;
using Chorus.Clean;
using Chorus.Ingest;
using Chorus.Segment;

namespace Chorus.Tests.Segment;

/// <summary>QuotesWords and LeansBack scan by hand what regular expressions matched before (they run for every
/// candidate sentence); the answers must be the expressions' answers.</summary>
public class HandScannerTests
{
    private static bool QuotesWordsByRegex(string text, int minWords = 4) =>
        Regex.Matches(text, @"“(?<q>[^“”]+)(”|$)|""(?<q>[^""]+)(""|$)").Any(m => TextStats.CountWords(m.Groups["q"].Value) >= minWords);

    private static readonly HashSet<string> PointsBack = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "his", "her", "their", "its", "this", "these", "those", "that", "him", "them",
        "such", "both", "neither",
        "but", "and", "however", "also", "still", "yet", "so", "meanwhile", "instead", "then", "or",
        "nor", "thus", "moreover", "furthermore", "otherwise", "nevertheless", "likewise", "hence",
    };

    private static bool LeansBackByRegex(string text)
    {
        var m = Regex.Match(text, @"^\s*(?<w>\p{L}+)");
        if (!m.Success) return false;
        return PointsBack.Contains(m.Groups["w"].Value) || Regex.IsMatch(text, @"^\s*as such\b", RegexOptions.IgnoreCase)
            || Regex.IsMatch(text, @"^\s*(\p{Lu}[\p{L}'’.-]*\s+){1,3}also\b")
            || Regex.IsMatch(text, @"^\s*(at (that|the) (time|point)|by (then|that time|that point)|since then|until then|back then|before that|after that)(,|\s+(?!of\b|when\b|which\b)\p{Ll})",
                RegexOptions.IgnoreCase) && char.IsUpper(text.TrimStart()[0]);
    }

    [Theory]
    [InlineData("The mayor said “we will rebuild the bridge” on Tuesday.")]
    [InlineData("“We will rebuild” and “the bridge will open by May,” she said.")]
    [InlineData("He called it “a disgrace to everyone involved")]
    [InlineData("He called it “a “nested” disgrace to everyone here” today.")]
    [InlineData("\"\"Empty marks\" then \"four words right here\" now.")]
    [InlineData("\"An open straight quotation that never closes here")]
    [InlineData("Closing only” marks ” do not ” open anything at all.")]
    [InlineData("“”“one two three four”")]
    [InlineData("A quote \"of\nseveral lines of text\" across a break.")]
    public void QuotesWords_answers_as_the_quotation_pattern_did(string text)
    {
        for (int min = 1; min <= 5; min++) Assert.Equal(QuotesWordsByRegex(text, min), QuotationMarks.QuotesWords(text, min));
    }

    [Theory]
    [InlineData("He said no.")]
    [InlineData("  But the council disagreed.")]
    [InlineData("As such, the plan failed.")]
    [InlineData("Putin also hosted talks.")]
    [InlineData("Police also found a knife.")]
    [InlineData("“He left,” she said.")]
    [InlineData("HOWEVER, nobody came.")]
    [InlineData("Thesis defended on Monday.")]
    [InlineData("42 people died.")]
    [InlineData("")]
    public void LeansBack_answers_as_the_first_word_pattern_did(string text) =>
        Assert.Equal(LeansBackByRegex(text), SentenceOpener.LeansBack(text));

    [Fact]
    public void Both_agree_with_the_patterns_on_every_sentence_of_dev_clusters()
    {
        int quoting = 0, leaning = 0;
        foreach (var folder in Directory.EnumerateDirectories(SharedData.MultiNewsDev).Order(StringComparer.Ordinal).Take(30))
            foreach (var doc in Segmenter.Segment(new ArticleCleaner().Clean(new ArticleReader().Read([folder]).Documents)))
                foreach (var s in doc.Sentences)
                {
                    bool quotes = QuotesWordsByRegex(s.Text), leans = LeansBackByRegex(s.Text);
                    Assert.Equal(quotes, QuotationMarks.QuotesWords(s.Text));
                    Assert.Equal(leans, SentenceOpener.LeansBack(s.Text));
                    if (quotes) quoting++;
                    if (leans) leaning++;
                }
        Assert.True(quoting > 50 && leaning > 50, $"{quoting} quoting, {leaning} leaning sentences");
    }
}
