using System.Buffers;

namespace Chorus.Text;

/// <summary>
/// Several gated patterns whose gates are settled together: one vectorized search for every literal of every gate
/// finds each place a literal may start, and only there are the literals compared. A line asked about a dozen patterns
/// is read a few times (single characters, then words by the dozen) instead of once per gate. Which gates open is exactly what each gate's
/// <see cref="GatedPattern.MayMatch"/> says.
/// </summary>
/// <remarks>One-character literals are searched apart, and words at most <see cref="WordsPerSearch"/> to a search: a
/// single character among the words, or a few dozen words, make the search fall back from its vectorized form to
/// reading character by character (10-20x slower on dev sentences).</remarks>
public sealed class GatedPatternSet
{
    /// <summary>Word literals by their first character, ASCII letters folded to lower case (literals are compared
    /// ignoring case; a line holding a character that folds to an ASCII letter only in some comparisons opens every
    /// gate instead).</summary>
    private readonly (string Literal, ulong Gates)[][] _wordsByAsciiStart = new (string, ulong)[128][];

    private readonly (string Literal, ulong Gates)[] _wordsByOtherStart;

    private const int WordsPerSearch = 16;

    /// <summary>Each search with the gates its words open: once all of those are open, it is skipped.</summary>
    private readonly (SearchValues<string> Search, ulong Gates)[] _wordSearches;

    /// <summary>One-character literals, an ASCII letter in both cases.</summary>
    private readonly (char Character, ulong Gates)[] _characters;

    private readonly SearchValues<char> _anyCharacter;

    private readonly ulong _all;

    public GatedPatternSet(params GatedPattern[] gates)
    {
        if (gates.Length > 64) throw new ArgumentException("at most 64 gates: one bit each", nameof(gates));
        Gates = gates;
        var bitsOf = new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase);
        for (int g = 0; g < gates.Length; g++)
        {
            _all |= 1UL << g;
            foreach (var literal in gates[g].Literals)
            {
                if (literal.Length == 0) throw new ArgumentException("an empty literal gates nothing", nameof(gates));
                bitsOf[literal] = bitsOf.GetValueOrDefault(literal) | 1UL << g;
            }
        }

        var words = new List<(string Literal, ulong Gates)>();
        var characters = new List<(char, ulong)>();
        foreach (var (literal, bits) in bitsOf)
        {
            char c = literal[0];
            if (literal.Length > 1 || !(c < 128 || HasNoCase(c))) { words.Add((literal, bits)); continue; }
            characters.Add((c, bits));
            if (char.IsAsciiLetter(c)) characters.Add(((char)(c ^ 0x20), bits));
        }
        _characters = characters.ToArray();
        _anyCharacter = SearchValues.Create(_characters.Select(c => c.Item1).ToArray());
        _wordSearches = words.Chunk(WordsPerSearch)
            .Select(chunk => (SearchValues.Create(chunk.Select(w => w.Literal).ToArray(), StringComparison.OrdinalIgnoreCase),
                chunk.Aggregate(0UL, (all, w) => all | w.Gates))).ToArray();

        var byAscii = new List<(string, ulong)>[128];
        var other = new List<(string, ulong)>();
        foreach (var word in words)
        {
            char first = word.Literal[0];
            if (first < 128) (byAscii[FoldAscii(first)] ??= []).Add(word);
            else other.Add(word);
        }
        for (int c = 0; c < 128; c++) _wordsByAsciiStart[c] = byAscii[c]?.ToArray() ?? [];
        // An upper-case ASCII letter starts the same words as its lower-case form.
        for (int c = 'A'; c <= 'Z'; c++) _wordsByAsciiStart[c] = _wordsByAsciiStart[c | 0x20];
        _wordsByOtherStart = other.ToArray();
    }

    public IReadOnlyList<GatedPattern> Gates { get; }

    /// <summary>One bit per gate, in the order given: set when that gate's pattern may match the text.</summary>
    public ulong Open(ReadOnlySpan<char> text)
    {
        if (GatedPattern.HasCaseOddity(text)) return _all;
        ulong open = 0;
        for (int i = 0; open != _all; i++)
        {
            int at = text[i..].IndexOfAny(_anyCharacter);
            if (at < 0) break;
            i += at;
            foreach (var (character, bits) in _characters)
                if (character == text[i]) open |= bits;
        }
        foreach (var (search, gates) in _wordSearches)
            for (int i = 0; (open & gates) != gates; i++)
            {
                int at = text[i..].IndexOfAny(search);
                if (at < 0) break;
                i += at;
                char c = text[i];
                // Words of other searches starting here are compared too: wasted at worst, never wrong.
                foreach (var (literal, bits) in c < 128 ? _wordsByAsciiStart[c] : _wordsByOtherStart)
                    if ((open & bits) != bits && text[i..].StartsWith(literal, StringComparison.OrdinalIgnoreCase)) open |= bits;
            }
        return open;
    }

    private static bool HasNoCase(char c) => char.ToUpperInvariant(c) == c && char.ToLowerInvariant(c) == c;

    private static char FoldAscii(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
}
