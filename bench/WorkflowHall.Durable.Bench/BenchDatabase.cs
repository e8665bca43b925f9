using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using WorkflowHall.Data;

namespace WorkflowHall.Durable.Bench;

/// <summary>A fresh, empty database of one provider for one measurement: a temporary SQLite file (WAL) or a new PostgreSQL database.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFile;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    private BenchDatabase(string provider, HallDatabaseOptions options, string? sqliteFile, string? postgresAdmin, string? postgresName)
    {
        Provider = provider;
        Options = options;
        _sqliteFile = sqliteFile;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
    }

    public string Provider { get; }
    public HallDatabaseOptions Options { get; }
    public bool IsPostgres => Provider == Providers.Postgres;
    public string ConnectionString => Options.ConnectionString;

    /// <summary>
    /// SQLite's own busy timeout in ms for the engine's connections (option --sqlite-busy-timeout; an
    /// experiment, not what the hall does): with it SQLite waits for the write lock in short steps
    /// instead of returning SQLITE_BUSY, which Microsoft.Data.Sqlite retries after sleeping 150 ms.
    /// </summary>
    public static int? SqliteBusyTimeout { get; set; }

    /// <summary>The interceptors every engine context of this database gets besides the caller's.</summary>
    public IInterceptor[] Interceptors(params IInterceptor[] others) =>
        !IsPostgres && SqliteBusyTimeout is { } ms ? [.. others, new BusyTimeout(ms)] : others;

    private sealed class BusyTimeout(int milliseconds) : DbConnectionInterceptor
    {
        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Apply(connection);
            return Task.CompletedTask;
        }

        private void Apply(DbConnection connection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout = {milliseconds};";
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Extra Npgsql settings for the engine's connections (option --pg-settings, e.g. "Max Auto Prepare=20"); pgbench is not affected.</summary>
    public static string? PostgresSettings { get; set; }

    public static async Task<BenchDatabase> CreateAsync(string provider, string? postgresAdmin)
    {
        BenchDatabase database;
        if (provider == Providers.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"wh_bench_{Guid.NewGuid():N}.db");
            var options = new HallDatabaseOptions
            {
                Provider = DatabaseProvider.Sqlite,
                ConnectionString = new SqliteConnectionStringBuilder { DataSource = file }.ToString(),
            };
            database = new BenchDatabase(provider, options, file, null, null);
        }
        else
        {
            var admin = postgresAdmin ?? throw new InvalidOperationException("PostgreSQL is not configured");
            var name = $"wh_bench_{Guid.NewGuid():N}";
            await CreatePostgresDatabaseAsync(admin, name);
            var options = new HallDatabaseOptions
            {
                Provider = DatabaseProvider.Postgres,
                ConnectionString = new NpgsqlConnectionStringBuilder(admin + (PostgresSettings is { Length: > 0 } extra ? ";" + extra : "")) { Database = name }.ConnectionString,
            };
            database = new BenchDatabase(provider, options, null, admin, name);
        }
        await using var db = new ContextFactory(database.Options).CreateDbContext();
        await HallDatabase.MigrateAsync(db); // for SQLite: the file is switched to WAL here
        return database;
    }

    public static async Task CreatePostgresDatabaseAsync(string admin, string name)
    {
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'", connection);
        await create.ExecuteNonQueryAsync();
    }

    public static async Task DropPostgresDatabaseAsync(string admin, string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>Bytes on disk: the SQLite file with its WAL, or pg_database_size.</summary>
    public async Task<long> SizeAsync()
    {
        if (_sqliteFile is not null)
        {
            return new[] { "", "-wal" }.Select(s => new FileInfo(_sqliteFile + s)).Where(f => f.Exists).Sum(f => f.Length);
        }
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var size = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        return (long)(await size.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            {
                var file = _sqliteFile + suffix;
                if (File.Exists(file)) File.Delete(file);
            }
        }
        else if (_postgresAdmin is not null && _postgresName is not null)
        {
            await DropPostgresDatabaseAsync(_postgresAdmin, _postgresName);
        }
    }
}

internal static class Providers
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
}

/// <summary>The hall's pooled context factory, as the host registers it, plus optional interceptors.</summary>
internal sealed class ContextFactory(HallDatabaseOptions options, params IInterceptor[] interceptors) : IDbContextFactory<HallDbContext>
{
    private readonly PooledDbContextFactory<HallDbContext> _pool = new(
        (DbContextOptions<HallDbContext>)HallDatabase.Configure(new DbContextOptionsBuilder<HallDbContext>(), options).AddInterceptors(interceptors).Options);

    public HallDbContext CreateDbContext() => _pool.CreateDbContext();
}
