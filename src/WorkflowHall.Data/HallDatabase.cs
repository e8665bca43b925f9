using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;
using Npgsql;
using WorkflowHall.Data.Migrations.Postgres;
using WorkflowHall.Data.Migrations.Sqlite;
using WorkflowHall.Data.Migrations.SqlServer;

namespace WorkflowHall.Data;

/// <summary>The one place that knows how each provider is set up.</summary>
public static class HallDatabase
{
    /// <param name="migrationsHistoryTable">For a second model in the same database (the web host's accounts): where its migrations are recorded.</param>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, HallDatabaseOptions options, string? migrationsHistoryTable = null)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(options.ConnectionString, o =>
                {
                    if (migrationsHistoryTable is not null) o.MigrationsHistoryTable(migrationsHistoryTable);
                });
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(WithPreparedStatements(options.ConnectionString), o =>
                {
                    if (migrationsHistoryTable is not null) o.MigrationsHistoryTable(migrationsHistoryTable);
                });
                break;
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(options.ConnectionString, o =>
                {
                    if (migrationsHistoryTable is not null) o.MigrationsHistoryTable(migrationsHistoryTable);
                });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown database provider.");
        }
        return builder.ConfigureWarnings(w => w
            // EF logs these as errors just before it throws; whoever catches the exception knows whether it is one (the
            // runtime retries a lost race, a duplicate is answered as a conflict) and an unhandled one is logged where it lands.
            .Log((CoreEventId.SaveChangesFailed, LogLevel.Debug), (CoreEventId.OptimisticConcurrencyException, LogLevel.Debug),
                (RelationalEventId.CommandError, LogLevel.Debug)));
    }

    /// <summary>
    /// The engine sends the same few statements all day; letting Npgsql prepare them on the server saves
    /// the parse and plan of each (unless the connection string chose otherwise).
    /// </summary>
    private static string WithPreparedStatements(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = 50;
        return builder.ConnectionString;
    }

    public static DbContextOptions<HallDbContext> Options(HallDatabaseOptions options) =>
        (DbContextOptions<HallDbContext>)Configure(new DbContextOptionsBuilder<HallDbContext>(), options).Options;

    /// <summary>
    /// The context that holds <paramref name="db"/>'s provider's migrations and model snapshot, on the same options: each provider has
    /// a type of its own derived from <see cref="HallDbContext"/> for that (Migrations/README.md says why), used only to migrate.
    /// </summary>
    public static HallDbContext MigrationsContext(HallDbContext db) => MigrationsContext(db,
        options => new SqliteHallDbContext(options), options => new PostgresHallDbContext(options), options => new SqlServerHallDbContext(options));

    /// <summary>The provider's migrations context for any context type that keeps one per provider (the hall's, the web host's accounts).</summary>
    public static TContext MigrationsContext<TContext>(TContext db, Func<DbContextOptions<TContext>, TContext> sqlite,
        Func<DbContextOptions<TContext>, TContext> postgres, Func<DbContextOptions<TContext>, TContext> sqlServer) where TContext : DbContext
    {
        var options = (DbContextOptions<TContext>)db.GetService<IDbContextOptions>();
        if (db.Database.IsSqlite()) return sqlite(options);
        if (db.Database.IsNpgsql()) return postgres(options);
        if (db.Database.IsSqlServer()) return sqlServer(options);
        throw new ArgumentOutOfRangeException(nameof(db), db.Database.ProviderName, "Unknown database provider.");
    }

    /// <summary>Brings the schema up to date; for SQLite also creates the folder and switches the file to WAL.</summary>
    public static async Task MigrateAsync(HallDbContext db, CancellationToken cancellationToken = default)
    {
        await using var migrations = MigrationsContext(db);
        if (migrations.Database.IsSqlite())
        {
            var file = new SqliteConnectionStringBuilder(migrations.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            await migrations.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await migrations.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                await migrations.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await migrations.Database.CloseConnectionAsync();
            }
            return;
        }
        await migrations.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>Whether the database lacks migrations this build has.</summary>
    public static async Task<bool> HasPendingMigrationsAsync(HallDbContext db, CancellationToken cancellationToken = default)
    {
        await using var migrations = MigrationsContext(db);
        return (await migrations.Database.GetPendingMigrationsAsync(cancellationToken)).Any();
    }

    /// <summary>
    /// Serialises appends to a hash-chained log for the rest of the current transaction: PostgreSQL and SQL Server take a
    /// transaction-owned lock (released at commit or rollback); SQLite needs nothing, its transactions begin IMMEDIATE and so
    /// already hold the one write lock.
    /// </summary>
    public static async Task LockForAppendAsync(HallDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync(PostgresLock(HallLock.Append, "pg_advisory_xact_lock"), cancellationToken);
        else if (db.Database.IsSqlServer()) await db.Database.ExecuteSqlRawAsync(SqlServerLock(HallLock.Append, "Transaction"), cancellationToken);
    }

    /// <summary>
    /// Takes <paramref name="name"/> for as long as the returned lock is held, on a connection of its own: a PostgreSQL session
    /// advisory lock, a SQL Server session-owned application lock. The server releases it if the process dies holding it.
    /// Null for SQLite, which has no such lock (its callers lock a file instead).
    /// </summary>
    public static async Task<IAsyncDisposable?> TakeSessionLockAsync(HallDatabaseOptions options, HallLock name, CancellationToken cancellationToken)
    {
        // Not pooled: a session lock must not outlive its connection in the pool.
        (DbConnection Connection, string Take, string Release)? session = options.Provider switch
        {
            DatabaseProvider.Postgres => (new NpgsqlConnection(new NpgsqlConnectionStringBuilder(options.ConnectionString) { Pooling = false }.ConnectionString),
                PostgresLock(name, "pg_advisory_lock"), PostgresLock(name, "pg_advisory_unlock")),
            DatabaseProvider.SqlServer => (new SqlConnection(new SqlConnectionStringBuilder(options.ConnectionString) { Pooling = false }.ConnectionString),
                SqlServerLock(name, "Session"), $"EXEC sp_releaseapplock @Resource = '{SqlServerResource(name)}', @LockOwner = 'Session'"),
            _ => null,
        };
        if (session is not { } s) return null;
        await s.Connection.OpenAsync(cancellationToken);
        await using (var take = s.Connection.CreateCommand())
        {
            take.CommandText = s.Take;
            take.CommandTimeout = 0; // waits for the node ahead, however long its start-up takes
            await take.ExecuteNonQueryAsync(cancellationToken);
        }
        return new SessionLock(s.Connection, s.Release);
    }

    private static string PostgresLock(HallLock name, string function) => $"SELECT {function}({(long)name})";

    /// <summary>Waits as long as it takes; a refusal (deadlock victim, cancelled) stops the statement with an error rather than going on unlocked.</summary>
    private static string SqlServerLock(HallLock name, string owner) => $"""
        DECLARE @granted int;
        EXEC @granted = sp_getapplock @Resource = '{SqlServerResource(name)}', @LockMode = 'Exclusive', @LockOwner = '{owner}', @LockTimeout = -1;
        IF @granted < 0 BEGIN; THROW 51000, 'Lock {SqlServerResource(name)} not granted.', 1; END;
        """;

    private static string SqlServerResource(HallLock name) => $"WorkflowHall.{name}";

    private sealed class SessionLock(DbConnection connection, string release) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = release;
                await command.ExecuteNonQueryAsync();
            }
            await connection.DisposeAsync();
        }
    }

    /// <summary>Whether an exception from SaveChanges is a unique-key violation (someone else wrote the same row first).</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19, // SQLITE_CONSTRAINT
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqlException sqlServer => sqlServer.Number is 2601 or 2627, // duplicate key in a unique index, in a unique constraint
        _ => false,
    };
}
