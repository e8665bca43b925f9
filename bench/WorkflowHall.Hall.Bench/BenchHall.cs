using Microsoft.EntityFrameworkCore;
using Npgsql;
using WorkflowHall.Data;
using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Certificates;
using WorkflowHall.Data.Materials;
using WorkflowHall.Data.Matters;
using WorkflowHall.Data.Organisations;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Domain.Matters;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Hall.Bench;

/// <summary>A fresh hall database (SQLite file or PostgreSQL database) with one county, its clerks, the standard workflow and one licence matter.</summary>
internal sealed class BenchHall : IAsyncDisposable
{
    public const string MatterCode = "11341602MB192539823411602001000";
    public const string Unit = "qc-forestry";
    public static readonly string[] Clerks = ["zhang.wei", "li.na", "wang.qiang", "zhao.min"];

    private readonly string _folder;
    private readonly Func<ValueTask> _drop;

    private BenchHall(HallDatabaseOptions options, string folder, Func<ValueTask> drop)
    {
        Options = options;
        _folder = folder;
        _drop = drop;
    }

    public HallDatabaseOptions Options { get; }

    public static async Task<BenchHall> CreateAsync(string provider, string root)
    {
        var folder = Path.Combine(Path.GetTempPath(), "wh-hall-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        HallDatabaseOptions options;
        Func<ValueTask> drop = () => ValueTask.CompletedTask;
        if (provider == "postgres")
        {
            var admin = Environment.GetEnvironmentVariable("WORKFLOWHALL_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("WORKFLOWHALL_TEST_POSTGRES")
                ?? throw new InvalidOperationException("Set WORKFLOWHALL_BENCH_POSTGRES (or run `. .ci/postgres.sh`) for the PostgreSQL figures.");
            var name = "wh_hall_bench_" + Guid.NewGuid().ToString("N")[..12];
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
                await create.ExecuteNonQueryAsync();
            }
            options = new HallDatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString() };
            drop = async () =>
            {
                NpgsqlConnection.ClearAllPools();
                await using var connection = new NpgsqlConnection(admin);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
            };
        }
        else
        {
            options = new HallDatabaseOptions { ConnectionString = $"Data Source={Path.Combine(folder, "hall.db")}" };
        }

        var hall = new BenchHall(options, folder, drop);
        var services = hall.Services(TimeProvider.System);
        await using (var db = await services.Contexts.CreateDbContextAsync())
        {
            await HallDatabase.MigrateAsync(db);
            db.OrgUnits.AddRange(
                new OrgUnitRecord { Code = "qc", Name = "谯城区", Level = "County", Kind = "Region" },
                new OrgUnitRecord { Code = Unit, Name = "谯城区林业局", Level = "County", Kind = "Department", ParentCode = "qc" });
            string[] posts = ["window-acceptance", "section-review", "leader-approval", "issuing"];
            for (var i = 0; i < posts.Length; i++) db.PostHoldings.Add(new PostHoldingRecord { UserName = Clerks[i], Post = posts[i], UnitCode = Unit });
            await db.SaveChangesAsync();
        }
        var draft = await services.Definitions.SaveDraftAsync(await File.ReadAllTextAsync(Path.Combine(root, "workflows", "standard-approval.bpmn")), "admin");
        await services.Definitions.PublishAsync(draft.Import.Definition!.Key, "admin");
        await services.Matters.SaveDraftAsync(Guide(), "admin");
        var published = await services.Matters.PublishAsync(MatterCode, "admin");
        if (!published.Succeeded) throw new InvalidOperationException(published.Error!.ToString());
        await services.Certificates.EnsureSigningKeyAsync();
        return hall;
    }

    /// <summary>One node's services on this database (each client gets its own, as web nodes would).</summary>
    public HallServices Services(TimeProvider clock)
    {
        var contexts = new ContextFactory(HallDatabase.Options(Options));
        var calendar = WorkingDayCalendar.LoadDirectory(Path.Combine(Program.Root, "workflows", "calendars"));
        var definitions = new DefinitionStore(contexts, clock);
        var runtime = new WorkflowRuntime(contexts, definitions, calendar, clock, []);
        var directory = new HallDirectory(contexts, clock);
        var matters = new MatterCatalog(contexts, definitions, directory, clock);
        var certificates = new CertificateService(contexts, new CertificateSigningOptions { KeyPath = Path.Combine(_folder, "signing.pem") },
            new CertificatePdf(new CertificatePdfOptions()), clock);
        return new HallServices(contexts, definitions, runtime, matters,
            new MaterialStore(contexts, new MaterialStoreOptions { Root = Path.Combine(_folder, "materials") }, clock),
            new CaseApplications(contexts, matters, directory, new CaseNumbers(contexts), runtime, calendar, clock),
            new CaseActions(contexts, matters, directory, runtime, certificates, calendar, clock),
            certificates);
    }

    private static ServiceGuide Guide() => new()
    {
        Name = "野外用火审批",
        CatalogCode = "0100201000",
        ImplementationCode = MatterCode,
        MatterType = "01",
        LegalBasis = ["《森林防火条例》第二十五条"],
        ImplementingBody = new ImplementingBody("谯城区林业局", "11341602MB19253982"),
        HandlingUnit = new HandlingBody("谯城区林业局") { Unit = Unit },
        StatutoryLimit = new GuideTimeLimit(20),
        PromisedLimit = new GuideTimeLimit(5),
        Result = new MatterResult("野外用火许可证") { CertificateTypeCode = "11100000000013338W011", ValidYears = 1 },
        Materials = [new MaterialSpec("野外用火申请表"), new MaterialSpec("用火区域示意图")],
        WorkflowKey = "standard-approval",
    };

    public async ValueTask DisposeAsync()
    {
        await _drop();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private sealed class ContextFactory(DbContextOptions<HallDbContext> options) : IDbContextFactory<HallDbContext>
    {
        public HallDbContext CreateDbContext() => new(options);
    }
}

internal sealed record HallServices(IDbContextFactory<HallDbContext> Contexts, DefinitionStore Definitions, WorkflowRuntime Runtime, MatterCatalog Matters,
    MaterialStore Materials, CaseApplications Applications, CaseActions Actions, CertificateService Certificates);
