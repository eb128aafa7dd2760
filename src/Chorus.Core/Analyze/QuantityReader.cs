using System.Globalization;
using System.Text.RegularExpressions;
using Chorus.Segment;

namespace Chorus.Analyze;

/// <summary>A value a sentence states about something: a duration, a count, an age, an amount, a day, a rank.</summary>
/// <param name="Kind">What sort of value it is, which decides how two values compare.</param>
/// <param name="Anchor">What the value is about, normalised ("talks", "passenger", "age of Tomas Reiner").</param>
/// <param name="Value">Comparable value (minutes for durations, the number for counts, the weekday's name for days).</param>
/// <param name="Text">The words as written ("nearly three hours").</param>
/// <param name="Approximate">Hedged ("about", "at least", "nearly"): a close exact figure may not contradict it.</param>
public sealed record Quantity(QuantityKind Kind, string Anchor, double Value, string Text, bool Approximate)
{
    /// <summary>Which way the figure is hedged, when it is: a floor or a ceiling agrees with figures beyond it.</summary>
    public Hedge Hedge { get; init; } = Approximate ? Hedge.About : Hedge.None;

    /// <summary>The unit of the last digit written, for figures with a scale word ("$7.2 billion": 100 million), which
    /// are rounded to it; 0 otherwise.</summary>
    public double Precision { get; init; }

    /// <summary>The unit the value was written in ("mile", "kilometre"), for measures: the same figure converted
    /// from another unit is only as exact as the conversion.</summary>
    public string? Unit { get; init; }

    /// <summary>The sex of the person whose age it is, when the word for them states it ("a 2-year-old boy").</summary>
    public Sex Sex { get; init; }
}

