using System.Runtime.InteropServices;
using Chorus.Clean;

namespace Chorus.Report;

/// <summary>
/// A document's removals not yet placed in its layout, found by text in time linear in the text searched. The walk
/// asked every kept paragraph about every remaining removal (and shifted a list on each placement): a 16 MB input
/// of 74,000 paragraphs and 69,000 removals spent 3.8 s there. Same answers, in the same order: past a few dozen
/// removals they are indexed by their opening characters, and a paragraph looks up only the substrings it holds;
/// a usual article (a handful of removals) is still scanned directly, which costs less than any index.
/// </summary>
public sealed class RemovalPlaces
{
    /// <summary>Characters of a removal's opening that index it; a shorter removal is indexed whole.</summary>
    private const int KeyLength = 8;

    /// <summary>Up to this many removals a scan of them all is cheaper than indexing them.</summary>
    public const int ScanLimit = 32;

    private readonly IReadOnlyList<Removal> _removals;
    private readonly bool[] _placed;
    private readonly Dictionary<string, Queue<int>>? _byText;
    private readonly Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> _openings;
    /// <summary>The opening lengths that occur, so a paragraph tries no other.</summary>
    private readonly List<int> _keyLengths = [];
    private readonly List<int> _found = [];
    private readonly int[] _foundAt;
    private int _search;

    /// <param name="scanLimit">Up to how many removals to scan rather than index (tests try both ways).</param>
    public RemovalPlaces(IReadOnlyList<Removal> removals, int scanLimit = ScanLimit)
    {
        _removals = removals;
        _placed = new bool[removals.Count];
        _foundAt = removals.Count <= scanLimit ? [] : new int[removals.Count];
        if (removals.Count <= scanLimit) return;
        _byText = new(StringComparer.Ordinal);
        var byOpening = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        _openings = byOpening.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int r = 0; r < removals.Count; r++)
        {
            var text = removals[r].Text;
            ref var same = ref CollectionsMarshal.GetValueRefOrAddDefault(_byText, text, out _);
            (same ??= new Queue<int>()).Enqueue(r);
            // An empty removal is never found inside a paragraph, only placed whole or at the end.
            if (text.Length == 0) continue;
            var opening = text.Length <= KeyLength ? text : text[..KeyLength];
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(byOpening, opening, out bool known);
            (list ??= []).Add(r);
            if (!known && !_keyLengths.Contains(opening.Length)) _keyLengths.Add(opening.Length);
        }
    }

    public Removal this[int index] => _removals[index];

    /// <summary>The first unplaced removal whose text is exactly <paramref name="paragraph"/>, or -1.</summary>
    public int Whole(string paragraph)
    {
        if (_byText is null)
        {
            for (int r = 0; r < _removals.Count; r++)
                if (!_placed[r] && _removals[r].Text == paragraph) return r;
            return -1;
        }
        if (!_byText.TryGetValue(paragraph, out var same)) return -1;
        while (same.Count > 0 && _placed[same.Peek()]) same.Dequeue();
        return same.Count > 0 ? same.Peek() : -1;
    }

    public void Place(int index) => _placed[index] = true;

    /// <summary>Every unplaced removal, other than the paragraph itself, whose text occurs in it, in removal order;
    /// each is placed.</summary>
    public List<int> PlaceWithin(string paragraph)
    {
        _found.Clear();
        if (_byText is null)
        {
            for (int r = 0; r < _removals.Count; r++)
            {
                var text = _removals[r].Text;
                if (!_placed[r] && text.Length > 0 && paragraph.Contains(text, StringComparison.Ordinal) && paragraph != text)
                {
                    _placed[r] = true;
                    _found.Add(r);
                }
            }
            return _found;
        }
        _search++;
        for (int at = 0; at < paragraph.Length; at++)
            foreach (int length in _keyLengths)
            {
                if (at + length > paragraph.Length || !_openings.TryGetValue(paragraph.AsSpan(at, length), out var list)) continue;
                for (int k = 0; k < list.Count; k++)
                {
                    int r = list[k];
                    // Placed ones leave the index as they are met; order within a list does not matter.
                    if (_placed[r]) { list[k--] = list[^1]; list.RemoveAt(list.Count - 1); continue; }
                    if (_foundAt[r] == _search) continue;
                    var text = _removals[r].Text;
                    if (paragraph.AsSpan(at).StartsWith(text, StringComparison.Ordinal) && paragraph != text)
                    {
                        _foundAt[r] = _search;
                        _found.Add(r);
                    }
                }
            }
        _found.Sort();
        foreach (int r in _found) _placed[r] = true;
        return _found;
    }

    /// <summary>The removals the walk did not place, in removal order.</summary>
    public IEnumerable<Removal> Unplaced()
    {
        for (int r = 0; r < _removals.Count; r++)
            if (!_placed[r]) yield return _removals[r];
    }
}
