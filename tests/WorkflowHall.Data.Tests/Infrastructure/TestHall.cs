using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Certificates;
using WorkflowHall.Data.Demo;
using WorkflowHall.Data.Materials;
using WorkflowHall.Data.Matters;
using WorkflowHall.Data.Organisations;
using WorkflowHall.Data.Integrity;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Data.Supervision;
using WorkflowHall.Engine.Hosting;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data.Tests.Infrastructure;

/// <summary>The durable engine wired on a real test database, with a hand-moved clock.</summary>
public sealed class TestHall : IAsyncDisposable
{
    public static readonly DateTimeOffset T0 = new(2026, 12, 1, 9, 0, 0, HallTime.Offset);
    public static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.LoadDirectory(Checkout.Combine("workflows", "calendars"));

    private TestHall(TestDatabase database, HallDatabaseOptions options, IServiceTaskHandler[] handlers, IInterceptor[] interceptors, RetentionOptions? retention)
    {
        Database = database;
        Options = options;
        Clock = new ManualClock(T0);
        Contexts = new ContextFactory(options, interceptors);
        Definitions = new DefinitionStore(Contexts, Clock);
        MaterialsRoot = Path.Combine(Path.GetTempPath(), "wh-materials-" + Guid.NewGuid().ToString("N"));
        CheckpointOptions = new CheckpointOptions { CheckpointKeyPath = Path.Combine(MaterialsRoot, "keys", "checkpoint-signing.pem") };
        CheckpointKeys = new CheckpointKeys(CheckpointOptions);
        Checkpoints = new CheckpointWriter(Contexts, CheckpointKeys, new CheckpointHeads(CheckpointOptions), Clock);
        CheckpointVerifier = new CheckpointVerifier(Contexts, CheckpointKeys, new CheckpointHeads(CheckpointOptions));
        Directory = new HallDirectory(Contexts, Clock);
        Matters = new MatterCatalog(Contexts, Definitions, Directory, Clock);
        // As in the hall: the runtime's own steps on a case (timers, service calls, migration) keep its row.
        Runtime = new WorkflowRuntime(Contexts, Definitions, Calendar, Clock, handlers, new CaseRowFollower(Matters, Calendar), Checkpoints);
        Inbox = new InboxQuery(Contexts);
        Migrations = new InstanceMigrations(Contexts, Definitions, Runtime, Clock);
        Retention = new RetentionSweep(Contexts, retention ?? new RetentionOptions(), Clock);
        CaseNumbers = new CaseNumbers(Contexts);
        Materials = new MaterialStore(Contexts, new MaterialStoreOptions { Root = MaterialsRoot, MaxBytes = 1024 * 1024 }, Clock);
        Applications = new CaseApplications(Contexts, Matters, Directory, CaseNumbers, Runtime, Calendar, Clock);
        KeyPath = Path.Combine(MaterialsRoot, "keys", "signing.pem");
        Certificates = new CertificateService(Contexts, new CertificateSigningOptions { KeyPath = KeyPath },
            new Data.Certificates.CertificatePdf(new Data.Certificates.CertificatePdfOptions { PdfSharpLicense = "AGPL" }), Clock);
        Actions = new CaseActions(Contexts, Matters, Directory, Runtime, Certificates, Calendar, Clock);
        SupervisionOptions = new SupervisionOptions { BatchSize = 50 };
        SupervisionLog = new SupervisionLog(Contexts);
        Sweep = new SupervisionSweep(Contexts, SupervisionLog, Directory, Matters, Calendar, SupervisionOptions, Clock);
        Supervision = new SupervisionQueries(Contexts);
        DemoLoader = new DemoHallLoader(Contexts, Definitions, Matters, Directory, Clock);
    }

