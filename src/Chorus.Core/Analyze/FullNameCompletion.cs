using System.Text.RegularExpressions;
using Chorus.Link;
using Chorus.Segment;
using static Chorus.Analyze.SpeechPatterns;
using static Chorus.Analyze.PersonMention;
using static Chorus.Analyze.AdjacentAttribution;
using static Chorus.Analyze.ReportedSpeechAttribution;
using static Chorus.Analyze.PronounResolution;
using static Chorus.Analyze.QuoteMerge;

namespace Chorus.Analyze;

/// <summary>A surname speaker ("Markham said") completed to the full name its own document gives ("Sarah Markham").</summary>
internal static partial class FullNameCompletion
{
    /// <summary>A document's whole text at once: a sentence split after an initial ("said Harry E." / "Johnson Sr.,
    /// …") still shows the full name. Contributor credits name the newsroom's staff, never the speaker. Written into
    /// <paramref name="buffer"/> (grown when too small) rather than a new string: a story's text is the largest thing
    /// the quotation stage would allocate, and only the few words around the surname are ever kept.</summary>
    /// <returns>How many characters of the buffer the text takes.</returns>
    internal static int DocumentText(IReadOnlyList<Sentence> sentences, ref char[] buffer)
    {
        int length = 0;
        foreach (var sentence in sentences)
        {
            var t = sentence.Text;
            if (CreditLine().IsMatch(t)) continue;
            int needed = length + (length > 0 ? 1 : 0) + t.Length;
            if (needed > buffer.Length) Array.Resize(ref buffer, Math.Max(needed, buffer.Length * 2));
            if (length > 0) buffer[length++] = ' ';
            t.CopyTo(buffer.AsSpan(length));
            length += t.Length;
        }
        return length;
    }

    /// <summary>A surname's full form in the speaker's own document: "Markham said" in a story that names Sarah
    /// Markham is hers, even when another outlet quotes a Bo Markham. Two first names with the surname leave it
    /// alone (the surname itself is returned); null when the document gives no full name.</summary>
    internal static string? FullNameInDocument(string surname, ReadOnlySpan<char> text)
    {
        var pattern = NamesBeforePatterns.Get(surname);
        var firsts = new List<string>();
        NamesBefore(pattern, text, surname, firsts);
        // The given name is the word right before the surname: the one before it is a description far more often
        // ("Astronomer Jon Halvey", "Billionaire Phillip Ruffin") than a second given name.
        var single = firsts.Select(f => f.Split(' ')[^1]).Distinct(StringComparer.Ordinal).ToList();
        // "Mr Wilson" and "Mrs Wilson" in one story are a couple (a walker and his wife, a defendant and his mother):
        // the bare surname is either of them, and the one full name given may be the other's.
        if (single.Count == 1 && !surname.Contains(' ') && NamesManAndWoman(surname, text)) return surname;
        if (single.Count == 1) return $"{single[0]} {surname}";
        if (single.Count > 0) return surname.Contains(' ') ? null : surname;
        // "says Robin", "Mr Khalid": a single name that no one bears as a surname may be the first name of the one
        // full name in the story that starts with it ("his mother Robin Roberts", "Khalid Abu Bakar").
        if (surname.Contains(' ')) return null;
        var rests = new List<string>();
        foreach (var m in GivenNamePatterns.Get(surname).EnumerateMatches(text))
        {
            // The match is the surname, white space, then the rest of the name (the pattern's "rest" group), which
            // opens with a capital: read off the match rather than from a Match object per occurrence.
            var rest = text.Slice(m.Index + surname.Length, m.Length - surname.Length).TrimStart();
            if (!Holds(rests, rest) && IsRestOfName(rest, surname)) rests.Add(rest.ToString());
        }
        var longestRest = rests.OrderByDescending(r => r.Length).FirstOrDefault();
        return longestRest is not null && rests.All(r => r == longestRest || longestRest.StartsWith(r + " ", StringComparison.Ordinal)) ? $"{surname} {longestRest}" : null;
    }

    /// <summary>The text gives the surname with a man's title and with a woman's ("Mr Roe … Mrs Roe", "Mr. Roe … Ms.
    /// Roe"): two people share it.</summary>
    internal static bool NamesManAndWoman(string surname, ReadOnlySpan<char> text) =>
        TitledSurname(text, surname, ManTitles) && TitledSurname(text, surname, WomanTitles);

    private static readonly string[] ManTitles = ["Mr ", "Mr. "];
    private static readonly string[] WomanTitles = ["Mrs ", "Mrs. ", "Ms ", "Ms. ", "Miss "];

    private static bool TitledSurname(ReadOnlySpan<char> text, string surname, string[] titles)
    {
        for (int at = text.IndexOf(surname, StringComparison.Ordinal); at >= 0; at = NextIndex(text, surname, at + 1))
        {
            int end = at + surname.Length;
            if (end < text.Length && char.IsLetter(text[end])) continue;
            foreach (var title in titles)
                if (at >= title.Length && text.Slice(at - title.Length, title.Length).SequenceEqual(title)
                    && (at == title.Length || !char.IsLetter(text[at - title.Length - 1]))) return true;
        }
        return false;
    }

    private static bool Holds(List<string> list, ReadOnlySpan<char> value)
    {
        foreach (var item in list) if (value.SequenceEqual(item)) return true;
        return false;
    }

