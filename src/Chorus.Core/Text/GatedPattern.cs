using System.Buffers;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Chorus.Text;

/// <summary>
/// A regular expression and literals every match of it contains: one vectorized search for the literals settles most
/// lines before the regex runs (a regex with a word-boundary or ignore-case alternation is otherwise tried at every
/// position of every paragraph). The gate only skips lines the regex cannot match, so what a rule removes is unchanged.
/// </summary>
public sealed class GatedPattern
{
    /// <summary>Characters that a case-insensitive regex may equate with an ASCII letter but an ordinal ignore-case
    /// search does not (Kelvin sign, long s, dotted and dotless i, Angstrom sign): a line holding one goes to the regex.</summary>
    private static readonly SearchValues<char> CaseOddities = SearchValues.Create("\u0130\u0131\u017F\u212A\u212B");

    private static readonly ConcurrentQueue<GatedPattern> Created = new();

    private readonly SearchValues<string> _literals;

    /// <param name="literals">Every match of <paramref name="pattern"/> contains at least one of these (compared
    /// ignoring case, so they serve case-sensitive and case-insensitive patterns alike).</param>
    public GatedPattern(Regex pattern, params string[] literals)
    {
        Pattern = pattern;
        Literals = literals;
        _literals = SearchValues.Create(literals, StringComparison.OrdinalIgnoreCase);
        Created.Enqueue(this);
    }

    public Regex Pattern { get; }

    public IReadOnlyList<string> Literals { get; }

    /// <summary>Every gated pattern made so far: tests check each gate against the regex it spares.</summary>
    public static IReadOnlyCollection<GatedPattern> All => Created;

    /// <summary>False only when the regex cannot match: none of the literals is in the text.</summary>
    public bool MayMatch(ReadOnlySpan<char> text) => text.IndexOfAny(_literals) >= 0 || HasCaseOddity(text);

    /// <summary>Whether the text holds a character that case-insensitive matching may equate with an ASCII letter in
    /// one comparison (regex, lower-casing, ordinal ignore-case) and not in another.</summary>
    public static bool HasCaseOddity(ReadOnlySpan<char> text) => text.IndexOfAny(CaseOddities) >= 0;

    public bool IsMatch(ReadOnlySpan<char> text) => MayMatch(text) && Pattern.IsMatch(text);

    public Match Match(string text) => MayMatch(text) ? Pattern.Match(text) : System.Text.RegularExpressions.Match.Empty;
}
