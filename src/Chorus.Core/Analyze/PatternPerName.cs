using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Chorus.Analyze;

/// <summary>
/// A regex built around one name ("… Markham" for the speaker "Markham"), kept so a name met again in a later
/// quotation or cluster reuses it: constructing a regex (parsing it and building its interpreter) costs more than
/// running it over a document. A story's speakers recur across its outlets, so the table stays small; it is emptied
/// once it holds <see cref="Capacity"/> names so a long corpus run cannot grow it without limit. A regex is safe
/// to run from several threads at once.
/// </summary>
internal sealed class PatternPerName(Func<string, Regex> build)
{
    private const int Capacity = 4_096;
    private readonly ConcurrentDictionary<string, Regex> _table = new(StringComparer.Ordinal);

    public Regex Get(string name)
    {
        if (_table.TryGetValue(name, out var regex)) return regex;
        if (_table.Count >= Capacity) _table.Clear();
        return _table.GetOrAdd(name, build);
    }
}
