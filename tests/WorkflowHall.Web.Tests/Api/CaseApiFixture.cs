using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Data;
using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Materials;
using WorkflowHall.Data.Matters;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Api;

/// <summary>
/// A node with the demo hall, API keys for people of its directory, and one case: 刘卫东 of 古井社区 applied
/// for the field fire permit, handled by 谯城区林业局 (bz-qc-forestry); and <see cref="Infrastructure.Cases.Definition"/> published for bare instances.
/// </summary>
public sealed class CaseApiFixture : IAsyncLifetime, IAsyncDisposable
{
    public const string FieldFirePermit = "11341602003060412P4000100361000";

    /// <summary>Key → (actor, role): people of the demo hall, as other systems would call for them.</summary>
    public static readonly IReadOnlyDictionary<string, (string Actor, string Role)> Keys = new Dictionary<string, (string, string)>
    {
        ["key-liu"] = ("liu.weidong", "applicant"),           // the applicant
        ["key-zhang"] = ("zhang.li", "applicant"),            // another applicant
        ["key-wang-fang"] = ("wang.fang", "clerk"),           // window clerk of the forestry bureau
        ["key-zhao"] = ("zhao.jing", "clerk"),                // supervision at the district above it
        ["key-zhou"] = ("zhou.min", "clerk"),                 // window clerk of the city's emergency bureau
        ["key-sun"] = ("sun.li", "clerk,agent"),              // the village agent of 古井社区
        ["key-zhang-jianguo"] = ("zhang.jianguo", "clerk,agent"), // the village agent of 张集村
        ["key-li"] = ("li.xiuying", "applicant"),             // a villager of 张集村
        ["key-feng"] = ("feng.xue", "auditor"),
        ["key-qian"] = ("qian.lei", "admin"),
        ["key-chen"] = ("chen.zhiqiang", "clerk"),            // section review of the forestry bureau
        ["key-yang"] = ("yang.jianjun", "clerk"),             // leader approval (and agency head) of the forestry bureau
        ["key-huang"] = ("huang.li", "clerk"),                // issuing of the forestry bureau
    };

    private readonly string _provider;
    private TestDatabase? _database;
    private ApplyRequest? _request;

    /// <summary>On SQLite, as a class fixture.</summary>
    public CaseApiFixture() : this(TestDatabase.Sqlite)
    {
    }

    private CaseApiFixture(string provider) => _provider = provider;

    /// <summary>On the given provider, for a test of its own (dispose it).</summary>
    public static async Task<CaseApiFixture> StartAsync(string provider)
    {
        var fixture = new CaseApiFixture(provider);
        await fixture.InitializeAsync();
        return fixture;
    }

    public HallNode Node { get; private set; } = null!;

    public CaseRecord Case { get; private set; } = null!;

    /// <summary>A second case of the same applicant, accepted by the window clerk: its legal clock runs.</summary>
    public CaseRecord Accepted { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(_provider);
        var settings = new Dictionary<string, string>();
        foreach (var (key, (actor, role)) in Keys)
        {
            settings[$"Hall:ApiKeys:{key}:Actor"] = actor;
            foreach (var (name, index) in role.Split(',').Select((r, i) => (r, i))) settings[$"Hall:ApiKeys:{key}:Roles:{index}"] = name;
        }
        Node = new HallNode(_database) { Settings = settings }.Start();

        var services = Node.Services;
        var catalog = services.GetRequiredService<MatterCatalog>();
        var store = services.GetRequiredService<MaterialStore>();
        var guide = (await catalog.GetAsync(FieldFirePermit))!.Value.Guide;
        var pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8.ToArray();
        var materials = new List<SubmittedMaterial>();
        foreach (var spec in guide.Materials.Where(m => m.Mandatory))
        {
            var stored = await store.SaveAsync(new MemoryStream(pdf), spec.Name + ".pdf", pdf.Length);
            materials.Add(new SubmittedMaterial(spec.Name) { Sha256 = stored.Value!.Sha256, FileName = spec.Name + ".pdf" });
        }
        await using var db = await services.GetRequiredService<IDbContextFactory<HallDbContext>>().CreateDbContextAsync();
        var applicant = await db.People.SingleAsync(p => p.UserName == "liu.weidong");
        var request = new ApplyRequest(FieldFirePermit, applicant.Number!, applicant.Name, applicant.UserName)
        {
            ApplicantPhone = applicant.Phone,
            Form = new Dictionary<string, object?> { ["area"] = "古井镇古井社区承包林地", ["purpose"] = "烧除美国白蛾虫害枝叶" },
            Materials = materials,
        };
        _request = request;
        var applications = services.GetRequiredService<CaseApplications>();
        Case = Succeeded(await applications.ApplyAsync(request));
        var second = Succeeded(await applications.ApplyAsync(request));
        Accepted = Succeeded(await services.GetRequiredService<CaseActions>().AcceptAsync(second.Id, "wang.fang", "材料齐全，予以受理"));

        // A workflow no matter uses, for bare instances other systems start (the matters' own start from applications).
        var admin = Client("key-qian");
        await (await admin.PostXmlAsync("/api/definitions", Infrastructure.Cases.Bare(SampleBpmn.Standard()))).ExpectAsync(200);
        await (await admin.PostJsonAsync($"/api/definitions/{Infrastructure.Cases.Definition}/publish", new { })).ExpectAsync(201);
    }

    /// <summary>刘卫东 applies for the field fire permit once more, on the workflow's latest version.</summary>
    public async Task<CaseRecord> ApplyAgainAsync() => Succeeded(await Node.Services.GetRequiredService<CaseApplications>().ApplyAsync(_request!));

    private static CaseRecord Succeeded(HallResult<CaseRecord> result)
    {
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Value!;
    }

    public HttpClient Client(string? key)
    {
        var client = Node.CreateClient();
        if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    public async Task DisposeAsync()
    {
        await Node.DisposeAsync();
        await _database!.DisposeAsync();
    }
}
