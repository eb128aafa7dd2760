using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Chorus.Store;

/// <summary>What the story list asks for: a page, words to find, an outlet, a period of activity.</summary>
public sealed record StoryFilter(string? Query = null, string? Outlet = null, DateTimeOffset? From = null, DateTimeOffset? To = null, int Page = 1, int PageSize = 20);

public sealed record StoryVersion(long Id, long LastSeen, int ArticleCount, bool Stale, string Title, long ReportBytes);

public sealed record StoryRow(long Id, string Title, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, int ArticleCount, bool Stale, IReadOnlyList<string> Outlets);

/// <summary>A story as its page needs it: the row, its current articles in order of arrival (publication time,
/// else when read), its kept report.</summary>
public sealed record StoryDetail(StoryRow Row, IReadOnlyList<StoryArticle> Articles, string? ReportJson);

/// <summary>
/// The reader's queries over the corpus store, for many concurrent requests: each call takes a pooled
/// connection of its own (the <see cref="ArticleStore"/> holds one connection for one ingest). It never changes
/// articles or stories; the only thing it writes is its own full-text index (SQLite FTS5 over the articles'
/// titles and text, caught up from the last article it indexed; on PostgreSQL a GIN expression index) and two
/// covering indexes for the list, built on first use — derived structures the ingest knows nothing of, all
/// named <c>web_…</c>; dropping them loses nothing.
/// </summary>
public sealed class StoryQueries : IStoryArticles
{
    private readonly string connectionString;
    private readonly SemaphoreSlim indexing = new(1, 1);
    public SqlDialect Dialect { get; }
    public string Description { get; }

