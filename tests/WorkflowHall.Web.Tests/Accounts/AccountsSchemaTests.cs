using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Data;
using WorkflowHall.Data.Tests.Infrastructure;
using WorkflowHall.Web.Accounts;
using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Accounts;

/// <summary>
/// The accounts' hand-written migration and the model Identity builds in the host must agree: a column
/// the model has and the table lacks is a sign-in that fails at run time.
/// </summary>
public sealed class AccountsSchemaTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_migrated_schema_has_every_table_column_and_index_of_the_accounts_model(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var node = new HallNode(database) { Settings = new Dictionary<string, string> { ["Hall:SeedDemo"] = "false" } }.Start();
        await using var db = await node.Services.GetRequiredService<IDbContextFactory<AccountsDbContext>>().CreateDbContextAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();

        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()!).ToList();
        Console.WriteLine(string.Join(", ", tables));
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            var columns = await ColumnsAsync(connection, provider, table);
            foreach (var property in entity.GetProperties())
            {
                var name = property.GetColumnName();
                Assert.True(columns.ContainsKey(name), $"{table}.{name} is in the model but not in the migrated schema");
                Assert.True(columns[name] == property.IsColumnNullable(), $"{table}.{name}: nullable {property.IsColumnNullable()} in the model, {columns[name]} in the schema");
            }
            Assert.True(entity.GetProperties().Count() == columns.Count,
                $"{table} has columns the model does not know: {string.Join(", ", columns.Keys.Except(entity.GetProperties().Select(p => p.GetColumnName())))}");
        }

        var indexes = await IndexesAsync(connection, provider);
        foreach (var index in db.Model.GetEntityTypes().SelectMany(e => e.GetIndexes()))
        {
            Assert.True(indexes.TryGetValue(index.GetDatabaseName()!, out var unique), $"index {index.GetDatabaseName()} is in the model but not in the schema");
            Assert.True(unique == index.IsUnique, $"index {index.GetDatabaseName()}: unique {index.IsUnique} in the model, {unique} in the schema");
        }
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    private static async Task<Dictionary<string, bool>> ColumnsAsync(DbConnection connection, string provider, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = provider == TestDatabase.Postgres
            ? $"SELECT column_name, is_nullable = 'YES' FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}'"
            : $"SELECT name, \"notnull\" = 0 FROM pragma_table_info('{table}')";
        await using var reader = await command.ExecuteReaderAsync();
        var columns = new Dictionary<string, bool>(StringComparer.Ordinal);
        while (await reader.ReadAsync()) columns[reader.GetString(0)] = reader.GetBoolean(1);
        return columns;
    }

    /// <summary>Index name → unique.</summary>
    private static async Task<Dictionary<string, bool>> IndexesAsync(DbConnection connection, string provider)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = provider == TestDatabase.Postgres
            ? "SELECT indexname, indexdef LIKE 'CREATE UNIQUE%' FROM pg_indexes WHERE schemaname = 'public'"
            : "SELECT name, sql LIKE 'CREATE UNIQUE%' FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL";
        await using var reader = await command.ExecuteReaderAsync();
        var names = new Dictionary<string, bool>(StringComparer.Ordinal);
        while (await reader.ReadAsync()) names[reader.GetString(0)] = reader.GetBoolean(1);
        return names;
    }
}
