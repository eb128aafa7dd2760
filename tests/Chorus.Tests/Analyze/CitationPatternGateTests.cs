using Chorus.Analyze;
using Chorus.Clean;
using Chorus.Ingest;
using Chorus.Segment;

namespace Chorus.Tests.Analyze;

/// <summary>
/// The cited-outlet regexes run only on sentences their literal gate lets through; a gate that let through too little
/// would silently lose citations. On every sentence of every dev cluster and both samples, a closed gate means the
/// regex has no match.
/// </summary>
public class CitationPatternGateTests
{
    [Fact]
    public void A_closed_gate_never_hides_a_match_on_any_dev_sentence()
    {
        var folders = Directory.EnumerateDirectories(SharedData.MultiNewsDev).Order(StringComparer.Ordinal).Append(RepoPaths.Sample).Append(SharedData.Versailles);
        var matched = OutletCitationFinder.Patterns.ToDictionary(p => p.Wording, _ => 0);
        int closed = 0, sentences = 0;
        foreach (var folder in folders)
            foreach (var doc in Segmenter.Segment(new ArticleCleaner().Clean(new ArticleReader().Read([folder]).Documents)))
                foreach (var s in doc.Sentences)
                {
                    sentences++;
                    foreach (var pattern in OutletCitationFinder.Patterns)
                    {
                        bool matches = pattern.Regex.IsMatch(s.Text);
                        if (!pattern.CanMatch(s.Text))
                        {
                            Assert.False(matches, $"{pattern.Wording} gate closed on a matching sentence in {folder}: {s.Text}");
                            closed++;
                        }
                        else if (matches) matched[pattern.Wording]++;
                    }
                }
        // The gates must do their job (most sentences closed for most patterns) and the check must have seen matches.
        Assert.True(closed > sentences * OutletCitationFinder.Patterns.Count / 2, $"{closed} closed of {sentences} sentences");
        Assert.All(matched.Where(m => m.Key != CitationWording.OutletsReport), m => Assert.True(m.Value > 0, $"{m.Key} never matched"));
    }

    [Theory]
    [InlineData("The senator told the Ledger-Tribune on Monday that the vote would wait.", CitationWording.Told)]
    [InlineData("Speaking to the Harbor Gazette, the mayor defended the budget.", CitationWording.Told)]
    [InlineData("A spokeswoman confirmed to Valley Public Radio that the plant had closed.", CitationWording.Told)]
    [InlineData("The Coastline Courier newspaper reported that two ferries were late.", CitationWording.Reported)]
    [InlineData("The crash killed four people, according to the Prairie Examiner.", CitationWording.AccordingTo)]
    [InlineData("The figure was first reported Tuesday by the Riverside Sentinel.", CitationWording.ReportedBy)]
    [InlineData("The coach said on ESPN's \"SportsCenter\" that he would stay.", CitationWording.NetworksShow)]
    [InlineData("The regional broadcaster Delta One reported the closure.", CitationWording.MediumNoun)]
    [InlineData("In a Mountain Post investigation, the paper found 40 cases.", CitationWording.AnOutletsPiece)]
    [InlineData("The governor appeared on Channel Nine News to explain.", CitationWording.SpokeOn)]
    [InlineData("Speaking on CNN, the governor said the shelters were full.", CitationWording.SpokeOn)]
    public void Gate_opens_on_each_wording(string sentence, CitationWording wording)
    {
        var pattern = OutletCitationFinder.Patterns.Single(p => p.Wording == wording);
        Assert.Matches(pattern.Regex, sentence);
        Assert.True(pattern.CanMatch(sentence));
    }
}
