using System.Data.Common;

namespace Chorus.Store;

/// <summary>
/// The corpus store underneath corpus mode: articles (every version), stories, and each story's last report.
/// A SQLite file by default, PostgreSQL when given a connection string; one schema (<see cref="Migrations"/>) and
/// the same statements on both. Each article goes in with its story in one transaction, so a process killed at
/// any instant leaves every article either wholly stored with its story or not at all.
/// </summary>
public sealed class ArticleStore : IDisposable
{
    private readonly DbConnection connection;
    public SqlDialect Dialect { get; }
    public string Description { get; }
    public int SchemaVersion { get; }

    private ArticleStore(DbConnection connection, SqlDialect dialect, string description)
    {
        this.connection = connection;
        Dialect = dialect;
        Description = description;
        SchemaVersion = Migrations.Apply(connection, dialect);
    }

    public const string DefaultFile = "chorus.db";

    /// <summary>A connection string ("Host=…;Database=…") opens PostgreSQL; anything else is a SQLite file path.</summary>
    public static bool IsConnectionString(string store) =>
        store.Contains('=') && store.Contains("host", StringComparison.OrdinalIgnoreCase) && !File.Exists(store);

    public static ArticleStore Open(string? store)
    {
        store ??= DefaultFile;
        var dialect = IsConnectionString(store) ? SqlDialect.Postgres : SqlDialect.Sqlite;
        string connectionString, description;
        if (dialect == SqlDialect.Sqlite)
        {
            var full = Path.GetFullPath(store);
            if (Directory.Exists(full)) throw new StoreException($"{store}: is a folder, not a store file");
            var folder = Path.GetDirectoryName(full);
            if (folder is not null && !Directory.Exists(folder)) throw new StoreException($"{store}: folder {folder} does not exist");
            connectionString = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString();
            description = $"SQLite {store}";
        }
        else
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(store);
            connectionString = builder.ConnectionString;
            description = $"PostgreSQL {builder.Database}@{builder.Host}";
        }
        DbConnection? connection = null;
        try
        {
            connection = dialect.Connect(connectionString);
            connection.Open();
            dialect.Prepare(connection);
            return new ArticleStore(connection, dialect, description);
        }
        catch (DbException e)
        {
            connection?.Dispose();
            throw new StoreException($"{description}: cannot open the store ({FirstLine(e.Message)})", e);
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    public void Dispose() => connection.Dispose();

    /// <summary>Removes a closed SQLite store with its WAL and shared-memory files (scratch stores of the evaluations).</summary>
    public static void DeleteSqliteFiles(string path)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }

    private DbCommand Command(string sql, DbTransaction? tx = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        return command;
    }

    public ExistingArticle? FindCurrent(string sourceKey)
    {
        using var command = Command("SELECT id, version, text_hash, story_id FROM articles WHERE source_key = @k AND is_current = 1").AddParameter("@k", sourceKey);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        return new ExistingArticle(reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt64(3));
    }

    public bool HasCurrentText(string textHash)
    {
        using var command = Command("SELECT 1 FROM articles WHERE text_hash = @h AND is_current = 1").AddParameter("@h", textHash);
        return command.ExecuteScalar() is not null;
    }

    /// <summary>Stores one article and its story membership atomically. <paramref name="storyId"/> null with
    /// <paramref name="startStory"/> set starts a story; a previous version, if any, stops being current.</summary>
    /// <returns>The new article's id and the story it is in (null for non-articles).</returns>
    /// <returns>Null when another ingest stored the same article (same key and version, or same current text)
    /// between the check and this commit: the transaction is rolled back and nothing is lost.</returns>
    public (long ArticleId, long? StoryId)? TryAdd(NewArticle article, long? storyId, bool startStory, long? nearDuplicateOf, ExistingArticle? previous)
    {
        try { return Add(article, storyId, startStory, nearDuplicateOf, previous); }
        catch (DbException e) when (IsUniqueViolation(e)) { return null; }
    }

    private static bool IsUniqueViolation(DbException e) => e switch
    {
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteErrorCode == 19 && s.Message.Contains("UNIQUE", StringComparison.Ordinal),
        Npgsql.PostgresException p => p.SqlState == "23505",
        _ => false,
    };

