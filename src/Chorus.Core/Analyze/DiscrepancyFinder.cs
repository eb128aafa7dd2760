using Chorus.Link;
using Chorus.Segment;

namespace Chorus.Analyze;

/// <summary>
/// The same fact given different values by different outlets. Values are read by <see cref="QuantityReader"/>
/// and grouped by kind and topic ("people dead", "distance west of chicago", "age of Robert Durst"); a topic is a
/// discrepancy only when at least two articles give it values that are not one figure told two ways
/// (<see cref="FigureAgreement"/>), no single article gives two values itself (then they are two facts), and,
/// for topics a noun alone does not pin down, the sentences giving the values tell the same thing. Rewrites of
/// one sentence with a different figure in the same words are found as well (<see cref="RestatedFigureFinder"/>), and
/// last any figure with its unit written next to it that two articles tell in the same words around it
/// (<see cref="ComparableFigures"/>): the kinds above are narrow, and unseen stories disagree on whatever they count.
/// A toll that an article says grew ("the death toll rose to 19") is an update between reports, not a disagreement,
/// as the annotation guide has it; a toll that differs with no such word is reported.
/// </summary>
public sealed partial class DiscrepancyFinder
{
    /// <summary>Two outlets that disagree on a distance from one named point disagree by a margin; a value half
    /// again as large is more likely another place measured from the same town.</summary>
    private const double MeasureRatio = 1.5;

    /// <summary>Two durations of one kind of event ("the search lasted three days", "the rescue took four hours")
    /// more than this far apart are two phases or two events: outlets disagree on how long by a margin, not by a
    /// change of unit.</summary>
    private const double DurationRatio = 3;

    /// <summary>Two tolls linked only by being each article's one figure must be at most this far apart.</summary>
    private const double TollRatio = 2;

    private sealed record Mention(Quantity Q, Sentence S);

    public IReadOnlyList<Discrepancy> Find(LinkedCluster cluster)
    {
        var mentions = new List<Mention>();
        foreach (var article in cluster.Articles)
            for (int i = 0; i < article.Sentences.Count; i++)
            {
                var sentence = article.Sentences[i];
                foreach (var q in QuantityReader.Read(sentence))
                    mentions.Add(new Mention(q, sentence));
                if (i > 0 && AgeAnaphor.Read(sentence, article.Sentences[i - 1], article.Sentences) is { } age) mentions.Add(new Mention(age, sentence));
            }
        mentions = WithFullNames(mentions);

        var overlap = new SentenceOverlap();
        var result = new List<Discrepancy>();
        foreach (var group in mentions.GroupBy(m => (m.Q.Kind, m.Q.Anchor)))
        {
            var (kind, anchor) = group.Key;
            var all = group.ToList();
            var link = SubjectLink(kind, anchor, all, overlap);
            foreach (var topic in link is null ? [all] : SameSubject(all, link))
                if (Compare(topic, kind, anchor, link, overlap) is { } discrepancy) result.Add(discrepancy);
        }
        result.AddRange(Restated(cluster, result).ToList());
        var reported = result.SelectMany(d => d.Values.SelectMany(v => v.Sentences)).Select(s => (s.Doc, s.Index)).ToHashSet();
        result.AddRange(ComparableFigures.Find(cluster.Articles.SelectMany(a => a.Sentences), overlap, reported, MentionWindow));
        return result;
    }

    /// <summary>"Durst, 73" and "the 72-year-old Robert Durst" are one person's age: a surname alone takes the one
    /// longer name the ages of the cluster give it (left alone when two people share it).</summary>
    private static List<Mention> WithFullNames(List<Mention> mentions)
    {
        const string prefix = "age of ";
        static bool Named(Mention m) => m.Q.Kind == QuantityKind.Age && !m.Q.Anchor.StartsWith("age of the ", StringComparison.Ordinal);
        var named = mentions.Where(Named).ToList();
        if (named.Count == 0) return mentions;
        var full = NameForms.Canonical(named.Select(m => m.Q.Anchor[prefix.Length..]));
        // A named age is one the filter above keeps: tested directly, not looked up in the list (which compared
        // records field by field, once per mention and named age).
        return mentions.Select(m => Named(m) && full[m.Q.Anchor[prefix.Length..]] is var name && prefix + name != m.Q.Anchor
            ? m with { Q = m.Q with { Anchor = prefix + name } } : m).ToList();
    }

