namespace Chorus.Analyze;

/// <summary>
/// For each key (a small dense id: a stem's rank, a word's id), the items filed under it, as chains through flat
/// arrays a finder keeps on its thread: a dictionary of lists cost a list and its arrays per key of every cluster,
/// the largest allocation of the analysis. A chain runs newest item first, so a caller whose result depends on the
/// order must sort what it finds.
/// </summary>
internal sealed class Postings
{
    private int[] _head = [];
    private int[] _next = [];
    private int[] _item = [];
    /// <summary>Keys below this have a chain (maybe empty); the rest have never been filed under.</summary>
    private int _keys;
    private int _count;

    /// <summary>Arrays longer than this (an input of thousands of articles) are not kept for the clusters after it.</summary>
    private const int KeptLength = 1 << 18;

    /// <summary>Empties every chain, and lets go of arrays too large to keep.</summary>
    public void Clear()
    {
        if (_head.Length > KeptLength) _head = [];
        if (_item.Length > KeptLength) (_next, _item) = ([], []);
        _keys = 0;
        _count = 0;
    }

    public void Add(int key, int item)
    {
        if (key >= _keys)
        {
            if (key >= _head.Length) Array.Resize(ref _head, Math.Max(key + 1, _head.Length * 2));
            Array.Fill(_head, -1, _keys, key + 1 - _keys);
            _keys = key + 1;
        }
        if (_count == _item.Length)
        {
            int size = Math.Max(64, _item.Length * 2);
            Array.Resize(ref _next, size);
            Array.Resize(ref _item, size);
        }
        _item[_count] = item;
        _next[_count] = _head[key];
        _head[key] = _count++;
    }

    /// <summary>The newest entry filed under the key, or -1.</summary>
    public int First(int key) => key < _keys ? _head[key] : -1;

    /// <summary>The entry filed under the same key before <paramref name="entry"/>, or -1.</summary>
    public int Next(int entry) => _next[entry];

    public int Item(int entry) => _item[entry];
}
