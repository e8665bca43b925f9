using Npgsql;
using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Hosting;

/// <summary>
/// Starting on a database that does not exist yet: the hall creates it (PostgreSQL as EF Core's Migrate would,
/// SQLite its file); when a PostgreSQL login may not, the process stops with one line naming the database and what to do.
/// </summary>
public sealed class MissingDatabaseTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_hall_creates_a_missing_database_at_start_up_and_runs_on_it(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        if (database is PostgresTestDatabase postgres) await AdminAsync($"DROP DATABASE \"{postgres.DatabaseName}\"");
        Assert.False(await ExistsAsync(database));

        await using var node = new HallNode(database).Start();

        Assert.True(await ExistsAsync(database));
        var health = await node.CreateClient().GetAsync("/health");
        Assert.Equal(200, (int)health.StatusCode);
    }

    [PostgresFact]
    public async Task When_the_login_may_not_create_it_the_hall_exits_with_1_and_one_line_saying_what_to_do()
    {
        var login = $"wh_nocreate_{Guid.NewGuid():N}";
        var missing = $"wh_missing_{Guid.NewGuid():N}";
        await AdminAsync($"CREATE ROLE \"{login}\" LOGIN NOCREATEDB");
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(PostgresTestDatabase.AdminConnectionString) { Username = login, Database = missing };

            var (exitCode, output) = await HallProcess.RunAsync(new Dictionary<string, string>
            {
                ["Database__Provider"] = "Postgres",
                ["Database__ConnectionString"] = connection.ConnectionString,
            });

            Assert.Equal(1, exitCode);
            var lines = output.Split('\n');
            var line = Assert.Single(lines, l => l.Contains(missing));
            Assert.Contains("不存在", line);
            Assert.Contains($"CREATE DATABASE \"{missing}\" OWNER \"{login}\"", line);
            Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
            Assert.DoesNotContain("Unhandled exception", output);
            Assert.False(await PostgresDatabaseExistsAsync(missing));
        }
        finally
        {
            await AdminAsync($"DROP ROLE IF EXISTS \"{login}\"");
        }
    }

    private static async Task AdminAsync(string sql)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresTestDatabase.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<bool> ExistsAsync(TestDatabase database) => database switch
    {
        SqliteTestDatabase sqlite => File.Exists(sqlite.FilePath),
        PostgresTestDatabase postgres => await PostgresDatabaseExistsAsync(postgres.DatabaseName),
        _ => throw new ArgumentOutOfRangeException(nameof(database)),
    };

    private static async Task<bool> PostgresDatabaseExistsAsync(string name)
    {
        await using var connection = new NpgsqlConnection(PostgresTestDatabase.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", name);
        return (long)(await command.ExecuteScalarAsync())! == 1;
    }
}