    public TestDatabase Database { get; }
    public HallDatabaseOptions Options { get; }
    public ManualClock Clock { get; }
    public IDbContextFactory<HallDbContext> Contexts { get; }
    public DefinitionStore Definitions { get; }
    public WorkflowRuntime Runtime { get; }
    /// <summary>The checkpoint key lives under <see cref="MaterialsRoot"/>, outside the database, as in a real hall.</summary>
    public CheckpointOptions CheckpointOptions { get; }
    public CheckpointKeys CheckpointKeys { get; }
    public CheckpointWriter Checkpoints { get; }
    public CheckpointVerifier CheckpointVerifier { get; }
    public InboxQuery Inbox { get; }
    public InstanceMigrations Migrations { get; }
    public RetentionSweep Retention { get; }
    public HallDirectory Directory { get; }
    public MatterCatalog Matters { get; }
    public CaseNumbers CaseNumbers { get; }
    public string MaterialsRoot { get; }
    public MaterialStore Materials { get; }
    public CaseApplications Applications { get; }
    public CaseActions Actions { get; }
    public AgentConsents Consents => new(Contexts, Actions, Clock);
    public CertificateService Certificates { get; }
    public string KeyPath { get; }
    public SupervisionOptions SupervisionOptions { get; }
    public SupervisionLog SupervisionLog { get; }
    public SupervisionSweep Sweep { get; }
    public SupervisionQueries Supervision { get; }
    public DemoHallLoader DemoLoader { get; }

    /// <summary>The checkout's demo hall: <c>samples/hall</c> and the engine's <c>workflows</c>.</summary>
    public static DemoHallSource DemoSource => new(Checkout.Combine("samples", "hall"), Checkout.Combine("workflows"));

    public static async Task<TestHall> CreateAsync(string provider, IServiceTaskHandler[]? handlers = null, IInterceptor[]? interceptors = null,
        RetentionOptions? retention = null, TestDatabase? database = null)
    {
        database ??= await TestDatabase.CreateAsync(provider);
        var hall = new TestHall(database, database.HallOptions, handlers ?? [], interceptors ?? [], retention);
        await using var db = await hall.Contexts.CreateDbContextAsync();
        await HallDatabase.MigrateAsync(db);
        return hall;
    }

    /// <summary>A second hall on the same database, as a second web node would be.</summary>
    public TestHall SecondNode(IInterceptor[]? interceptors = null) => new(Database, Options, [], interceptors ?? [], null);

    public async Task<PublishedDefinition> PublishAsync(string bpmn, string? note = null)
    {
        var draft = await Definitions.SaveDraftAsync(bpmn, "admin");
        Assert.True(draft.Saved, string.Join("; ", draft.Import.Problems));
        var outcome = await Definitions.PublishAsync(draft.Import.Definition!.Key, "admin", note);
        Assert.True(outcome.Published is not null, string.Join("; ", outcome.Problems));
        return outcome.Published!;
    }

    public Task<PublishedDefinition> PublishStandardAsync() =>
        PublishAsync(File.ReadAllText(Checkout.Combine("workflows", "standard-approval.bpmn")));

    public async ValueTask DisposeAsync()
    {
        if (System.IO.Directory.Exists(MaterialsRoot)) System.IO.Directory.Delete(MaterialsRoot, recursive: true);
        await Database.DisposeAsync();
    }

    private sealed class ContextFactory(HallDatabaseOptions options, IInterceptor[] interceptors) : IDbContextFactory<HallDbContext>
    {
        private readonly DbContextOptions<HallDbContext> _options =
            (DbContextOptions<HallDbContext>)HallDatabase.Configure(new DbContextOptionsBuilder<HallDbContext>(), options).AddInterceptors(interceptors).Options;

        public HallDbContext CreateDbContext() => new(_options);
    }

    /// <summary>A short BPMN process around the given body.</summary>
    public static string Bpmn(string processId, string body) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            xmlns:hall="https://workflowhall.org/schema/bpmn/hall/1.0"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://workflowhall.org/test">
          <bpmn:process id="{processId}" isExecutable="true">{body}</bpmn:process>
        </bpmn:definitions>
        """;
}
