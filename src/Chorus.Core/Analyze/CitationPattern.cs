using System.Buffers;
using System.Text.RegularExpressions;

namespace Chorus.Analyze;

/// <summary>
/// One citation wording's regex with the literal words every match of it contains. The regexes try an outlet's name
/// at every capitalized word of every sentence, which cost more than the rest of the analysis together; a sentence
/// without any of the wording's words (one vectorized scan) cannot match, so the regex runs only where it can.
/// The gate must stay a superset of the regex: `CitationPatternGateTests` checks it on every dev sentence.
/// </summary>
public sealed class CitationPattern
{
    private readonly SearchValues<string> _words;
    private readonly SearchValues<char>? _marks;

    /// <param name="requiredWords">Every match contains one of these, case as written.</param>
    /// <param name="requiredMarks">When given, every match also contains one of these characters.</param>
    public CitationPattern(CitationWording wording, Regex regex, string[] requiredWords, string? requiredMarks = null)
    {
        Wording = wording;
        Regex = regex;
        _words = SearchValues.Create(requiredWords, StringComparison.Ordinal);
        _marks = requiredMarks is null ? null : SearchValues.Create(requiredMarks);
    }

    public CitationWording Wording { get; }

    public Regex Regex { get; }

    /// <summary>Whether the sentence has what every match needs; false means the regex cannot match it.</summary>
    public bool CanMatch(string text) =>
        text.AsSpan().IndexOfAny(_words) >= 0 && (_marks is null || text.AsSpan().IndexOfAny(_marks) >= 0);
}
