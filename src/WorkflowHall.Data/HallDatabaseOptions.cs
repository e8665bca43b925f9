namespace WorkflowHall.Data;

public enum DatabaseProvider
{
    /// <summary>The embedded default: a file, WAL mode, nothing to install.</summary>
    Sqlite,
    /// <summary>The server choice (also KingbaseES, openGauss and Highgo speak its protocol).</summary>
    Postgres,
    /// <summary>Microsoft SQL Server. Its migrations and statements are built and checked in CI, but it has not been run against a server here.</summary>
    SqlServer,
}

/// <summary>Which database the hall uses (configuration section <c>Database</c>).</summary>
public sealed class HallDatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite, e.g. <c>Data Source=data/hall.db</c>; for PostgreSQL an Npgsql connection string; for SQL Server a Microsoft.Data.SqlClient one.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/hall.db";
}
