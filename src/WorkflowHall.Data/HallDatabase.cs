using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

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
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown database provider.");
        }
        // Migrations are hand-written and carry no model snapshot (see Migrations/README.md); SchemaTests
        // check instead that the migrated schema holds the whole model.
        return builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)
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
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = 50;
        return builder.ConnectionString;
    }

    public static DbContextOptions<HallDbContext> Options(HallDatabaseOptions options) =>
        (DbContextOptions<HallDbContext>)Configure(new DbContextOptionsBuilder<HallDbContext>(), options).Options;

    /// <summary>Brings the schema up to date; for SQLite also creates the folder and switches the file to WAL.</summary>
    public static async Task MigrateAsync(HallDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                await db.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
            return;
        }
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>
    /// Serialises appends to a hash-chained log for the rest of the current transaction: PostgreSQL takes a
    /// transaction-scoped advisory lock (released at commit or rollback); SQLite needs nothing, its
    /// transactions begin IMMEDIATE and so already hold the one write lock.
    /// </summary>
    public static async Task LockForAppendAsync(HallDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(4829301)", cancellationToken);
    }

    /// <summary>Whether an exception from SaveChanges is a unique-key violation (someone else wrote the same row first).</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19, // SQLITE_CONSTRAINT
        Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
