namespace Chorus.Analyze;

/// <summary>What sort of value a sentence states; the kind decides how two values of one topic compare.</summary>
public enum QuantityKind
{
    /// <summary>How long an event lasted, in minutes.</summary>
    Duration,
    /// <summary>How many of a counted thing, or how many people an event killed, injured or put in custody.</summary>
    Count,
    /// <summary>A person's age in years.</summary>
    Age,
    /// <summary>A sum of money.</summary>
    Amount,
    /// <summary>The weekday of an event (0 = Monday).</summary>
    Day,
    /// <summary>The calendar date of an event (month × 100 + day).</summary>
    Date,
    /// <summary>An ordinal ("the third attack").</summary>
    Rank,
    /// <summary>The clock time of an incident, in minutes after midnight.</summary>
    Time,
    /// <summary>The height of a fall, in feet (storeys converted).</summary>
    Distance,
    /// <summary>A distance from a named point, or a volume, weight or area of a named thing, in base units.</summary>
    Measure,
    /// <summary>A bare number whose subject is the wording around it, in two rewrites of one sentence.</summary>
    Figure,
}
