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
        // Lexicon entries straight from the word offsets, not Token arrays: the profile needs only each word's forms.
        // A sentence's word offsets are buffered in one reused list to tell a shouting sentence from names.
        var sentence = _sentence ??= new List<(int Start, int Length)>(64);
        var sentences = _sentences ??= new List<string>(16);
        // The signature's words, lower-cased and laid out as "w1 w2 … " in one reused buffer.
        var shingles = _shingles ??= new ShingleText();
        shingles.Clear();
        if (doc.Source.Title is { } title)
        {
            int at = 0;
            while (Tokenizer.NextWord(title, ref at, out int start, out int length))
                if (lexicon.Get(title.AsSpan(start, length)) is var word && IsContent(word)) Add(counts, word.Stem, TitleWeight);
        }
        int seen = 0;
        foreach (var paragraph in doc.Paragraphs)
        {
            sentences.Clear();
            SentenceSplitter.SplitInto(paragraph, sentences);
            foreach (var text in sentences)
            {
                sentence.Clear();
                int capitalized = 0, at = 0;
                while (Tokenizer.NextWord(text, ref at, out int start, out int length))
                {
                    sentence.Add((start, length));
                    if (char.IsUpper(text[start])) capitalized++;
                }
                // A sentence in capitals or title case has no names to tell apart.
                bool shouting = capitalized * 2 > sentence.Count;
                for (int i = 0; i < sentence.Count; i++)
                {
                    var span = text.AsSpan(sentence[i].Start, sentence[i].Length);
                    // Past the counted opening only the signature reads the word, and it needs just the lower-cased
                    // form, which is the lexicon's norm: no look-up.
                    if (seen++ >= MaxBodyWords) { shingles.AddLowered(span); continue; }
                    var word = lexicon.Get(span);
                    shingles.Add(word.Norm);
                    if (!IsContent(word)) continue;
                    bool name = i > 0 && IsCapitalized(word) && !shouting;
                    Add(counts, word.Stem, name ? NameWeight : 1);
                }
            }
        }
        var signature = Hasher.Signature(shingles.Text, shingles.Starts);
        if (shingles.Capacity > 1 << 18) _shingles = null; // a very long article's buffer is not kept for the next one
        return new ArticleProfile(counts, signature, timestamp, dated);
    }

    [ThreadStatic] private static List<(int Start, int Length)>? _sentence;
    [ThreadStatic] private static List<string>? _sentences;
    [ThreadStatic] private static ShingleText? _shingles;

    /// <summary>Words laid out as "w1 w2 … " with each one's start, as <see cref="MinHasher.Signature(ReadOnlySpan{char}, ReadOnlySpan{int})"/> reads them.</summary>
    private sealed class ShingleText
    {
        private char[] text = new char[8192];
        private int[] starts = new int[1024];
        private int length, count;

        public int Capacity => text.Length;
        public ReadOnlySpan<char> Text => text.AsSpan(0, length);
        /// <summary>Each word's start and, last, the end of the text.</summary>
        public ReadOnlySpan<int> Starts
        {
            get
            {
                starts[count] = length;
                return starts.AsSpan(0, count + 1);
            }
        }

        public void Clear() => length = count = 0;

        public void Add(ReadOnlySpan<char> word)
        {
            var into = Open(word.Length);
            word.CopyTo(into);
            Close(word.Length);
        }

        public void AddLowered(ReadOnlySpan<char> word)
        {
            var into = Open(word.Length);
            word.ToLowerInvariant(into);
            Close(word.Length);
        }

        private Span<char> Open(int chars)
        {
            if (length + chars + 1 > text.Length) Array.Resize(ref text, Math.Max(2 * text.Length, length + chars + 1));
            if (count + 2 > starts.Length) Array.Resize(ref starts, 2 * starts.Length);
            starts[count++] = length;
            return text.AsSpan(length, chars);
        }

        private void Close(int chars)
        {
            length += chars;
            text[length++] = ' ';
        }
    }

    private static bool IsContent(Word word) => !word.IsStopWord && word.Stem.Length > 1 && !char.IsDigit(word.Text[0]);

    private static bool IsCapitalized(Word word) => char.IsUpper(word.Text[0]);

    private static void Add(Dictionary<string, int> counts, string stem, int n) =>
        CollectionsMarshal.GetValueRefOrAddDefault(counts, stem, out _) += n;
}
