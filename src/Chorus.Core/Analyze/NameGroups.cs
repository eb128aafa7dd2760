using System.Runtime.InteropServices;

namespace Chorus.Analyze;

/// <summary>
/// The entity mentions grouped by name: names in order of first mention, each group's mentions ascending, after
/// the case variants are folded into one form. Kept in flat arrays reused per thread: a dictionary of one list per
/// name (regrown as mentions came) was the recognizer's largest allocation.
/// </summary>
internal sealed class NameGroups
{
    private readonly Dictionary<string, int> _idOf = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];
    private readonly List<int> _sizes = [];
    private readonly List<int> _nameOfMention = [];
    private readonly Dictionary<string, int> _formId = new(StringComparer.Ordinal);
    private readonly List<string> _groups = [];
    private int[] _groupOfName = [];
    private int[] _start = [];
    private int[] _members = [];
    private int[] _fill = [];

    [ThreadStatic] private static NameGroups? t_groups;

    /// <summary>The thread's instance, empty.</summary>
    public static NameGroups ForThisThread()
    {
        var groups = t_groups ??= new NameGroups();
        groups.Clear();
        return groups;
    }

    /// <summary>The next mention (mentions are added in order) is of this name.</summary>
    public void Add(string name)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_idOf, name, out bool known);
        if (!known) { id = _names.Count; _names.Add(name); _sizes.Add(0); }
        _nameOfMention.Add(id);
        _sizes[id]++;
    }

    /// <summary>Each name with its number of mentions, in order of first mention.</summary>
    public List<(string, int)> Counted()
    {
        var counted = new List<(string, int)>(_names.Count);
        for (int i = 0; i < _names.Count; i++) counted.Add((_names[i], _sizes[i]));
        return counted;
    }

    /// <summary>Groups the mentions by the form each name takes (<paramref name="casing"/>, the name itself when null or
    /// not in it), forms in order of their first name; a group's mentions ascending, as merging the names' ascending
    /// lists and sorting them gave.</summary>
    public void Fold(Dictionary<string, string>? casing)
    {
        int names = _names.Count;
        if (_groupOfName.Length < names) _groupOfName = new int[Math.Max(names, 2 * _groupOfName.Length)];
        for (int i = 0; i < names; i++)
        {
            var form = casing is null ? _names[i] : casing.GetValueOrDefault(_names[i], _names[i]);
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_formId, form, out bool known);
            if (!known) { id = _groups.Count; _groups.Add(form); }
            _groupOfName[i] = id;
        }
        int groups = _groups.Count, mentions = _nameOfMention.Count;
        if (_start.Length < groups + 1) _start = new int[Math.Max(groups + 1, 2 * _start.Length)];
        if (_members.Length < mentions) _members = new int[Math.Max(mentions, 2 * _members.Length)];
        Array.Clear(_start, 0, groups + 1);
        for (int i = 0; i < names; i++) _start[_groupOfName[i] + 1] += _sizes[i];
        for (int g = 0; g < groups; g++) _start[g + 1] += _start[g];
        // Filled in mention order from each group's start, so every group's mentions come out ascending.
        if (_fill.Length < groups) _fill = new int[_start.Length];
        Array.Copy(_start, _fill, groups);
        for (int k = 0; k < mentions; k++) _members[_fill[_groupOfName[_nameOfMention[k]]]++] = k;
    }

    public int Count => _groups.Count;

    public string Name(int group) => _groups[group];

    public ReadOnlySpan<int> Members(int group) => _members.AsSpan(_start[group], _start[group + 1] - _start[group]);

    /// <summary>Lets go of the cluster's names; the arrays are kept unless a huge input grew them.</summary>
    public void Clear()
    {
        bool huge = _idOf.Count > 1 << 16;
        _idOf.Clear();
        _names.Clear();
        _sizes.Clear();
        _nameOfMention.Clear();
        _formId.Clear();
        _groups.Clear();
        if (huge) { _idOf.TrimExcess(); _formId.TrimExcess(); }
        if (_members.Length > 1 << 16) (_members, _start, _groupOfName, _fill) = ([], [], [], []);
        if (_nameOfMention.Capacity > 1 << 16) { _nameOfMention.Capacity = 0; _sizes.Capacity = 0; _names.Capacity = 0; _groups.Capacity = 0; }
    }
}
