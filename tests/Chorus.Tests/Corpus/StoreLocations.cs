using Chorus.Store;

namespace Chorus.Tests.Corpus;

/// <summary>
/// The stores every corpus test runs against: a fresh SQLite file always, and PostgreSQL when a server is given in
/// CHORUS_TEST_PG (`.ci/run` starts one from Debian packages and sets it, with CHORUS_REQUIRE_PG=1 so that a
/// missing server fails CI instead of skipping).
/// </summary>
public static class StoreLocations
{
    public static readonly TheoryData<string> Kinds = new() { "sqlite", "postgres" };

    public static string? PostgresConnection => Environment.GetEnvironmentVariable("CHORUS_TEST_PG") is { Length: > 0 } s ? s : null;

    /// <summary>A location for an empty store of that kind; PostgreSQL gets a fresh database per call.</summary>
    public static string Fresh(string kind, TempFolder temp)
    {
        if (kind == "sqlite") return Path.Combine(temp.Path, $"store-{Guid.NewGuid():N}.db");
        var connection = PostgresConnection;
        if (connection is null)
        {
            if (Environment.GetEnvironmentVariable("CHORUS_REQUIRE_PG") == "1")
                throw new InvalidOperationException("CHORUS_REQUIRE_PG=1 but CHORUS_TEST_PG names no server");
            Skip.If(true, "no PostgreSQL server: set CHORUS_TEST_PG (see .ci/start-postgres)");
        }
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connection);
        var name = $"chorus_{Guid.NewGuid():N}";
        using (var admin = new Npgsql.NpgsqlConnection(builder.ConnectionString))
        {
            admin.Open();
            using var create = admin.CreateCommand();
            create.CommandText = $"CREATE DATABASE {name}";
            create.ExecuteNonQuery();
        }
        builder.Database = name;
        return builder.ConnectionString;
    }
}