    /// <summary>How two mentions of one kind and topic are known to be about one subject, with the words that
    /// show it; null when the topic itself is enough (how long the rescue lasted, the time of the fall, the age
    /// of a named person).</summary>
    private static Func<Mention, Mention, string?>? SubjectLink(QuantityKind kind, string anchor, List<Mention> mentions, SentenceOverlap overlap)
    {
        // Days and dates are the moments compared, so sentences naming other moments may still tell one thing.
        string? Told(Mention a, Mention b) => overlap.SameThing(a.S, b.S, anchor, moments: kind is not (QuantityKind.Date or QuantityKind.Day)) ? SharedReason(overlap.SharedWords(a.S, b.S, anchor)) : null;
        switch (kind)
        {
            // "Arrested on Monday" and "arrested on Tuesday" may be two arrests: days, like dates, need sentences
            // that tell the same thing.
            case QuantityKind.Time or QuantityKind.Distance:
                return null;
            // "116 were killed Wednesday" and "20 were killed on Thursday" in strikes on one city: an act a story tells
            // of day after day (killings, arrests, strikes) is two acts when the sentences give other figures for it.
            // "The coup, which began on March 12" and "in a coup on March 11": a story has one coup (one crash, one
            // election) its outlets date, and sentences about it word the rest apart; two that share two more words
            // (the ousted president's name) date the one event.
            case QuantityKind.Date when QuantityReader.IsEventNoun(anchor):
                return (a, b) => OtherFiguresDiffer(a, b) ? null : Told(a, b) ?? SameFigureTold(a, b, anchor)
                    ?? (overlap.Shared(a.S, b.S, anchor) >= 2 ? $"both date the {anchor}, in sentences sharing {string.Join(", ", overlap.SharedWords(a.S, b.S, anchor).Take(8))}" : null);
            case QuantityKind.Day or QuantityKind.Date:
                return (a, b) => OtherFiguresDiffer(a, b) ? null : Told(a, b) ?? SameFigureTold(a, b, anchor);
            case QuantityKind.Duration:
                return (a, b) => Math.Max(a.Q.Value, b.Q.Value) <= DurationRatio * Math.Min(a.Q.Value, b.Q.Value)
                    ? $"durations within {DurationRatio:0} times of each other, as one event's told two ways" : null;
            case QuantityKind.Age when !anchor.StartsWith("age of the ", StringComparison.Ordinal):
                return null;
            // "A 45-year-old man was arrested after the stabbing" and "a 30-year-old man died after the stabbing": a
            // story has many unnamed men and women (a suspect, a victim, a witness), and sentences about them share the
            // event's words; only a child, most often the one child of the story, is compared unnamed.
            case QuantityKind.Age when anchor != "age of the child":
                return (_, _) => null;
            // "The 2-year-old boy" and "the 4-year-old daughter": a boy and a girl are two children, however alike
            // the sentences about them.
            case QuantityKind.Age:
                return (a, b) => OtherSex(a.Q.Sex, b.Q.Sex) ? null : Told(a, b);
            // A toll is the one figure an article gives for its event: when each of two articles gives only one
            // number of people dead (or arrested), their sentences share words besides, and neither toll is more than
            // twice the other (11 hurt in a fight, 27 in the riot it grew into), it is the same toll.
            case QuantityKind.Count:
            {
                var sole = mentions.GroupBy(m => m.S.DocId).Where(d => DistinctValues(d).Count == 1).Select(d => d.Key).ToHashSet();
                return (a, b) => Told(a, b) ?? (sole.Contains(a.S.DocId) && sole.Contains(b.S.DocId) && !overlap.MomentsDiffer(a.S, b.S)
                    && Math.Max(a.Q.Value, b.Q.Value) <= TollRatio * Math.Min(a.Q.Value, b.Q.Value) && overlap.Shared(a.S, b.S, anchor) >= 2
                    ? $"each article gives this one figure for it, and {SharedReason(overlap.SharedWords(a.S, b.S, anchor))}" : null);
            }
            // A distance from a named point ("65 miles west of Chicago") has its subject in the point and bearing.
            case QuantityKind.Measure when anchor.StartsWith("distance ", StringComparison.Ordinal) && !anchor.StartsWith("distance of ", StringComparison.Ordinal):
                return (a, b) => Told(a, b) ?? (!overlap.MomentsDiffer(a.S, b.S) && Math.Max(a.Q.Value, b.Q.Value) <= MeasureRatio * Math.Min(a.Q.Value, b.Q.Value)
                    ? "the same named point and bearing, and values close enough to be one place" : null);
            // "Seven times closer than any other probe": a record claim names its subject by the comparison itself, so
            // outlets that word the rest apart still give one figure; a comparison with a named thing ("than the old
            // bridge") may be made of two things, and needs sentences that tell the same thing.
            case QuantityKind.Ratio when QuantityReader.IsRecordRatio(anchor):
                return (a, b) => Told(a, b) ?? (!overlap.MomentsDiffer(a.S, b.S) && overlap.Shared(a.S, b.S, anchor) >= 1
                    ? $"both give it as the same record ({anchor}), in sentences sharing {string.Join(", ", overlap.SharedWords(a.S, b.S, anchor).Take(8))}" : null);
            default:
                return Told;
        }
    }

