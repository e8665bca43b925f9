using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Data;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Time;
using WorkflowHall.Engine.Trail;

namespace WorkflowHall.Cli.Tests.Seeding;

/// <summary>
/// A database for one seed test — a SQLite file, or a PostgreSQL database of its own (a <see cref="TestDatabase"/>) —
/// with a materials folder, all removed afterwards; and the hall's services on it.
/// </summary>
internal sealed class SeededHall : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly TestDatabase _database;

    /// <summary>On a SQLite file of its own.</summary>
    public SeededHall() : this(SqliteTestDatabase.Create())
    {
    }

    private SeededHall(TestDatabase database)
    {
        Folder = Path.Combine(Path.GetTempPath(), "wh-seed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        var calendar = WorkingDayCalendar.LoadDirectory(Checkout.Combine("workflows", "calendars"));
        _database = database;
        Database = database.HallOptions;
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(Database.AsSettings()).Build())
            .AddSingleton(calendar)
            .AddHallData()
            .BuildServiceProvider();
    }

    /// <summary>On a PostgreSQL database of its own (UTF8), dropped on dispose.</summary>
    public static async Task<SeededHall> CreatePostgresAsync() => new(await PostgresTestDatabase.CreateAsync());

    public DbConnection Connect() => Database.Provider == DatabaseProvider.Postgres ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);

    public string Folder { get; }
    /// <summary>The SQLite file (SQLite halls only; it does not exist until something opens it).</summary>
    public string FilePath => ((SqliteTestDatabase)_database).FilePath;
    public HallDatabaseOptions Database { get; }
    public string ConnectionString => Database.ConnectionString;
    public IDbContextFactory<HallDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<HallDbContext>>();
    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public Task<CliRun> SeedAsync(params string[] options) =>
        CliRun.RunAsync(["seed", "--database", ConnectionString, "--provider", Database.Provider == DatabaseProvider.Postgres ? "postgres" : "sqlite",
            "--materials", Path.Combine(Folder, "materials"), "--until", "2026-11-20", .. options]);

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
        await _database.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
