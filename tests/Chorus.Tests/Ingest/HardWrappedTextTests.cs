using Chorus.Ingest;
using Chorus.Segment;
using Chorus.Clean;

namespace Chorus.Tests.Ingest;

/// <summary>Text wrapped at a fixed width (e-mail, a wire feed saved as text, a PDF's text layer) is read as the
/// paragraphs it was written in; scraped text with one element a line is read line by line as before.</summary>
public class HardWrappedTextTests
{
    // A mailed regional story, wrapped at 72 columns, paragraphs between blank lines.
    private const string Mailed = """
        Ferry service resumes

        The Harbor Point ferry carried its first passengers in three weeks on
        Monday morning, after inspectors cleared a repaired hull plate that had
        kept the boat in dry dock since early March.

        The operator, Bayline Marine, said about 140 commuters rode the 7:15
        a.m. crossing, and that the afternoon runs would return to their usual
        half-hourly timetable on Wednesday.

        "We are glad to have the regulars back," said the company's
        operations chief, Dana Whitcomb, who added that season passes would be
        extended by three weeks to make up for the lost days.
        """;

    // An agency's copy saved as text at 64 columns: no blank lines, each paragraph's first line indented.
    private const string Indented = """
           ALDER FALLS -- A county judge on Thursday halted the sale of
        the old armory building, ruling that the council had not given
        the public the thirty days of notice the town charter requires.
           The council had voted 4-3 in January to sell the building to a
        developer who planned a hotel with a rooftop restaurant and a
        ninety-car garage.
           Opponents of the sale said they would ask for a referendum.
        """;

    [Fact]
    public void Wrapped_paragraphs_are_joined_and_their_sentences_stay_whole()
    {
        var doc = PlainTextArticleParser.Parse("01", "01.txt", Mailed);
        Assert.Equal("Ferry service resumes", doc.Title);
        Assert.Equal(3, doc.Paragraphs.Count);
        Assert.Equal("The Harbor Point ferry carried its first passengers in three weeks on Monday morning, after inspectors cleared a repaired hull plate that had kept the boat in dry dock since early March.", doc.Paragraphs[0]);
        Assert.StartsWith("\"We are glad to have the regulars back,\" said the company's operations chief, Dana Whitcomb,", doc.Paragraphs[2]);

        var sentences = Sentences(doc);
        Assert.Contains(sentences, s => s.StartsWith("The operator, Bayline Marine, said about 140 commuters rode the 7:15 a.m. crossing,") && s.EndsWith("on Wednesday."));
        Assert.All(sentences, s => Assert.Matches(@"[.!?""”]$", s));
    }

    [Fact]
    public void A_deeper_first_line_starts_a_paragraph_and_a_word_broken_at_its_hyphen_is_joined()
    {
        var doc = PlainTextArticleParser.Parse("02", "02.txt", Indented);
        Assert.Equal(3, doc.Paragraphs.Count);
        Assert.StartsWith("ALDER FALLS -- A county judge on Thursday halted the sale of the old armory building,", doc.Paragraphs[0]);
        Assert.EndsWith("a rooftop restaurant and a ninety-car garage.", doc.Paragraphs[1]);
        Assert.Equal("Opponents of the sale said they would ask for a referendum.", doc.Paragraphs[2]);

        var hyphenated = PlainTextArticleParser.Parse("03", "03.txt",
            "The mayor said the plan was a take-a-\nchance bet on the waterfront, and that the council\nwould vote on it next month after a public hearing.\n");
        Assert.Single(hyphenated.Paragraphs);
        Assert.Contains("a take-a-chance bet", hyphenated.Paragraphs[0]);
    }

    [Fact]
    public void Scraped_text_with_one_element_a_line_is_read_line_by_line()
    {
        // Whole paragraphs a line: long lines, each opening on a capital.
        const string Scraped = "Share this story\nThe county board approved the new budget on Tuesday after a four-hour meeting that ran past midnight, with two members voting against it.\nMembers said the plan keeps property taxes flat for a third straight year while adding six deputies to the sheriff's office.\nRead more local news";
        var scraped = PlainTextArticleParser.Parse("04", "04.txt", Scraped);
        Assert.Equal(4, scraped.Paragraphs.Count);
        Assert.Equal("Share this story", scraped.Paragraphs[0]);

        // A list of short headlines, one a line: no line goes on in lower case.
        const string Headlines = "Top stories\n\nCity pool to close for repairs in June\nSchool board names new superintendent\nRiver trail reopens after spring flooding\nLibrary extends weekend hours";
        var list = PlainTextArticleParser.Parse("05", "05.txt", Headlines);
        Assert.Equal(4, list.Paragraphs.Count);
        Assert.Equal("Library extends weekend hours", list.Paragraphs[^1]);
    }

    private static List<string> Sentences(SourceDocument doc)
    {
        var clean = new ArticleCleaner().CleanOne(doc);
        return Segmenter.SentencesOf(clean, 0).Select(s => s.Text).ToList();
    }

    /// <summary>Real articles of three dev clusters (different outlets and layouts), wrapped at 72 columns the way a
    /// mail client or a terminal would: read back, they give the paragraphs the plain files give.</summary>
    [Theory]
    [InlineData("2b546dd84546")]
    [InlineData("df0b3cb31b4c")]
    [InlineData("8b4c90dab64e")]
    public void Dev_articles_wrapped_at_72_columns_read_as_the_plain_files_do(string cluster)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(SharedData.MultiNewsDev, cluster, "docs"), "*.txt"))
        {
            var text = File.ReadAllText(file);
            var plain = PlainTextArticleParser.Parse("01", file, text);
            var paragraphs = text.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0);
            var wrapped = PlainTextArticleParser.Parse("01", file, string.Join("\n\n", paragraphs.Select(p => Wrap(p, 72))));
            Assert.Equal(plain.Title, wrapped.Title);
            Assert.Equal(plain.Paragraphs, wrapped.Paragraphs);
        }
    }

    /// <summary>Greedy wrapping at a width, as mail clients and fmt do: a word longer than the width has a line of its own.</summary>
    private static string Wrap(string paragraph, int width)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width) { lines.Add(line.ToString()); line.Clear(); }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return string.Join("\n", lines);
    }
}