    /// <summary>"DWSD announced a $1 million fund on Tuesday" and "the department on Wednesday announced plans to use $1
    /// million": the same verb dated, told of the same distinctive figure (<see cref="DistinctiveFigure"/>), is one act
    /// however little else the sentences share.</summary>
    private static string? SameFigureTold(Mention a, Mention b, string verb) =>
        DistinctiveFigure.Shared(a.S, b.S) is { } figure ? $"both sentences date \"{verb}\" told of the same {figure}" : null;

    private static string SharedReason(IReadOnlyList<string> words) =>
        words.Count == 0 ? "their sentences tell the same thing" : $"their sentences tell the same thing (shared words: {string.Join(", ", words.Take(8))})";

    /// <summary>A mention is compared with at most this many mentions of its topic after it, in reading order. A
    /// cluster's topic holds a few dozen mentions at most, all compared; an input of thousands of articles holds
    /// thousands ("people dead" across hundreds of stories), whose every pair made this the analysis's largest cost
    /// (5.6 s of CPU for 8 MB, four times that of 4 MB). Articles of one story sit together in an input, so their
    /// mentions stay within reach of each other.</summary>
    public const int DefaultMentionWindow = 300;

    /// <summary><see cref="DefaultMentionWindow"/>; the tests widen it to compare every pair.</summary>
    internal int MentionWindow { get; init; } = DefaultMentionWindow;

    /// <summary>Mentions of one kind and topic, split into sets linked by sentences about one subject: "two
    /// killed" on the Strip and "15 killed" at a school are two subjects (see <see cref="MentionWindow"/>).</summary>
    private List<List<Mention>> SameSubject(List<Mention> mentions, Func<Mention, Mention, string?> link)
    {
        var parent = Enumerable.Range(0, mentions.Count).ToArray();
        int Root(int x) => parent[x] == x ? x : parent[x] = Root(parent[x]);
        for (int i = 0; i < mentions.Count; i++)
            for (int j = i + 1; j < Math.Min(mentions.Count, i + 1 + MentionWindow); j++)
                if (Root(i) != Root(j) && link(mentions[i], mentions[j]) is not null) parent[Root(i)] = Root(j);
        return Enumerable.Range(0, mentions.Count).GroupBy(Root).Select(g => g.Select(i => mentions[i]).ToList()).ToList();
    }

