namespace Chorus.Summarize;

/// <summary>
/// A quotation whose speaker label Chorus supplied ("Don Clark: “…”") with no role the cluster gives tells the reader a
/// name and nothing else: who Don Clark is (a victim's
/// father, a neighbour, a spokesman) was in a sentence the summary did not take. A reader's audit of the dev summaries
/// found such quotations in 17 clusters (a double murder 00b5ebc7a259, a crash 2190e9b08e5b, a hit-and-run
/// 1f0ed1dcfa41, a storm 7226efab4c9c, a sentencing fccf27d8f48e, a school board ff3706cd43d8, a parole hearing
/// 60497232ea0e, …). Such a unit is chosen only once a chosen sentence names the person in its own words (the lead
/// that says "Matt Damon", the sentence before that says "said Mark Thompson, who was visiting …"), as a unit that
/// opens on a pronoun waits for the sentence before it.
/// </summary>
public static class UnmetSpeaker
{
    /// <summary>The surname of the speaker's name, or null for none.</summary>
    public static string? SurnameOf(string? speaker)
    {
        if (speaker is null) return null;
        var name = speaker.AsSpan().Trim();
        int space = name.LastIndexOf(' ');
        var surname = space < 0 ? name : name[(space + 1)..];
        return surname.Length >= 2 ? surname.ToString() : null;
    }

    /// <summary>The unit names the person with this surname in its own words: the surname is in its text as a word,
    /// and the unit is not one whose speaker Chorus supplied under that surname.</summary>
    public static bool Introduces(CandidateUnit unit, string surname)
    {
        if (unit.SpeakerToMeet == surname) return false;
        var text = unit.Text;
        for (int at = text.IndexOf(surname, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surname, at + 1, StringComparison.Ordinal))
        {
            int end = at + surname.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]))) return true;
        }
        return false;
    }
}
