using Chorus.Ingest;
using Chorus.Pipeline;
using Chorus.Summarize;

namespace Chorus.Tests.Ingest;

/// <summary>
/// A cluster is read in the order its articles were published when each has a date (the story's first report is the
/// first in time, not the first file name); otherwise in the order given. Two sources of dates: a wire archive's SGML
/// files, named by service before date, and a JSON Lines feed whose lines come newest first.
/// </summary>
public class PublicationOrderTests
{
    private static SourceDocument Doc(string id, DateTimeOffset? published) =>
        new(id, id, null, null, published, null, null, ["Text of " + id + "."]);

    private static DateTimeOffset At(int day, int hour = 12) => new(1998, 10, day, hour, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Dated_articles_go_in_time_order_and_articles_of_one_moment_keep_theirs()
    {
        var given = new[] { Doc("APW-12", At(12)), Doc("APW-10b", At(10)), Doc("NYT-11", At(11)), Doc("NYT-10a", At(10)) };
        Assert.Equal(["APW-10b", "NYT-10a", "NYT-11", "APW-12"], PublicationOrder.Of(given).Select(d => d.Id));
        // Already in order: the same list back, nothing copied.
        var inOrder = new[] { Doc("a", At(10)), Doc("b", At(10, 18)), Doc("c", At(11)) };
        Assert.Same(inOrder, PublicationOrder.Of(inOrder));
    }

    [Fact]
    public void One_undated_article_leaves_the_given_order()
    {
        var given = new[] { Doc("late", At(14)), Doc("undated", null), Doc("early", At(9)) };
        Assert.Same(given, PublicationOrder.Of(given));
    }

    private const string Wire = """
        <DOC>
        <DOCNO> {0} </DOCNO>
        <DATE_TIME> {1} </DATE_TIME>
        <TEXT>
        <P>
        {2}
        </P>
        </TEXT>
        </DOC>
        """;

    [Fact]
    public void A_wire_archive_folder_and_a_feed_are_summarized_from_their_first_report()
    {
        var dir = Directory.CreateTempSubdirectory("chorus-order-");
        try
        {
            // Name order puts the agency's later story first; the newspaper service filed the first report.
            File.WriteAllText(Path.Combine(dir.FullName, "APW19981014.0100"), string.Format(Wire, "APW19981014.0100", "10/14/1998 09:00:00",
                "Crews reopened the Alder Pass road on Wednesday, four days after a landslide buried it under mud and rock. "
                + "Engineers said the slope above the road would be watched for another month. The villages had been supplied by helicopter."));
            File.WriteAllText(Path.Combine(dir.FullName, "NYT19981010.0200"), string.Format(Wire, "NYT19981010.0200", "10/10/1998 16:30:00",
                "A landslide buried the Alder Pass road under mud and rock on Saturday, cutting off three mountain villages. "
                + "Nobody was hurt, the county sheriff said. Heavy rain had soaked the hillside for most of the week."));
            var read = new ArticleReader().Read([dir.FullName]);
            var result = new ClusterPipeline().Run(read.Documents, Budget.Words(100));
            Assert.Equal(["NYT19981010.0200", "APW19981014.0100"], result.Documents.Select(d => d.Id));
            Assert.Equal(["NYT19981010.0200", "APW19981014.0100"], result.Linked.Articles.Select(a => a.Id));

            // A feed lists its newest item first.
            var feed = Path.Combine(dir.FullName, "feed.jsonl");
            File.WriteAllLines(feed,
            [
                """{"id":"second","published":"2021-03-02T08:00:00Z","text":"The ferry resumed service on Tuesday after the storm passed the harbour."}""",
                """{"id":"first","published":"2021-03-01T07:00:00Z","text":"A storm halted the ferry between the two island harbours on Monday morning."}""",
            ]);
            var fed = new ArticleReader().Read([feed]);
            Assert.Equal(["first", "second"], new ClusterPipeline().Run(fed.Documents, Budget.Words(100)).Documents.Select(d => d.Id));
        }
        finally { dir.Delete(recursive: true); }
    }
}