    private Discrepancy? Compare(List<Mention> topic, QuantityKind kind, string anchor, Func<Mention, Mention, string?>? link, SentenceOverlap overlap)
    {
        var byDoc = topic.GroupBy(m => m.S.DocId).ToList();
        if (byDoc.Count < 2 || byDoc.Any(d => DistinctValues(d).Count > 1)) return null;
        // A set joined through a third mention ("the toddler") may still hold a boy and a girl: two stated sexes.
        if (topic.Select(m => m.Q.Sex).Where(x => x != Sex.Unstated).Distinct().Skip(1).Any()) return null;
        var values = DistinctValues(topic);
        if (values.Count < 2) return null;
        string? why = null;
        if (link is not null)
        {
            // Linked sets may join two values through a third mention: one pair of differing values must be linked.
            foreach (var (a, b) in Pairs(topic))
                if (a.S.DocId != b.S.DocId && !FigureAgreement.Same(a.Q, b.Q) && (why = link(a, b)) is not null) break;
            if (why is null) return null;
        }
        // "The death toll rose to 40": a count an outlet tells as one that grew is an update between reports, which the
        // annotation guide does not count as a disagreement ("a figure updated over time when the text says so"), as
        // ComparableFigures already refuses counts told with a word of updating. Asked last, of a topic about to be reported.
        if (kind == QuantityKind.Count && ToldAsRisen(topic)) return null;
        var entries = values.Select(v =>
        {
            var carrying = topic.Where(m => FigureAgreement.Same(m.Q, v.Q)).ToList();
            return new DiscrepancyValue(carrying[0].Q.Text, carrying.Select(c => c.S.DocId).Distinct().ToList(), carrying[0].S.Text,
                carrying.Select(c => new SentenceRef(c.S.DocId, c.S.Position, c.S.Text)).ToList());
        }).ToList();
        var name = TopicName(kind, anchor);
        return new Discrepancy(name, kind, entries) { Reason = ReasonOf(kind, name, entries.Count, why) };
    }

    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
        { "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "dozens", "hundreds" };

    /// <summary>Each sentence gives a figure the other lacks, besides the compared value itself.</summary>
    private static bool OtherFiguresDiffer(Mention a, Mention b)
    {
        static HashSet<string> FiguresOf(Mention m)
        {
            var own = m.Q.Text.Split([' ', '.', ','], StringSplitOptions.RemoveEmptyEntries);
            return m.S.Tokens.Where(t => (t.IsNumber || NumberWords.Contains(t.Norm)) && Array.IndexOf(own, t.Text) < 0)
                .Select(t => t.Norm.Replace(",", "")).ToHashSet(StringComparer.Ordinal);
        }
        var (fa, fb) = (FiguresOf(a), FiguresOf(b));
        return fa.Count > 0 && fb.Count > 0 && !fa.IsSubsetOf(fb) && !fb.IsSubsetOf(fa);
    }

    private static bool ToldAsRisen(List<Mention> topic)
    {
        foreach (var m in topic)
            if (RoseTo().IsMatch(m.S.Text)) return true;
        return false;
    }

    private static bool OtherSex(Sex a, Sex b) => a != Sex.Unstated && b != Sex.Unstated && a != b;

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:rose|risen|climbed|increased|jumped|grew|has\s+grown)\s+to\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RoseTo();

