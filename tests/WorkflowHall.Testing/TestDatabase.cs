using WorkflowHall.Data;

namespace WorkflowHall.Testing;

/// <summary>
/// An empty database of its own for one test, removed when disposed:
/// <code>
/// await using var db = await TestDatabase.CreateAsync(provider);   // or SqliteTestDatabase.Create(),
///                                                                  // await PostgresTestDatabase.CreateAsync()
/// // db.Provider is "sqlite" or "postgres"; db.ConnectionString goes to UseSqlite / UseNpgsql.
/// </code>
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>"sqlite" or "postgres".</summary>
    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    /// <summary>The hall's name for this provider, as <c>HallDatabaseOptions.Provider</c> and the <c>Database:Provider</c> setting take it.</summary>
    public DatabaseProvider HallProvider => Provider == Postgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    /// <summary>The hall's database options for this database.</summary>
    public HallDatabaseOptions HallOptions => new() { Provider = HallProvider, ConnectionString = ConnectionString };

    public abstract ValueTask DisposeAsync();

    public override string ToString() => $"{Provider}: {ConnectionString}";

    /// <summary>A fresh database of the given provider ("sqlite" or "postgres").</summary>
    public static async Task<TestDatabase> CreateAsync(string provider) => provider switch
    {
        Sqlite => SqliteTestDatabase.Create(),
        Postgres => await PostgresTestDatabase.CreateAsync(),
        _ => throw new ArgumentException($"Unknown provider '{provider}': expected '{Sqlite}' or '{Postgres}'.", nameof(provider)),
    };

    /// <summary>
    /// Theory data for tests that run on every provider:
    /// <c>[Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]</c>.
    /// "sqlite" always; "postgres" only when <c>WORKFLOWHALL_TEST_POSTGRES</c> is set (always in CI, where
    /// <c>.ci/run</c> fails if it cannot start PostgreSQL), so such a theory runs on SQLite alone locally
    /// instead of being skipped.
    /// </summary>
    public static TheoryData<string> Providers
    {
        get
        {
            var data = new TheoryData<string> { Sqlite };
            if (PostgresTestDatabase.IsConfigured) data.Add(Postgres);
            return data;
        }
    }
}
