namespace Chorus.Analyze;

/// <summary>
/// Whether two values of one topic are the same figure told two ways. Only a figure that is hedged or rounded
/// leaves room: "about 300" and "297" are one figure, but "120 cases" and "121 cases", "65" and "70 miles", or
/// a 72- and a 73-year-old are two, however close, because a reader is told two different numbers.
/// </summary>
public static class FigureAgreement
{
    /// <summary>Clock times within five minutes are one time: outlets round them to the quarter hour or the five.</summary>
    private const double ClockMinutes = 5;

    /// <summary>A figure converted from another unit ("1,700km (1,000 miles)") is only as exact as the conversion,
    /// which outlets round by up to a tenth.</summary>
    private const double Conversion = 0.10;

    /// <summary>A storey is ten to fourteen feet: a fall in storeys and one in feet meet within a third.</summary>
    private const double Storeys = 0.35;

    public static bool Same(Quantity a, Quantity b)
    {
        if (a.Value == b.Value) return true;
        switch (a.Kind)
        {
            // Days and dates are names, not measures: any two different ones differ.
            case QuantityKind.Day or QuantityKind.Date:
                return false;
            case QuantityKind.Time:
                return Math.Abs(a.Value - b.Value) <= ClockMinutes;
        }
        if (a.Unit is not null && b.Unit is not null && a.Unit != b.Unit)
            return Relative(a.Value, b.Value) <= (a.Unit == "storey" || b.Unit == "storey" ? Storeys : Conversion);
        // "more than $360,000" and "$374,327": the floor holds, so the outlets agree.
        if (Holds(a, b) || Holds(b, a)) return true;
        // "$7.2 billion" is "$7.15 billion" rounded to its last digit.
        if (Math.Abs(a.Value - b.Value) <= Math.Max(a.Precision, b.Precision) / 2 * (1 + 1e-9)) return true;
        if (a.Hedge == Hedge.None && b.Hedge == Hedge.None) return false;
        // A floor or a ceiling is a figure given as is, not rounded: "as many as 20" and "as many as 21", or "up to 20"
        // and "21", are two claims. Only "about" leaves room either way; a floor and a ceiling agree when a figure
        // can meet both ("at least 20", "up to 25").
        bool aBound = a.Hedge is Hedge.AtLeast or Hedge.AtMost, bBound = b.Hedge is Hedge.AtLeast or Hedge.AtMost;
        if (aBound && (bBound || b.Hedge == Hedge.None) || bBound && a.Hedge == Hedge.None)
            return aBound && bBound && a.Hedge != b.Hedge && Floor(a, b) <= Ceiling(a, b);
        // A hedged duration is in hours or days, not in the minutes it is stored in.
        if (a.Kind == QuantityKind.Duration) return Relative(a.Value, b.Value) <= 0.15;
        double unit = Math.Max(a.Hedge != Hedge.None ? RoundedTo(a.Value) : 0, b.Hedge != Hedge.None ? RoundedTo(b.Value) : 0);
        return Math.Abs(a.Value - b.Value) <= unit / 4;
    }

    /// <summary>How far below a ceiling a figure may lie and still be the ceiling's figure, as a share of the ceiling:
    /// "up to 12 inches" is 10. A figure further off is another claim: "up to seven years in prison" against "two years
    /// in jail" (f29dd7b68a1d, annotated as a disagreement), and "as many as 21 prostitutes" does not hold "about 10
    /// military personnel" (277ce57c2b27), which made that outlet's sentence read as giving the other's figure too. A
    /// floor keeps holding any larger figure: a toll grows, and "at least 12 killed" stays true when a later report
    /// says 19.</summary>
    private const double CeilingReach = 0.25;

    /// <summary>A floor or a ceiling that a figure given as is, or only rounded, lies within (a ceiling's, near it).</summary>
    private static bool Holds(Quantity bound, Quantity other) =>
        other.Hedge is Hedge.None or Hedge.About
        && (bound.Hedge == Hedge.AtLeast && other.Value >= bound.Value
            || bound.Hedge == Hedge.AtMost && other.Value <= bound.Value && bound.Value - other.Value <= CeilingReach * Math.Abs(bound.Value));

    private static double Floor(Quantity a, Quantity b) => a.Hedge == Hedge.AtLeast ? a.Value : b.Value;

    private static double Ceiling(Quantity a, Quantity b) => a.Hedge == Hedge.AtMost ? a.Value : b.Value;

    private static double Relative(double a, double b) => Math.Abs(a - b) / Math.Max(Math.Abs(a), Math.Abs(b));

    /// <summary>The unit a figure is rounded to: 300 to 100, 70 to 10, 65 to 5, 2.5 billion to 500 million; a
    /// figure under ten, or one with a fraction, to one. A hedged figure covers a quarter of that unit either way
    /// ("about 300" is 275 to 325; "about 2,000" is not 1,700).</summary>
    public static double RoundedTo(double v)
    {
        v = Math.Abs(v);
        if (v < 10 || v != Math.Floor(v)) return 1;
        double unit = 1;
        // Steps 5, 10, 50, 100, 500, …: a figure is rounded to the largest that divides it and is at most its half.
        for (double step = 5, next = 2; step <= v / 2; step *= next, next = next == 2 ? 5 : 2)
            if (v % step == 0) unit = step;
        return unit;
    }
}