    /// <summary>Rewrites of one sentence that differ in one figure, each set of linked rewrites one discrepancy,
    /// unless a topic above already reports the same two sentences.</summary>
    private static IEnumerable<Discrepancy> Restated(LinkedCluster cluster, List<Discrepancy> found)
    {
        var reported = found.SelectMany(d => d.Values.SelectMany(v => v.Sentences)).Select(s => (s.Doc, s.Index)).ToHashSet();
        var pairs = RestatedFigureFinder.Find(cluster)
            .Where(r => !(reported.Contains((r.A.DocId, r.A.Position)) && reported.Contains((r.B.DocId, r.B.Position)))).ToList();
        // Pairs that share a sentence tell one fact: "4:20" in one article against "4:30" in two others.
        var parent = Enumerable.Range(0, pairs.Count).ToArray();
        int Root(int x) => parent[x] == x ? x : parent[x] = Root(parent[x]);
        // Each sentence joins every pair holding it to the first one that did: the same sets as comparing every two
        // pairs, in one pass.
        var firstHolding = new Dictionary<Sentence, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < pairs.Count; i++)
            foreach (var sentence in (Sentence[])[pairs[i].A, pairs[i].B])
                if (!firstHolding.TryAdd(sentence, i) && Root(i) != Root(firstHolding[sentence])) parent[Root(i)] = Root(firstHolding[sentence]);
        foreach (var set in Enumerable.Range(0, pairs.Count).GroupBy(Root).Select(g => g.Select(i => pairs[i]).ToList()))
        {
            var mentions = set.SelectMany(r => new[] { new Mention(r.ValueA, r.A), new Mention(r.ValueB, r.B) })
                .DistinctBy(m => (m.S.DocId, m.S.Position)).ToList();
            if (mentions.GroupBy(m => m.S.DocId).Any(d => DistinctValues(d).Count > 1)) continue;
            var values = DistinctValues(mentions);
            if (values.Count < 2) continue;
            var first = set[0];
            var entries = values.Select(v =>
            {
                var carrying = mentions.Where(m => FigureAgreement.Same(m.Q, v.Q)).ToList();
                return new DiscrepancyValue(carrying[0].Q.Text, carrying.Select(c => c.S.DocId).Distinct().ToList(), carrying[0].S.Text,
                    carrying.Select(c => new SentenceRef(c.S.DocId, c.S.Position, c.S.Text)).ToList());
            }).ToList();
            yield return new Discrepancy($"the figure in \"{first.Context}\"", QuantityKind.Figure, entries)
            {
                Reason = $"outlets tell the same sentence in nearly the same words ({first.Shared} of {first.Of} content words shared) " +
                         $"and give {entries.Count} different figures in the same place (\"{first.Context}\")",
            };
        }
    }

    private IEnumerable<(Mention A, Mention B)> Pairs(List<Mention> mentions)
    {
        for (int i = 0; i < mentions.Count; i++)
            for (int j = i + 1; j < Math.Min(mentions.Count, i + 1 + MentionWindow); j++)
                yield return (mentions[i], mentions[j]);
    }

    /// <summary>One mention per figure, in order of value: close figures that are one figure told two ways
    /// (<see cref="FigureAgreement"/>) count once.</summary>
    private static List<Mention> DistinctValues(IEnumerable<Mention> mentions)
    {
        var result = new List<Mention>();
        foreach (var m in mentions.OrderBy(m => m.Q.Value))
            if (!result.Any(r => FigureAgreement.Same(r.Q, m.Q))) result.Add(m);
        return result;
    }

    private static string KindName(QuantityKind kind) => kind.ToString().ToLowerInvariant();

    private static string ReasonOf(QuantityKind kind, string topic, int values, string? why)
    {
        var what = kind switch
        {
            QuantityKind.Measure => "the same measure of the same thing from the same reference point",
            QuantityKind.Duration => "how long the same event lasted",
            QuantityKind.Time => "the clock time of the one incident the sentences name",
            QuantityKind.Distance => "the height of the same fall, in units that convert",
            QuantityKind.Age => "the age of the same person",
            QuantityKind.Ratio => "how many times the same comparison comes out",
            _ => $"the same kind of quantity ({KindName(kind)}) about the same subject",
        };
        var reason = $"outlets give {what} ({topic}) {values} different values";
        return why is null ? reason : $"{reason}; {why}";
    }

    private static string TopicName(QuantityKind kind, string anchor) => kind switch
    {
        QuantityKind.Duration => $"how long the {anchor} lasted",
        QuantityKind.Count => $"number of {anchor}",
        QuantityKind.Day => $"day it was {anchor}",
        QuantityKind.Date => QuantityReader.IsEventNoun(anchor) ? $"date of the {anchor}" : $"date it was {anchor}",
        QuantityKind.Time => $"time of the {anchor}",
        QuantityKind.Distance => anchor == "fall" ? "how far the fall was" : "how many storeys the fall was",
        QuantityKind.Ratio => $"how many {anchor}",
        _ => anchor,
    };
}
