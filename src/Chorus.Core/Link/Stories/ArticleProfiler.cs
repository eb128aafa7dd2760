using Chorus.Clean;
using Chorus.Segment;

namespace Chorus.Link.Stories;

/// <summary>Builds the <see cref="ArticleProfile"/> of a cleaned article; non-articles get the empty profile.</summary>
public sealed class ArticleProfiler
{
    /// <summary>Title words count this many times over: the title names the event; the body wanders.</summary>
    public int TitleWeight { get; init; } = 3;

    /// <summary>Names (capitalized words inside a sentence) count this many times: who and where tell one event
    /// from another far better than common words, which every story about a topic shares.</summary>
    public int NameWeight { get; init; } = 3;

    /// <summary>Only the opening of long articles: news puts the event first, and features that drift into
    /// background would otherwise pull unrelated stories together.</summary>
    public int MaxBodyWords { get; init; } = 400;

    public MinHasher Hasher { get; init; } = MinHasher.Default;

    public ArticleProfile Profile(CleanDocument doc, long timestamp, bool dated = true)
    {
        if (!doc.IsArticle) return ArticleProfile.Empty with { Timestamp = timestamp, Dated = dated };
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (doc.Source.Title is { } title)
            foreach (var token in Segmenter.Tokenize(title))
                if (IsContent(token)) Add(counts, token.Stem, TitleWeight);
        var words = new List<string>(MaxBodyWords);
        int seen = 0;
        foreach (var paragraph in doc.Paragraphs)
        {
            foreach (var sentence in SentenceSplitter.Split(paragraph))
            {
                var tokens = Segmenter.Tokenize(sentence);
                for (int i = 0; i < tokens.Count; i++)
                {
                    var token = tokens[i];
                    words.Add(token.Norm);
                    if (seen++ >= MaxBodyWords || !IsContent(token)) continue;
                    bool name = i > 0 && token.IsCapitalized && !IsShouting(tokens);
                    Add(counts, token.Stem, name ? NameWeight : 1);
                }
            }
        }
        return new ArticleProfile(counts, Hasher.Signature(words), timestamp, dated);
    }

    private static bool IsContent(Token token) => !token.IsStopWord && token.Stem.Length > 1 && !token.IsNumber;

    /// <summary>A sentence in capitals or title case has no names to tell apart.</summary>
    private static bool IsShouting(IReadOnlyList<Token> tokens)
    {
        int upper = 0;
        foreach (var t in tokens) if (t.IsCapitalized) upper++;
        return upper * 2 > tokens.Count;
    }

    private static void Add(Dictionary<string, int> counts, string stem, int n) =>
        counts[stem] = counts.TryGetValue(stem, out var c) ? c + n : n;
}
