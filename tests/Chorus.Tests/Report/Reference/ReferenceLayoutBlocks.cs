using Chorus.Link;
using Chorus.Report;

namespace Chorus.Tests.Report.Reference;

/// <summary>SummaryLayout.Blocks as it was before the array by paragraph (a dictionary per document), kept verbatim
/// to hold the new one equal to it.</summary>
public static class ReferenceLayoutBlocks
{
    public static List<IReadOnlyList<LayoutBlock>> Of(LinkedCluster linked)
    {
        var result = new List<IReadOnlyList<LayoutBlock>>();
        int first = 0;
        foreach (var doc in linked.Documents)
        {
            result.Add(Blocks(doc.Document, linked, first, doc.Sentences.Count));
            first += doc.Sentences.Count;
        }
        return result;
    }

    private static IReadOnlyList<SentencePointer> PointersOf(LinkedCluster linked, SentenceGroup group, string? except)
    {
        if (group.Members.Count == 1 && linked.Sentences[group.Members[0]].DocId == except) return [];
        var list = new List<SentencePointer>(group.Sources.Count);
        foreach (var m in group.Members)
        {
            var s = linked.Sentences[m];
            if (s.DocId == except || list.Any(p => p.Doc == s.DocId)) continue;
            list.Add(new SentencePointer(s.DocId, s.Position));
        }
        return list.Count == 0 ? [] : list;
    }

    private static IReadOnlyList<LayoutBlock> Blocks(Chorus.Clean.CleanDocument doc, LinkedCluster linked, int first, int count)
    {
        var byParagraph = new Dictionary<int, (int From, int To)>();
        for (int i = first; i < first + count; i++)
        {
            int p = linked.Sentences[i].Paragraph;
            byParagraph[p] = byParagraph.TryGetValue(p, out var r) ? (r.From, i + 1) : (i, i + 1);
        }
        var removals = new RemovalPlaces(doc.Removed);
        var blocks = new List<LayoutBlock>();
        int kept = 0;
        foreach (var original in doc.Source.Paragraphs)
        {
            int whole = removals.Whole(original);
            bool isKept = kept < doc.Paragraphs.Count && original.Contains(doc.Paragraphs[kept], StringComparison.Ordinal);
            if (whole >= 0 && !(isKept && doc.Paragraphs[kept] == original))
            {
                blocks.Add(new LayoutBlock(null, new RemovedItem(removals[whole].Text, removals[whole].Reason)));
                removals.Place(whole);
                continue;
            }
            if (!isKept) continue;
            if (!doc.IsArticle) blocks.Add(new LayoutBlock([new LayoutSentence(-1, doc.Paragraphs[kept], [])], null));
            else
            {
                var sentences = new List<LayoutSentence>();
                if (byParagraph.TryGetValue(kept, out var range))
                    for (int i = range.From; i < range.To; i++)
                    {
                        var s = linked.Sentences[i];
                        if (s.Paragraph != kept) continue;
                        sentences.Add(new LayoutSentence(s.Position, s.Text, PointersOf(linked, linked.GroupOfSentence(i), s.DocId)));
                    }
                blocks.Add(new LayoutBlock(sentences, null));
            }
            kept++;
            foreach (int r in removals.PlaceWithin(original))
                blocks.Add(new LayoutBlock(null, new RemovedItem(removals[r].Text, removals[r].Reason)));
        }
        blocks.AddRange(removals.Unplaced().Select(r => new LayoutBlock(null, new RemovedItem(r.Text, r.Reason))));
        return blocks;
    }
}