    public (long ArticleId, long? StoryId) Add(NewArticle article, long? storyId, bool startStory, long? nearDuplicateOf, ExistingArticle? previous)
    {
        using var tx = connection.BeginTransaction();
        if (previous is not null)
        {
            using var retire = Command("UPDATE articles SET is_current = 0 WHERE id = @id", tx).AddParameter("@id", previous.Id);
            retire.ExecuteNonQuery();
            if (previous.StoryId is long old)
            {
                using var shrink = Command("UPDATE stories SET article_count = article_count - 1, stale = 1 WHERE id = @id", tx).AddParameter("@id", old);
                shrink.ExecuteNonQuery();
            }
        }
        if (startStory)
        {
            using var create = Command("INSERT INTO stories (title, first_seen, last_seen, article_count, stale) VALUES (@t, @f, @l, 0, 1) RETURNING id", tx)
                .AddParameter("@t", article.Title ?? "").AddParameter("@f", article.Timestamp).AddParameter("@l", article.Timestamp);
            storyId = Convert.ToInt64(create.ExecuteScalar());
        }
        if (storyId is long sid)
        {
            using var grow = Command("""
                UPDATE stories SET article_count = article_count + 1, stale = 1,
                    first_seen = CASE WHEN first_seen < @ts THEN first_seen ELSE @ts END,
                    last_seen = CASE WHEN last_seen > @ts THEN last_seen ELSE @ts END
                WHERE id = @id
                """, tx).AddParameter("@ts", article.Timestamp).AddParameter("@id", sid);
            grow.ExecuteNonQuery();
        }
        using var insert = Command("""
            INSERT INTO articles (doc_id, source_key, version, is_current, origin, url, title, byline, outlet, published, ingested, ts,
                                  text_hash, body, non_article, story_id, near_duplicate_of, profile)
            VALUES (@doc, @key, @version, 1, @origin, @url, @title, @byline, @outlet, @published, @ingested, @ts,
                    @hash, @body, @non, @story, @near, @profile)
            RETURNING id
            """, tx)
            .AddParameter("@doc", article.DocId).AddParameter("@key", article.SourceKey).AddParameter("@version", (previous?.Version ?? 0) + 1)
            .AddParameter("@origin", article.Origin).AddParameter("@url", article.Url).AddParameter("@title", article.Title)
            .AddParameter("@byline", article.Byline).AddParameter("@outlet", article.Outlet)
            .AddParameter("@published", article.Published?.ToUnixTimeMilliseconds()).AddParameter("@ingested", article.Ingested)
            .AddParameter("@ts", article.Timestamp).AddParameter("@hash", article.TextHash).AddParameter("@body", article.Body)
            .AddParameter("@non", article.NonArticle).AddParameter("@story", storyId).AddParameter("@near", nearDuplicateOf)
            .AddParameter("@profile", article.Profile);
        long id = Convert.ToInt64(insert.ExecuteScalar());
        tx.Commit();
        return (id, storyId);
    }

    /// <summary>The latest publication time among clustered articles: the clock the dated window runs on.</summary>
    public long? NewestPublished()
    {
        using var command = Command("SELECT MAX(published) FROM articles WHERE is_current = 1 AND story_id IS NOT NULL");
        var value = command.ExecuteScalar();
        return value is null or DBNull ? null : Convert.ToInt64(value);
    }

