namespace Chorus.Ingest;

/// <summary>
/// A cluster's articles in the order they were published, when every one of them carries its date: what the summary
/// calls the story's first report (the lead of the first article, each article's rank) is then the first report in
/// time, not the first file in a folder's name order. A wire archive names its files by service before date
/// (APW19981012…, NYT19981010…), so name order puts one service's later stories before the other's first. Articles
/// published at the same moment, and every cluster with an undated article, keep the order they were given in: an
/// undated article has no place in time to be put in.
/// </summary>
public static class PublicationOrder
{
    public static IReadOnlyList<SourceDocument> Of(IReadOnlyList<SourceDocument> documents)
    {
        bool sorted = true;
        for (int i = 0; i < documents.Count; i++)
        {
            if (documents[i].Published is not { } date) return documents;
            if (i > 0 && date < documents[i - 1].Published!.Value) sorted = false;
        }
        if (sorted) return documents;
        // OrderBy is a stable sort: same-moment articles stay in the order they came.
        return documents.OrderBy(d => d.Published!.Value).ToList();
    }
}
