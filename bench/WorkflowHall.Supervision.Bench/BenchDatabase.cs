using Microsoft.Data.Sqlite;
using Npgsql;
using WorkflowHall.Data;

namespace WorkflowHall.Supervision.Bench;

/// <summary>A fresh database for one run: a SQLite file in the temp folder, or a PostgreSQL database made through an admin connection string; removed afterwards.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? _file;
    private readonly string? _admin;
    private readonly string? _name;

    private BenchDatabase(HallDatabaseOptions options, string? file, string? admin, string? name)
    {
        Options = options;
        (_file, _admin, _name) = (file, admin, name);
    }

    public HallDatabaseOptions Options { get; }

    public static async Task<BenchDatabase> CreateAsync(string provider)
    {
        if (provider == "sqlite")
        {
            var file = Path.Combine(Path.GetTempPath(), $"wh_bench_{Guid.NewGuid():N}.db");
            var cs = new SqliteConnectionStringBuilder { DataSource = file }.ToString();
            return new BenchDatabase(new HallDatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = cs }, file, null, null);
        }
        var admin = Environment.GetEnvironmentVariable("WORKFLOWHALL_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Set WORKFLOWHALL_TEST_POSTGRES to an admin connection string (. .ci/postgres.sh does).");
        var name = $"wh_bench_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'", connection);
            await create.ExecuteNonQueryAsync();
        }
        var options = new HallDatabaseOptions
        {
            Provider = DatabaseProvider.Postgres,
            ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString,
        };
        return new BenchDatabase(options, null, admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_file is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_file + suffix);
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
