using System.Data.Common;

namespace Chorus.Store;

/// <summary>
/// The corpus store underneath corpus mode: articles (every version), stories, and each story's last report.
/// A SQLite file by default, PostgreSQL when given a connection string; one schema (<see cref="Migrations"/>) and
/// the same statements on both. Each article goes in with its story in one transaction, so a process killed at
/// any instant leaves every article either wholly stored with its story or not at all.
/// </summary>
public sealed class ArticleStore : IStoryArticles, IDisposable
{
    private readonly DbConnection connection;
    public SqlDialect Dialect { get; }
    public string Description { get; }
    public int SchemaVersion { get; }

    private ArticleStore(DbConnection connection, SqlDialect dialect, string description, bool create)
    {
        this.connection = connection;
        Dialect = dialect;
        Description = description;
        if (!create && !Migrations.HasSchema(connection, dialect))
            throw new StoreException($"{description}: no corpus store here yet (`chorus ingest SOURCE --store …` creates one)");
        SchemaVersion = Migrations.Apply(connection, dialect);
    }

    public const string DefaultFile = "chorus.db";

    private static readonly string[] ConnectionKeys = ["host", "server", "port", "database", "username", "user id", "password"];

    /// <summary>"key=value;…" naming a PostgreSQL setting opens PostgreSQL; anything else is a SQLite file path.</summary>
    public static bool IsConnectionString(string store) =>
        store.Contains('=') && !File.Exists(store)
        && store.Split(';').Any(part => part.Split('=')[0].Trim() is var key && ConnectionKeys.Contains(key, StringComparer.OrdinalIgnoreCase));

    /// <summary>Opens the store, creating it when there is none: what writing commands do.</summary>
    public static ArticleStore Open(string? store) => Open(store, create: true);

    /// <summary>Opens a store that must already exist: reading commands never leave an empty store behind a typo.</summary>
    public static ArticleStore OpenExisting(string? store) => Open(store, create: false);

