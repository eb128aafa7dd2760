namespace Chorus.Segment;

/// <summary>A distinct surface word with what every stage asks of it; one shared instance per word and thread, so a
/// token carries a single reference instead of three strings and a flag.</summary>
/// <param name="Norm">Lower-cased surface form.</param>
/// <param name="Stem">Stem of <paramref name="Norm"/>, the unit of matching across outlets.</param>
public sealed record Word(string Text, string Norm, string Stem, bool IsStopWord)
{
    /// <summary>Carries content for matching: not a stop word, and a stem longer than one character. Set once per
    /// distinct word, not tested again for every token.</summary>
    public bool IsContent { get; } = !IsStopWord && Stem.Length > 1;
}

/// <summary>
/// Every surface word seen on this thread with its lower-cased form, stem and stop-word flag, looked up by a
/// span of the sentence text. News vocabulary is Zipfian, so after the first few articles almost every token is
/// a hit: one dictionary probe instead of a substring, a lower-casing and a stem look-up, and equal words share
/// one string instance. Bounded so a long corpus run cannot grow it without limit. One instance per thread.
/// </summary>
public sealed class WordLexicon
{
    private const int Capacity = 200_000;
    private readonly Dictionary<string, Word> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Word>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    [ThreadStatic] private static WordLexicon? _perThread;
    public static WordLexicon ForThisThread => _perThread ??= new WordLexicon();

    private WordLexicon() => _bySpan = _entries.GetAlternateLookup<ReadOnlySpan<char>>();

    public Word Get(ReadOnlySpan<char> word)
    {
        if (_bySpan.TryGetValue(word, out var entry)) return entry;
        var text = word.ToString();
        var norm = text.ToLowerInvariant();
        entry = new Word(text, norm, EnglishStemmer.ForThisThread.Stem(norm), StopWords.Contains(norm));
        if (_entries.Count >= Capacity) _entries.Clear();
        _entries[text] = entry;
        return entry;
    }
}
