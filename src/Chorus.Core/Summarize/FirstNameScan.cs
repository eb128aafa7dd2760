using System.Globalization;
using System.Text.RegularExpressions;

namespace Chorus.Summarize;

/// <summary>
/// The capitalized words written right before a surname ("Rita" in "… Rita Solberg said"): the matches of
/// <c>\b(\p{Lu}[\p{Ll}'’-]+)\s+SURNAME\b</c>, found by hand from each place the surname is written instead of
/// with a new regex per surname per cluster (4.5 KB and ~37 us to build each).
/// </summary>
public static partial class FirstNameScan
{
    /// <summary>Adds to <paramref name="firsts"/> the first word of every match in <paramref name="text"/>, in order.</summary>
    public static void Before(string text, string surname, List<string> firsts)
    {
        // A surname that opens with white space could take some of the spaces before it: the pattern itself decides.
        if (surname.Length == 0 || char.IsWhiteSpace(surname[0]))
        {
            foreach (Match m in WithSurname(surname).Matches(text)) firsts.Add(m.Groups[1].Value);
            return;
        }
        // Each place the surname is written, read backwards: the white space before it, then the lower-case letters
        // and marks of the word before that (neither holds the other, so each is taken whole, as the greedy pattern
        // takes it), then its capital. Matches do not overlap: one starts no earlier than the last one ended.
        int ended = 0;
        for (int q = text.IndexOf(surname, StringComparison.Ordinal); q >= 0;
             q = q + 1 < text.Length ? text.IndexOf(surname, q + 1, StringComparison.Ordinal) : -1)
        {
            int space = q;
            while (space > 0 && char.IsWhiteSpace(text[space - 1])) space--;
            if (space == q) continue;
            int word = space;
            while (word > 0 && IsAfterCapital(text[word - 1])) word--;
            int capital = word - 1;
            if (word == space || capital < 0 || capital < ended || char.GetUnicodeCategory(text[capital]) != UnicodeCategory.UppercaseLetter) continue;
            if (!WordBoundary().IsMatch(text, capital) || !WordBoundary().IsMatch(text, q + surname.Length)) continue;
            firsts.Add(text[capital..space]);
            ended = q + surname.Length;
        }
    }

    /// <summary>[\p{Ll}'’-]: what follows the capital of a first name.</summary>
    private static bool IsAfterCapital(char c) => c is '\'' or '’' or '-' || char.GetUnicodeCategory(c) == UnicodeCategory.LowercaseLetter;

    /// <summary>The pattern the scan stands for, built for one surname (tests compare the two).</summary>
    internal static Regex WithSurname(string surname) => new(@"\b(\p{Lu}[\p{Ll}'’-]+)\s+" + Regex.Escape(surname) + @"\b");

    /// <summary>A word boundary where the match is asked (the character before it is seen, as in the whole pattern).</summary>
    [GeneratedRegex(@"\G\b")]
    private static partial Regex WordBoundary();
}