    private static ArticleStore Open(string? store, bool create)
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
            if (!create && !File.Exists(full))
                throw new StoreException($"{store}: no corpus store here yet (`chorus ingest SOURCE --store {store}` creates one)");
            connectionString = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder
            {
                DataSource = full, Pooling = false,
                Mode = create ? Microsoft.Data.Sqlite.SqliteOpenMode.ReadWriteCreate : Microsoft.Data.Sqlite.SqliteOpenMode.ReadWrite,
            }.ToString();
            description = $"SQLite {store}";
        }
        else
        {
            try
            {
                var builder = new Npgsql.NpgsqlConnectionStringBuilder(store);
                connectionString = builder.ConnectionString;
                description = $"PostgreSQL {builder.Database}@{builder.Host}";
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or OverflowException or KeyNotFoundException)
            {
                throw new StoreException($"--store: not a valid PostgreSQL connection string ({FirstLine(e.Message)})", e);
            }
        }
        DbConnection? connection = null;
        try
        {
            connection = dialect.Connect(connectionString);
            connection.Open();
            dialect.Prepare(connection);
            return new ArticleStore(connection, dialect, description, create);
        }
        catch (Exception e) when (e is DbException or ArgumentException or InvalidOperationException or System.Net.Sockets.SocketException or TimeoutException)
        {
            connection?.Dispose();
            throw new StoreException($"{description}: cannot open the store ({FirstLine(e.Message)})", e);
        }
        catch (StoreException)
        {
            connection?.Dispose();
            throw;
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    public void Dispose()
    {
        foreach (var command in kept.Values) command.Dispose();
        connection.Dispose();
    }

    /// <summary>Removes a closed SQLite store with its WAL and shared-memory files (scratch stores of the evaluations).</summary>
    public static void DeleteSqliteFiles(string path)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }

    /// <summary>The statements every article runs, each prepared once for the life of the connection: preparing
    /// them afresh for every article cost about as much as running them.</summary>
    private readonly Dictionary<string, DbCommand> kept = new(StringComparer.Ordinal);

    /// <summary>A kept command for <paramref name="sql"/> with its parameters set, in <paramref name="tx"/>. Not to be
    /// disposed by the caller; the same text must always come with the same parameter names in the same order.</summary>
    private DbCommand Kept(string sql, DbTransaction? tx, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        if (!kept.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, _) in parameters)
            {
                var p = command.CreateParameter();
                p.ParameterName = name;
                command.Parameters.Add(p);
            }
            kept[sql] = command;
        }
        command.Transaction = tx;
        for (int i = 0; i < parameters.Length; i++) command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        return command;
    }

    private DbCommand Command(string sql, DbTransaction? tx = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        return command;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction holding the store's writer lock (SQLite: BEGIN IMMEDIATE;
    /// PostgreSQL: a transaction-scoped advisory lock), so concurrent ingests place articles one at a time, each
    /// seeing every article committed before it: the stories come out as one ingest of the same articles would make
    /// them. Only the placing and storing of an article happen under the lock; reading and cleaning do not.
    /// </summary>
    public T UnderWriterLock<T>(Func<DbTransaction, T> work)
    {
        using var tx = connection.BeginTransaction();
        Dialect.LockWriters(connection, tx);
        var result = work(tx);
        tx.Commit();
        return result;
    }

    public ExistingArticle? FindCurrent(string sourceKey, DbTransaction? tx = null)
    {
        var command = Kept("SELECT id, version, text_hash, story_id FROM articles WHERE source_key = @k AND is_current = 1", tx, ("@k", sourceKey));
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        return new ExistingArticle(reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt64(3));
    }

    public bool HasCurrentText(string textHash, DbTransaction? tx = null)
    {
        var command = Kept("SELECT 1 FROM articles WHERE text_hash = @h AND is_current = 1", tx, ("@h", textHash));
        return command.ExecuteScalar() is not null;
    }

    /// <summary>Stores one article and its story membership inside <paramref name="tx"/> (see <see cref="UnderWriterLock"/>).
    /// <paramref name="storyId"/> null with <paramref name="startStory"/> set starts a story; a previous version, if
    /// any, stops being current.</summary>
    /// <returns>The new article's id and the story it is in (null for non-articles).</returns>
    public (long ArticleId, long? StoryId) Add(DbTransaction tx, NewArticle article, long? storyId, bool startStory, long? nearDuplicateOf, ExistingArticle? previous)
    {
        if (previous is not null)
        {
            using var retire = Command("UPDATE articles SET is_current = 0 WHERE id = @id", tx).AddParameter("@id", previous.Id);
            retire.ExecuteNonQuery();
            if (previous.StoryId is long old)
            {
                using var shrink = Command("UPDATE stories SET article_count = article_count - 1, stale = 1, revision = revision + 1 WHERE id = @id", tx).AddParameter("@id", old);
                shrink.ExecuteNonQuery();
            }
        }
        if (startStory)
        {
            var create = Kept("INSERT INTO stories (title, first_seen, last_seen, article_count, stale) VALUES (@t, @f, @l, 0, 1) RETURNING id", tx,
                ("@t", ""), ("@f", article.Timestamp), ("@l", article.Timestamp));
            storyId = Convert.ToInt64(create.ExecuteScalar());
        }
        if (storyId is long sid)
        {
            var grow = Kept("""
                UPDATE stories SET article_count = article_count + 1, stale = 1, revision = revision + 1,
                    first_seen = CASE WHEN first_seen < @ts THEN first_seen ELSE @ts END,
                    last_seen = CASE WHEN last_seen > @ts THEN last_seen ELSE @ts END
                WHERE id = @id
                """, tx, ("@ts", article.Timestamp), ("@id", sid));
            grow.ExecuteNonQuery();
        }
        var insert = Kept("""
            INSERT INTO articles (doc_id, source_key, version, is_current, origin, url, title, byline, outlet, published, ingested, ts,
                                  text_hash, body, non_article, story_id, near_duplicate_of, profile)
            VALUES (@doc, @key, @version, 1, @origin, @url, @title, @byline, @outlet, @published, @ingested, @ts,
                    @hash, @body, @non, @story, @near, @profile)
            RETURNING id
            """, tx,
            ("@doc", article.DocId), ("@key", article.SourceKey), ("@version", (previous?.Version ?? 0) + 1),
            ("@origin", article.Origin), ("@url", article.Url), ("@title", article.Title),
            ("@byline", article.Byline), ("@outlet", article.Outlet),
            ("@published", article.Published?.ToUnixTimeMilliseconds()), ("@ingested", article.Ingested),
            ("@ts", article.Timestamp), ("@hash", article.TextHash), ("@body", article.Body),
            ("@non", article.NonArticle), ("@story", storyId), ("@near", nearDuplicateOf),
            ("@profile", article.Profile));
        long id = Convert.ToInt64(insert.ExecuteScalar());
        return (id, storyId);
    }

    /// <summary>The latest publication time among clustered articles: the clock the dated window runs on.</summary>
    public long? NewestPublished(DbTransaction? tx = null)
    {
        using var command = Command("SELECT MAX(published) FROM articles WHERE is_current = 1 AND story_id IS NOT NULL", tx);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? null : Convert.ToInt64(value);
    }

    public long MaxArticleId(DbTransaction? tx = null)
    {
        using var command = Command("SELECT COALESCE(MAX(id), 0) FROM articles", tx);
        return Convert.ToInt64(command.ExecuteScalar());
    }

    /// <summary>Streams the clustered articles of the window in the order they were stored (which is the order
    /// the index first saw them, so a rebuilt index is the index an uninterrupted run had): those published from
    /// <paramref name="publishedSince"/> on, and undated ones read from <paramref name="readSince"/> on.</summary>
    public IEnumerable<WindowArticle> WindowArticles(long publishedSince, long readSince, DbTransaction? tx = null)
    {
        using var command = Command("""
            SELECT id, story_id, ts, CASE WHEN published IS NULL THEN 0 ELSE 1 END, profile FROM articles
            WHERE is_current = 1 AND story_id IS NOT NULL
              AND ((published IS NOT NULL AND published >= @p) OR (published IS NULL AND ingested >= @r))
            ORDER BY id
            """, tx).AddParameter("@p", publishedSince).AddParameter("@r", readSince);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return new WindowArticle(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), Convert.ToInt32(reader.GetValue(3)) == 1, reader.GetString(4));
    }

    /// <summary>Clustered articles stored after <paramref name="afterId"/> (by another ingest), in the order stored.</summary>
    public IReadOnlyList<WindowArticle> ArticlesAfter(long afterId, DbTransaction? tx = null)
    {
        var command = Kept("""
            SELECT id, story_id, ts, CASE WHEN published IS NULL THEN 0 ELSE 1 END, profile FROM articles
            WHERE id > @a AND story_id IS NOT NULL ORDER BY id
            """, tx, ("@a", afterId));
        using var reader = command.ExecuteReader();
        var list = new List<WindowArticle>();
        while (reader.Read())
            list.Add(new WindowArticle(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), Convert.ToInt32(reader.GetValue(3)) == 1, reader.GetString(4)));
        return list;
    }

    public IReadOnlyList<long> StaleStories()
    {
        using var command = Command("SELECT id FROM stories WHERE stale = 1 AND article_count > 0 ORDER BY id");
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read()) ids.Add(reader.GetInt64(0));
        return ids;
    }

    public bool IsStale(long storyId)
    {
        using var command = Command("SELECT stale FROM stories WHERE id = @id").AddParameter("@id", storyId);
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L) != 0;
    }

    /// <summary>Every current member of a story, without text.</summary>
    public IReadOnlyList<StoryMember> MembersOfStory(long storyId)
    {
        using var command = Command(StoryArticleRows.MembersSql).AddParameter("@s", storyId);
        return StoryArticleRows.ReadMembers(command);
    }

    /// <summary>The articles of a story with their text, all of them or only <paramref name="onlyIds"/>; each body
    /// at most <paramref name="maxBodyChars"/> characters, cut in the database so a 16 MB article never crosses.</summary>
    public IReadOnlyList<StoredArticle> ArticlesOfStory(long storyId, IReadOnlyCollection<long>? onlyIds = null, int maxBodyChars = int.MaxValue)
    {
        if (onlyIds is { Count: 0 }) return [];
        using var command = Command(StoryArticleRows.ArticlesSql(onlyIds, maxBodyChars)).AddParameter("@s", storyId);
        return StoryArticleRows.ReadArticles(command);
    }

    /// <summary>The story's revision: read before a refresh reads its articles.</summary>
    public long StoryRevision(long storyId)
    {
        using var command = Command("SELECT revision FROM stories WHERE id = @id").AddParameter("@id", storyId);
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L);
    }

    /// <summary>Saves a refreshed report. The story stops being stale only if no article joined or left it since
    /// <paramref name="revision"/> was read: another ingest's article is never lost behind a newer-looking report.</summary>
    public void SaveStoryReport(long storyId, long revision, string title, string reportJson)
    {
        using var tx = connection.BeginTransaction();
        using var command = Command("UPDATE stories SET title = @t, report_json = @r, stale = CASE WHEN revision = @v THEN 0 ELSE 1 END, refresh_error = NULL WHERE id = @id", tx)
            .AddParameter("@t", title).AddParameter("@r", reportJson).AddParameter("@v", revision).AddParameter("@id", storyId);
        command.ExecuteNonQuery();
        tx.Commit();
    }

    /// <summary>Keeps the story stale, so the next ingest retries it, and says why this attempt failed.</summary>
    public void RecordRefreshFailure(long storyId, string reason)
    {
        using var tx = connection.BeginTransaction();
        using var command = Command("UPDATE stories SET refresh_error = @e, stale = 1 WHERE id = @id", tx)
            .AddParameter("@e", reason).AddParameter("@id", storyId);
        command.ExecuteNonQuery();
        tx.Commit();
    }

    public string? StoryReport(long storyId)
    {
        using var command = Command("SELECT report_json FROM stories WHERE id = @id").AddParameter("@id", storyId);
        return command.ExecuteScalar() as string;
    }

    /// <summary>Stories with at least one current article, in <paramref name="order"/> (newest activity first by
    /// default), at most <paramref name="limit"/> of them.</summary>
    public IReadOnlyList<StoryListing> Stories(DateTimeOffset? since = null, long? onlyId = null, StoryOrder order = StoryOrder.Newest, int? limit = null)
    {
        var orderBy = order switch
        {
            StoryOrder.Oldest => "first_seen, id",
            StoryOrder.Size => "article_count DESC, last_seen DESC, id DESC",
            _ => "last_seen DESC, id DESC",
        };
        var sql = "SELECT id, title, first_seen, last_seen, stale, refresh_error, article_count FROM stories WHERE article_count > 0"
                  + (since is null ? "" : " AND last_seen >= @since") + (onlyId is null ? "" : " AND id = @id")
                  + $" ORDER BY {orderBy}" + (limit is int n ? $" LIMIT {n}" : "");
        using var command = Command(sql);
        if (since is { } s) command.AddParameter("@since", s.ToUnixTimeMilliseconds());
        if (onlyId is { } only) command.AddParameter("@id", only);
        var rows = new List<(long Id, string Title, long First, long Last, bool Stale, string? Error, int Count)>();
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4) != 0, Text(reader, 5),
                    Convert.ToInt32(reader.GetValue(6))));
        if (rows.Count == 0) return [];

        var articles = new Dictionary<long, List<StoryArticle>>();
        var wanted = onlyId is not null || limit is not null ? rows.Select(r => r.Id).ToHashSet() : null;
        var inList = wanted is null ? "" : $" AND story_id IN ({string.Join(',', wanted.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";
        using (var list = Command("SELECT story_id, id, doc_id, origin, title, outlet, url, ts FROM articles WHERE is_current = 1 AND story_id IS NOT NULL"
                                  + inList + " ORDER BY ts, id"))
        {
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                long story = reader.GetInt64(0);
                if (!articles.TryGetValue(story, out var l)) articles[story] = l = [];
                l.Add(new StoryArticle(reader.GetInt64(1), reader.GetString(2), Text(reader, 4), Text(reader, 5), Text(reader, 6),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)), reader.GetString(3)));
            }
        }
        return rows.Select(r => new StoryListing(r.Id, r.Title, DateTimeOffset.FromUnixTimeMilliseconds(r.First),
            DateTimeOffset.FromUnixTimeMilliseconds(r.Last), articles.GetValueOrDefault(r.Id) ?? [], r.Stale, r.Error, r.Count)).ToList();
    }

    public (int Current, int Versions, int Stories) Counts()
    {
        using var command = Command("SELECT (SELECT COUNT(*) FROM articles WHERE is_current = 1), (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM stories WHERE article_count > 0)");
        using var reader = command.ExecuteReader();
        reader.Read();
        return (Convert.ToInt32(reader.GetValue(0)), Convert.ToInt32(reader.GetValue(1)), Convert.ToInt32(reader.GetValue(2)));
    }

    /// <summary>Every current article's store id and source key with its story (null for non-articles), for checks and exports.</summary>
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
