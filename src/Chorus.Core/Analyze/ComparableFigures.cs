using System.Globalization;
using Chorus.Segment;

namespace Chorus.Analyze;

/// <summary>
/// Disagreements the narrow kinds of <see cref="QuantityReader"/> have no pattern for: any figure with what it
/// measures written next to it ("121 cases", "six weeks", "4.5 billion years ago", "$2.5 billion", "in 2005",
/// "Oct. 30", "a third of the country"), compared with the figures of the same dimension in other articles (counts of
/// people by any noun that may name the same group: <see cref="PeopleNouns"/>; fractions as shares: <see cref="FractionShare"/>). Unseen stories
/// disagree on whatever they count, so the subject is not taken from a list of kinds but from the sentences: two
/// figures are one fact told two ways only when the words around them (the counted noun's subject, the verb of
/// the event) are the same words in both, the sentences share content besides, and nothing sets them apart (another
/// reference point, another moment, a range, a quotation against narration, an update, an article that gives both
/// values). A reader is shown both sentences and the shared words, so the evidence can be judged.
/// </summary>
internal static class ComparableFigures
{
    /// <summary>Words either side of a figure (and its unit) that tell what it measures.</summary>
    private const int NearWindow = 8;

    /// <summary>Words either side of a figure that are told with it ("48 yachts crossed", "which seats 40,000 fans").</summary>
    private const int NextWindow = 3;

    /// <summary>Shared words near the figure in both sentences: the subject and the event it measures. Two are enough
    /// when one of them is told right next to the figure in both ("which seats 40,000 fans" and "25,000 fans watched"
    /// share the stadium and the match, not what the figure counts); otherwise three.</summary>
    private const int MinNearShared = 2;
    private const int MinNearSharedApart = 3;

    /// <summary>For a bare year or date, which a story gives for many events, one more shared word. Weekdays are left to
    /// the day readings of <see cref="QuantityReader"/>, which date the verb next to the day.</summary>
    private const int MinNearSharedMoment = 3;

    /// <summary>Shared content words over the whole sentences, and their share of the shorter sentence's.</summary>
    private const int MinShared = 3;
    private const double MinShareOfShorter = 0.3;

    /// <summary>Sentences sharing this much of the shorter one's words are rewrites of one sentence.</summary>
    private const double RewriteShare = 0.4;

    /// <summary>Counts, sums and durations more than this far apart are two things (a part and a whole, two phases, a
    /// sentence served and one agreed to): outlets disagree by a margin.</summary>
    private const double MaxRatio = 2;

    /// <summary>Two counts of one noun for one year this far apart at most are one figure outlets disagree on; a
    /// count a quarter larger is of another group (all ages against children, a state against the country).</summary>
    private const double MaxYearCountRatio = 1.25;

    /// <summary>Years more than this far apart are two events, not one dated two ways.</summary>
    private const int MaxYears = 10;

    /// <param name="Near">Content stems within <see cref="NearWindow"/> words of the figure.</param>
    /// <param name="Next">Content stems within <see cref="NextWindow"/> words: the verb or noun the figure is told with.</param>
    private sealed record Slot(Sentence S, string Dimension, string Unit, Quantity Q, string[] Near, string[] Next, string? Reference, bool Quoted)
    {
        /// <summary>Where the figure starts in the sentence.</summary>
        public int Start { get; init; }

        /// <summary>Where the figure and its unit end.</summary>
        public int End { get; init; }

        /// <summary>The first and last token of the figure and its unit.</summary>
        public int First { get; init; }
        public int Last { get; init; }

        /// <summary>The words marking the figure as a part of a sum or the whole of one (<see cref="PartOfWhole"/>).</summary>
        public string Split { get; init; } = "";

        /// <summary>The stem of the counted noun: the unit itself, but for counts of people (<see cref="PeopleNouns"/>),
        /// whose unit is the class and whose noun ("children", "cases") tells which group.</summary>
        public string Noun { get; init; } = Unit;

        /// <summary>The counted noun as written, for counts of people: which group they are.</summary>
        public string Group { get; init; } = "";

        /// <summary>Dimension and unit, made once: the grouping asks for it per figure.</summary>
        public string Key { get; } = Dimension + ":" + Unit;
    }

