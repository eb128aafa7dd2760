using Chorus.Clean;
using Chorus.Ingest;
using Chorus.Report;

namespace Chorus.Tests.Report;

/// <summary>The layout walk places each removal where the article had it; <see cref="RemovalPlaces"/> answers the
/// walk's questions without scanning every removal per paragraph. Its answers must be the old scan's, in order.</summary>
public sealed class RemovalPlacesTests
{
    /// <summary>The walk as it was (a list scanned per paragraph and shifted per placement), reduced to the order in
    /// which it placed the removals: the reference the index must reproduce.</summary>
    private static List<(int Paragraph, string Text, string Reason)> ScannedWalk(CleanDocument doc)
    {
        var removals = doc.Removed.ToList();
        var placed = new List<(int, string, string)>();
        int kept = 0, p = 0;
        foreach (var original in doc.Source.Paragraphs)
        {
            int whole = removals.FindIndex(r => r.Text == original);
            bool isKept = kept < doc.Paragraphs.Count && original.Contains(doc.Paragraphs[kept], StringComparison.Ordinal);
            if (whole >= 0 && !(isKept && doc.Paragraphs[kept] == original))
            {
                placed.Add((p++, removals[whole].Text, removals[whole].Reason));
                removals.RemoveAt(whole);
                continue;
            }
            p++;
            if (!isKept) continue;
            kept++;
            for (int r = 0; r < removals.Count; r++)
            {
                if (removals[r].Text.Length == 0 || !original.Contains(removals[r].Text, StringComparison.Ordinal) || original == removals[r].Text) continue;
                placed.Add((p - 1, removals[r].Text, removals[r].Reason));
                removals.RemoveAt(r--);
            }
        }
        placed.AddRange(removals.Select(r => (-1, r.Text, r.Reason)));
        return placed;
    }

    private static List<(int Paragraph, string Text, string Reason)> IndexedWalk(CleanDocument doc, int scanLimit)
    {
        var removals = new RemovalPlaces(doc.Removed, scanLimit);
        var placed = new List<(int, string, string)>();
        int kept = 0, p = 0;
        foreach (var original in doc.Source.Paragraphs)
        {
            int whole = removals.Whole(original);
            bool isKept = kept < doc.Paragraphs.Count && original.Contains(doc.Paragraphs[kept], StringComparison.Ordinal);
            if (whole >= 0 && !(isKept && doc.Paragraphs[kept] == original))
            {
                placed.Add((p++, removals[whole].Text, removals[whole].Reason));
                removals.Place(whole);
                continue;
            }
            p++;
            if (!isKept) continue;
            kept++;
            foreach (int r in removals.PlaceWithin(original)) placed.Add((p - 1, removals[r].Text, removals[r].Reason));
        }
        placed.AddRange(removals.Unplaced().Select(r => (-1, r.Text, r.Reason)));
        return placed;
    }

    private static void AssertSameWalk(CleanDocument doc)
    {
        var expected = ScannedWalk(doc);
        Assert.Equal(expected, IndexedWalk(doc, scanLimit: 0));
        Assert.Equal(expected, IndexedWalk(doc, scanLimit: int.MaxValue));
    }

    [Fact]
    public void Every_dev_article_places_its_removals_as_the_scan_did_both_indexed_and_scanned()
    {
        var cleaner = new ArticleCleaner();
        int removals = 0;
        foreach (var cluster in Directory.EnumerateDirectories(SharedData.MultiNewsDev).Order(StringComparer.Ordinal))
            foreach (var doc in cleaner.Clean(new ArticleReader().Read([cluster]).Documents))
            {
                removals += doc.Removed.Count;
                AssertSameWalk(doc);
            }
        Assert.True(removals > 300, $"only {removals} removals in dev");
    }

    [Fact]
    public void One_long_input_of_many_articles_with_repeats_places_its_removals_as_the_scan_did()
    {
        // Twenty dev clusters' articles as one file, twice: repeated paragraphs, captions, credits and teasers
        // from many outlets, hundreds of removals (the case the index is for).
        var files = Directory.EnumerateDirectories(SharedData.MultiNewsDev).Order(StringComparer.Ordinal).Take(20)
            .SelectMany(c => ArticleReader.FilesOfFolder(c)).ToList();
        var text = string.Join("\n\n", files.Select(File.ReadAllText));
        var doc = PlainTextArticleParser.Parse("long", "long.txt", text + "\n\n" + text);
        var clean = new ArticleCleaner().Clean([doc])[0];
        Assert.True(clean.Removed.Count > 10 * RemovalPlaces.ScanLimit, $"only {clean.Removed.Count} removals");
        AssertSameWalk(clean);
    }
}
