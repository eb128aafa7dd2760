using Lucene.Net.Tartarus.Snowball.Ext;

namespace Chorus.Segment;

/// <summary>
/// Snowball (Porter2) English stems through Lucene.Net, cached: news vocabulary is Zipfian, so a small cache
/// turns almost every call into a dictionary hit. Not thread-safe by itself; one instance per thread.
/// </summary>
public sealed class EnglishStemmer
{
    private readonly Lucene.Net.Tartarus.Snowball.Ext.EnglishStemmer _snowball = new();
    private readonly Dictionary<string, string> _cache = new(StringComparer.Ordinal);

    [ThreadStatic] private static EnglishStemmer? _perThread;
    public static EnglishStemmer ForThisThread => _perThread ??= new EnglishStemmer();

    public string Stem(string lowerCaseWord)
    {
        if (_cache.TryGetValue(lowerCaseWord, out var stem)) return stem;
        if (lowerCaseWord.Length <= 2 || !char.IsLetter(lowerCaseWord[0])) stem = lowerCaseWord;
        else
        {
            _snowball.SetCurrent(lowerCaseWord);
            _snowball.Stem();
            stem = _snowball.Current;
        }
        if (_cache.Count < 200_000) _cache[lowerCaseWord] = stem;
        return stem;
    }
}
