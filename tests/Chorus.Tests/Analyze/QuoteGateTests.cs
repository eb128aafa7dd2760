using System.Reflection;
using System.Text.RegularExpressions;
using Chorus.Analyze;

namespace Chorus.Tests.Analyze;

/// <summary>The quote analysis starts its costliest patterns only in text holding the fixed words every match of
/// them contains (a verb of saying; "by" with "which", "where" or "when"). A gate that said no where the pattern
/// matches would silently change speakers: these check, on every dev sentence and on each part of it before and
/// after a quotation mark (the text the patterns are given), that no pattern matches where its gate says no, and that
/// the window of last words read without splitting the whole text is the one a split gives.</summary>
public class QuoteGateTests
{
    private static readonly Assembly Core = typeof(QuoteExtractor).Assembly;

    private static Regex Pattern(string type, string name) =>
        (Regex)Core.GetType("Chorus.Analyze." + type)!.GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, null)!;

    private static Func<string, bool> Gate(string type, string name)
    {
        var method = Core.GetType("Chorus.Analyze." + type)!.GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static, [typeof(string)])!;
        return method.CreateDelegate<Func<string, bool>>();
    }

    private static readonly Func<string, int, string> LastWords = (Func<string, int, string>)Delegate.CreateDelegate(typeof(Func<string, int, string>),
        typeof(NonSpeechQuotation).GetMethod("LastWords", BindingFlags.NonPublic | BindingFlags.Static)!);

    [Fact]
    public void No_gated_pattern_matches_where_its_gate_says_no()
    {
        var hasVerb = Gate("SpeechPatterns", "HasVerb");
        var hasSubjectVerb = Gate("SpeechPatterns", "HasSubjectVerb");
        var mayBeRemarkBy = Gate("ReportedSpeechAttribution", "MayBeRemarkBy");
        var checks = new (string Name, Regex Pattern, Func<string, bool> Gate)[]
        {
            ("After", Pattern("AdjacentAttribution", "After"), hasVerb),
            ("Before", Pattern("AdjacentAttribution", "Before"), hasVerb),
            ("FinalAttribution", Pattern("PronounResolution", "FinalAttribution"), hasVerb),
            ("SpeechSubject", Pattern("SpeechPatterns", "SpeechSubject"), hasSubjectVerb),
            ("ByPerson", Pattern("ReportedSpeechAttribution", "ByPerson"), mayBeRemarkBy),
            ("AccordingToPerson", Pattern("ReportedSpeechAttribution", "AccordingToPerson"), Gate("ReportedSpeechAttribution", "MayCreditSource")),
        };
        var closed = new int[checks.Length];
        var matched = new int[checks.Length];
        foreach (var folder in Directory.EnumerateDirectories(SharedData.MultiNewsDev))
        {
            var cluster = DevClusterAnnotations.Link(Path.GetFileName(folder));
            foreach (var sentence in cluster.Sentences)
            {
                var text = sentence.Text;
                var parts = new List<string> { text };
                for (int k = 0; k < text.Length; k++)
                    if (text[k] is '"' or '“' or '”') { parts.Add(text[..k]); parts.Add(text[(k + 1)..]); }
                foreach (var part in parts)
                {
                    Assert.Equal(string.Join(' ', part.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(8)), LastWords(part, 8));
                    for (int c = 0; c < checks.Length; c++)
                    {
                        if (checks[c].Gate(part)) { if (checks[c].Pattern.IsMatch(part)) matched[c]++; continue; }
                        closed[c]++;
                        Assert.False(checks[c].Pattern.IsMatch(part), $"{checks[c].Name} matches where its gate is closed: {part}");
                    }
                }
            }
        }
        // The gates do close on real text, and every pattern still finds its matches behind them.
        for (int c = 0; c < checks.Length; c++)
        {
            Assert.True(closed[c] > 1000, $"{checks[c].Name}: gate closed {closed[c]} times");
            Assert.True(matched[c] > 0, $"{checks[c].Name}: {matched[c]} matches");
        }
    }

    // The window before a quotation that sign and naming cues are looked for in: the last words split at spaces,
    // whatever runs of spaces the text has.
    [Theory]
    [InlineData("protesters carried a banner reading", 8)]
    [InlineData("  the  crowd held   placards that said  ", 3)]
    [InlineData("one", 6)]
    [InlineData("", 6)]
    [InlineData("    ", 2)]
    public void The_last_words_are_those_a_split_gives(string text, int count)
    {
        Assert.Equal(string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(count)), LastWords(text, count));
    }
}
