using Chorus.Clean;
using Chorus.Ingest;
using Chorus.Text;

namespace Chorus.Tests.Clean;

/// <summary>
/// The furniture patterns settle their gates together (<see cref="GatedPatternSet"/>, issue 16): one search for all
/// the literals, single characters apart and words by the dozen. Each gate the set reports open must be exactly the
/// gates whose own search finds a literal, on every dev paragraph and sentence and on invented lines that put literals
/// where a search over several values can miss one (at the end, overlapping, in capitals, behind a case oddity).
/// </summary>
public class GatedPatternSetTests
{
    private static readonly Lazy<List<string>> DevLines = new(() =>
    {
        var reader = new ArticleReader();
        var lines = new List<string>(DevSentenceTexts.All);
        foreach (var dir in Directory.EnumerateDirectories(SharedData.MultiNewsDev).Order(StringComparer.Ordinal))
            foreach (var doc in reader.Read(ArticleReader.FilesOfFolder(dir)).Documents) lines.AddRange(doc.Paragraphs);
        return lines;
    });

    private static IEnumerable<GatedPatternSet> FurnitureSets => [FurnitureSentence.GateSet, .. FurnitureLine.GateSets];

    [Fact]
    public void Each_set_opens_exactly_the_gates_whose_literals_a_dev_line_holds()
    {
        int opened = 0, closed = 0;
        foreach (var set in FurnitureSets)
            foreach (var line in DevLines.Value)
            {
                ulong open = set.Open(line);
                for (int g = 0; g < set.Gates.Count; g++)
                {
                    bool expected = set.Gates[g].MayMatch(line);
                    Assert.True(expected == ((open >> g & 1) != 0),
                        $"gate {g} of /{set.Gates[g].Pattern}/: set says {!expected}, its own search {expected}: {line}");
                    if (expected) opened++; else closed++;
                }
            }
        // Both verdicts occur often: the comparison proves something either way.
        Assert.True(opened > 5_000 && closed > 100_000, $"{opened} gates opened, {closed} closed");
    }

    [Theory]
    // Invented lines in two outlets' manners.
    [InlineData("Ferry crews rescued 40 people, officials said / PHOTO")]
    [InlineData("THE HARBOR MASTER, SEEN HERE ON MONDAY, SPOKE VIA RADIO: \"NO FURTHER DELAYS.\"")]
    [InlineData("Sign up for our newsletter: email alerts@example.org (@harbornews)")]
    [InlineData("Read more in this story [edit] http://example.org/ferry?ref=share")]
    [InlineData("Watch video: the ferry 'Lark' with Captain Ruiz, posted Jan. 4 by Reuters (AP)")]
    [InlineData("Photos Image 1 of 12 Slideshow \u201CThe Lark\u201D \u2018docked\u2019 below")]
    [InlineData("imageimage photophoto shareshare viavia")]
    [InlineData("Harbor pilots are \u017Fhown here during the 2019 drill.")]
    [InlineData("The ferry sailed on time.")]
    [InlineData("")]
    public void Each_set_opens_exactly_the_gates_whose_literals_an_invented_line_holds(string line)
    {
        foreach (var set in FurnitureSets)
        {
            ulong open = set.Open(line);
            for (int g = 0; g < set.Gates.Count; g++)
                Assert.Equal(set.Gates[g].MayMatch(line), (open >> g & 1) != 0);
        }
    }

    [Fact]
    public void A_line_with_a_case_oddity_opens_every_gate()
    {
        var set = FurnitureSentence.GateSet;
        Assert.Equal(set.Gates.Count == 64 ? ulong.MaxValue : (1UL << set.Gates.Count) - 1, set.Open("The \u0130mage of the ferry."));
    }
}
