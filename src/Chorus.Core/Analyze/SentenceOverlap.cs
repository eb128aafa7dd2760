using Chorus.Segment;

namespace Chorus.Analyze;

/// <summary>
/// Whether two sentences tell the same thing, by the content words they share besides the words of the topic
/// itself. Each sentence's words are gathered once per cluster.
/// </summary>
public sealed class SentenceOverlap
{
    /// <summary>Sentences tell the same thing when they share at least three content words besides the topic's…</summary>
    private const int MinShared = 3;

    /// <summary>…and 40% of the shorter sentence's: "three employees forced out" and "11 employees recalled" share
    /// the noun and little else.</summary>
    private const double MinShareOfShorter = 0.4;

    private readonly Dictionary<Sentence, HashSet<string>> stems = new(ReferenceEqualityComparer.Instance);

    /// <param name="moments">Whether sentences naming different moments are two facts (not when the moments are the
    /// compared values themselves, as for dates).</param>
    public bool SameThing(Sentence a, Sentence b, string anchor, bool moments = true)
    {
        if (moments && MomentsDiffer(a, b)) return false;
        var (shared, countA, countB) = Count(a, b, anchor);
        return shared >= MinShared && shared >= MinShareOfShorter * Math.Min(countA, countB);
    }

    /// <summary>How many content words besides the topic's the two sentences share.</summary>
    public int Shared(Sentence a, Sentence b, string anchor) => Count(a, b, anchor).Shared;

    private (int Shared, int CountA, int CountB) Count(Sentence a, Sentence b, string anchor)
    {
        var (sa, sb) = (StemsOf(a), StemsOf(b));
        if (sa.Count > sb.Count) (sa, sb) = (sb, sa);
        int shared = 0, countA = 0, countB = 0;
        foreach (var stem in sa)
            if (Counts(stem, anchor)) { countA++; if (sb.Contains(stem)) shared++; }
        foreach (var stem in sb)
            if (Counts(stem, anchor)) countB++;
        return (shared, countA, countB);
    }

    /// <summary>The words two sentences that tell the same thing share, in the first one's order.</summary>
    public IReadOnlyList<string> SharedWords(Sentence a, Sentence b, string anchor)
    {
        var (sa, sb) = (StemsOf(a), StemsOf(b));
        return a.Tokens.Where(t => sa.Contains(t.Stem) && sb.Contains(t.Stem) && Counts(t.Stem, anchor))
            .Select(t => t.Text.ToLowerInvariant()).Distinct().ToList();
    }

    /// <summary>The topic's own words and the figures (which differ, or are the compared values) say nothing of
    /// whether the sentences tell the same thing.</summary>
    private bool Counts(string stem, string anchor)
    {
        if (char.IsDigit(stem[0])) return false;
        foreach (var word in WordsOf(anchor))
            if (word.StartsWith(stem, StringComparison.Ordinal)) return false;
        return true;
    }

    private readonly Dictionary<string, string[]> anchorWords = new(StringComparer.Ordinal);

    /// <summary>A topic's words, split once per topic rather than once per stem compared.</summary>
    private string[] WordsOf(string anchor)
    {
        if (!anchorWords.TryGetValue(anchor, out var words)) anchorWords[anchor] = words = anchor.Split(' ');
        return words;
    }

    private readonly Dictionary<Sentence, string[]> moments = new(ReferenceEqualityComparer.Instance);

    /// <summary><see cref="MomentWords.Differ(Sentence, Sentence)"/>, each sentence's moments gathered once per cluster.</summary>
    public bool MomentsDiffer(Sentence a, Sentence b) => MomentWords.Differ(MomentsOf(a), MomentsOf(b));

    private string[] MomentsOf(Sentence s)
    {
        if (!moments.TryGetValue(s, out var words)) moments[s] = words = MomentWords.Of(s);
        return words;
    }

    private HashSet<string> StemsOf(Sentence s)
    {
        if (!stems.TryGetValue(s, out var set)) stems[s] = set = new HashSet<string>(s.ContentStems, StringComparer.Ordinal);
        return set;
    }
}
