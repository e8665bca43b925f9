using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WorkflowHall.Data.Tests.Schema;

/// <summary>
/// Each provider's model snapshot must describe the model as it is — otherwise a change was made without its migration, and
/// <c>dotnet ef migrations add</c> would sweep it into someone else's. None of this needs a server, so SQL Server is checked too.
/// </summary>
public sealed class ModelSnapshotTests
{
    public static TheoryData<DatabaseProvider> EveryProvider => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres, DatabaseProvider.SqlServer];

    [Theory, MemberData(nameof(EveryProvider))]
    public void The_providers_model_snapshot_has_every_change_of_the_model(DatabaseProvider provider)
    {
        using var db = MigrationsContext(provider);
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {provider} snapshot differs from the model: add a migration for every provider (src/WorkflowHall.Data/Migrations/README.md).");
    }

    [Fact]
    public void The_SQL_Server_script_creates_every_table_and_keys_and_indexes_only_bounded_columns()
    {
        using var db = MigrationsContext(DatabaseProvider.SqlServer);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        foreach (var entity in db.Model.GetEntityTypes())
        {
            Assert.Contains($"CREATE TABLE [{entity.GetTableName()}]", script);
            // SQL Server cannot key or index an nvarchar(max) column: such a migration fails on the first server it meets.
            var keyed = entity.GetKeys().SelectMany(k => k.Properties).Concat(entity.GetIndexes().SelectMany(i => i.Properties));
            foreach (var property in keyed.Distinct())
            {
                Assert.False(property.GetColumnType().Contains("max", StringComparison.OrdinalIgnoreCase),
                    $"{entity.GetTableName()}.{property.GetColumnName()} is keyed or indexed but {property.GetColumnType()}: give it a maximum length");
            }
        }
    }

    private static HallDbContext MigrationsContext(DatabaseProvider provider)
    {
        // Connection strings that are never opened: comparing a model with its snapshot or writing a script needs no server.
        using var model = new HallDbContext(HallDatabase.Options(new HallDatabaseOptions
        {
            Provider = provider,
            ConnectionString = provider switch
            {
                DatabaseProvider.Postgres => "Host=localhost;Database=snapshot",
                DatabaseProvider.SqlServer => "Server=localhost;Database=snapshot",
                _ => "Data Source=snapshot.db",
            },
        }));
        return HallDatabase.MigrationsContext(model);
    }
}
