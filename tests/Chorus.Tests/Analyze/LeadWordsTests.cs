using System.Text.RegularExpressions;
using Chorus.Analyze;

namespace Chorus.Tests.Analyze;

/// <summary>The lead words before a speaker's name are taken whole (<see cref="SpeechPatterns.LeadWords"/>): every
/// attribution pattern finds what it found when the engine could give lead words back, on what a wire report writes
/// after and before a quotation and on what a tabloid does.</summary>
public class LeadWordsTests
{
    /// <summary>The pattern as it was: the lead words free to be given back one at a time.</summary>
    private static Regex Backtracking(Regex pattern) =>
        new(pattern.ToString().Replace(SpeechPatterns.LeadWords, SpeechPatterns.LeadWord + "{0,3}").Replace("(?>" + SpeechPatterns.LeadWord + "{1,2})", SpeechPatterns.LeadWord + "{1,2}"));

    public static TheoryData<string> Texts => new()
    {
        // Wire style.
        ", said coast guard commander Elena Varga.",
        ", said a spokesman for Mayor Tomas Reiner.",
        ", said the ferry line's chief executive, Oskar Lindqvist, on Tuesday.",
        " said Dr. Ines Farrow, a surgeon at the county hospital.",
        ", added state senator Dana Q. Holloway of Brookfield.",
        ", said senior deputy harbor master Petra Halloran, who led the search.",
        // Tabloid style.
        " the reality star's pal Tilly Osgood told the magazine.",
        ", gushed her long-time friend and stylist Bo Markham",
        " said one close pal, who asked not to be named.",
        ", wrote the singer's ex Jaxon Reade on his page",
        "  she said of her co-star, Mira Quell.",
        ", said a source close to the couple.",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_attribution_after_a_quotation_is_found_as_before(string after) =>
        SameMatches(AdjacentAttribution.After(), after);

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_titled_person_after_a_verb_is_found_as_before(string after) =>
        SameMatches(AdjacentAttribution.TitledPersonAfter(), after);

    [Theory]
    [MemberData(nameof(Texts))]
    public void An_attribution_ending_a_sentence_is_found_as_before(string after) =>
        SameMatches(PronounResolution.FinalAttribution(), "The boat left late" + after);

    [Theory]
    [MemberData(nameof(Texts))]
    public void An_attribution_between_two_parts_is_found_as_before(string after) =>
        SameMatches(AdjacentAttribution.Between(), "\"The water came in fast\"" + after.TrimEnd('.') + ", ");

    [Fact]
    public void The_patterns_take_the_lead_words_whole()
    {
        Assert.Contains(SpeechPatterns.LeadWords, AdjacentAttribution.After().ToString());
        Assert.Contains(SpeechPatterns.LeadWords, PronounResolution.FinalAttribution().ToString());
        Assert.Equal("Elena Varga", AdjacentAttribution.After().Match(", said coast guard commander Elena Varga.").Groups["name"].Value);
    }

    private static void SameMatches(Regex pattern, string text)
    {
        var before = Backtracking(pattern);
        Assert.NotEqual(before.ToString(), pattern.ToString());
        Match a = before.Match(text), b = pattern.Match(text);
        for (; a.Success || b.Success; a = a.NextMatch(), b = b.NextMatch())
        {
            Assert.Equal((a.Success, a.Index, a.Length), (b.Success, b.Index, b.Length));
            foreach (var name in before.GetGroupNames())
                Assert.Equal((a.Groups[name].Success, a.Groups[name].Index, a.Groups[name].Value), (b.Groups[name].Success, b.Groups[name].Index, b.Groups[name].Value));
        }
    }
}
