using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

[assembly: InternalsVisibleTo("Chorus.Tests")]

namespace Chorus.Analyze;

/// <summary>
/// Cheap tests a sentence must pass before one of <see cref="QuantityReader"/>'s figure patterns is tried on it.
/// The patterns open on optional hedges ("about", "more than"), so a regex engine tries them at every word; most
/// sentences hold no such figure, and that scan was most of the analysis time. Each test asks only for what every
/// match of its pattern contains (a unit word with a number right before it, an outcome word and a number), so it
/// can let through a sentence the pattern then rejects but never stops one the pattern would match: a dev-wide test
/// holds the gated and ungated readings equal.
/// </summary>
internal static class FigureGate
{
    // Duration(): Num \s+ (minutes?|hours?|days?|weeks?|months?), case-insensitive.
    private static readonly SearchValues<string> DurationUnits =
        SearchValues.Create(["minute", "hour", "day", "week", "month"], StringComparison.OrdinalIgnoreCase);
    private static readonly string[] DurationNumbers =
    [
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "dozen", "dozens",
    ];

    // Measure(): Num (\s+ million|billion|thousand)? \s* unit, case-sensitive; a unit's every spelling starts with one of these.
    private static readonly SearchValues<string> MeasureUnits = SearchValues.Create(
        ["mile", "kilomet", "km", "meter", "metre", "yards", "feet", "foot", "inches", "gallon", "liter", "litre", "barrel", "ton", "kilogram", "kilos", "kg", "acre", "hectare"],
        StringComparison.Ordinal);
    private static readonly string[] MeasureNumbers =
    [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty",
        "fifty", "hundred", "million", "billion", "thousand",
    ];

    // Toll(): an outcome word and a TollNumber (digits, two … fifty) or "dozens", case-insensitive.
    private static readonly SearchValues<string> TollOutcomes = SearchValues.Create(
        ["kill", "dead", "died", "injur", "wound", "hurt", "arrest", "detain", "custody", "death toll"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> TollNumberWords = SearchValues.Create(
        ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "dozens"],
        StringComparison.OrdinalIgnoreCase);

    // FallDistance(): one of its verbs, case-insensitive.
    private static readonly SearchValues<string> FallVerbs = SearchValues.Create(
        ["fell", "fall", "slipped", "plunged", "plummeted", "dropped", "tumbled"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A duration unit with white space and a number (digits or a number word) right before it.</summary>
    public static bool Duration(string sentence) => UnitAfterNumber(sentence, DurationUnits, DurationNumbers, spaceRequired: true, ignoreCase: true);

    /// <summary>A unit of measure with a number or a scale word right before it ("12 miles", "38 million gallons", "1,700km").</summary>
    public static bool Measure(string sentence) => UnitAfterNumber(sentence, MeasureUnits, MeasureNumbers, spaceRequired: false, ignoreCase: false);

    /// <summary>A word of killing, injury or custody and a number a toll can be written in.</summary>
    public static bool Toll(string sentence, bool asciiDigits) =>
        sentence.AsSpan().ContainsAny(TollOutcomes) && (asciiDigits || sentence.AsSpan().ContainsAny(TollNumberWords) || HasOtherDigit(sentence));

    /// <summary>A decimal digit outside ASCII, which the patterns' \d also takes.</summary>
    private static bool HasOtherDigit(string sentence)
    {
        if (Ascii.IsValid(sentence)) return false;
        foreach (var c in sentence)
            if (c > '\x7f' && char.IsDigit(c)) return true;
        return false;
    }

    // DayOfEvent(): … \s+on\s+(Monday|…|Sunday), case-sensitive.
    private static readonly SearchValues<string> Weekdays = SearchValues.Create(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], StringComparison.Ordinal);

    /// <summary>A weekday's name right after "on" and white space ("arrested on Monday"): most weekdays a story names
    /// follow no "on" ("said Monday").</summary>
    public static bool DayAfterOn(string sentence) => DayAfter(sentence, orAfterEd: false);

    /// <summary>A weekday's name after white space that follows "on" or a word ending in "ed" ("on Monday announced",
    /// "was arrested Monday"): what <c>DayNextToVerb</c> needs.</summary>
    public static bool DayNextToVerb(string sentence) => DayAfter(sentence, orAfterEd: true);

    private static bool DayAfter(string sentence, bool orAfterEd)
    {
        var span = sentence.AsSpan();
        for (int from = 0; from < span.Length;)
        {
            int found = span[from..].IndexOfAny(Weekdays);
            if (found < 0) return false;
            int day = from + found, end = day;
            while (end > 0 && char.IsWhiteSpace(span[end - 1])) end--;
            if (end < day && (span[..end].EndsWith("on", StringComparison.Ordinal) || orAfterEd && span[..end].EndsWith("ed", StringComparison.Ordinal))) return true;
            from = day + 1;
        }
        return false;
    }

    /// <summary>A verb of falling or dropping.</summary>
    public static bool Fall(string sentence) => sentence.AsSpan().ContainsAny(FallVerbs);

    /// <summary>Some occurrence of a unit has a number before it: a digit or comma (the patterns' digits may end on a
    /// comma), or a run of letters ending in a number word, after white space (none needed when
    /// <paramref name="spaceRequired"/> is false). A run with a letter outside ASCII passes: the patterns' case-insensitive
    /// matching may equate it with a letter of a number word.</summary>
    private static bool UnitAfterNumber(string sentence, SearchValues<string> units, string[] numbers, bool spaceRequired, bool ignoreCase)
    {
        var span = sentence.AsSpan();
        for (int from = 0; from < span.Length;)
        {
            int found = span[from..].IndexOfAny(units);
            if (found < 0) return false;
            int unit = from + found;
            if (NumberEndsAt(span, unit, numbers, spaceRequired, ignoreCase)) return true;
            from = unit + 1;
        }
        return false;
    }

    private static bool NumberEndsAt(ReadOnlySpan<char> span, int unit, string[] numbers, bool spaceRequired, bool ignoreCase)
    {
        int end = unit;
        while (end > 0 && char.IsWhiteSpace(span[end - 1])) end--;
        if (end == 0 || spaceRequired && end == unit) return false;
        char last = span[end - 1];
        // \d is any Unicode decimal digit, as char.IsDigit.
        if (char.IsDigit(last) || last == ',') return true;
        int start = end;
        while (start > 0 && char.IsLetter(span[start - 1])) start--;
        if (start == end) return false;
        var run = span[start..end];
        if (!Ascii.IsValid(run)) return true;
        foreach (var number in numbers)
            if (run.EndsWith(number, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)) return true;
        return false;
    }
}
