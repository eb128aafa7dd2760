using Chorus.Clean;
using Chorus.Ingest;
using Chorus.Segment;

namespace Chorus.Tests;

/// <summary>Every sentence of the dev clusters as the summarizer's checks see it, and every repaired quotation: read,
/// cleaned and segmented once per test run for the gate tests that prove a pre-test skips nothing its regex matches.</summary>
public static class DevSentenceTexts
{
    private static readonly Lazy<IReadOnlyList<string>> Texts = new(() =>
    {
        var reader = new ArticleReader();
        var cleaner = new ArticleCleaner();
        var texts = new List<string>();
        foreach (var dir in Directory.EnumerateDirectories(SharedData.MultiNewsDev).Order(StringComparer.Ordinal))
            foreach (var sentence in Segmenter.Segment(cleaner.Clean(reader.Read(ArticleReader.FilesOfFolder(dir)).Documents)).SelectMany(d => d.Sentences))
            {
                texts.Add(sentence.Text);
                if (sentence.Quotation.Repaired is { } repaired) texts.Add(repaired);
            }
        return texts;
    });

    public static IReadOnlyList<string> All => Texts.Value;
}
