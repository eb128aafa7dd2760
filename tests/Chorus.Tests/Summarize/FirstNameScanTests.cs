using Chorus.Summarize;

namespace Chorus.Tests.Summarize;

/// <summary>
/// The candidate filter finds a surname's first name with one pattern built once (<see cref="FirstNameScan"/>, issue
/// 16) where it built a regex per surname per cluster. The scan must find exactly the first words the per-surname
/// regex finds, in order: on every dev sentence with each of its capitalized words as the surname (as written and
/// without trailing punctuation), and on invented lines with repeated, punctuated and space-led surnames.
/// </summary>
public class FirstNameScanTests
{
    private static List<string> ByRegex(string text, string surname) =>
        FirstNameScan.WithSurname(surname).Matches(text).Select(m => m.Groups[1].Value).ToList();

    private static List<string> ByScan(string text, string surname)
    {
        var firsts = new List<string>();
        FirstNameScan.Before(text, surname, firsts);
        return firsts;
    }

    [Fact]
    public void Finds_what_the_per_surname_regex_finds_on_every_dev_sentence()
    {
        int pairs = 0, found = 0;
        foreach (var text in DevSentenceTexts.All)
        {
            var surnames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (char.IsUpper(word[0]))
                {
                    surnames.Add(word);
                    surnames.Add(word.TrimEnd('.', ',', ';', ':', '”', '"', '’', '\'', ')'));
                }
            foreach (var surname in surnames)
            {
                if (surname.Length == 0) continue;
                var expected = ByRegex(text, surname);
                Assert.True(expected.SequenceEqual(ByScan(text, surname)),
                    $"surname {surname}: regex [{string.Join(", ", expected)}], scan [{string.Join(", ", ByScan(text, surname))}]: {text}");
                pairs++;
                found += expected.Count;
            }
        }
        Assert.True(pairs > 20_000 && found > 1_000, $"{pairs} sentence-surname pairs, {found} first names: the check proves little");
    }

    [Theory]
    // Invented lines in two outlets' manners.
    [InlineData("Rita Solberg said Solberg's Rita Solberg plan, Solberg Solberg Solberg left.", "Solberg")]
    [InlineData("Mayor Ann O'Brien-Kay and Ann  O'Brien-Kay, with Ann\tO'Brien-Kayes.", "O'Brien-Kay")]
    [InlineData("Coach Lee Jr. spoke; Lee Jr.said more, Lee Jr.", "Jr.")]
    [InlineData("Dr. Ann  Lee met Ann Lee.", " Lee")]
    [InlineData("No capital before lee here.", "lee")]
    [InlineData("", "Lee")]
    [InlineData("lee Lee went; Éclair Lee came", "Lee")]
    [InlineData(" Lee, Ann-Marie\u00A0Lee and AnnLee Lee", "Lee")]
    public void Finds_what_the_per_surname_regex_finds_on_invented_lines(string text, string surname) =>
        Assert.Equal(ByRegex(text, surname), ByScan(text, surname));
}
