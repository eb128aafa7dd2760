using Chorus.Summarize;

namespace Chorus.Tests.Summarize;

/// <summary>
/// The verbless-fragment check reads its words and the punctuation between them by hand, and runs the contraction
/// regex only on text with an apostrophe after white space (issue 16). Each must give what its regex gives: checked
/// on every dev sentence and repaired quotation, and on invented text with every kind of word and boundary.
/// </summary>
public class VerblessFragmentScanTests
{
    [Fact]
    public void Words_and_boundaries_are_the_regexes_on_every_dev_sentence()
    {
        var texts = DevSentenceTexts.All;
        Assert.True(texts.Count > 10_000, $"only {texts.Count} dev sentences");
        int boundaries = 0, turnedAway = 0;
        foreach (var text in texts)
        {
            boundaries += SameWordsAndBoundaries(text);
            bool matches = VerblessFragment.SplitContractionPattern.IsMatch(text);
            Assert.True(!matches || VerblessFragment.MaySplitContraction(text), $"the contraction gate turned away a match: {text}");
            turnedAway += VerblessFragment.MaySplitContraction(text) ? 0 : 1;
        }
        // Dev text is as written, with no split contraction: the gate's matches are checked on invented text below.
        Assert.True(boundaries > 1000 && turnedAway > texts.Count * 9 / 10, $"{boundaries} boundaries, {turnedAway} of {texts.Count} turned away");
    }

    [Theory]
    // Invented: letters with apostrophes and hyphens, a lone apostrophe word, numbers with stops and commas,
    // dashes spaced and unspaced, brackets, non-Latin letters and digits.
    [InlineData("The mayor's well-known aide - who 'd left - said 3,500.25 people came (in 2019); it’s “fine”—really -- yes.")]
    [InlineData("Ōsaka's ٣٤ votes: '90s music, rock ' n ' roll, i ' m sure, don ’ t go.")]
    [InlineData(" - - -- ' ’ 12. ,,")]
    [InlineData("")]
    public void Words_and_boundaries_are_the_regexes_on_invented_text(string text) => SameWordsAndBoundaries(text);

    [Theory]
    [InlineData("i ' m here", true)]
    [InlineData("don ’ t", true)]
    [InlineData("The mayor's aide", false)]
    [InlineData("'Quoted' words", false)]
    [InlineData("rock\u00a0’ll", true)]
    public void The_contraction_gate_passes_only_text_with_an_apostrophe_after_white_space(string text, bool passes)
    {
        Assert.Equal(passes, VerblessFragment.MaySplitContraction(text));
        if (VerblessFragment.SplitContractionPattern.IsMatch(text)) Assert.True(passes);
    }

    /// <summary>Asserts the hand-read words and boundaries equal the regexes'; returns how many boundaries it saw.</summary>
    private static int SameWordsAndBoundaries(string text)
    {
        var expected = VerblessFragment.WordPattern.Matches(text).Select(m => (m.Index, m.Length)).ToList();
        var actual = new List<(int, int)>();
        for (int at = 0; VerblessFragment.NextWord(text, at) is var (index, length) && length > 0; at = index + length)
            actual.Add((index, length));
        Assert.Equal(expected, actual);
        int boundaries = 0;
        for (int k = 1; k < actual.Count; k++)
        {
            int end = expected[k - 1].Index + expected[k - 1].Length;
            var gap = text.AsSpan(end, expected[k].Index - end);
            bool boundary = VerblessFragment.BoundaryPattern.IsMatch(gap);
            Assert.True(boundary == VerblessFragment.IsBoundary(gap), $"boundary '{gap}' in: {text}");
            boundaries += boundary ? 1 : 0;
        }
        return boundaries;
    }
}

/// <summary>
/// The verbless-fragment check stops at the first verb of the main clause and asks the quotation regex only whether
/// it matches (issue 16); the old check (<see cref="Reference.ReferenceVerblessFragment"/>) read every word and built
/// the text with each quotation replaced. Both must judge alike: every dev sentence and repaired quotation, every two
/// of them joined as a unit joins a quotation's sentences, and invented text.
/// </summary>
public class VerblessFragmentShortcutTests
{
    [Fact]
    public void The_check_judges_every_dev_sentence_and_joined_pair_as_the_full_reading_does()
    {
        var texts = DevSentenceTexts.All;
        int fragments = 0;
        for (int i = 0; i < texts.Count; i++)
        {
            var text = texts[i];
            Assert.True(Reference.ReferenceVerblessFragment.Is(text) == VerblessFragment.Is(text), text);
            fragments += VerblessFragment.Is(text) ? 1 : 0;
            if (i + 1 < texts.Count)
            {
                var joined = text + " " + texts[i + 1];
                Assert.True(Reference.ReferenceVerblessFragment.Is(joined) == VerblessFragment.Is(joined), joined);
            }
        }
        Assert.True(fragments > 100 && fragments < texts.Count / 2, $"{fragments} fragments of {texts.Count}");
    }

    [Theory]
    // Invented, in the manner of a wire caption, a tabloid's photo line and a broadsheet's clauses.
    [InlineData("Smoke over the harbour at dawn on Tuesday.", true)]
    [InlineData("Just an old friend and a dog on a quiet road — a day off.", true)]
    [InlineData("After the council met to vote on the budget, the mayor resigned.", false)]
    [InlineData("The senator, who has been under fire for weeks, quit on Friday.", false)]
    [InlineData("Because the officer at the door in the rain.", true)]
    [InlineData("“We will rebuild,” the governor said of the flooded towns.", false)]
    [InlineData("A letter the family wrote \u0001 to the court.", false)]
    [InlineData("i ' m not sure about the plan for the bridge", false)]
    [InlineData("Two sisters and their dogs in the park.", true)]
    [InlineData("ÉMILE ZOLA’S HOUSE IN MÉDAN, WHERE HE WROTE.", true)]
    [InlineData("Ōsaka’s FESTIVAL DREW thousands — ΣΤΡΑΤΟΣ marched.", false)]
    public void Invented_units_are_judged_as_the_full_reading_judges_them(string text, bool fragment)
    {
        Assert.Equal(fragment, Reference.ReferenceVerblessFragment.Is(text));
        Assert.Equal(fragment, VerblessFragment.Is(text));
    }
}
