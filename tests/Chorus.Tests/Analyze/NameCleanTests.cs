using System.Text.RegularExpressions;
using Chorus.Analyze;

namespace Chorus.Tests.Analyze;

/// <summary><see cref="NameForms.Clean"/> reads the candidate's words as spans; it gives what the list-based
/// version before it gave (its title test too), kept here as the reference, for every run of words in the dev sentences.</summary>
public class NameCleanTests
{
    [Fact]
    public void Clean_gives_what_the_list_based_version_gave_on_every_dev_word_run()
    {
        int candidates = 0, names = 0;
        foreach (var folder in Directory.EnumerateDirectories(SharedData.MultiNewsDev))
            foreach (var sentence in DevClusterAnnotations.Link(Path.GetFileName(folder)).Sentences)
            {
                var words = sentence.Text.Split(' ');
                for (int start = 0; start < words.Length; start++)
                {
                    if (words[start].Length == 0 || !char.IsUpper(words[start][0])) continue;
                    for (int length = 1; length <= 6 && start + length <= words.Length; length++)
                    {
                        var candidate = string.Join(' ', words, start, length);
                        var expected = ListBasedClean(candidate);
                        Assert.Equal(expected, NameForms.Clean(candidate));
                        candidates++;
                        if (expected is not null) names++;
                    }
                }
            }
        Assert.True(candidates > 10_000 && names > 1_000, $"{candidates} candidates, {names} names");
        foreach (var odd in new[] { "", " ", "Mr.", "Roe's", "Jo Roe's Hospital", "'s", "US President Donald Trump", "Macron Macron", "SSP Francis Nabugyere", "Xbox's Marc Whitten", "Essam el-Erian", "Then-Director James Comey", "Deputy-Governor Roe", "a-  B" })
            Assert.Equal(ListBasedClean(odd), NameForms.Clean(odd));
    }

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "de", "van", "von", "der", "bin", "al", "da", "le", "la" };
    private static readonly Regex Possessive = new(@"['’]s?$");
    private static readonly Regex ArticleJoined = new(@"^(?:al|el|as|ash|ad|ar|az|an|at)-\p{Lu}");

    private static bool StringBasedIsTitle(string word) =>
        NameForms.Titles.Contains(word)
        || word.Length > 6 && word.EndsWith('s') && NameForms.Titles.Contains(word[..^1])
        || word.Contains('-') && word.Split('-').All(p => p.Length > 0 && NameForms.Titles.Contains(p))
        || (word.StartsWith("then-", StringComparison.OrdinalIgnoreCase) || word.StartsWith("ex-", StringComparison.OrdinalIgnoreCase)) && StringBasedIsTitle(word[(word.IndexOf('-') + 1)..]);

    private static string? ListBasedClean(string candidate)
    {
        var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd('.', ',', ';', ':')).Where(w => w.Length > 0).ToList();
        int lastTitle = words.FindLastIndex(StringBasedIsTitle);
        if (lastTitle >= 0) words = words.Skip(lastTitle + 1).ToList();
        while (words.Count > 0 && NameForms.NotNames.Contains(words[0])) words.RemoveAt(0);
        while (words.Count > 1 && words[0].Length >= 2 && words[0].All(char.IsUpper)) words.RemoveAt(0);
        while (words.Count > 0 && (NameForms.NotNames.Contains(words[^1]) || Connectors.Contains(words[^1]))) words.RemoveAt(words.Count - 1);
        if (words.Count == 0) return null;
        int possessive = words.FindIndex(w => Possessive.IsMatch(w));
        if (possessive >= 0 && possessive < words.Count - 1 && !words.Skip(possessive + 1).Any(w => EntityRecognizer.OrganizationWords.Contains(w)))
        {
            words = words.Skip(possessive + 1).ToList();
            possessive = words.FindIndex(w => Possessive.IsMatch(w));
        }
        if (possessive >= 0 && possessive == words.Count - 1) words[^1] = Possessive.Replace(words[^1], "");
        else if (possessive >= 0 && possessive < words.Count - 1 && words.Count - possessive > 2) { words = words.Take(possessive + 1).ToList(); words[^1] = Possessive.Replace(words[^1], ""); }
        if (words.Count == 0 || words.Any(w => w.Length == 0 || !char.IsUpper(w[0]) && !Connectors.Contains(w) && !ArticleJoined.IsMatch(w))) return null;
        if (words.Count == 2 && words[0] == words[1]) return null;
        return string.Join(' ', words);
    }
}
