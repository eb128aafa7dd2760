using System.Text.RegularExpressions;
using Chorus.Analyze;
using Chorus.Link;

namespace Chorus.Evaluate;

/// <summary>Where an analysis item sits in a document's raw file, in code points.</summary>
public sealed record LocatedSpan(string Doc, int Start, int End);

/// <summary>
/// Places analysis items in the raw files the annotators read. Each sentence of a document is found by its
/// letters and digits, in reading order; a quotation or an outlet name is then looked for inside its sentences,
/// and when the words differ (another outlet's version of the quotation) the sentences themselves stand for it.
/// </summary>
public sealed partial class AnalysisItemLocator
{
    private readonly Dictionary<(string Doc, int Index), LocatedSpan> _sentences = new();
    private readonly IReadOnlyDictionary<string, RawText> _raw;

    public AnalysisItemLocator(LinkedCluster cluster, IReadOnlyDictionary<string, RawText> raw)
    {
        _raw = raw;
        foreach (var doc in cluster.Documents)
        {
            if (!raw.TryGetValue(doc.Id, out var text)) continue;
            int from = 0;
            foreach (var s in doc.Sentences)
            {
                var at = text.Find(s.Text, from) ?? text.Find(s.Text);
                if (at is null) continue;
                _sentences[(doc.Id, s.Position)] = new LocatedSpan(doc.Id, at.Value.Start, at.Value.End);
                if (at.Value.Start >= from) from = at.Value.End;
            }
        }
    }

    public LocatedSpan? Sentence(SentenceRef s) => _sentences.GetValueOrDefault((s.Doc, s.Index));

    /// <summary>Every place a quotation appears: one per run of consecutive sentences of a document.</summary>
    public IEnumerable<LocatedSpan> Occurrences(Quote quote)
    {
        foreach (var doc in quote.Sentences.GroupBy(s => s.Doc))
        {
            var ordered = doc.OrderBy(s => s.Index).ToList();
            var runs = new List<List<SentenceRef>>();
            foreach (var s in ordered)
                if (runs.Count > 0 && runs[^1][^1].Index + 1 == s.Index) runs[^1].Add(s); else runs.Add([s]);
            foreach (var run in runs)
                if (Locate(doc.Key, run, quote.Text) is { } span) yield return span;
        }
    }

    private LocatedSpan? Locate(string doc, List<SentenceRef> run, string quotation)
    {
        var located = run.Select(Sentence).Where(s => s is not null).Select(s => s!).ToList();
        if (located.Count == 0 || !_raw.TryGetValue(doc, out var text)) return null;
        var region = new LocatedSpan(doc, located.Min(s => s.Start), located.Max(s => s.End));
        // This outlet's own wording of the quotation: the quoted stretch of its sentences closest to the text kept.
        var joined = string.Join(" ", run.Select(s => s.Text));
        var candidates = new List<string> { quotation };
        candidates.AddRange(Quoted().Matches(joined).Select(m => m.Groups["q"].Value)
            .OrderByDescending(q => SharedWords(q, quotation)).Take(1));
        foreach (var candidate in candidates)
            if (text.Find(candidate, region.Start) is { } at && at.End <= region.End)
                return new LocatedSpan(doc, at.Start, at.End);
        return region;
    }

    /// <summary>An outlet's name inside the sentence that cites it; null when the name is not there (then it cannot
    /// be the outlet an annotator marked, whatever else the sentence cites).</summary>
    public LocatedSpan? Mention(SentenceRef s, string name)
    {
        var sentence = Sentence(s);
        if (sentence is null) return null;
        var text = _raw[s.Doc];
        // A whole-word match: "Sun" is not the start of "Sunday" earlier in the sentence.
        for (int from = sentence.Start; text.Find(name, from) is { } at && at.End <= sentence.End; from = at.Start + 1)
            if (!IsWordChar(text.Slice(at.Start - 1, at.Start)) && !IsWordChar(text.Slice(at.End, at.End + 1)))
                return sentence with { Start = at.Start, End = at.End };
        return null;
    }

    private static bool IsWordChar(string? c) => !string.IsNullOrEmpty(c) && char.IsLetterOrDigit(c[0]);

    private static int SharedWords(string a, string b)
    {
        var words = a.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        return b.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(words.Contains);
    }

    [GeneratedRegex(@"[""“](?<q>[^""“”]{3,}?)(?:[""”]|$)")]
    private static partial Regex Quoted();
}
