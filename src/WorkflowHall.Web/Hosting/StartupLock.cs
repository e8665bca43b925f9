using Microsoft.Data.Sqlite;
using WorkflowHall.Data;

namespace WorkflowHall.Web.Hosting;

/// <summary>
/// Lets web nodes starting at the same moment on one database run their startup (migrations, demo hall,
/// demo accounts, the Data Protection key) one after the other, so that each finds what the one before
/// it made instead of racing it. PostgreSQL and SQL Server: the database's session lock
/// <see cref="HallLock.Startup"/> (<see cref="HallDatabase.TakeSessionLockAsync"/>); SQLite (nodes on one machine
/// sharing the file): an exclusive lock on a file beside the database. The operating system or the
/// server releases either if a node dies holding it.
/// </summary>
internal sealed class StartupLock : IAsyncDisposable
{
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(100);

    private readonly IAsyncDisposable? _held;

    private StartupLock(IAsyncDisposable? held) => _held = held;

    public static async Task<StartupLock> TakeAsync(HallDatabaseOptions database, CancellationToken cancellationToken)
    {
        if (await HallDatabase.TakeSessionLockAsync(database, HallLock.Startup, cancellationToken) is { } session)
        {
            return new StartupLock(session);
        }

        var sqlite = new SqliteConnectionStringBuilder(database.ConnectionString);
        var path = sqlite.DataSource;
        if (path.Length == 0 || path == ":memory:" || sqlite.Mode == SqliteOpenMode.Memory || path.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return new StartupLock(null); // a database only this process sees
        }
        var lockPath = Path.GetFullPath(path) + ".startup-lock";
        Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);
        while (true)
        {
            try
            {
                return new StartupLock(new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                await Task.Delay(Retry, cancellationToken);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_held is not null) await _held.DisposeAsync();
    }
}
