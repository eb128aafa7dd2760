using Chorus.Clean;
using Chorus.Ingest;
using Chorus.Segment;
using Chorus.Text;

namespace Chorus.Tests.Clean;

/// <summary>The literal pre-tests that spare the cleaner's regexes must never skip a line a regex matches: checked on
/// every paragraph and sentence of the dev set, and on invented lines where case-folding differs between comparisons.</summary>
public class CleaningGateTests
{
    private static readonly Lazy<List<string>> DevLines = new(() =>
    {
        var reader = new ArticleReader();
        var cleaner = new ArticleCleaner();
        var lines = new List<string>();
        foreach (var dir in Directory.EnumerateDirectories(SharedData.MultiNewsDev).Order(StringComparer.Ordinal))
        {
            var read = reader.Read(ArticleReader.FilesOfFolder(dir));
            foreach (var doc in read.Documents) lines.AddRange(doc.Paragraphs);
            // Cleaning also makes every rule's gates; the sentences are the other lines the furniture tests see.
            foreach (var sentence in Segmenter.Segment(cleaner.Clean(read.Documents)).SelectMany(d => d.Sentences))
                lines.Add(sentence.Text);
        }
        return lines;
    });

    [Fact]
    public void No_gate_turns_away_a_line_its_pattern_matches()
    {
        var lines = DevLines.Value;
        Assert.True(lines.Count > 10_000, $"only {lines.Count} dev lines");
        var gates = GatedPattern.All.ToList();
        Assert.True(gates.Count >= 3, $"only {gates.Count} gated patterns were made");
        int matched = 0, turnedAway = 0;
        foreach (var gate in gates)
            foreach (var line in lines)
            {
                bool passes = gate.MayMatch(line);
                if (gate.Pattern.IsMatch(line))
                {
                    matched++;
                    Assert.True(passes, $"the gate of /{gate.Pattern}/ turned away a line it matches: {line}");
                }
                else if (!passes) turnedAway++;
            }
        Assert.True(matched > 0, "no gated pattern matched any dev line: the check proves nothing");
        // The gates must pay for themselves: most lines never reach the regexes.
        Assert.True(turnedAway > gates.Count * lines.Count / 2, $"gates turned away only {turnedAway} of {gates.Count * lines.Count}");
    }

    [Theory]
    // A case-insensitive regex equates the Kelvin sign with "k"; an ordinal ignore-case search for "skip ad" does not
    // find it, so a line holding one must reach the regex all the same (two players' control strips).
    [InlineData("Harbor gallery 1 of 12 S\u212AIP AD \u00D7")]
    [InlineData("Ferry video: s\u212Aip ad \u00D7 Close")]
    public void A_line_with_a_case_oddity_still_reaches_the_regex(string line)
    {
        Assert.True(GatedPattern.HasCaseOddity(line));
        Assert.Equal(FurnitureMarkerRule.Reason, new FurnitureMarkerRule().Check(new ParagraphContext(line, 3, 10)));
    }

    [Theory]
    [InlineData("Sorry, this page is not available in your region.")]
    [InlineData("SORRY, THE VIDEO YOU REQUESTED HAS EXPIRED.")]
    // A line with a case oddity is lower-cased before the search, as the rule always did.
    [InlineData("Sorry, this content cannot be shown in \u0130stanbul.")]
    [InlineData("SORRY, THE PAGE FOR \u212AANSAS FERRIES HAS MOVED.")]
    public void Page_furniture_phrases_are_found_in_any_case(string line) =>
        Assert.NotNull(new PageFurnitureRule().Check(new ParagraphContext(line, 0, 1)));
}
