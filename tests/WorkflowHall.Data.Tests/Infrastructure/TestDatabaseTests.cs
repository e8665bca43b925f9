using Microsoft.Data.Sqlite;
using Npgsql;

namespace WorkflowHall.Data.Tests.Infrastructure;

public class TestDatabaseTests
{
    [PostgresFact]
    public async Task Postgres_database_is_created_usable_and_dropped_on_dispose()
    {
        string name;
        await using (var db = await PostgresTestDatabase.CreateAsync())
        {
            name = db.DatabaseName;
            Assert.Equal("postgres", db.Provider);
            Assert.StartsWith("wh_test_", name);
            await using var connection = new NpgsqlConnection(db.ConnectionString);
            await connection.OpenAsync();
            Assert.Equal(name, connection.Database);
            await using var select = new NpgsqlCommand("select 1", connection);
            Assert.Equal(1, await select.ExecuteScalarAsync());
            Assert.True(await DatabaseExistsAsync(name));
        }
        Assert.False(await DatabaseExistsAsync(name));
    }

    [PostgresFact]
    public async Task Postgres_database_keeps_chinese_text()
    {
        await using var db = await PostgresTestDatabase.CreateAsync();
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select @text::text", connection);
        command.Parameters.AddWithValue("text", "网上办事大厅 受理→审核");
        Assert.Equal("网上办事大厅 受理→审核", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Sqlite_files_are_removed_on_dispose()
    {
        string path;
        await using (var db = SqliteTestDatabase.Create())
        {
            path = db.FilePath;
            Assert.Equal("sqlite", db.Provider);
            await using var connection = new SqliteConnection(db.ConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            Assert.Equal("wal", await command.ExecuteScalarAsync());
            command.CommandText = "CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('办结');";
            await command.ExecuteNonQueryAsync();
            command.CommandText = "SELECT x FROM t;";
            Assert.Equal("办结", await command.ExecuteScalarAsync());
            await connection.CloseAsync(); // back to the pool, file still open
            Assert.True(File.Exists(path));
            Assert.True(File.Exists(path + "-wal"));
        }
        Assert.False(File.Exists(path));
        Assert.False(File.Exists(path + "-wal"));
        Assert.False(File.Exists(path + "-shm"));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_provider_gives_a_database_of_its_kind(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        Assert.Equal(provider, db.Provider);
        Assert.False(string.IsNullOrEmpty(db.ConnectionString));
    }

    private static async Task<bool> DatabaseExistsAsync(string name)
    {
        await using var connection = new NpgsqlConnection(PostgresTestDatabase.AdminConnectionString!);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from pg_database where datname = @name", connection);
        command.Parameters.AddWithValue("name", name);
        return (long)(await command.ExecuteScalarAsync())! == 1;
    }
}
