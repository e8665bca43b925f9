using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data;
using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Hosting;

/// <summary>Start-up says where the schema stands (the retry settings are checked with the others in <see cref="SettingsTests"/>).</summary>
public sealed class ServiceCallSettingsTests
{
    [Fact]
    public async Task Start_up_logs_the_migration_the_schema_stands_at()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using var node = new HallNode(database).Start();

        await using var db = new HallDbContext(HallDatabase.Options(new HallDatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = database.ConnectionString }));
        var newest = HallDatabase.MigrationsContext(db).Database.GetMigrations().Last();
        Assert.Contains(node.LogLines, l => l.StartsWith("Information", StringComparison.Ordinal) && l.Contains($"Database ready (Sqlite): schema at {newest}"));
    }
}