    private static bool IsRestOfName(ReadOnlySpan<char> rest, string surname)
    {
        foreach (var range in rest.Split(' '))
        {
            var w = rest[range].ToString();
            if (w == surname || NameForms.NotNames.Contains(w) || NameForms.IsTitle(w) || EntityRecognizer.OrganizationWords.Contains(w) || w.All(char.IsUpper)) return false;
        }
        return true;
    }

    /// <summary>Given names (with a title or description in front) before the surname: up to two words, so that
    /// "Astronomer Jon Halvey" is passed over to the given name.</summary>
    private static readonly PatternPerName NamesBeforePatterns = new(surname =>
        new Regex(@"\b(?<first>(?:\p{Lu}[\p{L}'’\-]+\s+)?\p{Lu}[\p{L}'’\-]+)\s+(?:\p{Lu}\.\s+)?" + Regex.Escape(surname) + @"\b(?!['’\-]\p{L}{2})", RegexOptions.CultureInvariant));

    /// <summary>A single name followed by the rest of a full name ("Robin Roberts" after "says Robin"). Not after
    /// "The": "The Jon Stewart Show" names a programme, and "Jon" is not a Jon Stewart Show.</summary>
    private static readonly PatternPerName GivenNamePatterns = new(surname =>
        new Regex(@"(?<!\bThe\s)\b" + Regex.Escape(surname) + @"\s+(?<rest>\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)?)", RegexOptions.CultureInvariant));

    /// <summary>The given names (<see cref="FirstNames"/>) of each match of <paramref name="pattern"/> (given names,
    /// then the surname) in the text, each once, in the order met. Looked for only around each place the surname
    /// occurs: a pattern that opens with any capitalized word would otherwise be tried at every capital of the
    /// document once per speaker, quadratic on a long single-file input. A match holds at most three words and an
    /// initial before the surname, so the window opens four words back; the pattern sees the window alone, as a
    /// search of that range of a string does.</summary>
    internal static void NamesBefore(Regex pattern, ReadOnlySpan<char> text, string surname, List<string> firsts)
    {
        int done = 0;
        for (int at = text.IndexOf(surname, StringComparison.Ordinal); at >= 0; at = NextIndex(text, surname, at + 1))
        {
            if (at < done) continue;
            int begin = Math.Max(done, WordsBack(text, at, 4));
            int end = Math.Min(text.Length, at + surname.Length + 3);
            foreach (var m in pattern.EnumerateMatches(text[begin..end]))
            {
                done = begin + m.Index + m.Length;
                if (FirstNames(GivenNamesOf(text.Slice(begin + m.Index, m.Length), surname).ToString(), surname) is { } f && !firsts.Contains(f, StringComparer.Ordinal)) firsts.Add(f);
            }
        }
    }

    private static int NextIndex(ReadOnlySpan<char> text, string value, int from) =>
        text[from..].IndexOf(value, StringComparison.Ordinal) is var i and >= 0 ? from + i : -1;

    /// <summary>The "first" group of a <see cref="NamesBeforePatterns"/> match, read off the match: the match ends with
    /// the surname, white space and maybe an initial ("E. ") stand before it, and a given name never ends with a dot.</summary>
    private static ReadOnlySpan<char> GivenNamesOf(ReadOnlySpan<char> match, string surname)
    {
        var before = match[..^surname.Length].TrimEnd();
        return before.EndsWith('.') ? before[..^2].TrimEnd() : before;
    }

    /// <summary>Where the <paramref name="words"/>-th whitespace-separated word before <paramref name="at"/> starts.</summary>
    internal static int WordsBack(ReadOnlySpan<char> text, int at, int words)
    {
        int i = at;
        for (int w = 0; w < words && i > 0; w++)
        {
            while (i > 0 && char.IsWhiteSpace(text[i - 1])) i--;
            while (i > 0 && !char.IsWhiteSpace(text[i - 1])) i--;
        }
        return i;
    }

    internal static readonly HashSet<string> SurnameParticles = new(StringComparer.Ordinal)
        { "Le", "La", "De", "Del", "Della", "Van", "Von", "Da", "Di", "Du", "Al", "El", "Abdel", "Abdul", "Abu", "Bin", "Ben", "St", "Mac" };

    /// <summary>The given names in front of a surname, without titles and other words that are not names; null when
    /// nothing is left.</summary>
    internal static string? FirstNames(string words, string surname)
    {
        var kept = words.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SkipWhile(f => NameForms.IsTitle(f) || NameForms.NotNames.Contains(f) || StopWords.Contains(f.ToLowerInvariant()) || f.All(char.IsUpper) || EntityRecognizer.OrganizationWords.Contains(f) || PossessiveEnd().IsMatch(f))
            .ToList();
        if (kept.Count == 0 || kept.Any(f => NameForms.IsTitle(f) || NameForms.NotNames.Contains(f) || EntityRecognizer.OrganizationWords.Contains(f) || f == surname)) return null;
        return string.Join(' ', kept);
    }

    /// <summary>"Staff writers … contributed to this report", "Reporting by …": the newsroom's own people.</summary>
    [GeneratedRegex(@"\bcontributed\b|\b(?:Reporting|Writing|Editing|Additional reporting) by\b|\bStaff writers?\b", RegexOptions.IgnoreCase)]
    internal static partial Regex CreditLine();
}
