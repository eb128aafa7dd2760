namespace Chorus.Store;

/// <summary>What summarizing a story reads from a store: its members without text, then the chosen ones with
/// their bodies cut in the database. The ingest's <see cref="ArticleStore"/> and the reader's read-only
/// <see cref="StoryQueries"/> both answer it, so a story summarized in the reader's memory is built from the
/// same articles a refresh would keep.</summary>
public interface IStoryArticles
{
    IReadOnlyList<StoryMember> MembersOfStory(long storyId);

    IReadOnlyList<StoredArticle> ArticlesOfStory(long storyId, IReadOnlyCollection<long>? onlyIds = null, int maxBodyChars = int.MaxValue);
}
