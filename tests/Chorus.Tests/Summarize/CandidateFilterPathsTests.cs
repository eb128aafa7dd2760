using Chorus.Analyze;
using Chorus.Clean;
using Chorus.Evaluate;
using Chorus.Link;
using Chorus.Segment;
using Chorus.Summarize;

namespace Chorus.Tests.Summarize;

/// <summary>
/// The candidate filter's fast paths (issue 16) show the reader what the plain ones show: a long input looks a
/// surname's first name up through an index of word starts instead of reading every sentence once per surname.
/// Forced on for every dev cluster, it must give every unit, speaker added, exactly as reading every sentence does.
/// </summary>
public class CandidateFilterPathsTests
{
    [Fact]
    public void Surnames_looked_up_through_the_index_give_the_units_of_reading_every_sentence()
    {
        int withFirstName = 0, clusters = 0;
        foreach (var cluster in DatasetEvaluator.Load(SharedData.MultiNewsDev))
        {
            var linked = new SentenceLinker().Link(Segmenter.Segment(new ArticleCleaner().Clean(cluster.Documents)));
            var quotes = new QuoteExtractor().Extract(linked);
            bool surnameOnly = quotes.Any(q => q.Speaker is { } s && !s.Contains(' '));
            var plain = new CandidateFilter(linked, quotes);
            var indexed = new CandidateFilter(linked, quotes, surnameIndexFrom: 0);
            for (int s = 0; s < linked.Sentences.Count; s++)
            {
                var (a, b) = (plain.UnitOf(s), indexed.UnitOf(s));
                Assert.Equal(a is null, b is null);
                if (a is null || b is null) continue;
                Assert.Equal((a.First, a.Last, a.Text, a.AddedSpeaker, a.NeedsPrevious, a.IsReaction), (b.First, b.Last, b.Text, b.AddedSpeaker, b.NeedsPrevious, b.IsReaction));
                Assert.Equal(a.Sources, b.Sources);
                if (surnameOnly && b.AddedSpeaker is { } added && added.Contains(' ') && quotes.Any(q => q.Speaker is { } sp && !sp.Contains(' ') && added.EndsWith(" " + sp, StringComparison.Ordinal)))
                    withFirstName++;
            }
            if (surnameOnly) clusters++;
        }
        // The index path was exercised: surnames given their first name in several clusters.
        Assert.True(clusters >= 5 && withFirstName >= 3, $"{clusters} clusters with surname-only speakers, {withFirstName} units given a first name");
    }
}
