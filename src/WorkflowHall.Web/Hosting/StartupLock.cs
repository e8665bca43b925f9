using Microsoft.Data.Sqlite;
using Npgsql;
using WorkflowHall.Data;

namespace WorkflowHall.Web.Hosting;

/// <summary>
/// Lets web nodes starting at the same moment on one database run their startup (migrations, demo hall,
/// demo accounts, the Data Protection key) one after the other, so that each finds what the one before
/// it made instead of racing it. PostgreSQL: a session advisory lock; SQLite (nodes on one machine
/// sharing the file): an exclusive lock on a file beside the database. The operating system or the
/// server releases either if a node dies holding it.
/// </summary>
internal sealed class StartupLock : IAsyncDisposable
{
    private const long PostgresLock = 4829300;
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(100);

    private readonly NpgsqlConnection? _connection;
    private readonly FileStream? _file;

    private StartupLock(NpgsqlConnection? connection, FileStream? file) => (_connection, _file) = (connection, file);

    public static async Task<StartupLock> TakeAsync(HallDatabaseOptions database, CancellationToken cancellationToken)
    {
        if (database.Provider == DatabaseProvider.Postgres)
        {
            // Not pooled: a session lock must not outlive this connection in the pool.
            var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({PostgresLock})", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new StartupLock(connection, null);
        }

        var sqlite = new SqliteConnectionStringBuilder(database.ConnectionString);
        var path = sqlite.DataSource;
        if (path.Length == 0 || path == ":memory:" || sqlite.Mode == SqliteOpenMode.Memory || path.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return new StartupLock(null, null); // a database only this process sees
        }
        var lockPath = Path.GetFullPath(path) + ".startup-lock";
        Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);
        while (true)
        {
            try
            {
                return new StartupLock(null, new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                await Task.Delay(Retry, cancellationToken);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await using (var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({PostgresLock})", _connection)) await command.ExecuteNonQueryAsync();
            await _connection.DisposeAsync();
        }
        if (_file is not null) await _file.DisposeAsync();
    }
}
