using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WorkflowHall.Data.Tests.Schema;

using WorkflowHall.Data.Tests.Infrastructure;

/// <summary>The migrated database must hold the model: the safety net under the snapshots (ModelSnapshotTests), which compare the model only with itself.</summary>
public class SchemaTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_migrated_schema_has_every_table_column_and_index_of_the_model(string provider)
    {
        await using var hall = await TestHall.CreateAsync(provider);
        await using var db = await hall.Contexts.CreateDbContextAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();

        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            var columns = await ColumnsAsync(connection, table);
            foreach (var property in entity.GetProperties())
            {
                Assert.True(columns.Contains(property.GetColumnName()), $"{table}.{property.GetColumnName()} is in the model but not in the migrated schema");
            }
            Assert.Equal(entity.GetProperties().Count(), columns.Count);
        }

        var indexes = await IndexesAsync(connection, provider);
        foreach (var index in db.Model.GetEntityTypes().SelectMany(e => e.GetIndexes()))
        {
            Assert.Contains(index.GetDatabaseName()!, indexes);
        }
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_database_at_the_first_schema_upgrades_without_losing_its_rows(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var options = new HallDatabaseOptions
        {
            Provider = provider == TestDatabase.Postgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite,
            ConnectionString = database.ConnectionString,
        };
        await using (var model = new HallDbContext(HallDatabase.Options(options)))
        await using (var db = HallDatabase.MigrationsContext(model))
        {
            await db.GetService<IMigrator>().MigrateAsync("20261122000001_Initial");
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO instances ("Id", "DefinitionKey", "DefinitionVersion", "Status", "StartedBy", "StartedAt", "EndedAt", "Revision", "TrailLength", "TrailHead", "StateJson")
                VALUES ('old-case', 'standard-approval', 1, 'Completed', 'zhang', {0}, {1}, 5, 12, 'abc', '{{}}')
                """, new DateTime(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc), new DateTime(2026, 1, 9, 8, 30, 0, DateTimeKind.Utc));
        }

        await using var hall = await TestHall.CreateAsync(provider, database: database);

        await using var upgraded = await hall.Contexts.CreateDbContextAsync();
        var row = await upgraded.Instances.SingleAsync();
        Assert.Equal(("old-case", "zhang", 5), (row.Id, row.StartedBy, row.Revision));
        Assert.Equal(new DateTime(2026, 1, 9, 8, 30, 0, DateTimeKind.Utc), new DateTime(row.UpdatedAt.Ticks, DateTimeKind.Utc));
        await using var migrations = HallDatabase.MigrationsContext(upgraded);
        Assert.Empty(await migrations.Database.GetPendingMigrationsAsync());
        Assert.Equal(migrations.Database.GetMigrations(), await migrations.Database.GetAppliedMigrationsAsync());
    }

    private static async Task<HashSet<string>> ColumnsAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" WHERE 1 = 0";
        await using var reader = await command.ExecuteReaderAsync();
        return Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToHashSet(StringComparer.Ordinal);
    }

    private static async Task<HashSet<string>> IndexesAsync(DbConnection connection, string provider)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = provider == TestDatabase.Postgres
            ? "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"
            : "SELECT name FROM sqlite_master WHERE type = 'index'";
        await using var reader = await command.ExecuteReaderAsync();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        return names;
    }
}
