namespace Chorus.Summarize;

/// <summary>
/// A reader meets a person's full name before the surname alone. The story order (<see cref="BudgetedSelector.StoryOrder"/>)
/// puts reports before reactions and each article's sentences in their place, so a sentence that names "Piatt" or
/// "Heath" alone can come before the one that says "Jeremy Piatt" or "Cary Joseph Heath" — the full name is there, two
/// lines too late (a reader's audit of the dev summaries found it in five clusters: an entertainment story, a shooting, a
/// feud, a court case, a rescue). The sentence that gives the full name moves up to just before the first one that
/// needs it, with any sentence that leans on it; the opening stays first, and a sentence moves at most once.
/// </summary>
public static class IntroductionOrder
{
    public static IReadOnlyList<CandidateUnit> Apply(IReadOnlyList<CandidateUnit> ordered, SurnameOnlySubject names)
    {
        if (ordered.Count < 3) return ordered;
        var result = ordered.ToList();
        var moved = new HashSet<CandidateUnit>(ReferenceEqualityComparer.Instance);
        for (int i = 1; i < result.Count; i++)
        {
            int head = HeadOf(result, i);
            if (head == 0) continue;
            foreach (var word in names.SurnamesAlone(result[i].Text))
            {
                if (Gives(result[i], word) || GivenBefore(result, i, word)) continue;
                int j = FirstGiving(result, i + 1, word);
                if (j < 0 || moved.Contains(result[j]) || Follows(result, j)) continue;
                int length = 1;
                while (j + length < result.Count && Follows(result, j + length)) length++;
                var chain = result.GetRange(j, length);
                result.RemoveRange(j, length);
                result.InsertRange(head, chain);
                foreach (var u in chain) moved.Add(u);
                i = head + length - 1;
                break;
            }
        }
        return result;
    }

    private static bool Gives(CandidateUnit unit, string word) =>
        SurnameOnlySubject.GivesInFull(unit.Text, word) || unit.AddedSpeaker is { } speaker && speaker.EndsWith(" " + word, StringComparison.Ordinal);

    private static bool GivenBefore(List<CandidateUnit> units, int i, string word)
    {
        for (int k = 0; k < i; k++) if (Gives(units[k], word)) return true;
        return false;
    }

    private static int FirstGiving(List<CandidateUnit> units, int from, string word)
    {
        for (int k = from; k < units.Count; k++) if (Gives(units[k], word)) return k;
        return -1;
    }

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
