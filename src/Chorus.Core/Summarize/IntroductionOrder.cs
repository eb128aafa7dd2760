namespace Chorus.Summarize;

/// <summary>
/// A reader meets a person's full name before the surname alone. The story order (<see cref="BudgetedSelector.StoryOrder"/>)
/// puts reports before reactions and each article's sentences in their place, so a sentence that names "Piatt" or
/// "Heath" alone can come before the one that says "Jeremy Piatt" or "Cary Joseph Heath" — the full name is there, two
/// lines too late (a reader's audit of the dev summaries found it in five clusters: an entertainment story, a shooting, a
/// feud, a court case, a rescue). The sentence that gives the full name moves up to just before the first one that
/// needs it, with any sentence that leans on it; the opening stays first, and a sentence moves at most once.
/// </summary>
/// <remarks>Words are read by a hand scan of each shown text: what it gives after a name word ("Cary Joseph Heath", the
/// added first name "[Jordan] Milner", an added speaker label) and what it gives alone (its first word too). Only a word
/// given alone before it is given in full asks the cluster's people (<see cref="SurnameOnlySubject.IsSurname"/>).</remarks>
public static class IntroductionOrder
{
    public static IReadOnlyList<CandidateUnit> Apply(IReadOnlyList<CandidateUnit> ordered, SurnameOnlySubject names)
    {
        if (ordered.Count < 3) return ordered;
        var units = ordered.ToList();
        var given = FirstGiven(units);
        if (given.Count == 0) return ordered;
        HashSet<CandidateUnit>? moved = null;
        for (int i = 1; i < units.Count; i++)
        {
            int head = HeadOf(units, i);
            if (head == 0) continue;
            int j = NeededLater(units[i].Text, i, given, units, moved, names);
            if (j < 0) continue;
            int length = 1;
            while (j + length < units.Count && Follows(units, j + length)) length++;
            var chain = units.GetRange(j, length);
            units.RemoveRange(j, length);
            units.InsertRange(head, chain);
            moved ??= new HashSet<CandidateUnit>(ReferenceEqualityComparer.Instance);
            foreach (var u in chain) moved.Add(u);
            given = FirstGiven(units);
            i = head + length - 1;
        }
        return moved is null ? ordered : units;
    }

    /// <summary>The first later unit that gives in full a surname this text gives alone and nothing before it gives,
    /// when it may move; -1 when none.</summary>
    private static int NeededLater(string text, int i, Dictionary<string, int> given, List<CandidateUnit> units,
        HashSet<CandidateUnit>? moved, SurnameOnlySubject names)
    {
        var lookup = given.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int at = 0; NextWord(text, ref at, out int start, out int end);)
        {
            if (!IsName(text, start, end) || !IsAlone(text, start, end)) continue;
            var word = WithoutPossessive(text.AsSpan(start, end - start));
            if (!lookup.TryGetValue(word, out int j) || j <= i || moved?.Contains(units[j]) == true || Follows(units, j)) continue;
            var name = word.ToString();
            if (SurnameOnlySubject.MomentNames.Contains(name) || SurnameOnlySubject.CourtesyTitles.Contains(name) || !names.IsSurname(name)) continue;
            return j;
        }
        return -1;
    }

    /// <summary>Each word some unit gives after a name word, with the first unit that does.</summary>
    private static Dictionary<string, int> FirstGiven(List<CandidateUnit> units)
    {
        var given = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int k = 0; k < units.Count; k++)
        {
            var text = units[k].Text;
            for (int at = 0; NextWord(text, ref at, out int start, out int end);)
                if (IsName(text, start, end) && AfterNameWord(text, start))
                    given.TryAdd(WithoutPossessive(text.AsSpan(start, end - start)).ToString(), k);
            if (units[k].AddedSpeaker is { } speaker && speaker.LastIndexOf(' ') is var space and > 0)
                given.TryAdd(speaker[(space + 1)..], k);
        }
        return given;
    }

    /// <summary>The next run of letters, apostrophes and hyphens from <paramref name="at"/>.</summary>
    private static bool NextWord(string text, ref int at, out int start, out int end)
    {
        while (at < text.Length && !char.IsLetter(text[at])) at++;
        start = at;
        while (at < text.Length && (char.IsLetter(text[at]) || text[at] is '\'' or '’' or '-')) at++;
        end = at;
        return end > start;
    }

    /// <summary>A capital and then lower case only: "Heath", "O’Brien’s" — not "NASA" or "iPhone".</summary>
    private static bool IsName(string text, int start, int end)
    {
        if (end - start < 2 || !char.IsUpper(text[start])) return false;
        for (int k = start + 1; k < end; k++) if (char.IsUpper(text[k])) return false;
        return true;
    }

    /// <summary>A name word and a single space before it ("Cary Joseph Heath", not "Mr Heath"), or an added first name
    /// in brackets ("[Jordan] Milner").</summary>
    private static bool AfterNameWord(string text, int start)
    {
        if (start < 2 || text[start - 1] != ' ') return false;
        if (text[start - 2] == ']') return true;
        int before = start - 1, first = before;
        while (first > 0 && (char.IsLetter(text[first - 1]) || text[first - 1] is '\'' or '’' or '-')) first--;
        return first < before && IsName(text, first, before) && !SurnameOnlySubject.CourtesyTitles.Contains(text[first..before]);
    }

    /// <summary>No name word right before or after it across a single space ("found Heath at home", "Heath was"), and not
    /// a word after a sentence's end inside the text.</summary>
    private static bool IsAlone(string text, int start, int end)
    {
        if (start > 0)
        {
            if (text[start - 1] != ' ') return text[start - 1] is not ('.' or '!' or '?');
            if (start > 1 && (char.IsLetter(text[start - 2]) && AfterNameWord(text, start) || text[start - 2] is '.' or '!' or '?' or '"' or '“' or ']')) return false;
        }
        return !(end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]));
    }

    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word) =>
        word.EndsWith("'s") || word.EndsWith("’s") ? word[..^2] : word;

    /// <summary>The unit leans on the one before it, which is its sentence's predecessor in its article.</summary>
    private static bool Follows(List<CandidateUnit> units, int k) =>
        k > 0 && units[k].NeedsPrevious && units[k].First - 1 == units[k - 1].Last;

    /// <summary>The first unit of the run of leaning units that <paramref name="k"/> belongs to.</summary>
    private static int HeadOf(List<CandidateUnit> units, int k)
    {
        while (Follows(units, k)) k--;
        return k;
    }
}
