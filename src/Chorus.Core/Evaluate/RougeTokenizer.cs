using System.Reflection;
using System.Text;

namespace Chorus.Evaluate;

/// <summary>
/// Turns text into the tokens ROUGE-1.5.5 counts: lower case, every character other than a letter or digit is a
/// separator, optional stop-word removal, and optional stemming (WordNet exception lists first, then Porter) of
/// tokens longer than three characters.
/// </summary>
public sealed class RougeTokenizer
{
    private static readonly Lazy<Dictionary<string, string>> Exceptions = new(LoadExceptions);
    private static readonly Lazy<HashSet<string>> SmartStopWords = new(() =>
        ReadResource("rouge-smart-common-words.txt").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal));

    private readonly bool _stem;
    private readonly bool _removeStopWords;
    private readonly Dictionary<string, string> _cache = new(StringComparer.Ordinal);

    public RougeTokenizer(bool stem, bool removeStopWords)
    {
        _stem = stem;
        _removeStopWords = removeStopWords;
    }

    public List<string> Tokens(string text)
    {
        var result = new List<string>();
        var sb = new StringBuilder();
        foreach (var raw in text)
        {
            char c = char.ToLowerInvariant(raw);
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') { sb.Append(c); continue; }
            Flush(sb, result);
        }
        Flush(sb, result);
        return result;
    }

    private void Flush(StringBuilder sb, List<string> into)
    {
        if (sb.Length == 0) return;
        var token = sb.ToString();
        sb.Clear();
        if (_removeStopWords && SmartStopWords.Value.Contains(token)) return;
        into.Add(_stem ? StemOf(token) : token);
    }

    public string StemOf(string token)
    {
        if (token.Length <= 3) return token;
        if (_cache.TryGetValue(token, out var s)) return s;
        s = Exceptions.Value.TryGetValue(token, out var baseForm) ? baseForm : PorterStemmer.Stem(token);
        _cache[token] = s;
        return s;
    }

    /// <summary>The order noun, adv, verb, adj, a later entry replacing an earlier one, is the reference's.</summary>
    private static Dictionary<string, string> LoadExceptions()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in new[] { "noun.exc", "adv.exc", "verb.exc", "adj.exc" })
            foreach (var line in ReadResource(name).Split('\n'))
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length >= 2) map[parts[0]] = parts[1];
            }
        return map;
    }

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Chorus.Evaluate.{name}")
            ?? throw new InvalidOperationException($"resource {name} missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
