using System.Globalization;
using System.Text;

namespace Chorus.Link.Stories;

/// <summary>
/// What story clustering knows of one article: content-stem counts (the title counted extra, as editors put the
/// event in it) and a MinHash signature of its word shingles. Small enough to keep for every article of a time
/// window in memory, and stored with the article so the window can be rebuilt after a restart.
/// </summary>
/// <param name="Timestamp">Publication time, or the time it was read when <paramref name="Dated"/> is false.</param>
/// <param name="Dated">Whether the article says when it was published; only dated articles are held to the
/// time window, since a dump of old undated articles says nothing of when they happened.</param>
public sealed record ArticleProfile(IReadOnlyDictionary<string, int> TermCounts, ulong[] Signature, long Timestamp, bool Dated = true)
{
    public static readonly ArticleProfile Empty = new(new Dictionary<string, int>(), [], 0);

    public bool IsEmpty => TermCounts.Count == 0;

    /// <summary>"stem count stem count …" then "|" and the signature in hex: plain text, so both databases store
    /// it alike and a person can read it.</summary>
    public string Serialize()
    {
        var terms = new string[TermCounts.Count];
        int n = 0;
        foreach (var term in TermCounts.Keys) terms[n++] = term;
        Array.Sort(terms, StringComparer.Ordinal);
        var sb = new StringBuilder(terms.Length * 12 + Signature.Length * 16 + 1);
        // Numbers formatted into one stack buffer: no string per count or per slot.
        Span<char> digits = stackalloc char[20];
        foreach (var term in terms)
        {
            TermCounts[term].TryFormat(digits, out int written, default, CultureInfo.InvariantCulture);
            sb.Append(term).Append(' ').Append(digits[..written]).Append(' ');
        }
        sb.Append('|');
        foreach (var h in Signature)
        {
            h.TryFormat(digits, out int written, "x16", CultureInfo.InvariantCulture);
            sb.Append(digits[..written]);
        }
        return sb.ToString();
    }

    public static ArticleProfile Deserialize(string text, long timestamp, bool dated)
    {
        int bar = text.LastIndexOf('|');
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var parts = text[..Math.Max(0, bar)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i + 1 < parts.Length; i += 2)
            terms[parts[i]] = int.Parse(parts[i + 1], CultureInfo.InvariantCulture);
        var hex = bar >= 0 ? text.AsSpan(bar + 1) : [];
        var signature = new ulong[hex.Length / 16];
        for (int i = 0; i < signature.Length; i++)
            signature[i] = ulong.Parse(hex.Slice(i * 16, 16), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return new ArticleProfile(terms, signature, timestamp, dated);
    }
}
