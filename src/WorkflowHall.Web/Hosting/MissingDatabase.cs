using Npgsql;
using WorkflowHall.Data;

namespace WorkflowHall.Web.Hosting;

/// <summary>
/// Creates the PostgreSQL database when it does not exist yet, as EF Core's <c>Migrate</c> would (from the
/// server's <c>postgres</c> database, with the same login), but before anything connects to it — the start-up
/// lock first. When the login may not create databases, start-up stops with one line saying what to do.
/// SQLite makes its file on first use and needs nothing.
/// </summary>
internal static class MissingDatabase
{
    private const string MaintenanceDatabase = "postgres";

    public static async Task CreateIfMissingAsync(HallDatabaseOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        if (options.Provider != DatabaseProvider.Postgres) return;
        var target = new NpgsqlConnectionStringBuilder(options.ConnectionString) { Pooling = false };
        if (await ExistsAsync(target, cancellationToken)) return;

        try
        {
            var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = MaintenanceDatabase };
            await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{target.Database!.Replace("\"", "\"\"")}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
            Log.DatabaseCreated(logger, target.Database, target.Host);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another node starting at the same moment created it first.
        }
        catch (PostgresException e)
        {
            throw Refusal(target, e);
        }
    }

    private static async Task<bool> ExistsAsync(NpgsqlConnectionStringBuilder target, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(target.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            return true;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return false;
        }
    }

    private static StartupRefusedException Refusal(NpgsqlConnectionStringBuilder target, PostgresException e)
    {
        var (database, login, host) = (target.Database, target.Username, target.Host);
        return new StartupRefusedException(
            $"数据库 \"{database}\"（{host}）不存在，登录 \"{login}\" 也无法创建它（{e.SqlState}：{e.MessageText}）。" +
            $"请由数据库管理员执行 CREATE DATABASE \"{database}\" OWNER \"{login}\" ENCODING 'UTF8'; 或在 Database:ConnectionString 中改用已有的数据库，然后重新启动。",
            $"Database \"{database}\" on {host} does not exist and login \"{login}\" cannot create it ({e.SqlState}: {e.MessageText}). " +
            $"Have a database administrator run CREATE DATABASE \"{database}\" OWNER \"{login}\" ENCODING 'UTF8'; or name an existing database in Database:ConnectionString, then start again.");
    }
}