    private static readonly Dictionary<string, double> NumberWords = new(StringComparer.Ordinal)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100, ["dozen"] = 12,
    };

    private static readonly Dictionary<string, double> Scales = new(StringComparer.Ordinal)
        { ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12 };

    private static readonly Dictionary<string, double> MinutesPer = new(StringComparer.Ordinal)
    {
        ["minute"] = 1, ["minutes"] = 1, ["hour"] = 60, ["hours"] = 60, ["day"] = 1440, ["days"] = 1440, ["week"] = 10080,
        ["weeks"] = 10080, ["month"] = 43200, ["months"] = 43200, ["year"] = 525600, ["years"] = 525600,
    };

    /// <summary>Words that place a figure in time, not in an event: "early Monday morning" (a raid) and "the Sunday morning
    /// shooting" share the morning and nothing that happened; "the budget for the coming year" is approved one day and
    /// signed another.</summary>
    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "morning", "afternoon", "evening", "night", "tonight", "overnight", "early", "late", "earlier", "later", "midday", "noon",
        "midnight", "dawn", "day", "days", "week", "weeks", "month", "months", "year", "years", "coming", "next", "last", "past", "previous",
    };

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>Words after a figure that are no counted thing: "20 percent" is a share, "three times" a ratio, "2 of
    /// the 5" a part.</summary>
    private static readonly HashSet<string> NotCounted = new(StringComparer.Ordinal)
    {
        "percent", "per", "times", "of", "other", "others", "more", "less", "fewer", "points", "point", "am", "pm", "a.m", "p.m",
        "th", "st", "nd", "rd", "mph", "degrees", "votes", "vote", "seconds", "second", "goals", "runs", "yards", "points",
    };

    /// <summary>Words whose number names one of a series ("a Category 2 storm", "Gate 12 passengers", "Route 9"), not a count.</summary>
    private static readonly HashSet<string> Labels = new(StringComparer.Ordinal)
    {
        "category", "gate", "flight", "route", "level", "phase", "grade", "stage", "no", "number", "room", "channel", "highway",
        "interstate", "chapter", "article", "section", "page", "terminal", "platform", "pier", "apartment", "unit", "suite",
        "district", "precinct", "ward", "region", "game", "week", "round", "episode", "season", "version", "model", "type", "class",
    };

    /// <summary>Words that set a figure off from a point or a time: "20 miles from Nairobi", "since 2002", "after the
    /// fire". Two figures measured from two named points are two facts.</summary>
    internal static readonly HashSet<string> ReferenceWords = new(StringComparer.Ordinal) { "from", "since", "after", "before", "than" };

    /// <summary>"The toll rose to 40", "so far", "as of Monday": an article that tells its figure as the state of a
    /// count at some moment gives an update, not a disagreement.</summary>
    private static readonly string[] UpdateWords = ["rose", "risen", "climbed", "increased", "jumped", "grew", "updated", "latest", "revised", "so far", "as of", "now"];

    public static IEnumerable<Discrepancy> Find(IEnumerable<Sentence> sentences, SentenceOverlap overlap, IReadOnlySet<(string Doc, int Index)> reported, int window)
    {
        var slots = new List<Slot>();
        foreach (var s in sentences)
            if (HasFigure(s)) slots.AddRange(Read(s));
        if (slots.Count < 2) yield break;
        // Only figures of a dimension and unit that two articles give can meet: the others are dropped before their
        // words are gathered.
        slots = slots.GroupBy(x => x.Key).Where(g => g.Select(x => x.S.DocId).Distinct().Skip(1).Any()).SelectMany(g => g).Select(WithWords).ToList();
        if (slots.Count < 2) yield break;
        // The values every article gives for each dimension and unit: an article that gives both values tells two facts.
        var byDocKey = slots.GroupBy(x => (x.S.DocId, x.Key)).ToDictionary(g => g.Key, g => g.ToList());
        var pairs = new List<(Slot A, Slot B, string Why, List<string> Near)>();
        foreach (var group in slots.GroupBy(x => x.Key))
        {
            var list = group.ToList();
            for (int i = 0; i < list.Count; i++)
                for (int j = i + 1; j < Math.Min(list.Count, i + 1 + window); j++)
                    if (Why(list[i], list[j], overlap, byDocKey, reported) is { } why) pairs.Add((list[i], list[j], why.Reason, why.Near));
        }
        // Pairs that share a sentence tell one fact ("121" in one article against "120" in two others).
        var parent = Enumerable.Range(0, pairs.Count).ToArray();
        int Root(int x) => parent[x] == x ? x : parent[x] = Root(parent[x]);
        var firstHolding = new Dictionary<(Sentence, string), int>();
        for (int i = 0; i < pairs.Count; i++)
            foreach (var slot in (Slot[])[pairs[i].A, pairs[i].B])
                if (!firstHolding.TryAdd((slot.S, slot.Key), i) && Root(i) != Root(firstHolding[(slot.S, slot.Key)])) parent[Root(i)] = Root(firstHolding[(slot.S, slot.Key)]);
        foreach (var set in Enumerable.Range(0, pairs.Count).GroupBy(Root).Select(g => g.Select(i => pairs[i]).ToList()))
        {
            var members = set.SelectMany(p => new[] { p.A, p.B }).Distinct().ToList();
            // One article giving two values of the set tells two facts.
            if (members.GroupBy(m => m.S.DocId).Any(d => Distinct(d).Count > 1)) continue;
            var values = Distinct(members);
            if (values.Count < 2) continue;
            var entries = values.Select(v =>
            {
                var carrying = members.Where(m => Agree(m.Q, v.Q)).ToList();
                return new DiscrepancyValue(carrying[0].Q.Text, carrying.Select(c => c.S.DocId).Distinct().ToList(), carrying[0].S.Text,
                    carrying.Select(c => new SentenceRef(c.S.DocId, c.S.Position, c.S.Text)).ToList());
            }).ToList();
            var first = set[0];
            yield return new Discrepancy($"{WhatOf(first.A)} ({string.Join(" ", first.Near.Take(5))})", KindOf(first.A.Dimension), entries)
            {
                Reason = $"outlets give {WhatOf(first.A)} {entries.Count} different values in sentences that tell the same thing; {first.Why}",
            };
        }
    }

    private static List<Slot> Distinct(IEnumerable<Slot> slots)
    {
        var result = new List<Slot>();
        foreach (var s in slots.OrderBy(s => s.Q.Value))
            if (!result.Any(r => Agree(r.Q, s.Q))) result.Add(s);
        return result;
    }

    /// <summary>Why two figures are one fact told with two values, or null when they are not.</summary>
    private static (string Reason, List<string> Near)? Why(Slot a, Slot b, SentenceOverlap overlap, Dictionary<(string, string), List<Slot>> byDocKey,
        IReadOnlySet<(string Doc, int Index)> reported)
    {
        if (a.S.DocId == b.S.DocId || a.Quoted != b.Quoted) return null;
        if (reported.Contains((a.S.DocId, a.S.Position)) && reported.Contains((b.S.DocId, b.S.Position))) return null;
        if (Agree(a.Q, b.Q) || !Plausible(a, b)) return null;
        if (a.Reference is not null && b.Reference is not null && a.Reference != b.Reference) return null;
        // "$25 million in punitive damages" against "a total of $33.5 million": a part and a whole are two quantities.
        if (a.Split != b.Split) return null;
        // "20 women" and "21 men", "120 children" and "121 adults": two groups of people named apart.
        if (a.Unit == PeopleNouns.Unit && !PeopleNouns.SameGroup(a.Group, b.Group)) return null;
        // A sentence that itself gives the other's figure, or figures that add up to it, tells the parts or the
        // other fact beside its own ("$33.5 million, including $25 million in punitive damages").
        if (TellsToo(byDocKey[(a.S.DocId, a.Key)], a.S, b.Q) || TellsToo(byDocKey[(b.S.DocId, b.Key)], b.S, a.Q)) return null;
        bool moment = a.Dimension is "year" or "date" or "day";
        // Another moment named tells another fact, unless the moments are the values compared.
        if (!moment && overlap.MomentsDiffer(a.S, b.S)) return null;
        if (a.Dimension is "count" or "money" && (Updates(a.S.Text) || Updates(b.S.Text))) return null;
        // "12 people taken to hospital … in 2014", "21 … in 2015": a year or date told with other figures that differ dates
        // two acts, not one act dated two ways.
        if (moment && OtherFigures(a).ToHashSet() is var fa && OtherFigures(b).ToHashSet() is var fb && fa.Count > 0 && fb.Count > 0
            && !fa.IsSubsetOf(fb) && !fb.IsSubsetOf(fa)) return null;
        var near = a.Near.Intersect(b.Near, StringComparer.Ordinal).ToList();
        // An article that gives the other's value for the same dimension and unit, about the same thing (near the same
        // shared words), tells two facts ("48 yachts crossed the start line", "45 crossed the finish line"); a date it
        // gives for another event does not count.
        if (GivesToo(byDocKey[(a.S.DocId, a.Key)], b.Q, near) || GivesToo(byDocKey[(b.S.DocId, b.Key)], a.Q, near)) return null;
        // "The CDC began tracking it in 2014, when 121 cases were confirmed" and "it peaked in 2014, with 120 cases
        // reported": a count of one noun that both sentences give for the one year they name is one yearly figure,
        // however differently the rest is worded.
        if (a.Dimension == "count" && YearOfCount(a) is { } year && year == YearOfCount(b) && Math.Max(a.Q.Value, b.Q.Value) <= MaxYearCountRatio * Math.Min(a.Q.Value, b.Q.Value))
            return ($"both give the number of {WhatOf(a)[("the number of ").Length..]} for {year}, the one year either sentence names", [year]);
        bool nextShared = a.Next.Intersect(b.Next, StringComparer.Ordinal).Any();
        // Another figure both sentences give ("a $1 million fund" announced on two days) ties them as a shared word does.
        int figures = OtherFigures(a).Intersect(OtherFigures(b), StringComparer.Ordinal).Count();
        if (near.Count + figures < (moment ? MinNearSharedMoment : nextShared ? MinNearShared : MinNearSharedApart)) return null;
        // Names shared say who, not what happened: "paid tribute to Dickson Wright on Monday" and "Dickson Wright died on
        // Saturday" are two events of one person. One shared word must be a common word (a verb, a noun).
        if (!near.Any(stem => a.S.Tokens.Any(t => t.Stem == stem && char.IsLower(t.Text[0])))) return null;
        var (shared, shorter) = SharedOf(a, b);
        shared += figures;
        // Rewrites of one sentence with the figure between the same two words are <see cref="RestatedFigureFinder"/>'s to judge:
        // it knows the words that narrow a figure ("$25 million in punitive damages" against "$33.5 million in damages").
        if (shared >= MinShared && shared >= RewriteShare * shorter && WordBefore(a) is { } before && before == WordBefore(b)
            && WordAfter(a) is { } after && after == WordAfter(b)) return null;
        // "whose remains were found about five weeks after" and "Her remains were found six weeks later": the same words
        // told right before the figure in both are the fact itself, however little else the sentences share.
        if (!SamePhraseBefore(a, b) && (shared < MinShared || shared < MinShareOfShorter * shorter)) return null;
        var words = near.Select(stem => a.S.Tokens.First(t => t.Stem == stem).Norm).ToList();
        return ($"the words around the figures are the same ({string.Join(", ", words.Take(8))}), and the sentences share {shared} of {shorter} content words", words);
    }

    /// <summary>Figures told two ways: as <see cref="FigureAgreement"/>, and besides a round figure ("$70,000") agrees with
    /// one it rounds ("$70,246"): a figure with three zeros at its end is written to its thousands at least.</summary>
    private static bool Agree(Quantity a, Quantity b)
    {
        if (FigureAgreement.Same(a, b)) return true;
        static double Round(Quantity q)
        {
            if (q.Precision > 0 || q.Value < 1000 || q.Value != Math.Floor(q.Value)) return 0;
            double unit = 1;
            while (q.Value % (unit * 10) == 0) unit *= 10;
            return unit >= 1000 ? unit : 0;
        }
        return Math.Abs(a.Value - b.Value) <= Math.Max(Round(a), Round(b)) / 2;
    }

    /// <summary>An article's own figure of the same dimension and unit that agrees with the other's, told about the
    /// same thing (two of the pair's shared words near it).</summary>
    private static bool GivesToo(List<Slot> own, Quantity other, List<string> near) =>
        own.Any(o => Agree(o.Q, other) && o.Near.Count(near.Contains) >= MinNearShared);

    /// <summary>The sentence gives the other figure too, or figures that add up to it.</summary>
    private static bool TellsToo(List<Slot> own, Sentence sentence, Quantity other)
    {
        var here = own.Where(o => ReferenceEquals(o.S, sentence)).Select(o => o.Q).ToList();
        // Dates and years do not add up: only amounts are split into parts.
        bool amount = own[0].Dimension is "count" or "money" or "duration";
        return here.Any(q => Agree(q, other)) || amount && PartOfWhole.AddUpTo(here.Select(q => q.Value).ToList(), other.Value, (x, y) => Agree(other with { Value = x }, other with { Value = y }));
    }

    /// <summary>The year a count is told for: the only year its sentence names, within <see cref="NearWindow"/> words of it.</summary>
    private static string? YearOfCount(Slot s)
    {
        var tokens = s.S.Tokens;
        string? year = null;
        for (int k = 0; k < tokens.Count; k++)
        {
            var norm = tokens[k].Norm;
            if (norm.Length != 4 || !tokens[k].IsNumber || !MomentWords.IsMoment(norm)) continue;
            if (year is not null && year != norm || Math.Abs(k - s.First) > NearWindow) return null;
            year = norm;
        }
        return year;
    }

    /// <summary>The other figures of a sentence, as written (digits or number words).</summary>
    private static IEnumerable<string> OtherFigures(Slot s) =>
        s.S.Tokens.Where(t => (t.IsNumber || NumberWords.ContainsKey(t.Norm)) && !s.Q.Text.Contains(t.Text, StringComparison.Ordinal)).Select(t => t.Norm);

    /// <summary>The word right after the figure and its unit.</summary>
    private static string? WordAfter(Slot s)
    {
        foreach (var t in s.S.Tokens)
            if (t.Start >= s.End) return t.Norm;
        return null;
    }

    /// <summary>The word right before the figure and its hedge.</summary>
    private static string? WordBefore(Slot s)
    {
        var tokens = s.S.Tokens;
        int at = -1;
        for (int k = 0; k < tokens.Count && at < 0; k++) if (tokens[k].Start >= s.Start) at = k;
        while (at > 0 && tokens[at - 1].Start >= s.Start) at--;
        return at > 0 ? tokens[at - 1].Norm : null;
    }

    /// <summary>The two content words last before the figure (within five words) are the same two in both sentences.</summary>
    private static bool SamePhraseBefore(Slot a, Slot b)
    {
        static string? Before(Slot s)
        {
            var tokens = s.S.Tokens;
            int at = tokens.ToList().FindIndex(t => t.Start >= s.Start);
            var words = new List<string>();
            for (int k = at - 1; k >= Math.Max(0, at - 5) && words.Count < 2; k--)
                if (tokens[k].Word.IsContent && !tokens[k].IsNumber) words.Add(tokens[k].Stem);
            return words.Count == 2 ? words[0] + " " + words[1] : null;
        }
        return Before(a) is { } x && x == Before(b);
    }

    private static (int Shared, int Shorter) SharedOf(Slot a, Slot b)
    {
        var sa = a.S.ContentStems.Where(x => !char.IsDigit(x[0]) && x != a.Noun).ToHashSet(StringComparer.Ordinal);
        var sb = b.S.ContentStems.Where(x => !char.IsDigit(x[0]) && x != b.Noun).ToHashSet(StringComparer.Ordinal);
        return (sa.Count(sb.Contains), Math.Min(sa.Count, sb.Count));
    }

    private static bool Plausible(Slot a, Slot b)
    {
        double lo = Math.Min(a.Q.Value, b.Q.Value), hi = Math.Max(a.Q.Value, b.Q.Value);
        return a.Dimension switch
        {
            "year" => hi - lo <= MaxYears,
            "date" or "day" => true,
            _ => lo > 0 && hi <= MaxRatio * lo,
        };
    }

    private static bool Updates(string text)
    {
        foreach (var w in UpdateWords)
        {
            int at = text.IndexOf(w, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsLetter(text[at - 1])) && (at + w.Length == text.Length || !char.IsLetter(text[at + w.Length]))) return true;
        }
        return false;
    }

    private static bool HasFigure(Sentence s)
    {
        // By index: asked of every sentence, and a foreach over the token list boxed an enumerator each time.
        var tokens = s.Tokens;
        for (int k = 0; k < tokens.Count; k++)
            if (tokens[k] is var t && (t.IsNumber || NumberWords.ContainsKey(t.Norm) || FractionShare.MayBe(t))) return true;
        return false;
    }

    /// <summary>Each figure of a sentence with the unit written next to it.</summary>
    private static IEnumerable<Slot> Read(Sentence s)
    {
        var tokens = s.Tokens;
        for (int k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (FractionShare.MayBe(t) && FractionShare.TryRead(tokens, k, out var percent, out var start))
            {
                var (fractionHedge, fractionWords) = HedgeBefore(tokens, start);
                yield return SlotAt(s, start, k, "share", "", new Quantity(QuantityKind.Figure, "", percent, s.Text[tokens[start - fractionWords].Start..t.End],
                    fractionHedge != Hedge.None) { Hedge = fractionHedge, Precision = FractionShare.Looseness });
                continue;
            }
            if (!TryValue(t, out var value, out var decimals)) continue;
            if (InRange(s, k)) continue;
            int month = k > 0 ? MonthOf(tokens[k - 1].Norm) : 0;
            if (month > 0 && t.IsNumber && value is >= 1 and <= 31 && value == Math.Floor(value))
            {
                // "born on June 3, 1950": a date with its year is no event of the story's days.
                if (k + 1 < tokens.Count && MomentWords.IsMoment(tokens[k + 1].Norm)) continue;
                yield return SlotAt(s, k - 1, k, "date", "", new Quantity(QuantityKind.Date, "", month * 100 + value, s.Text[tokens[k - 1].Start..t.End], false));
                continue;
            }
            var (hedge, hedgeWords) = HedgeBefore(tokens, k);
            // The value as written, with its hedge ("about five weeks").
            int from = tokens[k - hedgeWords].Start;
            bool money = t.Start > 0 && s.Text[t.Start - 1] is '$' or '£' or '€';
            int end = k;
            double scale = 1;
            // "$2.5bn", "$40m": a scale written onto the digits.
            var suffix = t.IsNumber ? t.Norm.TrimStart("0123456789.,".ToCharArray()) : "";
            if (suffix is "bn" or "billion") scale = 1e9;
            else if (suffix is "m" or "million") scale = 1e6;
            else if (suffix.Length > 0) continue;
            if (end + 1 < tokens.Count && Scales.TryGetValue(tokens[end + 1].Norm, out var sc)) { scale = sc; end++; }
            if (t.IsNumber && !money && scale == 1 && t.Norm.Length == 4 && value is >= 1900 and <= 2099 && k > 0 && tokens[k - 1].Norm is "in" or "since" or "until" or "by" or "from")
            {
                yield return SlotAt(s, k, k, "year", "", new Quantity(QuantityKind.Date, "", value, t.Text, false));
                continue;
            }
            double precision = scale > 1 ? scale / Math.Pow(10, decimals) : 0;
            string text = s.Text[(money ? Math.Min(from, t.Start - 1) : from)..tokens[end].End];
            if (money)
            {
                if (value * scale < 2) continue;
                yield return SlotAt(s, k, end, "money", s.Text[t.Start - 1].ToString(), new Quantity(QuantityKind.Figure, "", value * scale, text, hedge != Hedge.None) { Hedge = hedge, Precision = precision });
                continue;
            }
            // "12%": the sign is no token of its own.
            if (!money && scale == 1 && tokens[end].End < s.Text.Length && s.Text[tokens[end].End] == '%')
            {
                yield return Share(s, k, end, from, value, hedge, tokens[end].End + 1);
                continue;
            }
            if (end + 1 >= tokens.Count) continue;
            var unit = tokens[end + 1];
            // "30 (34%) cases": the unit must follow the figure after white space only.
            if (!string.IsNullOrWhiteSpace(s.Text[tokens[end].End..unit.Start])) continue;
            // "40 percent of voters", "12 per cent": a share, compared with shares of the same thing.
            if (scale == 1 && (unit.Norm == "percent" || unit.Norm == "per" && end + 2 < tokens.Count && tokens[end + 2].Norm == "cent"))
            {
                int last = unit.Norm == "per" ? end + 2 : end + 1;
                yield return Share(s, k, last, from, value, hedge, tokens[last].End);
                continue;
            }
            // "a Category 2 storm", "Gate 12 passengers": a figure after a name is a label, not a count.
            if (k > 0 && Labels.Contains(tokens[k - 1].Norm)) continue;
            // "12 miles" is a measure the quantity reader compares with its reference point; "a 6-year-old" an age.
            if (QuantityReader.IsMeasureUnit(unit.Norm) || unit.Norm.Contains("-old", StringComparison.Ordinal)) continue;
            // A figure joined to its unit by a hyphen ("a five-year sentence", "the 10-day trip") qualifies a noun, as
            // does one whose unit is followed by "old" ("three years old").
            if (s.Text[t.End..unit.Start] is var between && between.Contains('-')) continue;
            if (MinutesPer.TryGetValue(unit.Norm, out var minutes))
            {
                var after = end + 2 < tokens.Count ? tokens[end + 2].Norm : "";
                if (after is "old" or "older" or "younger") continue;
                if (after == "ago")
                {
                    yield return SlotAt(s, k, end + 2, "ago", "", new Quantity(QuantityKind.Duration, "", value * scale * minutes / 525600, s.Text[from..tokens[end + 2].End], hedge != Hedge.None) { Hedge = hedge, Precision = precision * minutes / 525600 });
                    continue;
                }
                yield return SlotAt(s, k, end + 1, "duration", "", new Quantity(QuantityKind.Duration, "", value * scale * minutes, s.Text[from..unit.End], hedge != Hedge.None) { Hedge = hedge, Precision = precision * minutes });
                continue;
            }
            // "As many as 20 Colombian women", "three male friends", "seven armed men": one word may describe the people
            // counted; the noun after it is the unit.
            if (!PeopleNouns.Counts(unit.Norm) && !unit.IsNumber && !NotCounted.Contains(unit.Norm) && end + 2 < tokens.Count
                && PeopleNouns.Counts(tokens[end + 2].Norm) && string.IsNullOrWhiteSpace(s.Text[unit.End..tokens[end + 2].Start]))
                unit = tokens[++end + 1];
            if (value * scale < 2 || !unit.Word.IsContent || !char.IsLower(unit.Text[0]) || NotCounted.Contains(unit.Norm) || unit.IsNumber) continue;
            var counted = new Quantity(QuantityKind.Count, "", value * scale, s.Text[from..unit.End], hedge != Hedge.None) { Hedge = hedge, Precision = precision };
            yield return PeopleNouns.Counts(unit.Norm)
                ? SlotAt(s, k, end + 1, "count", PeopleNouns.Unit, counted) with { Noun = unit.Stem, Group = unit.Norm }
                : SlotAt(s, k, end + 1, "count", unit.Stem, counted);
        }
    }

    /// <summary>A share ("40 percent", "12%"), as written with its hedge.</summary>
    private static Slot Share(Sentence s, int first, int last, int from, double value, Hedge hedge, int textEnd) =>
        SlotAt(s, first, last, "share", "", new Quantity(QuantityKind.Figure, "", value, s.Text[from..textEnd], hedge != Hedge.None) { Hedge = hedge });

    /// <summary>A figure read, without the words around it: those are gathered only for figures that another article
    /// gives in the same dimension and unit (<see cref="WithWords"/>), most figures having none to meet.</summary>
    private static Slot SlotAt(Sentence s, int first, int last, string dimension, string unit, Quantity q)
    {
        var tokens = s.Tokens;
        string? reference = null;
        for (int k = last + 1; k < Math.Min(tokens.Count, last + 3) && reference is null; k++)
            if (ReferenceWords.Contains(tokens[k].Norm))
                // The point itself: the first content word after the reference word ("from Nairobi", "since the fire").
                for (int r = k + 1; r < Math.Min(tokens.Count, k + 4) && reference is null; r++)
                    if (tokens[r].Word.IsContent) reference = tokens[k].Norm + " " + tokens[r].Norm;
        return new Slot(s, dimension, unit, q with { Anchor = unit }, [], [], reference, Quoted(s, s.Tokens[first].Start))
            { Start = s.Tokens[first].Start, End = s.Tokens[last].End, First = first, Last = last };
    }

    /// <summary>The slot with the content words within <see cref="NearWindow"/> and <see cref="NextWindow"/> words of it.</summary>
    private static Slot WithWords(Slot slot)
    {
        var tokens = slot.S.Tokens;
        string[] Around(int window)
        {
            var near = new HashSet<string>(StringComparer.Ordinal);
            for (int k = Math.Max(0, slot.First - window); k < Math.Min(tokens.Count, slot.Last + 1 + window); k++)
            {
                if (k >= slot.First && k <= slot.Last) continue;
                var t = tokens[k];
                if (!t.Word.IsContent || t.IsNumber || MomentWords.IsMoment(t.Norm) || TimeWords.Contains(t.Norm) || NumberWords.ContainsKey(t.Norm) || t.Stem == slot.Noun) continue;
                near.Add(t.Stem);
            }
            return [.. near];
        }
        return slot with { Near = Around(NearWindow), Next = Around(NextWindow), Split = PartOfWhole.Marks(slot.S, slot.First, slot.Last, slot.Dimension == "money") };
    }

    /// <summary>Inside quotation marks at that offset: more opening than closing curly marks before it, or an odd
    /// number of straight ones; or a sentence inside a quotation over several sentences.</summary>
    internal static bool Quoted(Sentence s, int at)
    {
        if (s.Quotation.Role == QuoteRole.Inside) return true;
        int open = 0, close = 0, straight = 0;
        for (int i = 0; i < at; i++)
            switch (s.Text[i])
            {
                case '“': open++; break;
                case '”': close++; break;
                case '"': straight++; break;
            }
        return open > close || straight % 2 == 1;
    }

    /// <summary>A figure that is one end of a range ("between 6:45 and 7", "20 to 25", "2010-2012") is compared with
    /// neither end of another range nor a figure alone.</summary>
    private static bool InRange(Sentence s, int k)
    {
        var tokens = s.Tokens;
        for (int b = Math.Max(0, k - 4); b < k; b++)
            if (tokens[b].Norm == "between") return true;
        if (k + 2 < tokens.Count && tokens[k + 1].Norm is "to" or "and" or "or" && (tokens[k + 2].IsNumber || NumberWords.ContainsKey(tokens[k + 2].Norm))) return true;
        if (k >= 2 && tokens[k - 1].Norm is "to" or "and" or "or" && (tokens[k - 2].IsNumber || NumberWords.ContainsKey(tokens[k - 2].Norm))) return true;
        if (k + 1 < tokens.Count && tokens[k + 1].IsNumber && s.Text[tokens[k].End..tokens[k + 1].Start] is "-" or "–" or "—") return true;
        if (k >= 1 && tokens[k - 1].IsNumber && s.Text[tokens[k - 1].End..tokens[k].Start] is "-" or "–" or "—") return true;
        return false;
    }

    /// <summary>The hedge before a figure and how many words it takes.</summary>
    private static (Hedge Hedge, int Words) HedgeBefore(IReadOnlyList<Token> tokens, int k)
    {
        string w1 = k >= 1 ? tokens[k - 1].Norm : "", w2 = k >= 2 ? tokens[k - 2].Norm : "", w3 = k >= 3 ? tokens[k - 3].Norm : "";
        if (w3 == "as" && w2 is "many" or "much" && w1 == "as") return (Hedge.AtMost, 3);
        if (w2 == "at" && w1 == "least" || w2 is "more" or "greater" && w1 == "than") return (Hedge.AtLeast, 2);
        if (w2 == "up" && w1 == "to" || w2 is "less" or "fewer" && w1 == "than") return (Hedge.AtMost, 2);
        if (w1 == "over") return (Hedge.AtLeast, 1);
        if (w1 == "under") return (Hedge.AtMost, 1);
        if (w1 is "about" or "around" or "nearly" or "almost" or "roughly" or "approximately" or "some" or "estimated") return (Hedge.About, 1);
        return (Hedge.None, 0);
    }

    private static int MonthOf(string norm)
    {
        if (norm.Length < 3) return 0;
        for (int m = 0; m < 12; m++)
            if (MonthNames[m] == norm || norm.Length is 3 or 4 && MonthNames[m].StartsWith(norm, StringComparison.Ordinal) && norm != "mar" && norm != "may") return m + 1;
        return norm is "may" ? 5 : 0;
    }

    private static bool TryValue(Token t, out double value, out int decimals)
    {
        decimals = 0;
        if (NumberWords.TryGetValue(t.Norm, out value)) return true;
        if (!t.IsNumber) return false;
        int n = 0;
        while (n < t.Norm.Length && (char.IsDigit(t.Norm[n]) || t.Norm[n] is '.' or ',')) n++;
        var digits = t.Norm[..n].Replace(",", "");
        int dot = digits.IndexOf('.');
        if (dot >= 0) decimals = digits.Length - dot - 1;
        return double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static QuantityKind KindOf(string dimension) => dimension switch
    {
        "count" => QuantityKind.Count,
        "duration" or "ago" => QuantityKind.Duration,
        "year" or "date" => QuantityKind.Date,
        "day" => QuantityKind.Day,
        _ => QuantityKind.Figure,
    };

    private static string WhatOf(Slot s) => s.Dimension switch
    {
        "count" => $"the number of {(s.Group.Length > 0 ? s.Group : s.Unit)}",
        "duration" => "how long it took",
        "ago" => "how long ago it was",
        "year" => "the year it happened",
        "date" => "the date it happened",
        "day" => "the day it happened",
        "money" => "the sum",
        "share" => "the share",
        _ => "the figure",
    };
}
