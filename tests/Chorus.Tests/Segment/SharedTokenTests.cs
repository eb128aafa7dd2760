using Chorus.Clean;
using Chorus.Ingest;
using Chorus.Segment;

namespace Chorus.Tests.Segment;

/// <summary>The slim per-token data (a lexicon word and an offset) must say what the strings it replaced said.</summary>
public class SharedTokenTests
{
    private static IEnumerable<Sentence> SentencesOf(string folder) =>
        Segmenter.Segment(new ArticleCleaner().Clean(new ArticleReader().Read([folder]).Documents)).SelectMany(d => d.Sentences);

    private static IEnumerable<string> Folders() =>
        Directory.EnumerateDirectories(SharedData.MultiNewsDev).Order(StringComparer.Ordinal).Take(6).Append(RepoPaths.Sample);

    [Fact]
    public void Token_spans_are_the_words_the_tokenizer_cuts_with_their_lower_case_and_stem()
    {
        int checkedTokens = 0;
        foreach (var folder in Folders())
            foreach (var s in SentencesOf(folder))
            {
                var words = Tokenizer.Words(s.Text).ToList();
                Assert.Equal(words.Count, s.Tokens.Count);
                for (int i = 0; i < words.Count; i++)
                {
                    var t = s.Tokens[i];
                    Assert.Equal(words[i].Start, t.Start);
                    Assert.Equal(words[i].Text, t.Text);
                    Assert.Equal(s.Text[t.Start..t.End], t.Text);
                    Assert.Equal(t.Text.ToLowerInvariant(), t.Norm);
                    Assert.Equal(EnglishStemmer.ForThisThread.Stem(t.Norm), t.Stem);
                    Assert.Equal(StopWords.Contains(t.Norm), t.IsStopWord);
                    checkedTokens++;
                }
            }
        Assert.True(checkedTokens > 5000, $"only {checkedTokens} tokens checked");
    }

    [Fact]
    public void A_word_written_twice_shares_one_lexicon_entry()
    {
        var tokens = Segmenter.Tokenize("The mayor said the mayor would resign; THE MAYOR did not.");
        Assert.Same(tokens[1].Word, tokens[4].Word);
        Assert.NotSame(tokens[0].Word, tokens[3].Word);
        Assert.Equal(tokens[0].Norm, tokens[3].Norm);
        Assert.Equal("mayor", tokens[8].Norm);
    }

    [Fact]
    public void Sentences_built_once_carry_the_quotation_parts_marking_them_afterwards_gives()
    {
        // Quotation parts are now computed before the sentences are built; the old path built the sentences
        // and then marked them. Both must agree, on dev clusters and on the sample (paragraph-spanning quotes).
        int quoted = 0;
        foreach (var folder in Folders())
            foreach (var doc in Segmenter.Segment(new ArticleCleaner().Clean(new ArticleReader().Read([folder]).Documents)))
            {
                var unmarked = doc.Sentences.Select(s => s with { Quotation = QuotationPart.Outside(s.Position) }).ToList();
                var marked = QuotationSpanner.Mark(unmarked);
                Assert.Equal(marked.Select(s => s.Quotation), doc.Sentences.Select(s => s.Quotation));
                quoted += doc.Sentences.Count(s => s.Quotation.Role != QuoteRole.None);
            }
        Assert.True(quoted > 20, $"only {quoted} sentences in quotations");
    }

    [Theory]
    [InlineData("The mayor said “we will rebuild the bridge by May” on Tuesday.", "we will rebuild the bridge by May")]
    [InlineData("“Nobody was hurt,” a Coast Guard spokesman told reporters in Lakeport.", "Nobody was hurt,")]
    [InlineData("Officials counted 1,200 homes without power after the U.S. storm.", "1,200 homes without power after the U.S")]
    public void A_token_range_has_the_words_tokenizing_that_part_again_gives(string sentence, string part)
    {
        var s = new Sentence("d", 0, 0, 0, sentence, Segmenter.Tokenize(sentence));
        int start = sentence.IndexOf(part, StringComparison.Ordinal);
        var (first, count) = s.TokenRange(start, start + part.Length);
        var shared = Enumerable.Range(first, count).Select(i => (s.Tokens[i].Text, s.Tokens[i].Start - start));
        Assert.Equal(Tokenizer.Words(part), shared);
        Assert.Equal(0, s.TokenRange(sentence.Length, sentence.Length).Count);
    }
}
