using System.Data.Common;
using System.Globalization;

namespace Chorus.Store;

/// <summary>The two reads of <see cref="IStoryArticles"/> as SQL and row readers, shared by the ingest's
/// connection and the reader's pooled ones so both read a story identically.</summary>
internal static class StoryArticleRows
{
    public const string MembersSql = "SELECT id, ts, near_duplicate_of, profile FROM articles WHERE story_id = @s AND is_current = 1 ORDER BY ts, id";

    public static string ArticlesSql(IReadOnlyCollection<long>? onlyIds, int maxBodyChars)
    {
        var filter = onlyIds is null ? "" : $" AND id IN ({string.Join(',', onlyIds.Select(i => i.ToString(CultureInfo.InvariantCulture)))})";
        // Cut in the database, so a 16 MB article never crosses the connection.
        var body = maxBodyChars == int.MaxValue ? "body" : $"substr(body, 1, {maxBodyChars.ToString(CultureInfo.InvariantCulture)})";
        return $"""
            SELECT id, doc_id, origin, url, title, byline, outlet, published, ts, {body}, story_id, near_duplicate_of
            FROM articles WHERE story_id = @s AND is_current = 1{filter} ORDER BY ts, id
            """;
    }

    public static IReadOnlyList<StoryMember> ReadMembers(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var list = new List<StoryMember>();
        while (reader.Read()) list.Add(new StoryMember(reader.GetInt64(0), reader.GetInt64(1), !reader.IsDBNull(2), reader.GetString(3)));
        return list;
    }

    public static IReadOnlyList<StoredArticle> ReadArticles(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var list = new List<StoredArticle>();
        while (reader.Read())
            list.Add(new StoredArticle(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), Text(reader, 3), Text(reader, 4),
                Text(reader, 5), Text(reader, 6), reader.IsDBNull(7) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)),
                reader.GetInt64(8), reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetInt64(10), reader.IsDBNull(11) ? null : reader.GetInt64(11)));
        return list;
    }

    private static string? Text(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
}
