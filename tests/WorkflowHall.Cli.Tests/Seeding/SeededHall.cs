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
/// A database for one seed test — a SQLite file, or a PostgreSQL database of its own — with a materials
/// folder, all removed afterwards; and the hall's services on it.
/// </summary>
internal sealed class SeededHall : IAsyncDisposable
{
    /// <summary>An admin connection string for PostgreSQL tests (set by .ci/postgres.sh); they are skipped without it.</summary>
    public const string PostgresVariable = "WORKFLOWHALL_TEST_POSTGRES";

    private readonly ServiceProvider _services;
    private readonly string? _postgresName;

    public SeededHall() : this(null, null)
    {
    }

    private SeededHall(HallDatabaseOptions? database, string? postgresName)
    {
        Folder = Path.Combine(Path.GetTempPath(), "wh-seed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        var calendar = WorkingDayCalendar.LoadDirectory(Path.Combine(TestFiles.RepositoryRoot, "workflows", "calendars"));
        Database = database ?? new HallDatabaseOptions { ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath }.ToString() };
        _postgresName = postgresName;
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(Database.AsSettings()).Build())
            .AddSingleton(calendar)
            .AddHallData()
            .BuildServiceProvider();
    }

    public static string? PostgresAdmin => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } admin ? admin : null;

    /// <summary>A fresh PostgreSQL database (UTF8), dropped on dispose.</summary>
    public static async Task<SeededHall> CreatePostgresAsync()
    {
        var name = $"wh_seed_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(PostgresAdmin))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'", admin);
            await create.ExecuteNonQueryAsync();
        }
        var connection = new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = name }.ConnectionString;
        return new SeededHall(new HallDatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = connection }, name);
    }

    public DbConnection Connect() => Database.Provider == DatabaseProvider.Postgres ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);

    public string Folder { get; }
    public string FilePath => Path.Combine(Folder, "hall.db");
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
        SqliteConnection.ClearAllPools();
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(PostgresAdmin);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
