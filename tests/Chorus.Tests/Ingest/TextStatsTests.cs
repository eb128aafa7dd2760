using Chorus.Clean;
using Chorus.Ingest;

namespace Chorus.Tests.Ingest;

/// <summary>Word counts and paragraph fingerprints take fast paths (eight ASCII characters at a time; no fingerprint
/// string for a comparison): they must agree with the plain definitions on every text.</summary>
public class TextStatsTests
{
    private static int CountWordsPlainly(string text)
    {
        int count = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) inWord = false;
            else if (!inWord) { inWord = true; count++; }
        }
        return count;
    }

    private static readonly Lazy<List<string>> DevParagraphs = new(() =>
        Directory.EnumerateDirectories(SharedData.MultiNewsDev).Order(StringComparer.Ordinal).Take(30)
            .SelectMany(d => new ArticleReader().Read([d]).Documents).SelectMany(d => d.Paragraphs).ToList());

    [Fact]
    public void Word_counts_of_dev_paragraphs_and_their_every_cut_are_the_plain_counts()
    {
        var paragraphs = DevParagraphs.Value;
        Assert.True(paragraphs.Count > 1000, $"only {paragraphs.Count} paragraphs");
        foreach (var p in paragraphs)
        {
            Assert.Equal(CountWordsPlainly(p), TextStats.CountWords(p));
            // Every start and length modulo the eight-character blocks.
            for (int cut = 1; cut < Math.Min(17, p.Length); cut++)
            {
                Assert.Equal(CountWordsPlainly(p[cut..]), TextStats.CountWords(p.AsSpan(cut)));
                Assert.Equal(CountWordsPlainly(p[..^cut]), TextStats.CountWords(p.AsSpan(0, p.Length - cut)));
            }
        }
    }

    [Theory]
    // Non-ASCII spaces (no-break, em space, ideographic, line separator, next line) separate words; a zero-width
    // space and a soft hyphen do not.
    [InlineData("Ferry\u00A0service\u2003resumed\u3000on\u2028Monday\u0085at dawn.", 7)]
    [InlineData("The\u200Bharbour\u00ADmaster   \t said\r\n\"no\"   ", 3)]
    [InlineData("Über die Brücke fuhr die Fähre um 6.30 Uhr über den Fluss", 12)]
    [InlineData("\t\n\v\f\r                 ", 0)]
    [InlineData("a b c d e f g h i j k l m n o p q", 17)]
    [InlineData("", 0)]
    public void Word_counts_agree_with_the_plain_count(string text, int words)
    {
        Assert.Equal(words, CountWordsPlainly(text));
        Assert.Equal(words, TextStats.CountWords(text));
    }

    [Fact]
    public void Fingerprint_comparison_equals_comparing_the_fingerprints()
    {
        var paragraphs = DevParagraphs.Value;
        var byFingerprint = paragraphs.GroupBy(TextFingerprint.Of).ToList();
        Assert.Contains(byFingerprint, g => g.Count() > 1);
        foreach (var g in byFingerprint)
        {
            var first = g.First();
            Assert.All(g, p => Assert.True(TextFingerprint.Comparer.Equals(first, p)));
            Assert.All(g, p => Assert.Equal(TextFingerprint.Comparer.GetHashCode(first), TextFingerprint.Comparer.GetHashCode(p)));
        }
        // Neighbours in fingerprint order differ in their fingerprints, often only at the end.
        var ordered = byFingerprint.Select(g => g.First()).OrderBy(TextFingerprint.Of, StringComparer.Ordinal).ToList();
        for (int i = 1; i < ordered.Count; i++) Assert.False(TextFingerprint.Comparer.Equals(ordered[i - 1], ordered[i]));
    }

    [Theory]
    [InlineData("Share this story!", "share THIS story", true)]
    [InlineData("ÉTÉ à Paris", "été, à paris.", true)]
    [InlineData("Read more", "Read more:", true)]
    [InlineData("Read more", "Read more 2", false)]
    [InlineData("Read more", "Read mor", false)]
    [InlineData("...", "", true)]
    [InlineData("A", "", false)]
    public void Texts_are_equal_when_their_letters_and_digits_are(string a, string b, bool equal)
    {
        Assert.Equal(TextFingerprint.Of(a) == TextFingerprint.Of(b), equal);
        Assert.Equal(equal, TextFingerprint.Comparer.Equals(a, b));
        Assert.Equal(equal, TextFingerprint.Comparer.Equals(b, a));
        if (equal) Assert.Equal(TextFingerprint.Comparer.GetHashCode(a), TextFingerprint.Comparer.GetHashCode(b));
    }
}
