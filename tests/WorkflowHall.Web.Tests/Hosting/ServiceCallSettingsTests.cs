using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data;
using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Hosting;

/// <summary>The retry schedule is checked at start-up; start-up says where the schema stands.</summary>
public sealed class ServiceCallSettingsTests
{
    [Fact]
    public async Task A_retry_setting_that_cannot_work_stops_start_up_naming_its_key()
    {
        await using var factory = new HallApiFactory { Settings = new Dictionary<string, string> { ["ServiceCalls:MaxDelay"] = "00:00:01" } };

        var refused = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("ServiceCalls:MaxDelay", refused.ToString());
    }

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
