using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Data;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Time;
using WorkflowHall.Engine.Trail;

namespace WorkflowHall.Cli.Tests.Seeding;

/// <summary>A SQLite file (and a materials folder beside it) for one seed test, removed afterwards; and the hall's services on it.</summary>
internal sealed class SeededHall : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public SeededHall()
    {
        Folder = Path.Combine(Path.GetTempPath(), "wh-seed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        var calendar = WorkingDayCalendar.LoadDirectory(Path.Combine(TestFiles.RepositoryRoot, "workflows", "calendars"));
        Database = new HallDatabaseOptions { ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath }.ToString() };
        _services = new ServiceCollection().AddHallData(Database, calendar).BuildServiceProvider();
    }

    public string Folder { get; }
    public string FilePath => Path.Combine(Folder, "hall.db");
    public HallDatabaseOptions Database { get; }
    public string ConnectionString => Database.ConnectionString;
    public IDbContextFactory<HallDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<HallDbContext>>();
    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public Task<CliRun> SeedAsync(params string[] options) =>
        CliRun.RunAsync(["seed", "--database", ConnectionString, "--until", "2026-11-20", .. options]);

    /// <summary>Checks a case's trail: its hash chain, then a replay through the definition versions it ran on.</summary>
    public async Task<TrailVerification> VerifyTrailAsync(string instanceId)
    {
        var runtime = Get<WorkflowRuntime>();
        var definitions = Get<DefinitionStore>();
        var instance = (await runtime.FindAsync(instanceId))!;
        var trail = await runtime.TrailAsync(instanceId);
        var used = TrailVersions.Of(trail)!;
        var versions = new Dictionary<int, ProcessDefinition>();
        foreach (var version in used.Versions) versions[version] = (await definitions.GetAsync(used.DefinitionKey, version))!.Definition;
        Assert.Equal(instance.DefinitionKey, used.DefinitionKey);
        return TrailVerifier.Verify(v => versions.GetValueOrDefault(v), used.DefinitionKey, used.StartVersion, trail);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
