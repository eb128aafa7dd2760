using Chorus.Ingest;
using System.Buffers;

namespace Chorus.Summarize;

/// <summary>
/// The selector's objective maximized exactly over a small pool of units, by branch and bound — the role the ILP
/// solver plays in Gillick and Favre's summarizer. The greedy's cost scaling is a heuristic: at a short budget it may
/// take one long sentence where two short ones cover more, and no fixed exponent is right for every budget. The
/// search starts from the greedy's value, so it can only improve on it.
/// <para>Bound: a unit's gain never exceeds its gain on the starting set (coverage is submodular), so filling the
/// remaining room with the best gain per word, the last unit fractionally, over-estimates any completion. With the
/// pool ordered by that ratio the bound costs one pass over the pool, and a node limit caps the work.</para>
/// </summary>
public sealed class ExactCoverageSearch
{
    private readonly int[][] _concepts;
    private readonly double[] _weight;
    private readonly double[] _modular;
    private readonly int[] _size;
    private readonly bool[,] _conflict;
    private readonly double[] _single;
    private readonly int[] _order;
    /// <summary>Sizes and single gains in <see cref="_order"/>: the bound, computed at every node, reads them in a row.</summary>
    private readonly int[] _sizeInOrder;
    private readonly double[] _singleInOrder;
    /// <summary>Per unit, the units it conflicts with as bits, when the pool has at most 64 (else null): the stack's
    /// conflicts are then one mask test.</summary>
    private readonly ulong[]? _conflictBits;
    private ulong _stackBits;
    /// <summary>How many chosen units cover each concept: rented (a cluster has a thousand concepts or more) and
    /// given back when the search ends.</summary>
    private int[]? _coveredCount;
    private readonly bool[] _covered;
    private readonly int _capacity;
    private readonly int _nodeLimit;
    private readonly List<int> _stack = [];
    private int _nodes;
    private int[] _best = [];
    private double _bestValue;

    /// <param name="concepts">Concept ids of each pool unit.</param>
    /// <param name="weight">Weight of each concept id, as the objective counts it.</param>
    /// <param name="covered">Concepts already covered by units fixed before the search (an opener).</param>
    /// <param name="modular">The per-unit term of the objective.</param>
    /// <param name="size">Size of each unit in budget units.</param>
    /// <param name="conflict">Pairs of units that may not both be chosen (same sentence or group, near-copies).</param>
    /// <param name="capacity">Room left in the budget.</param>
    public ExactCoverageSearch(int[][] concepts, double[] weight, bool[] covered, double[] modular, int[] size, bool[,] conflict,
        int capacity, int nodeLimit = 20000)
    {
        _concepts = concepts;
        _weight = weight;
        _modular = modular;
        _size = size;
        _conflict = conflict;
        _capacity = capacity;
        _nodeLimit = nodeLimit;
        _covered = covered;
        _coveredCount = CountsOf(covered);
        _single = new double[concepts.Length];
        for (int u = 0; u < concepts.Length; u++) _single[u] = Gain(u);
        _order = Enumerable.Range(0, concepts.Length).OrderByDescending(u => _single[u] / _size[u]).ThenBy(u => u).ToArray();
        _sizeInOrder = new int[_order.Length];
        _singleInOrder = new double[_order.Length];
        for (int k = 0; k < _order.Length; k++) (_sizeInOrder[k], _singleInOrder[k]) = (_size[_order[k]], _single[_order[k]]);
        if (concepts.Length <= 64)
        {
            _conflictBits = new ulong[concepts.Length];
            for (int u = 0; u < concepts.Length; u++)
                for (int v = 0; v < concepts.Length; v++)
                    if (conflict[u, v]) _conflictBits[u] |= 1UL << v;
        }
    }

    /// <summary>The pool units of the best set found whose value beats <paramref name="incumbent"/>, or null.</summary>
    public int[]? Search(double incumbent)
    {
        _bestValue = incumbent;
        _best = [];
        _stackBits = 0;
        bool improved = false;
        _nodes = 0;
        _coveredCount ??= CountsOf(_covered);
        Visit(0, 0, 0, ref improved);
        SmallArrayPool<int>.Shared.Return(_coveredCount);
        _coveredCount = null;
        return improved ? _best : null;
    }

    private static int[] CountsOf(bool[] covered)
    {
        var counts = SmallArrayPool<int>.Shared.Rent(Math.Max(1, covered.Length));
        for (int c = 0; c < covered.Length; c++) counts[c] = covered[c] ? 1 : 0;
        return counts;
    }

    private double Gain(int u)
    {
        double gain = _modular[u];
        foreach (var c in _concepts[u]) if (_coveredCount![c] == 0) gain += _weight[c];
        return gain;
    }

    private void Visit(int next, int used, double value, ref bool improved)
    {
        if (value > _bestValue + 1e-12) { _bestValue = value; _best = [.. _stack]; improved = true; }
        if (next == _order.Length || ++_nodes > _nodeLimit) return;
        if (value + Bound(next, _capacity - used) <= _bestValue + 1e-12) return;
        int u = _order[next];
        if (used + _size[u] <= _capacity && !ConflictsWithStack(u))
        {
            double gain = Gain(u);
            foreach (var c in _concepts[u]) _coveredCount![c]++;
            _stack.Add(u);
            if (_conflictBits is not null) _stackBits |= 1UL << u;
            Visit(next + 1, used + _size[u], value + gain, ref improved);
            if (_conflictBits is not null) _stackBits &= ~(1UL << u);
            _stack.RemoveAt(_stack.Count - 1);
            foreach (var c in _concepts[u]) _coveredCount![c]--;
        }
        Visit(next + 1, used, value, ref improved);
    }

    private bool ConflictsWithStack(int u)
    {
        if (_conflictBits is not null) return (_conflictBits[u] & _stackBits) != 0;
        foreach (var v in _stack) if (_conflict[u, v]) return true;
        return false;
    }

    private double Bound(int next, int room)
    {
        double bound = 0;
        var sizes = _sizeInOrder;
        var singles = _singleInOrder;
        for (int k = next; k < sizes.Length && room > 0; k++)
        {
            int size = sizes[k];
            if (size <= room) { bound += singles[k]; room -= size; }
            else { bound += singles[k] * room / size; room = 0; }
        }
        return bound;
    }
}
