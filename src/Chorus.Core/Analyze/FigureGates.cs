namespace Chorus.Analyze;

/// <summary>
/// Which of <see cref="QuantityReader"/>'s patterns a sentence can match, each by its cheap test (<see cref="FigureGate"/>
/// and the literals the other patterns need), taken once per sentence: when none passes, the sentence states no
/// quantity and is answered without starting the reading.
/// </summary>
internal readonly struct FigureGates
{
    public FigureGates(string sentence)
    {
        Digits = sentence.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        Duration = FigureGate.Duration(sentence);
        AgeAfterName = Digits && QuantityReader.CommaThenDigit(sentence);
        YearOld = Digits && sentence.Contains("-year-old", StringComparison.Ordinal);
        YearOldPerson = sentence.Contains("year", StringComparison.OrdinalIgnoreCase) && sentence.Contains("old", StringComparison.OrdinalIgnoreCase);
        DayAfterOn = FigureGate.DayAfterOn(sentence);
        DayNextToVerb = FigureGate.DayNextToVerb(sentence);
        Date = Digits && QuantityReader.HasMonthName(sentence);
        Toll = FigureGate.Toll(sentence, Digits);
        Measure = FigureGate.Measure(sentence);
        Fall = FigureGate.Fall(sentence);
        Ratio = sentence.Contains(" times ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An ASCII digit: what the ages, dates and clock times need.</summary>
    public bool Digits { get; }
    public bool Duration { get; }
    public bool AgeAfterName { get; }
    public bool YearOld { get; }
    public bool YearOldPerson { get; }
    public bool DayAfterOn { get; }
    public bool DayNextToVerb { get; }
    public bool Date { get; }
    public bool Toll { get; }
    public bool Measure { get; }
    public bool Fall { get; }
    public bool Ratio { get; }

    /// <summary>Whether any pattern may match (a clock time needs a digit).</summary>
    public bool Any => Digits || Duration || YearOldPerson || DayAfterOn || DayNextToVerb || Toll || Measure || Fall || Ratio;
}