/// <summary>
/// Reads quantities and what they are about from a sentence. The anchors are words of the sentence itself
/// (the noun counted, the event that lasted), normalised by stem and a small table of event synonyms
/// ("talks", "spoke", "met" are one event), never names from a list.
/// </summary>
public static partial class QuantityReader
{
    private static readonly Dictionary<string, double> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["hundred"] = 100, ["dozen"] = 12, ["half"] = 0.5,
    };

    private static readonly Dictionary<string, double> MinutesPer = new(StringComparer.OrdinalIgnoreCase)
    {
        ["minute"] = 1, ["hour"] = 60, ["day"] = 1440, ["week"] = 10080, ["month"] = 43200, ["year"] = 525600,
    };

    /// <summary>Words naming the same kind of event, so "the rescue took four hours" and "the operation lasted two
    /// hours" meet. Talks are not among them: "an hour of talks" and "spoke for three hours" may be a one-to-one
    /// and a whole visit, and one sample was the only text that paired them.</summary>
    private static readonly string[][] EventSynonyms =
    [
        ["rescue", "operation", "search", "evacuation"],
        ["trial", "hearing", "deliberation", "deliberations"],
        ["flight", "journey", "trip", "crossing", "voyage"],
        ["delay", "wait", "standoff", "siege"],
    ];

    /// <summary>The incidents whose time of day outlets report: a sentence naming one of them and a clock time gives
    /// the time of that incident. Two kinds in one sentence ("arrested at 2 a.m. after the shooting") give none. Not
    /// "fire": fire services, opening fire and being fired say nothing of a blaze.</summary>
    private static readonly (string Incident, string[] Words)[] Incidents =
    [
        ("fall", ["fell", "fall", "falls", "falling", "slipped", "plunged", "plummeted", "tumbled", "landed", "landing"]),
        ("shooting", ["shooting", "shot", "gunfire", "gunshots", "gunman"]),
        ("crash", ["crash", "crashed", "collided", "collision", "derailed"]),
        ("attack", ["attack", "attacked", "stabbed", "stabbing", "assaulted", "mauled"]),
        ("fire", ["blaze", "flames", "inferno"]),
        ("explosion", ["explosion", "exploded", "blast"]),
        ("earthquake", ["earthquake", "quake", "tremor"]),
    ];

    /// <summary>Words for one young person an article may call a child, a toddler or a son in turn.</summary>
    private static readonly HashSet<string> ChildNouns = new(StringComparer.OrdinalIgnoreCase)
        { "child", "toddler", "boy", "girl", "son", "daughter", "baby", "infant", "kid" };

    /// <summary>Units of measure, with their dimension and size in one base unit of it (metres, litres,
    /// kilograms, square metres), so "12 miles" and "19 kilometres" compare, and miles never meet gallons.</summary>
    private static readonly Dictionary<string, (string Dimension, double Factor)> MeasureUnits = new(StringComparer.Ordinal)
    {
        ["mile"] = ("distance", 1609.34), ["miles"] = ("distance", 1609.34), ["kilometer"] = ("distance", 1000), ["kilometers"] = ("distance", 1000),
        ["kilometre"] = ("distance", 1000), ["kilometres"] = ("distance", 1000), ["km"] = ("distance", 1000), ["meter"] = ("distance", 1),
        ["meters"] = ("distance", 1), ["metre"] = ("distance", 1), ["metres"] = ("distance", 1), ["yards"] = ("distance", 0.9144),
        ["feet"] = ("distance", 0.3048), ["foot"] = ("distance", 0.3048), ["inches"] = ("distance", 0.0254),
        ["gallon"] = ("volume", 3.785), ["gallons"] = ("volume", 3.785), ["liter"] = ("volume", 1), ["liters"] = ("volume", 1),
        ["litre"] = ("volume", 1), ["litres"] = ("volume", 1), ["barrel"] = ("volume", 159), ["barrels"] = ("volume", 159),
        ["ton"] = ("weight", 1000), ["tons"] = ("weight", 1000), ["tonne"] = ("weight", 1000), ["tonnes"] = ("weight", 1000),
        ["kilogram"] = ("weight", 1), ["kilograms"] = ("weight", 1), ["kilos"] = ("weight", 1), ["kg"] = ("weight", 1),
        ["acre"] = ("area", 4046.86), ["acres"] = ("area", 4046.86), ["hectare"] = ("area", 10000), ["hectares"] = ("area", 10000),
    };

    /// <summary>One name per unit, so "km" and "kilometres" count as one unit when two outlets' figures are compared.</summary>
    private static readonly Dictionary<string, string> UnitNames = new(StringComparer.Ordinal)
    {
        ["km"] = "kilometre", ["kilometer"] = "kilometre", ["kilometers"] = "kilometre", ["kilometres"] = "kilometre",
        ["meter"] = "metre", ["meters"] = "metre", ["metres"] = "metre", ["feet"] = "foot", ["inches"] = "inch",
        ["liter"] = "litre", ["liters"] = "litre", ["litres"] = "litre", ["tonne"] = "ton", ["tonnes"] = "ton", ["tons"] = "ton",
        ["kilograms"] = "kilogram", ["kilos"] = "kilogram", ["kg"] = "kilogram",
    };

    /// <summary>Whether a word is a unit of measure the reader knows ("miles", "km", "gallons").</summary>
    public static bool IsMeasureUnit(string word) => MeasureUnits.ContainsKey(word);

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
        { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

    /// <summary>The quantities a sentence of the cluster states; words are taken from its shared tokens.</summary>
    public static IEnumerable<Quantity> Read(Sentence sentence) => Read(sentence.Text, sentence.Tokens);

    /// <summary>The quantities a text states, for a text that is not a segmented sentence (it is tokenized only
    /// if a clock time needs its words).</summary>
    public static IEnumerable<Quantity> Read(string sentence) => Read(sentence, null);

    private static IEnumerable<Quantity> Read(string sentence, IReadOnlyList<Token>? tokens)
    {
        // Most sentences pass none of the gates: they are answered without the reading's iterator, whose state
        // (every pattern's locals) was the largest allocation of the discrepancy pass.
        var gates = new FigureGates(sentence);
        return gates.Any ? Read(sentence, tokens, gates) : [];
    }

    private static IEnumerable<Quantity> Read(string sentence, IReadOnlyList<Token>? tokens, FigureGates gates)
    {
        // The figure patterns try their hedges at every word: a sentence without any of a pattern's key words is
        // not scanned by it (most sentences have none, and the scan was most of the analysis time).
        foreach (Match m in gates.Duration ? Duration().Matches(sentence) : Enumerable.Empty<Match>())
        {
            if (!TryNumber(m.Groups["num"].Value, out var n)) continue;
            var unit = m.Groups["unit"].Value.TrimEnd('s');
            // "two hours ago", "three hours quicker": a point in time or a difference, not how long something lasted;
            // "12 1/2 days" is not "2 days".
            if (AgoLater().IsMatch(sentence.AsSpan(m.Index + m.Length)) || m.Groups["num"].Index > 0 && sentence[m.Groups["num"].Index - 1] == '/') continue;
            // "Wait a minute", "just a minute": a turn of speech, not a time anyone waited.
            if (m.Groups["unit"].Value.StartsWith("minute", StringComparison.OrdinalIgnoreCase) && !m.Groups["approx"].Success && m.Groups["num"].Value is "a" or "A" && WaitA().IsMatch(sentence.AsSpan(0, m.Groups["num"].Index))) continue;
            var anchor = Event(m.Groups["of"].Value) ?? Event(m.Groups["verb"].Value) ?? Event(OfNoun().Match(sentence[(m.Index + m.Length)..]).Groups["noun"].Value)
                ?? NearestEvent(sentence.AsSpan(0, m.Index));
            if (anchor is null) continue;
            yield return new Quantity(QuantityKind.Duration, anchor, n * MinutesPer[unit], m.Value.Trim(), m.Groups["approx"].Success) { Hedge = HedgeOf(m.Groups["approx"]) };
        }
        // Each pattern below needs a literal a sentence may lack (an age's digits, "-year-old", "year"): the name
        // patterns in front of them would otherwise be tried at every capital of every sentence.
        bool digits = gates.Digits;
        foreach (Match m in gates.AgeAfterName ? AgeAfterName().Matches(sentence) : Enumerable.Empty<Match>())
            if (NameForms.Clean(m.Groups["name"].Value) is { } name && int.TryParse(m.Groups["age"].Value, out var age) && age is > 0 and < 120)
                yield return new Quantity(QuantityKind.Age, $"age of {name}", age, m.Groups["age"].Value, false);
        foreach (Match m in gates.YearOld ? YearOld().Matches(sentence) : Enumerable.Empty<Match>())
            if (PersonAged(sentence, m) is { } name && int.TryParse(m.Groups["age"].Value, out var age) && age is > 0 and < 120)
                yield return new Quantity(QuantityKind.Age, $"age of {name}", age, $"{age}-year-old", false);
        foreach (Match m in gates.YearOldPerson ? YearOldPerson().Matches(sentence) : Enumerable.Empty<Match>())
        {
            if (!TryNumber(m.Groups["age"].Value, out var age) || age is <= 0 or >= 120) continue;
            if (m.Groups["half"].Success) age += 0.5;
            var noun = m.Groups["noun"].Value.ToLowerInvariant();
            var who = ChildNouns.Contains(noun) ? "child" : noun is "teen" or "teenager" ? "teenager" : noun;
            yield return new Quantity(QuantityKind.Age, $"age of the {who}", age, m.Value[..m.Value.LastIndexOf(m.Groups["noun"].Value, StringComparison.Ordinal)].Trim(), false)
            {
                Sex = noun is "boy" or "son" ? Sex.Male : noun is "girl" or "daughter" ? Sex.Female : Sex.Unstated,
            };
        }
        // A weekday's or a month's name, a fall verb: most sentences have none, and these patterns try a verb at every word.
        foreach (Match m in gates.DayAfterOn ? DayOfEvent().Matches(sentence) : Enumerable.Empty<Match>())
        {
            var day = m.Groups["day"].Value;
            if (!Weekdays.Contains(day)) continue;
            yield return new Quantity(QuantityKind.Day, Singular(m.Groups["verb"].Value.ToLowerInvariant()), Array.IndexOf(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], day.ToLowerInvariant()), day, false);
        }
        // "The department on Wednesday announced", "was arrested Monday": wire style puts the day before the verb, or
        // right after it without "on".
        foreach (Match m in gates.DayNextToVerb ? DayNextToVerb().Matches(sentence) : Enumerable.Empty<Match>())
        {
            var day = m.Groups["day"].Value;
            yield return new Quantity(QuantityKind.Day, Singular(m.Groups["verb"].Value.ToLowerInvariant()), Array.IndexOf(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], day.ToLowerInvariant()), day, false);
        }
        foreach (Match m in gates.Date ? DateOfEvent().Matches(sentence) : Enumerable.Empty<Match>())
        {
            int month = Array.FindIndex(Months, mo => m.Groups["month"].Value.StartsWith(mo, StringComparison.OrdinalIgnoreCase)) + 1;
            if (month == 0 || !int.TryParse(m.Groups["day"].Value, out var dayOfMonth) || dayOfMonth is < 1 or > 31) continue;
            yield return new Quantity(QuantityKind.Date, Singular(m.Groups["verb"].Value.ToLowerInvariant()), month * 100 + dayOfMonth, m.Value[(m.Groups["month"].Index - m.Index)..].Trim(), false);
        }
        // "in a coup on March 11", "The coup, which began on March 12": the date of an event named by its noun, the
        // way a story names what happened; both forms are dated under the noun, so they meet.
        foreach (Match m in gates.Date ? DateOfNamedEvent().Matches(sentence) : Enumerable.Empty<Match>())
        {
            int month = Array.FindIndex(Months, mo => m.Groups["month"].Value.StartsWith(mo, StringComparison.OrdinalIgnoreCase)) + 1;
            if (month == 0 || !int.TryParse(m.Groups["day"].Value, out var dayOfMonth) || dayOfMonth is < 1 or > 31) continue;
            yield return new Quantity(QuantityKind.Date, Singular(m.Groups["noun"].Value.ToLowerInvariant()), month * 100 + dayOfMonth, m.Value[(m.Groups["month"].Index - m.Index)..].Trim(), false);
        }
        // Most sentences give no clock time: the incident words are looked for only in those that do.
        if (digits && ClockTime().IsMatch(sentence) && IncidentOf(tokens ?? Segmenter.Tokenize(sentence)) is { } incident)
            foreach (Match m in ClockTime().Matches(sentence))
            {
                int hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture), minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
                if (hour is < 1 or > 12) continue;
                bool pm = m.Groups["ap"].Value.StartsWith('p') || m.Groups["ap"].Value.StartsWith('P');
                yield return new Quantity(QuantityKind.Time, incident, (hour % 12 + (pm ? 12 : 0)) * 60 + minute, m.Groups["clock"].Value, m.Groups["approx"].Success);
            }
        foreach (Match m in gates.Toll ? Toll().Matches(sentence) : Enumerable.Empty<Match>())
        {
            if (!TryNumber(m.Groups["num"].Value, out var n) || n < 2 || Partial().IsMatch(sentence.AsSpan(0, m.Index))) continue;
            // "he and nine others were arrested", "two other people died", "eight people including three children
            // were injured", "six of those arrested": a part of the toll, not the toll.
            if (OthersWord().IsMatch(m.Value) || Including().IsMatch(sentence.AsSpan(0, m.Index))) continue;
            // "twenty-two people died", "one hundred and three": the figure is the whole compound.
            if (CompoundNumber().IsMatch(sentence.AsSpan(0, m.Index))) continue;
            var outcome = m.Groups["outcome"].Value.ToLowerInvariant() switch
            {
                "killed" or "dead" or "died" or "killing" or "deaths" or "death toll" => "dead",
                "arrested" or "detained" or "arresting" => "arrested",
                var o when o.StartsWith("in", StringComparison.Ordinal) && o.EndsWith("custody", StringComparison.Ordinal) => "in custody",
                _ => "injured",
            };
            var who = m.Groups["group"].Success ? m.Groups["group"].Value.ToLowerInvariant() : "people";
            yield return new Quantity(QuantityKind.Count, $"{who} {outcome}", n, m.Value.Trim(), m.Groups["approx"].Success) { Hedge = HedgeOf(m.Groups["approx"]) };
        }
        foreach (Match m in gates.Measure ? Measure().Matches(sentence) : Enumerable.Empty<Match>())
        {
            if (!TryNumber(m.Groups["num"].Value, out var n) || n <= 0) continue;
            double scale = m.Groups["scale"].Value.ToLowerInvariant() switch { "million" => 1e6, "billion" => 1e9, "thousand" => 1e3, _ => 1 };
            n *= scale;
            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            var (dimension, factor) = MeasureUnits[unit];
            // Only a measure whose reference the sentence names is comparable: "12 miles from the park" and "20 miles
            // from Nairobi" are two distances, and "12 miles away" says from where only to a reader of the story.
            // "65 miles west of Chicago" names its point and its bearing; "north-west" and "northwest" are one.
            // "From the park's main gate" is another point than "from the park": a possessive keeps the word after it.
            var reference = m.Groups["from"].Success ? $"{dimension} from {m.Groups["from"].Value.ToLowerInvariant().Replace('’', '\'')}"
                : m.Groups["at"].Success ? $"{dimension} {m.Groups["dir"].Value.ToLowerInvariant().Replace("-", "")} of {m.Groups["at"].Value.ToLowerInvariant().Replace('’', '\'')}"
                : m.Groups["of"].Success && dimension != "length" ? $"{dimension} of {BodyOf(m.Groups["of"].Value.ToLowerInvariant())}" : null;
            if (reference is null || NoPlace.Contains(m.Groups["from"].Value) || NoPlace.Contains(m.Groups["of"].Value)) continue;
            // "four to six inches of rain", "between 2,500 and 5,000 tonnes": the end of a range is not the figure given.
            if (RangeBefore().IsMatch(sentence.AsSpan(0, m.Groups["value"].Index))) continue;
            // "a reservoir which can hold 50 million gallons of water", "a capacity of 2 million barrels of oil": what a
            // container holds is another quantity than the amount that flowed out of it.
            if (!m.Groups["from"].Success && !m.Groups["at"].Success && CapacityBefore().IsMatch(sentence.AsSpan(0, m.Index))) reference = $"{reference} (capacity)";
            yield return new Quantity(QuantityKind.Measure, reference, n * factor, m.Groups["value"].Value.Trim(), m.Groups["approx"].Success)
            {
                Unit = UnitNames.GetValueOrDefault(unit, unit.TrimEnd('s')), Hedge = HedgeOf(m.Groups["approx"]),
                Precision = m.Groups["scale"].Success ? PrecisionOf(m.Groups["num"].Value, scale) * factor : 0,
            };
        }
        foreach (Match m in gates.Fall ? FallDistance().Matches(sentence) : Enumerable.Empty<Match>())
        {
            if (!TryNumber(m.Groups["num"].Value, out var n) || n <= 0) continue;
            // A storey is ten to fourteen feet; twelve, so that storeys compare with storeys in the same measure.
            double feet = m.Groups["unit"].Value.ToLowerInvariant() switch
            {
                "stories" or "storeys" or "story" or "storey" or "floors" or "floor" => n * 12,
                "metres" or "meters" or "metre" or "meter" => n * 3.28,
                _ => n,
            };
            var unit = m.Groups["unit"].Value.ToLowerInvariant() switch
            {
                "stories" or "storeys" or "story" or "storey" or "floors" or "floor" => "storey",
                "metres" or "meters" or "metre" or "meter" => "metre",
                _ => "foot",
            };
            // "Slipped 25 feet" onto a lower roof and "fell nine stories" to the street: a height in storeys counts the
            // floors passed, which a reader cannot turn into feet without knowing the building, so falls are compared
            // only with falls told in storeys, or with falls in feet and metres (a fall story in tune3 gave both).
            var anchor = unit == "storey" ? "fall in storeys" : "fall";
            yield return new Quantity(QuantityKind.Distance, anchor, feet, m.Value[(m.Groups["num"].Index - m.Index)..].Trim(), m.Groups["approx"].Success) { Unit = unit };
        }
        if (gates.Ratio)
            foreach (var ratio in Ratios(sentence))
                yield return ratio;
    }

    /// <summary>The person a "-year-old" phrase gives the age of, when the capitalised words after it name one. They
    /// may instead be where the person comes from or belongs ("the 20-year-old Virginia Tech student Morgan
    /// Harrington", "the 18-year-old University of Virginia student Hannah Graham": the student's name follows the
    /// role), a place or a title with no one named ("a 7-year-old Illinois schoolgirl", "a 93-year-old former SS
    /// officer", "the 58-year-old House of Cards star": none), or words further on than the phrase reaches ("a
    /// 20-year-old bartender from Belfast", "a 24-year-old prostitute told The New York Times": none).</summary>
    private static string? PersonAged(string sentence, Match m)
    {
        var name = m.Groups["name"];
        int afterAge = m.Groups["age"].Index + m.Groups["age"].Length + "-year-old".Length;
        foreach (Match word in WordRun().Matches(sentence[afterAge..name.Index]))
            if (LinkWords.Contains(word.Value) || word.Value.EndsWith("ed", StringComparison.Ordinal) && word.Value is not ("named" or "nicknamed")) return null;
        // "18-year-old Hannah Graham's scent": a possessive name is the person, whatever noun follows.
        if (name.Value.EndsWith("'s", StringComparison.Ordinal) || name.Value.EndsWith("’s", StringComparison.Ordinal)) return NameForms.Clean(name.Value);
        int end = name.Index + name.Length;
        if (RoleThenName().Match(sentence, end) is { Success: true } role && !role.Groups["role"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(VerbLike))
            return NameForms.Clean(role.Groups["name"].Value);
        // "3-year-old Carter Roberts of Chesterfield" is a person from a place; one capitalised word before "of" is the
        // start of an institution's or a title's name ("University of Virginia", "House of Cards").
        if (OfCapital().IsMatch(sentence, end) && !name.Value.Contains(' ')) return null;
        if (NextWord().Match(sentence, end) is { Success: true } next && !VerbLike(next.Groups["word"].Value)) return null;
        return NameForms.Clean(name.Value);
    }

    /// <summary>Words that end a "-year-old" phrase before a name is reached: a preposition or a verb between them
    /// puts the name in another part of the sentence.</summary>
    private static readonly HashSet<string> LinkWords = new(StringComparer.Ordinal)
    {
        "from", "in", "at", "of", "on", "with", "for", "to", "by", "near", "outside", "told", "said", "says", "tells", "and", "who",
        "was", "is", "has", "had",
    };

    /// <summary>A lowercase word after a name that makes the name the subject ("the 72-year-old Durst agreed", "the
    /// 89-year-old Parker is"): a verb in "-ed" or "-s", an auxiliary, a common irregular past, or a conjunction. Any
    /// other lowercase word is a noun the capitalised words modify ("Illinois schoolgirl").</summary>
    private static bool VerbLike(string word) =>
        word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith('s') || SubjectWords.Contains(word);

    /// <summary>Auxiliaries, irregular pasts, conjunctions, adverbs and prepositions that follow a subject's name.</summary>
    private static readonly HashSet<string> SubjectWords = new(StringComparer.Ordinal)
    {
        "is", "was", "has", "had", "have", "will", "would", "could", "can", "may", "might", "must", "should", "did", "does",
        "who", "whose", "and", "or", "but", "said", "told", "fell", "left", "went", "ran", "came", "got", "took", "made", "won",
        "lost", "met", "hit", "shot", "stood", "sat", "saw", "gave", "found", "led", "held", "kept", "became", "began", "knew",
        "thought", "felt", "spent", "paid", "sent", "built", "fought", "caught", "brought", "bought", "wrote", "drove", "flew",
        "also", "still", "then", "now", "allegedly", "reportedly", "never", "later", "first", "to", "in", "at", "on", "from",
        "with", "for", "of", "by", "as", "after", "before", "when", "while", "since", "until", "be", "been",
    };

    /// <summary>A role of one or two words after an affiliation, then a name: " student Morgan Harrington", " of
    /// Virginia student Hannah Graham", " police officer Dan Reyes".</summary>
    [GeneratedRegex(@"\G\s+(?:of\s+(?:the\s+)?\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*)*\s+)?(?<role>[a-z]+(?:\s+[a-z]+)?)\s+(?<name>" + NameForms.NamePattern + ")")]
    private static partial Regex RoleThenName();

    /// <summary>" of Cards", " of Virginia": the capitalised words are the start of an institution's or a title's name.</summary>
    [GeneratedRegex(@"\G\s+of\s+(?:the\s+)?\p{Lu}")]
    private static partial Regex OfCapital();

    [GeneratedRegex(@"\G\s+(?<word>[a-z]+)\b")]
    private static partial Regex NextWord();

    /// <summary>"The solar surface" is the sun's: an outlet writes "within 3.9 million miles of the solar surface"
    /// where another writes "of the sun's surface". Only the adjectives of the bodies news measures from.</summary>
    private static string BodyOf(string word) => word switch { "solar" => "sun", "lunar" => "moon", "terrestrial" => "earth", _ => word };

    /// <summary>The event word closest before the duration, within six words ("the operation, which lasted …").</summary>
    internal static string? NearestEvent(ReadOnlySpan<char> before)
    {
        // "the flight to San Diego, food for five months", "for a trial basis, and for the next nine months": an event
        // word behind a comma belongs to another phrase, unless the comma opens a clause about it ("the operation,
        // which lasted four hours").
        int comma = before.LastIndexOf(',');
        if (comma >= 0 && !RelativeClause().IsMatch(before[(comma + 1)..])) before = before[(comma + 1)..];
        // The last six words, nearest first: their ends kept in a ring as the runs are enumerated.
        Span<(int Index, int Length)> last = stackalloc (int, int)[6];
        int count = 0;
        foreach (var run in WordRun().EnumerateMatches(before)) last[count++ % 6] = (run.Index, run.Length);
        for (int k = 1; k <= Math.Min(count, 6); k++)
        {
            var (index, length) = last[(count - k) % 6];
            if (Event(before.Slice(index, length)) is { } e) return e;
        }
        return null;
    }

    /// <summary><see cref="Event(string)"/> of a word read in place: lowered as string.ToLowerInvariant lowers it.</summary>
    private static string? Event(ReadOnlySpan<char> word)
    {
        if (word.IsWhiteSpace()) return null;
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        foreach (var group in EventSynonyms)
            foreach (var synonym in group)
                if (lower.SequenceEqual(synonym)) return group[0];
        return null;
    }

    private static string? Event(string word)
    {
        if (string.IsNullOrWhiteSpace(word)) return null;
        var w = word.ToLowerInvariant();
        foreach (var group in EventSynonyms)
            if (group.Contains(w)) return group[0];
        return null;
    }

    private static string Singular(string noun)
    {
        var w = noun.ToLowerInvariant();
        if (w.EndsWith("ies") && w.Length > 4) return w[..^3] + "y";
        if (w.EndsWith("ses") || w.EndsWith("xes") || w.EndsWith("ches") || w.EndsWith("shes")) return w[..^2];
        return w.EndsWith('s') && !w.EndsWith("ss") ? w[..^1] : w;
    }

    /// <summary>The literals <see cref="DateOfEvent"/> cannot match without (it is case-sensitive).</summary>
    private static readonly System.Buffers.SearchValues<string> MonthNames = System.Buffers.SearchValues.Create(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.Ordinal);

    /// <summary>A month's name <see cref="DateOfEvent"/> needs.</summary>
    internal static bool HasMonthName(string sentence) => sentence.AsSpan().ContainsAny(MonthNames);

    /// <summary>A comma, white space and a digit: what an age after a name (", 54,") needs.</summary>
    internal static bool CommaThenDigit(string sentence)
    {
        for (int i = sentence.IndexOf(','); i >= 0; i = sentence.IndexOf(',', i + 1))
        {
            int j = i + 1;
            while (j < sentence.Length && char.IsWhiteSpace(sentence[j])) j++;
            if (j > i + 1 && j < sentence.Length && char.IsDigit(sentence[j])) return true;
        }
        return false;
    }

    /// <summary>The hedge the words before a figure put on it.</summary>
    private static Hedge HedgeOf(Group approx) => !approx.Success ? Hedge.None : approx.Value.Trim().ToLowerInvariant() switch
    {
        "more than" or "over" or "at least" => Hedge.AtLeast,
        "less than" or "under" or "up to" or "as many as" or "as much as" => Hedge.AtMost,
        _ => Hedge.About,
    };

    /// <summary>The unit of the last digit of a figure written with a scale word: "7.2" million is rounded to 100,000.</summary>
    private static double PrecisionOf(string number, double scale)
    {
        int dot = number.IndexOf('.');
        return scale * Math.Pow(10, dot < 0 ? 0 : -(number.Length - dot - 1));
    }

    private static bool TryNumber(string text, out double value)
    {
        var t = text.Trim().Replace(",", "");
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out value)) return true;
        if (t.StartsWith("half", StringComparison.OrdinalIgnoreCase)) { value = 0.5; return true; }
        return NumberWords.TryGetValue(t, out value);
    }

    private const string TollNumber = @"\d{1,3}(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty";
    private const string TollNouns = @"(?:people|persons|civilians|passengers|students|children|soldiers|workers|victims|others)";

    /// <summary>People a toll may count by the group they belong to ("eight protesters were arrested", "12 miners died"):
    /// read with the group as the topic, since three officers hurt among twelve people hurt are part of a toll, not another
    /// figure for it.</summary>
    private const string GroupNouns = @"(?:protesters|demonstrators|activists|miners|officers|policemen|firefighters|migrants|refugees|patients|tourists|pilgrims|troops|militants|fighters|inmates|prisoners|suspects|men|women)";

    private const string Approx = @"(?<approx>nearly|about|almost|around|roughly|some|more than|over|at least|less than|under|close to|up to|as many as|as much as)?\s*";
    private const string Num = @"(?<num>\d[\d,]*(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|half an?|a dozen|dozens)";

    [GeneratedRegex(@"(?:\b(?<verb>\w+)\s+for\s+)?\b" + Approx + Num + @"\s+(?<unit>minutes?|hours?|days?|weeks?|months?)\b(?:\s+of\s+(?<of>\w+))?", RegexOptions.IgnoreCase)]
    internal static partial Regex Duration();

    [GeneratedRegex(@"^\s*(?:ago|later|earlier|before|after|old|away|late|early|behind|quicker|faster|slower|shorter|longer|sooner|less|more)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgoLater();

    /// <summary>What a measure is from or of when the word after "from" or "of" names no place or thing by itself
    /// ("within 12 miles of their house", "20 feet from an exit", "1,000 feet of a school", "56 miles away from where
    /// the sound was detected", "70 miles from its core"): two such figures are not known to share a reference.</summary>
    private static readonly HashSet<string> NoPlace = new(StringComparer.Ordinal)
        { "a", "an", "their", "its", "his", "her", "our", "my", "your", "this", "that", "these", "those", "where", "which", "what", "one", "each", "any", "some" };

    [GeneratedRegex(@"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty))\s*(?:to|-|–|and)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeBefore();

    [GeneratedRegex(@"\b(?:wait|just|hang\s+on)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex WaitA();

    [GeneratedRegex(@"^\s*(?:which|that|who)\b")]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@"^\s*(?:of|in)\s+(?:the\s+)?(?<noun>\w+)")]
    private static partial Regex OfNoun();

    [GeneratedRegex(@"\b(?:another|other|additional|further|extra|more than|at least|some)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Partial();

    /// <summary>What a container holds or can carry ("which can hold as much as", "built to carry", "a capacity of up to"),
    /// a hedge allowed between the verb and the figure.</summary>
    [GeneratedRegex(@"\b(?:capacity(?:\s+(?:of|for))?|holds?|holding|stores?|storing|(?:can|could|able\s+to|designed\s+to|built\s+to|made\s+to)\s+(?:hold|carry|store|contain|take))(?:\s+(?:up\s+to|as\s+(?:much|many)\s+as|about|around|nearly|roughly|some|more\s+than|over|almost))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CapacityBefore();

    [GeneratedRegex(@"\b(?:including|among\s+them)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Including();

    [GeneratedRegex(@"(?:-|\b(?:hundred|thousand)(?:\s+and)?\s*)$", RegexOptions.IgnoreCase)]
    private static partial Regex CompoundNumber();

    [GeneratedRegex(@"\b(?:others?|those|them)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OthersWord();

    [GeneratedRegex(@"[\p{L}]+")]
    private static partial Regex WordRun();

    [GeneratedRegex(@"(?<name>" + NameForms.NamePattern + @"),\s+(?<age>\d{1,3}),")]
    private static partial Regex AgeAfterName();

    [GeneratedRegex(@"\b(?<age>\d{1,3})-year-old\s+(?:[a-z]+\s+){0,2}(?<name>" + NameForms.NamePattern + ")")]
    private static partial Regex YearOld();

    /// <summary>"a 2-year-old toddler", "a ranger's three-year-old son", "two and a half year old child": the age
    /// of a person the article does not name.</summary>
    [GeneratedRegex(@"\b(?<age>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?<half>[- ]and[- ]a[- ]half)?[- ]years?[- ]old\s+(?:[a-z]+\s+)?(?<noun>child|toddler|boy|girl|son|daughter|baby|infant|kid|man|woman|teen|teenager)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearOldPerson();

    /// <summary>"arrested on Monday", "announced a $1 million fund on Tuesday": up to four words between the verb and
    /// its day, none of them another verb in "-ed" (which would be the one the day dates).</summary>
    [GeneratedRegex(@"\b(?<verb>[a-z]+ed)\s+(?:(?![a-z]+ed\b)[\w$.,'’\-]+\s+){0,4}on\s+(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    internal static partial Regex DayOfEvent();

    /// <summary>"police on Thursday arrested", "was arrested Monday": a weekday next to the verb it dates.</summary>
    [GeneratedRegex(@"\bon\s+(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?<verb>[a-z]+ed)\b|\b(?<verb>[a-z]+ed)\s+(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    internal static partial Regex DayNextToVerb();

    private static string? IncidentOf(IReadOnlyList<Token> tokens)
    {
        string? found = null, previous = null;
        for (int t = 0; t < tokens.Count; t++)
        {
            var word = tokens[t].Norm;
            foreach (var (incident, words) in Incidents)
                if (Array.IndexOf(words, word) >= 0)
                {
                    // "a second crash", "another shooting": the story has more than one, and which one is which
                    // cannot be told from a clock time.
                    if (found is not null && found != incident || previous is not null && OtherIncident.Contains(previous)) return null;
                    found = incident;
                }
            previous = word;
        }
        return found;
    }

    private static readonly HashSet<string> OtherIncident = new(StringComparer.Ordinal)
        { "second", "third", "another", "separate", "earlier", "previous", "other", "latest", "new" };

    /// <summary>"at about 11:15 p.m.", "around 10:40 pm", "shortly after 2 a.m.", and at the start of a sentence
    /// "About 4:30 a.m." or "At 9 p.m.".</summary>
    [GeneratedRegex(@"\b(?:[Aa]t|[Aa]round|[Aa]bout|[Ss]hortly\s+(?:after|before)|[Jj]ust\s+(?:after|before))\s+(?<approx>about\s+|around\s+|approximately\s+|roughly\s+)?(?<clock>(?<h>\d{1,2})(?::(?<m>[0-5]\d))?\s*(?<ap>[ap]\.m\.|[ap]m\b|[AP]M\b))")]
    private static partial Regex ClockTime();

    /// <summary>How many people an event killed, injured or put in custody: "at least 12 people were killed", "killing
    /// three", "the death toll rose to 40", "five dead", "at least nine of the protesters were arrested", "police
    /// arrested eight people", "four people are in custody".</summary>
    [GeneratedRegex(@"(?<![\d.,])\b(?:" + Approx + @"(?<num>" + TollNumber + @"|dozens)\s+(?:other\s+)?(?:" + TollNouns + @"\s+|(?<group>" + GroupNouns + @")\s+)?(?:of\s+the\s+[a-z]+\s+)?(?:were\s+|have\s+been\s+|had\s+been\s+|are\s+|was\s+|remain\s+|remained\s+)?(?:now\s+|still\s+)?(?<outcome>killed|dead|died|injured|wounded|hurt|arrested|detained|in\s+custody)\b|(?<outcome>killing|injuring|wounding|arresting)\s+" + Approx + @"(?<num>" + TollNumber + @")\b|(?<outcome>killed|injured|wounded|arrested|detained)\s+" + Approx + @"(?<num>" + TollNumber + @")\s+(?:" + TollNouns + @"|(?<group>" + GroupNouns + @"))\b|(?<outcome>death toll)\s+(?:rose\s+to|climbed\s+to|of|at|stood\s+at|reached)\s+" + Approx + @"(?<num>\d{1,3}(?:,\d{3})*))", RegexOptions.IgnoreCase)]
    internal static partial Regex Toll();

    /// <summary>"about 12 miles from Nairobi", "about 1,700km (1,000 miles) north-west of Perth", "38 million gallons of
    /// sewage": a number and a unit (a "50-million-gallon reservoir" states a capacity, not an amount), with what it
    /// is measured from or of.</summary>
    [GeneratedRegex(@"(?<![\d.,\-])\b(?<value>" + Approx + @"(?<num>\d[\d,]*(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)(?:\s+(?<scale>million|billion|thousand))?\s*(?<unit>miles?|kilomet(?:er|re)s?|km|met(?:er|re)s?|yards|feet|foot|inches|gallons?|lit(?:er|re)s?|barrels?|tons?|tonnes?|kilograms?|kilos|kg|acres?|hectares?))\b(?!-)(?:(?:\s*\([^()]{1,40}\))?\s+(?:away\s+)?from\s+(?:the\s+)?(?<from>(?:\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)*|[a-z]+)(?:['’]s\s+[a-z]+)?)|(?:\s*\([^()]{1,40}\))?\s+(?<dir>(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s+(?:the\s+)?(?<at>\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)*(?:['’]s\s+[a-z]+)?)|(?:\s*\([^()]{1,40}\))?\s+of\s+(?:the\s+)?(?<of>[a-z]+|\p{Lu}[a-z]+))?")]
    internal static partial Regex Measure();

    /// <summary>"fell nine stories", "plunged about 25 feet", "dropped 30 metres".</summary>
    [GeneratedRegex(@"\b(?:fell|falling|slipped|plunged|plummeted|dropped|tumbled)\s+(?:down\s+)?(?<approx>about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|some\s+|roughly\s+)?(?<num>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\s+(?<unit>stories|storeys|story|storey|floors|floor|feet|foot|ft|metres|meters|metre|meter)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex FallDistance();

    /// <summary>The events news dates by their noun: attacks, disasters, crimes, votes, ceremonies (<see cref="DateOfNamedEvent"/>).</summary>
    private const string EventNounAlternatives = "coup|attack|shooting|bombing|crash|explosion|blast|earthquake|quake|eruption|election|referendum|raid|airstrike|massacre|killing|murder|stabbing|accident|collision|derailment|riot|ceremony|funeral|wedding|launch|invasion|ambush|kidnapping|abduction|hijacking|assault|robbery|heist";

    private static readonly HashSet<string> EventNouns = new(EventNounAlternatives.Split('|'), StringComparer.Ordinal);

    /// <summary>A date's anchor that names the event itself (<see cref="DateOfNamedEvent"/>), not a verb.</summary>
    public static bool IsEventNoun(string anchor) => EventNouns.Contains(anchor);

    /// <summary>"in a coup on March 11", "the attack on Oct. 3", "The coup, which began on March 12", "the blast that
    /// happened on May 2": an event named by its noun (a determiner before it, so "opened fire on June 3" is not a
    /// fire), dated right after it or by a verb of taking place. The nouns are the events news dates: attacks,
    /// disasters, crimes, votes, ceremonies.</summary>
    [GeneratedRegex(@"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ll]ast)\s+(?:[a-z]+\s+)?(?<noun>" + EventNounAlternatives + @")(?:,?\s+(?:which|that)\s+(?:began|started|took\s+place|happened|occurred|erupted|broke\s+out|unfolded)|\s+(?:began|started|took\s+place|happened|occurred))?\s+on\s+(?:[A-Z][a-z]+day,?\s+)?(?<month>Jan(?:uary)?|Feb(?:ruary)?|March|Mar|April|Apr|May|June|Jun|July|Jul|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<day>\d{1,2})\b(?!,?\s*\d{3})")]
    private static partial Regex DateOfNamedEvent();

    /// <summary>"was arrested on Dec. 26", "died on June 3", "posted Oct. 30": the date of an event.</summary>
    [GeneratedRegex(@"\b(?<verb>[a-z]+ed)\s+(?:(?:\w+\s+)?on\s+)?(?<month>Jan(?:uary)?|Feb(?:ruary)?|March|Mar|April|Apr|May|June|Jun|July|Jul|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<day>\d{1,2})\b(?!,?\s*\d{3})")]
    private static partial Regex DateOfEvent();

}
