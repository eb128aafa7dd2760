using System.Data.Common;

namespace Chorus.Store;

/// <summary>
/// The schema as numbered steps. A store records the steps it has had in <c>schema_migrations</c>; opening it
/// applies the missing ones in order, each in its own transaction, so an old store is brought up to date and a
/// new one built the same way on both databases.
/// </summary>
public static class Migrations
{
    public sealed record Step(int Version, string Name, Func<SqlDialect, string[]> Statements);

    public static readonly IReadOnlyList<Step> All =
    [
        new(1, "articles and stories", d =>
        [
            $"""
            CREATE TABLE stories (
                id {d.IdColumn},
                title TEXT NOT NULL DEFAULT '',
                first_seen BIGINT NOT NULL,
                last_seen BIGINT NOT NULL,
                article_count INTEGER NOT NULL DEFAULT 0,
                report_json TEXT NULL,
                stale INTEGER NOT NULL DEFAULT 1
            )
            """,
            $"""
            CREATE TABLE articles (
                id {d.IdColumn},
                doc_id TEXT NOT NULL,
                source_key TEXT NOT NULL,
                version INTEGER NOT NULL,
                is_current INTEGER NOT NULL,
                origin TEXT NOT NULL,
                url TEXT NULL,
                title TEXT NULL,
                byline TEXT NULL,
                outlet TEXT NULL,
                published BIGINT NULL,
                ingested BIGINT NOT NULL,
                ts BIGINT NOT NULL,
                text_hash TEXT NOT NULL,
                body TEXT NOT NULL,
                non_article TEXT NULL,
                story_id BIGINT NULL REFERENCES stories(id),
                near_duplicate_of BIGINT NULL,
                profile TEXT NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX articles_key_version ON articles(source_key, version)",
            "CREATE UNIQUE INDEX articles_current_text ON articles(text_hash) WHERE is_current = 1",
            "CREATE INDEX articles_story ON articles(story_id)",
            "CREATE INDEX articles_published ON articles(published)",
            "CREATE INDEX articles_ingested ON articles(ingested)",
            "CREATE INDEX stories_last_seen ON stories(last_seen)",
            "CREATE INDEX stories_stale ON stories(stale)",
        ]),
        new(2, "story refresh failures and revisions", _ =>
        [
            // Why a story's last refresh failed; the story stays stale, so the next ingest retries it.
            "ALTER TABLE stories ADD COLUMN refresh_error TEXT NULL",
            // Counts changes to the story's articles: a refresh that read an older revision leaves the story stale.
            "ALTER TABLE stories ADD COLUMN revision INTEGER NOT NULL DEFAULT 0",
        ]),
    ];

    public static int Latest => All[^1].Version;

    public static bool HasSchema(DbConnection connection, SqlDialect dialect)
    {
        using var command = connection.CreateCommand();
        command.CommandText = dialect.SchemaTableExists;
        return Convert.ToInt64(command.ExecuteScalar()) > 0;
    }

    public static int Apply(DbConnection connection, SqlDialect dialect) => dialect.WithMigrationLock(connection, () =>
    {
        int current = CurrentVersion(connection);
        if (current > Latest)
            throw new StoreException($"the store has schema version {current}, newer than this Chorus knows ({Latest}); upgrade Chorus");
        foreach (var step in All.Where(s => s.Version > current))
        {
            using var tx = connection.BeginTransaction();
            // Another opener may have applied this step while this one waited for the lock (SQLite).
            if (CurrentVersion(connection, tx) >= step.Version) continue;
            foreach (var sql in step.Statements(dialect)) Execute(connection, tx, sql);
            using var mark = connection.CreateCommand();
            mark.Transaction = tx;
            mark.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, @t)";
            mark.AddParameter("@v", step.Version).AddParameter("@n", step.Name).AddParameter("@t", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            mark.ExecuteNonQuery();
            tx.Commit();
        }
        return CurrentVersion(connection);
    });

    private static int CurrentVersion(DbConnection connection, DbTransaction? tx = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";
        return Convert.ToInt32(command.ExecuteScalar());
    }

    private static void Execute(DbConnection connection, DbTransaction? tx, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>A store that cannot be opened or used, said in one line.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);

internal static class CommandExtensions
{
    public static DbCommand AddParameter(this DbCommand command, string name, object? value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        command.Parameters.Add(p);
        return command;
    }
}
