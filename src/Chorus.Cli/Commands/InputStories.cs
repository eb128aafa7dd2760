using Chorus.Clean;
using Chorus.Link.Stories;

namespace Chorus.Cli.Commands;

/// <summary>
/// Which stories a summarize or analyze input holds, by the corpus mode's own story clustering: a summary of two
/// unrelated events mixed together reads as one confused event, so the reader is told. Publication dates are
/// ignored here: the user put these articles together, and only their content can say they do not belong.
/// </summary>
public static class InputStories
{
    public static IReadOnlyList<IReadOnlyList<CleanDocument>> Group(IReadOnlyList<CleanDocument> documents)
    {
        var profiler = new ArticleProfiler();
        var index = new StoryIndex();
        var groups = new List<List<CleanDocument>>();
        long article = 0;
        foreach (var doc in documents.Where(d => d.IsArticle))
        {
            var profile = profiler.Profile(doc, timestamp: 0, dated: false);
            var match = index.Match(profile);
            int story = match.StoryId is long id ? (int)id : groups.Count;
            if (story == groups.Count) groups.Add([]);
            groups[story].Add(doc);
            index.Add(story, ++article, profile);
        }
        return groups;
    }
}
