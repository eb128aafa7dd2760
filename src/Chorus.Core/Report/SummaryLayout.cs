using Chorus.Link;
using Chorus.Pipeline;

namespace Chorus.Report;

/// <summary>Where a sentence sits: the article's id and the sentence's number in its cleaned text.</summary>
public sealed record SentencePointer(string Doc, int Sentence);

public sealed record LayoutSentence(int Index, string Text, IReadOnlyList<SentencePointer> SharedWith);

/// <summary>A kept paragraph (its sentences) or something cleaning removed, in the article's reading order.</summary>
public sealed record LayoutBlock(IReadOnlyList<LayoutSentence>? Sentences, RemovedItem? Removed);

public sealed record ArticleLayout(string Id, IReadOnlyList<LayoutBlock> Blocks);

/// <summary>
/// What a reader needs to follow a citation: for each summary sentence the sentence of every article that
/// carries it, and each article laid out as it was read, with removals in place and shared sentences marked.
/// </summary>
public sealed record SummaryLayout(IReadOnlyList<IReadOnlyList<SentencePointer>> Citations, IReadOnlyList<ArticleLayout> Articles)
{
    public static SummaryLayout From(ClusterResult result)
    {
        var linked = result.Linked;
        var citations = (result.Summary?.Sentences ?? []).Select(s =>
            s.SentenceIndex >= 0 && s.SentenceIndex < linked.Sentences.Count ? PointersOf(linked, linked.GroupOfSentence(s.SentenceIndex), null) : []).ToList();
        var articles = new List<ArticleLayout>();
        int first = 0;
        foreach (var doc in linked.Documents)
        {
            // The linker numbers the documents' sentences one after another, in document order.
            articles.Add(new ArticleLayout(doc.Id, Blocks(doc.Document, linked, first, doc.Sentences.Count)));
            first += doc.Sentences.Count;
        }
        return new SummaryLayout(citations, articles);
    }

    private static IReadOnlyList<SentencePointer> PointersOf(LinkedCluster linked, SentenceGroup group, string? except)
    {
        // Most sentences are alone in their group: nothing shared, and no list to build for them.
        if (group.Members.Count == 1 && linked.Sentences[group.Members[0]].DocId == except) return [];
        var list = new List<SentencePointer>(group.Sources.Count);
        foreach (var m in group.Members)
        {
            var s = linked.Sentences[m];
            if (s.DocId == except || Has(list, s.DocId)) continue;
            list.Add(new SentencePointer(s.DocId, s.Position));
        }
        return list.Count == 0 ? [] : list;
    }

    /// <summary>A group has a few sources: a scan beats a hash set built for each sentence.</summary>
    private static bool Has(List<SentencePointer> list, string doc)
    {
        foreach (var p in list) if (p.Doc == doc) return true;
        return false;
    }

    /// <summary>Walks the article as read: a paragraph cleaning dropped whole becomes a removed block where it
    /// stood; a kept one becomes its sentences, followed by any fragment cleaning cut from it.</summary>
    private static IReadOnlyList<LayoutBlock> Blocks(Clean.CleanDocument doc, LinkedCluster linked, int first, int count)
    {
        // The document's sentences by paragraph: [from, to) into linked.Sentences for each paragraph index, in an array
        // by paragraph (From -1: none) rather than a dictionary per document.
        int paragraphs = 0;
        for (int i = first; i < first + count; i++) paragraphs = Math.Max(paragraphs, linked.Sentences[i].Paragraph + 1);
        var byParagraph = paragraphs == 0 ? [] : new (int From, int To)[paragraphs];
        byParagraph.AsSpan().Fill((-1, -1));
        for (int i = first; i < first + count; i++)
        {
            int p = linked.Sentences[i].Paragraph;
            byParagraph[p] = byParagraph[p].From >= 0 ? (byParagraph[p].From, i + 1) : (i, i + 1);
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
            // A non-article is not split into sentences: its paragraph shows whole, numbered -1.
            if (!doc.IsArticle) blocks.Add(new LayoutBlock([new LayoutSentence(-1, doc.Paragraphs[kept], [])], null));
            else
            {
                var sentences = new List<LayoutSentence>();
                if (kept < byParagraph.Length && byParagraph[kept] is { From: >= 0 } range)
                    for (int i = range.From; i < range.To; i++)
                    {
                        var s = linked.Sentences[i];
                        if (s.Paragraph != kept) continue;
                        sentences.Add(new LayoutSentence(s.Position, s.Text, PointersOf(linked, linked.GroupOfSentence(i), s.DocId)));
                    }
                blocks.Add(new LayoutBlock(sentences, null));
            }
            kept++;
            // Fragments cleaning cut from this paragraph (and any other removal it holds) follow it.
            foreach (int r in removals.PlaceWithin(original))
                blocks.Add(new LayoutBlock(null, new RemovedItem(removals[r].Text, removals[r].Reason)));
        }
        // What could not be placed (a removal the walk did not meet) still shows, at the end.
        blocks.AddRange(removals.Unplaced().Select(r => new LayoutBlock(null, new RemovedItem(r.Text, r.Reason))));
        return blocks;
    }
}
