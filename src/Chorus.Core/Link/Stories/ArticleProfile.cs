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
        var sb = new StringBuilder(TermCounts.Count * 10 + Signature.Length * 17);
        foreach (var (term, count) in TermCounts.OrderBy(t => t.Key, StringComparer.Ordinal))
            sb.Append(term).Append(' ').Append(count.ToString(CultureInfo.InvariantCulture)).Append(' ');
        sb.Append('|');
        foreach (var h in Signature) sb.Append(h.ToString("x16", CultureInfo.InvariantCulture));
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
