using Microsoft.Data.Sqlite;

namespace WorkflowHall.Testing;

/// <summary>A SQLite database in a fresh temporary file, deleted (with its -wal, -shm and -journal files) on dispose.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private bool _disposed;

    private SqliteTestDatabase(string path)
    {
        FilePath = path;
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = path }.ToString();
    }

    public override string Provider => Sqlite;

    public override string ConnectionString { get; }

    /// <summary>The database file (it does not exist until something opens a connection).</summary>
    public string FilePath { get; }

    public static SqliteTestDatabase Create() =>
        new(Path.Combine(Path.GetTempPath(), $"wh_test_{Guid.NewGuid():N}.db"));

    public override ValueTask DisposeAsync()
    {
        if (_disposed) return ValueTask.CompletedTask;
        _disposed = true;
        // Pooled connections keep the file (and its -wal/-shm) open; close this database's pool first.
        using (var connection = new SqliteConnection(ConnectionString)) SqliteConnection.ClearPool(connection);
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal", ".startup-lock" })
        {
            var file = FilePath + suffix;
            if (File.Exists(file)) File.Delete(file);
        }
        return ValueTask.CompletedTask;
    }
}
