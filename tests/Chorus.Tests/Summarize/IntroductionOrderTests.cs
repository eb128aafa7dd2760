using Chorus.Summarize;
using static Chorus.Tests.InventedCluster;

namespace Chorus.Tests.Summarize;

/// <summary>The full name before the surname alone, in the shapes a reader's audit of the dev summaries found (a
/// quotation with its added speaker after a report that names the speaker by surname, 1c29fa3bc586; a police
/// spokesman's report before the quotation that gives his rank and name, bad1e3a60dbc; a lawmaker's "says" before
/// his quotation, 896ac529049c). Invented articles and units.</summary>
public class IntroductionOrderTests
{
    private static readonly Chorus.Link.LinkedCluster Cluster = Linked(
        Doc("a",
            "Voters in Harlow approved a new bridge levy on Tuesday, the county clerk said.",
            "Mayor Rita Solberg called the result a clear win for the town.",
            "She said work would start in the spring."),
        Doc("b",
            "Harlow residents backed the bridge levy by 212 votes on Tuesday.",
            "Solberg said the vote was closer than she had hoped.",
            "Opponents led by Tomas Brandt said they would ask for a recount.",
            "Brandt said the count at two polling stations had been rushed."));

    private static CandidateUnit Unit(int sentence, bool needsPrevious = false, string? speaker = null) =>
        new(sentence, sentence, Cluster.Sentences[sentence].Text, [Cluster.Sentences[sentence].DocId], speaker, needsPrevious, false);

    private static int Index(string start) => Cluster.Sentences.ToList().FindIndex(s => s.Text.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public void The_sentence_with_the_full_name_moves_before_the_first_that_names_the_surname_alone()
    {
        var order = new[] { Unit(Index("Harlow residents")), Unit(Index("Solberg said")), Unit(Index("Mayor Rita")) };
        var result = IntroductionOrder.Apply(order, SurnameOnlySubject.Of(Cluster));
        Assert.Equal(["Harlow residents", "Mayor Rita", "Solberg said"], result.Select(u => u.Text[..(u.Text.IndexOf(' ', u.Text.IndexOf(' ') + 1))]));
    }

    [Fact]
    public void A_sentence_that_leans_on_the_full_name_moves_with_it_and_the_opening_stays_first()
    {
        var order = new[] { Unit(Index("Voters in")), Unit(Index("Solberg said")), Unit(Index("Mayor Rita")), Unit(Index("She said"), needsPrevious: true) };
        var result = IntroductionOrder.Apply(order, SurnameOnlySubject.Of(Cluster));
        Assert.Equal([order[0], order[2], order[3], order[1]], result);
    }

    [Fact]
    public void An_added_speaker_gives_the_full_name_and_an_order_that_introduces_first_is_kept()
    {
        var brandt = Unit(Index("Brandt said"));
        var order = new[] { Unit(Index("Harlow residents")), brandt, Unit(Index("Opponents led")) };
        Assert.Equal([order[0], order[2], order[1]], IntroductionOrder.Apply(order, SurnameOnlySubject.Of(Cluster)));

        // A quotation shown with its added speaker ("Rita Solberg: …") names her in full itself.
        var quoted = new[] { Unit(Index("Harlow residents")), Unit(Index("Solberg said"), speaker: "Rita Solberg"), Unit(Index("Mayor Rita")) };
        Assert.Equal(quoted, IntroductionOrder.Apply(quoted, SurnameOnlySubject.Of(Cluster)));
    }
}