    /// <summary>Streams the clustered articles of the window, oldest first: those published from
    /// <paramref name="publishedSince"/> on, and undated ones read from <paramref name="readSince"/> on. The story
    /// index is rebuilt from these, never from the whole store.</summary>
    public IEnumerable<WindowArticle> WindowArticles(long publishedSince, long readSince)
    {
        using var command = Command("""
            SELECT id, story_id, ts, CASE WHEN published IS NULL THEN 0 ELSE 1 END, profile FROM articles
            WHERE is_current = 1 AND story_id IS NOT NULL
              AND ((published IS NOT NULL AND published >= @p) OR (published IS NULL AND ingested >= @r))
            ORDER BY ts, id
            """).AddParameter("@p", publishedSince).AddParameter("@r", readSince);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return new WindowArticle(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), Convert.ToInt32(reader.GetValue(3)) == 1, reader.GetString(4));
    }

    public IReadOnlyList<long> StaleStories()
    {
        using var command = Command("SELECT id FROM stories WHERE stale = 1 AND article_count > 0 ORDER BY id");
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read()) ids.Add(reader.GetInt64(0));
        return ids;
    }

    public IReadOnlyList<StoredArticle> ArticlesOfStory(long storyId)
    {
        using var command = Command("""
            SELECT id, doc_id, origin, url, title, byline, outlet, published, ts, body, story_id, near_duplicate_of
            FROM articles WHERE story_id = @s AND is_current = 1 ORDER BY ts, id
            """).AddParameter("@s", storyId);
        using var reader = command.ExecuteReader();
        var list = new List<StoredArticle>();
        while (reader.Read())
            list.Add(new StoredArticle(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), Text(reader, 3), Text(reader, 4),
                Text(reader, 5), Text(reader, 6), reader.IsDBNull(7) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)),
                reader.GetInt64(8), reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetInt64(10), reader.IsDBNull(11) ? null : reader.GetInt64(11)));
        return list;
    }

    public void SaveStoryReport(long storyId, string title, string reportJson)
    {
        using var tx = connection.BeginTransaction();
        using var command = Command("UPDATE stories SET title = @t, report_json = @r, stale = 0 WHERE id = @id", tx)
            .AddParameter("@t", title).AddParameter("@r", reportJson).AddParameter("@id", storyId);
        command.ExecuteNonQuery();
        tx.Commit();
    }

    public string? StoryReport(long storyId)
    {
        using var command = Command("SELECT report_json FROM stories WHERE id = @id").AddParameter("@id", storyId);
        return command.ExecuteScalar() as string;
    }

    /// <summary>Stories with at least one current article, newest activity first.</summary>
    public IReadOnlyList<StoryListing> Stories(DateTimeOffset? since = null, long? onlyId = null)
    {
        var sql = "SELECT id, title, first_seen, last_seen, stale FROM stories WHERE article_count > 0"
                  + (since is null ? "" : " AND last_seen >= @since") + (onlyId is null ? "" : " AND id = @id")
                  + " ORDER BY last_seen DESC, id";
        using var command = Command(sql);
        if (since is { } s) command.AddParameter("@since", s.ToUnixTimeMilliseconds());
        if (onlyId is { } only) command.AddParameter("@id", only);
        var rows = new List<(long Id, string Title, long First, long Last, bool Stale)>();
        using (var reader = command.ExecuteReader())
            while (reader.Read()) rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4) != 0));

        var articles = new Dictionary<long, List<StoryArticle>>();
        using (var list = Command("SELECT story_id, id, doc_id, title, outlet, url, ts FROM articles WHERE is_current = 1 AND story_id IS NOT NULL"
                                  + (onlyId is null ? "" : " AND story_id = @id") + " ORDER BY ts, id"))
        {
            if (onlyId is { } only2) list.AddParameter("@id", only2);
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                long story = reader.GetInt64(0);
                if (!articles.TryGetValue(story, out var l)) articles[story] = l = [];
                l.Add(new StoryArticle(reader.GetInt64(1), reader.GetString(2), Text(reader, 3), Text(reader, 4), Text(reader, 5),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6))));
            }
        }
        return rows.Select(r => new StoryListing(r.Id, r.Title, DateTimeOffset.FromUnixTimeMilliseconds(r.First),
            DateTimeOffset.FromUnixTimeMilliseconds(r.Last), articles.GetValueOrDefault(r.Id) ?? [], r.Stale)).ToList();
    }

    public (int Current, int Versions, int Stories) Counts()
    {
        using var command = Command("SELECT (SELECT COUNT(*) FROM articles WHERE is_current = 1), (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM stories WHERE article_count > 0)");
        using var reader = command.ExecuteReader();
        reader.Read();
        return (Convert.ToInt32(reader.GetValue(0)), Convert.ToInt32(reader.GetValue(1)), Convert.ToInt32(reader.GetValue(2)));
    }

    /// <summary>Every current article's display id with its story (null for non-articles), for checks and exports.</summary>
    public IReadOnlyList<(string DocId, string SourceKey, long? StoryId)> CurrentArticles()
    {
        using var command = Command("SELECT doc_id, source_key, story_id FROM articles WHERE is_current = 1 ORDER BY id");
        using var reader = command.ExecuteReader();
        var list = new List<(string, string, long?)>();
        while (reader.Read()) list.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt64(2)));
        return list;
    }

    private static string? Text(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
}
