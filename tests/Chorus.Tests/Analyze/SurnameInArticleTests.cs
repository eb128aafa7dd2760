using Chorus.Analyze;
using Chorus.Segment;

namespace Chorus.Tests.Analyze;

/// <summary>Whether an article gives a surname as part of a full name (<see cref="PersonMention.IsSurnameInArticle"/>)
/// is read from that article alone, though the pattern built for the surname is kept for the next article that asks:
/// a wire story that names the full name, then a tabloid one that gives only the surname.</summary>
public class SurnameInArticleTests
{
    [Fact]
    public void The_kept_pattern_answers_for_each_article_on_its_own()
    {
        var wire = Article("wire", "Harbor master Petra Quillane said the ferry was late.", "Quillane said the crew was safe.");
        var tabloid = Article("tabloid", "quillane was spotted leaving the club.", "The star said Quillane's new album is done.");
        var initial = Article("initial", "Engineer Jon R. Quillane fixed the pump before dawn.");
        Assert.True(PersonMention.IsSurnameInArticle("Quillane", wire));
        Assert.False(PersonMention.IsSurnameInArticle("Quillane", tabloid));
        Assert.True(PersonMention.IsSurnameInArticle("Quillane", initial));
        Assert.False(PersonMention.IsSurnameInArticle("Quillane", tabloid));
        // Another surname asked in between gets its own pattern.
        Assert.False(PersonMention.IsSurnameInArticle("Petra", wire));
        Assert.True(PersonMention.IsSurnameInArticle("Quillane", wire));
    }

    private static List<Sentence> Article(string id, params string[] texts) =>
        texts.Select((t, i) => new Sentence(id, 0, i, i, t, Segmenter.Tokenize(t))).ToList();
}