    public StoryQueries(string? store)
    {
        store ??= ArticleStore.DefaultFile;
        if (ArticleStore.IsConnectionString(store))
        {
            Dialect = SqlDialect.Postgres;
            var builder = new NpgsqlConnectionStringBuilder(store) { Pooling = true, Timeout = 5, MaxPoolSize = 64 };
            connectionString = builder.ConnectionString;
            Description = $"PostgreSQL {builder.Database}@{builder.Host}";
        }
        else
        {
            Dialect = SqlDialect.Sqlite;
            // ReadWrite, never Create: a mistyped path is an unreachable store, not a new empty one.
            connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = Path.GetFullPath(store), Mode = SqliteOpenMode.ReadWrite, Pooling = true, DefaultTimeout = 10,
            }.ToString();
            Description = $"SQLite {store}";
        }
    }

    private DbConnection Open()
    {
        var connection = Dialect.Connect(connectionString);
        connection.Open();
        return connection;
    }

    private static DbCommand Command(DbConnection c, string sql, DbTransaction? tx = null)
    {
        var command = c.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        return command;
    }

    public (IReadOnlyList<StoryRow> Stories, int Total) Stories(StoryFilter filter)
    {
        using var c = Open();
        EnsureListIndexes(c);
        var where = new StringBuilder("s.article_count > 0");
        var parameters = new List<(string, object?)>();
        if (filter.From is { } from) { where.Append(" AND s.last_seen >= @from"); parameters.Add(("@from", from.ToUnixTimeMilliseconds())); }
        if (filter.To is { } to) { where.Append(" AND s.first_seen < @to"); parameters.Add(("@to", to.ToUnixTimeMilliseconds())); }
        if (!string.IsNullOrWhiteSpace(filter.Outlet))
        {
            where.Append(" AND EXISTS (SELECT 1 FROM articles o WHERE o.story_id = s.id AND o.is_current = 1 AND (LOWER(o.outlet) = @outlet OR o.url LIKE @host))");
            parameters.Add(("@outlet", filter.Outlet.Trim().ToLowerInvariant()));
            parameters.Add(("@host", $"%://{filter.Outlet.Trim()}/%"));
        }
        if (SearchTerms(filter.Query) is { } terms)
        {
            EnsureSearchIndex(c);
            where.Append(Dialect == SqlDialect.Sqlite
                ? " AND s.id IN (SELECT a.story_id FROM web_article_search f JOIN articles a ON a.id = f.rowid WHERE web_article_search MATCH @q AND a.is_current = 1)"
                : " AND s.id IN (SELECT a.story_id FROM articles a WHERE a.is_current = 1 AND " + PostgresDocument + " @@ plainto_tsquery('english', @q))");
            parameters.Add(("@q", terms));
        }

        int total;
        using (var count = Command(c, $"SELECT COUNT(*) FROM stories s WHERE {where}"))
        {
            foreach (var (n, v) in parameters) count.AddParameter(n, v);
            total = Convert.ToInt32(count.ExecuteScalar());
        }
        int size = Math.Clamp(filter.PageSize, 1, 100), page = Math.Max(1, filter.Page);
        var rows = new List<(long Id, string Title, long First, long Last, int Count, bool Stale)>();
        using (var list = Command(c, $"SELECT s.id, s.title, s.first_seen, s.last_seen, s.article_count, s.stale FROM stories s WHERE {where} ORDER BY s.last_seen DESC, s.id DESC LIMIT @limit OFFSET @offset"))
        {
            foreach (var (n, v) in parameters) list.AddParameter(n, v);
            list.AddParameter("@limit", size).AddParameter("@offset", (long)(page - 1) * size);
            using var reader = list.ExecuteReader();
            while (reader.Read())
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), Convert.ToInt32(reader.GetValue(4)), Convert.ToInt64(reader.GetValue(5)) != 0));
        }
        var outlets = OutletsOf(c, rows.Select(r => r.Id).ToList());
        return (rows.Select(r => new StoryRow(r.Id, r.Title, At(r.First), At(r.Last), r.Count, r.Stale, outlets.GetValueOrDefault(r.Id) ?? [])).ToList(), total);
    }

    /// <summary>What changes whenever a story or its kept report does, read without reading the report: a
    /// reader keeps a story it has shown until this changes. Null for no such story.</summary>
    public StoryVersion? VersionOf(long id)
    {
        using var c = Open();
        using var command = Command(c, "SELECT last_seen, article_count, stale, title, COALESCE(octet_length(report_json), -1) FROM stories WHERE id = @id AND article_count > 0").AddParameter("@id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        return new StoryVersion(id, reader.GetInt64(0), Convert.ToInt32(reader.GetValue(1)), Convert.ToInt64(reader.GetValue(2)) != 0, reader.GetString(3), Convert.ToInt64(reader.GetValue(4)));
    }

    public StoryDetail? Story(long id)
    {
        using var c = Open();
        string title; long first, last; bool stale; string? report;
        using (var command = Command(c, "SELECT title, first_seen, last_seen, stale, report_json FROM stories WHERE id = @id AND article_count > 0").AddParameter("@id", id))
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read()) return null;
            (title, first, last, stale, report) = (reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), Convert.ToInt64(reader.GetValue(3)) != 0, reader.IsDBNull(4) ? null : reader.GetString(4));
        }
        var articles = new List<StoryArticle>();
        // Bodies stay in the store: the page shows the report, and reads them only when it has to summarize.
        using (var command = Command(c, "SELECT id, doc_id, origin, title, outlet, url, ts FROM articles WHERE story_id = @s AND is_current = 1 ORDER BY ts, id").AddParameter("@s", id))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                articles.Add(new StoryArticle(reader.GetInt64(0), reader.GetString(1), Text(reader, 3), Text(reader, 4), Text(reader, 5), At(reader.GetInt64(6)), reader.GetString(2)));
        var outlets = articles.Select(a => OutletOf(a.Outlet, a.Url)).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        return new StoryDetail(new StoryRow(id, title, At(first), At(last), articles.Count, stale, outlets), articles, report);
    }

    /// <summary>Every current member of a story, without text: what a summary's choice of articles reads first.</summary>
    public IReadOnlyList<StoryMember> MembersOfStory(long storyId)
    {
        using var c = Open();
        using var command = Command(c, StoryArticleRows.MembersSql).AddParameter("@s", storyId);
        return StoryArticleRows.ReadMembers(command);
    }

    /// <summary>The chosen articles of a story with their bodies cut in the database, for summarizing a story that
    /// has no report.</summary>
    public IReadOnlyList<StoredArticle> ArticlesOfStory(long storyId, IReadOnlyCollection<long>? onlyIds = null, int maxBodyChars = int.MaxValue)
    {
        if (onlyIds is { Count: 0 }) return [];
        using var c = Open();
        using var command = Command(c, StoryArticleRows.ArticlesSql(onlyIds, maxBodyChars)).AddParameter("@s", storyId);
        return StoryArticleRows.ReadArticles(command);
    }

    /// <summary>Brings the full-text index up to the newest article; the first call builds it (seconds for a large store).</summary>
    public void EnsureSearchIndex()
    {
        using var c = Open();
        EnsureListIndexes(c);
        EnsureSearchIndex(c);
    }

    private volatile bool listIndexed;

    /// <summary>Covering indexes for the list: counting stories and joining search hits to their stories then
    /// never reads the story and article rows themselves, which carry the reports and texts (tens of kB each).</summary>
    private void EnsureListIndexes(DbConnection c)
    {
        if (listIndexed) return;
        // One builder at a time: PostgreSQL's IF NOT EXISTS does not stop two sessions creating one index at once.
        indexing.Wait();
        try
        {
            if (listIndexed) return;
            foreach (var sql in new[]
            {
                "CREATE INDEX IF NOT EXISTS web_stories_activity ON stories(last_seen, first_seen, article_count)",
                "CREATE INDEX IF NOT EXISTS web_articles_story ON articles(id, is_current, story_id)",
            })
            {
                using var command = Command(c, sql);
                command.ExecuteNonQuery();
            }
            listIndexed = true;
        }
        finally { indexing.Release(); }
    }

    private const string PostgresDocument = "to_tsvector('english', COALESCE(a.title, '') || ' ' || a.body)";
    private long indexedUpTo = -1;

    private void EnsureSearchIndex(DbConnection c)
    {
        if (Dialect == SqlDialect.Postgres)
        {
            if (Volatile.Read(ref indexedUpTo) >= 0) return;
            indexing.Wait();
            try
            {
                using var create = Command(c, "CREATE INDEX IF NOT EXISTS web_article_search ON articles USING gin (" + PostgresDocument.Replace("a.", "") + ")");
                create.ExecuteNonQuery();
                Volatile.Write(ref indexedUpTo, 0);
            }
            finally { indexing.Release(); }
            return;
        }
        long newest;
        using (var max = Command(c, "SELECT COALESCE(MAX(id), 0) FROM articles")) newest = Convert.ToInt64(max.ExecuteScalar());
        if (newest <= Volatile.Read(ref indexedUpTo)) return;
        indexing.Wait();
        try
        {
            // Articles are only ever added (a new version is a new row), so the index catches up from the last id
            // it holds; the immediate transaction keeps two readers from indexing the same rows.
            using var tx = c.BeginTransaction();
            foreach (var sql in new[]
            {
                "CREATE VIRTUAL TABLE IF NOT EXISTS web_article_search USING fts5(title, body, content='articles', content_rowid='id', tokenize='porter unicode61')",
                "CREATE TABLE IF NOT EXISTS web_article_search_state (indexed_up_to INTEGER NOT NULL)",
                "INSERT INTO web_article_search_state (indexed_up_to) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM web_article_search_state)",
                "INSERT INTO web_article_search (rowid, title, body) SELECT id, COALESCE(title, ''), body FROM articles WHERE id > (SELECT indexed_up_to FROM web_article_search_state) ORDER BY id",
                "UPDATE web_article_search_state SET indexed_up_to = (SELECT COALESCE(MAX(id), 0) FROM articles)",
            })
            {
                using var command = Command(c, sql, tx);
                command.ExecuteNonQuery();
            }
            tx.Commit();
            Volatile.Write(ref indexedUpTo, newest);
        }
        finally { indexing.Release(); }
    }

    /// <summary>The words of a search as one query every dialect reads safely: FTS5 gets each word quoted (its
    /// operators never reach it), PostgreSQL plain words. Null when there is nothing to look for.</summary>
    private string? SearchTerms(string? query)
    {
        if (string.IsNullOrWhiteSpace(query)) return null;
        var words = Segment.Tokenizer.Words(query).Select(w => w.Text).Where(w => w.Any(char.IsLetterOrDigit)).Take(12).ToList();
        if (words.Count == 0) return null;
        return Dialect == SqlDialect.Sqlite ? string.Join(' ', words.Select(w => "\"" + w.Replace("\"", "") + "\"")) : string.Join(' ', words);
    }

    private Dictionary<long, List<string>> OutletsOf(DbConnection c, IReadOnlyList<long> stories)
    {
        var result = new Dictionary<long, List<string>>();
        if (stories.Count == 0) return result;
        // Ids are numbers we read ourselves, so they go into the statement as text.
        using var command = Command(c, $"SELECT story_id, outlet, url FROM articles WHERE is_current = 1 AND story_id IN ({string.Join(',', stories)})");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (OutletOf(Text(reader, 1), Text(reader, 2)) is not { } name) continue;
            long story = reader.GetInt64(0);
            if (!result.TryGetValue(story, out var list)) result[story] = list = [];
            if (!list.Contains(name, StringComparer.OrdinalIgnoreCase)) list.Add(name);
        }
        foreach (var list in result.Values) list.Sort(StringComparer.OrdinalIgnoreCase);
        return result;
    }

    public static string? OutletOf(string? outlet, string? url) =>
        outlet is { Length: > 0 } ? outlet : Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Host.Length > 0 ? u.Host : null;

    private static DateTimeOffset At(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
    private static string? Text(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
}
