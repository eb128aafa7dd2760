using System.Text;
using System.Text.RegularExpressions;
using Chorus.Ingest;

namespace Chorus.Tests.Ingest;

/// <summary>The read path decodes from pooled buffers and cuts each line once; what it reads must not change.</summary>
public class PooledReadTests
{
    /// <summary>How paragraphs were cut before: split on line ends, white-space runs replaced by a regular
    /// expression, then trimmed.</summary>
    private static List<string> ReferenceLines(string text) =>
        text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Select(l => Regex.Replace(l, @"[\s\u00A0]+", " ").Trim()).Where(l => l.Length > 0).ToList();

    [Theory]
    [InlineData("Storm hits coast\r\n\r\nWinds  of 90 mph\ttore roofs off.\r\nPower is out.\r\n")]
    [InlineData("Council votes\rThe\u00A0council voted\u2003on Tuesday.\r\rIt  will   reopen \u2028 next year.  ")]
    [InlineData("  \t\n\nA lone\fline with a form feed\vand a tab\t.\n \n\u0085Next\u00A0\u00A0paragraph.")]
    public void Lines_are_cut_as_splitting_and_collapsing_white_space_cut_them(string text)
    {
        var doc = PlainTextArticleParser.Parse("a", "a.txt", "Not a title because it ends here.\n\n" + text);
        Assert.Equal(ReferenceLines(text), doc.Paragraphs.Skip(1));
    }

    [Fact]
    public void Dev_articles_of_every_cluster_read_as_the_reference_cuts_them()
    {
        int files = 0;
        foreach (var file in Directory.EnumerateFiles(SharedData.MultiNewsDev, "*.txt", SearchOption.AllDirectories).Where(f => f.Contains("docs")).Take(200))
        {
            if (new ArticleReader().Read([file]).Documents is not [var doc]) continue;
            // The string decode (with its repairs of misread bytes) is the reference for the pooled one.
            var lines = ReferenceLines(TextDecoder.Decode(File.ReadAllBytes(file)).Text);
            Assert.Equal(lines.Skip(lines.Count - doc.Paragraphs.Count), doc.Paragraphs);
            files++;
        }
        Assert.True(files >= 100);
    }

    [Fact]
    public void A_short_legacy_file_read_after_a_long_one_gets_only_its_own_bytes()
    {
        using var tmp = new TempFolder();
        var longFile = tmp.Write("long.txt", "The flood reached the old town square on Friday. " + string.Concat(Enumerable.Repeat("Water rose fast. ", 2000)));
        var latin = tmp.WriteBytes("latin.txt", CodePages.Windows1252.GetBytes("The café reopened on Monday, the owner said."));
        var docs = new ArticleReader().Read([longFile, latin]).Documents;
        Assert.Equal(2, docs.Count);
        Assert.Equal(["The café reopened on Monday, the owner said."], docs[1].Paragraphs);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("windows-1252")]
    public void A_file_decoded_into_pooled_memory_reads_as_its_decoded_string(string encoding)
    {
        const string text = "Storm closes the café\n\nThe  café on Rue Mouffetard closed on Friday, its owner said.\r\n\r\nCustomers “queued” for an hour.";
        byte[] bytes = encoding switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. new UTF8Encoding(false).GetBytes(text)],
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            "windows-1252" => CodePages.Windows1252.GetBytes(text.Replace("“", "\"").Replace("”", "\"")),
            _ => new UTF8Encoding(false).GetBytes(text),
        };
        using var tmp = new TempFolder();
        var doc = Assert.Single(new ArticleReader().Read([tmp.WriteBytes("cafe.txt", bytes)]).Documents);
        var expected = PlainTextArticleParser.Parse("cafe", "x", TextDecoder.Decode(bytes).Text);
        Assert.Equal("Storm closes the café", doc.Title);
        Assert.Equal(expected.Paragraphs, doc.Paragraphs);
        Assert.Equal("The café on Rue Mouffetard closed on Friday, its owner said.", doc.Paragraphs[0]);
    }
}
