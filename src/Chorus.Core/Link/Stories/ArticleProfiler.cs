using System.Runtime.InteropServices;
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
        var counts = new Dictionary<string, int>(256, StringComparer.Ordinal);
        var lexicon = WordLexicon.ForThisThread;
        // Lexicon entries straight from the word offsets, not Token arrays: the profile needs only each word's forms,
        // and a sentence's tokens are buffered in one reused list to tell a shouting sentence from names.
        var sentence = _sentence ??= new List<Word>(64);
        // Reused: the signature reads the words once and keeps none of them.
        var words = _words ??= new List<string>(1024);
        words.Clear();
        if (doc.Source.Title is { } title)
        {
            int at = 0;
            while (Tokenizer.NextWord(title, ref at, out int start, out int length))
                if (lexicon.Get(title.AsSpan(start, length)) is var word && IsContent(word)) Add(counts, word.Stem, TitleWeight);
        }
        int seen = 0;
        foreach (var paragraph in doc.Paragraphs)
        {
            foreach (var text in SentenceSplitter.Split(paragraph))
            {
                sentence.Clear();
                int capitalized = 0, at = 0;
                while (Tokenizer.NextWord(text, ref at, out int start, out int length))
                {
                    var word = lexicon.Get(text.AsSpan(start, length));
                    sentence.Add(word);
                    if (IsCapitalized(word)) capitalized++;
                }
                // A sentence in capitals or title case has no names to tell apart.
                bool shouting = capitalized * 2 > sentence.Count;
                for (int i = 0; i < sentence.Count; i++)
                {
                    var word = sentence[i];
                    words.Add(word.Norm);
                    if (seen++ >= MaxBodyWords || !IsContent(word)) continue;
                    bool name = i > 0 && IsCapitalized(word) && !shouting;
                    Add(counts, word.Stem, name ? NameWeight : 1);
                }
            }
        }
        var signature = Hasher.Signature(words);
        if (words.Capacity > 1 << 16) _words = null; // a very long article's word list is not kept for the next one
        return new ArticleProfile(counts, signature, timestamp, dated);
    }

    [ThreadStatic] private static List<Word>? _sentence;
    [ThreadStatic] private static List<string>? _words;

    private static bool IsContent(Word word) => !word.IsStopWord && word.Stem.Length > 1 && !char.IsDigit(word.Text[0]);

    private static bool IsCapitalized(Word word) => char.IsUpper(word.Text[0]);

    private static void Add(Dictionary<string, int> counts, string stem, int n) =>
        CollectionsMarshal.GetValueRefOrAddDefault(counts, stem, out _) += n;
}
