namespace Chorus.Analyze;

/// <summary>What sort of value a sentence states; the kind decides how two values of one topic compare.</summary>
public enum QuantityKind
{
    /// <summary>How long an event lasted, in minutes.</summary>
    Duration,
    /// <summary>How many people an event killed, injured, arrested or put in custody.</summary>
    Count,
    /// <summary>A person's age in years.</summary>
    Age,
    /// <summary>The weekday of an event (0 = Monday).</summary>
    Day,
    /// <summary>The calendar date of an event (month × 100 + day).</summary>
    Date,
    /// <summary>The clock time of an incident, in minutes after midnight.</summary>
    Time,
    /// <summary>The height of a fall, in feet (metres converted; storeys taken as twelve feet, and compared only with storeys).</summary>
    Distance,
    /// <summary>A distance from a named point, or a volume, weight or area of a named thing, in base units.</summary>
    Measure,
    /// <summary>A bare number whose subject is the wording around it, in two rewrites of one sentence.</summary>
    Figure,
    /// <summary>How many times more one thing is than what it is compared with ("seven times closer than any other
    /// probe"), the number of times.</summary>
    Ratio,
}

/// <summary>How a figure is hedged, which decides what other figures it is consistent with.</summary>
public enum Hedge
{
    /// <summary>Given as is ("12 people").</summary>
    None,
    /// <summary>Rounded either way ("about", "nearly", "some").</summary>
    About,
    /// <summary>A floor ("at least", "more than", "over"): any larger figure agrees with it.</summary>
    AtLeast,
    /// <summary>A ceiling ("up to", "less than", "under", "as many as"): any smaller figure agrees with it.</summary>
    AtMost,
}

/// <summary>The sex a word for a person states ("boy", "daughter"), when it states one: a boy and a girl are two children.</summary>
public enum Sex
{
    /// <summary>The word does not say ("child", "toddler", "baby").</summary>
    Unstated,
    Male,
    Female,
}
