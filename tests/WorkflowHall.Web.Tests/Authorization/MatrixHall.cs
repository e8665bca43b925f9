using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Data;
using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Materials;
using WorkflowHall.Data.Matters;
using WorkflowHall.Data.Organisations;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Web.Tests.Infrastructure;
using WorkflowHall.Web.Tests.Pages;

namespace WorkflowHall.Web.Tests.Authorization;

/// <summary>
/// The demo hall on one database with every persona signed in (a login cookie) and holding an API key, and
/// 刘卫东's field fire permit brought to each <see cref="CaseStage"/> through the case service, filed for him
/// by 孙丽, the agent of his village (古井社区). A case an entitled persona changes is replaced by a fresh one.
/// </summary>
public sealed class MatrixHall : IAsyncDisposable
{
    public const string FieldFirePermit = "11341602003060412P4000100361000";
    public const string ApplicantVillage = "bz-qc-gj-gujing";

    private readonly TestDatabase _database;
    private readonly Dictionary<Persona, BrowserSession> _sessions = [];
    private readonly Dictionary<Persona, string> _formTokens = [];
    private readonly Dictionary<CaseStage, FixtureCase> _cases = [];

    private MatrixHall(TestDatabase database, HallNode node)
    {
        _database = database;
        Node = node;
    }

    public HallNode Node { get; }

    public string Provider => _database.Provider;

    public IServiceProvider Services => Node.Services;

    /// <summary>The applicant as the directory knows him: what must never reach anyone else in full.</summary>
    public required PersonRecord ApplicantPerson { get; init; }

    /// <summary>The SHA-256 of a stored PDF, for forms that name an uploaded material.</summary>
    public required string StoredPdf { get; init; }

    public FixtureCase Case(CaseStage stage) => _cases[stage];

    public IEnumerable<FixtureCase> Cases => _cases.Values;

    public static async Task<MatrixHall> StartAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var settings = new Dictionary<string, string>
        {
            // Hundreds of sign-ins and look-ups from one address are the matrix, not an attack.
            ["Accounts:LoginAttemptsPerMinute"] = "100000",
            ["Accounts:TrackingLookupsPerMinute"] = "100000",
        };
        foreach (var persona in Personas.All.Where(p => !p.IsAnonymous))
        {
            settings[$"Hall:ApiKeys:{Personas.ApiKey(persona)}:Actor"] = persona.UserName!;
            foreach (var (role, index) in persona.Roles.Split(',').Select((r, i) => (r, i))) settings[$"Hall:ApiKeys:{Personas.ApiKey(persona)}:Roles:{index}"] = role;
        }
        var node = new HallNode(database) { Settings = settings }.Start();
        await using var db = await node.Services.GetRequiredService<IDbContextFactory<HallDbContext>>().CreateDbContextAsync();
        var pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8.ToArray();
        var stored = await node.Services.GetRequiredService<MaterialStore>().SaveAsync(new MemoryStream(pdf), "材料.pdf", pdf.Length);
        var hall = new MatrixHall(database, node)
        {
            ApplicantPerson = await db.People.AsNoTracking().SingleAsync(p => p.UserName == Personas.Applicant.UserName),
            StoredPdf = stored.Value!.Sha256,
        };
        foreach (var stage in Enum.GetValues<CaseStage>()) await hall.RenewAsync(stage);
        foreach (var persona in Personas.All) await hall.SignInAsync(persona);
        return hall;
    }

    /// <summary>The client of a persona at a door: the login cookie (pages) or the API key (the REST API). Redirects are not followed.</summary>
    public HttpClient Client(Persona persona, Door door)
    {
        if (door == Door.Cookie) return _sessions[persona].On(Node);
        var client = Node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (!persona.IsAnonymous) client.DefaultRequestHeaders.Add("X-Api-Key", Personas.ApiKey(persona));
        return client;
    }

    /// <summary>The persona's own antiforgery token (bound to their login), as any form of the hall gives it to them.</summary>
    public string FormToken(Persona persona) => _formTokens[persona];

    /// <summary>Signs the persona in again if a cell signed them out.</summary>
    public async Task KeepSignedInAsync(Persona persona)
    {
        if (!persona.IsAnonymous && _sessions[persona].Cookie(BrowserSession.LoginCookie) is null) await SignInAsync(persona);
    }

    private async Task SignInAsync(Persona persona)
    {
        var session = new BrowserSession();
        if (!persona.IsAnonymous)
        {
            var response = await session.SignInAsync(Node, Node, persona.UserName!, Personas.Password);
            Assert.True(response.StatusCode == System.Net.HttpStatusCode.Found, $"{persona} could not sign in: {(int)response.StatusCode}");
            Assert.NotNull(session.Cookie(BrowserSession.LoginCookie));
        }
        _sessions[persona] = session;
        // The home page carries the sign-out form (signed in) and the login page the login form (anonymous).
        var page = persona.IsAnonymous ? "/account/login" : "/";
        var fields = BrowserSession.HiddenFields(await (await session.GetAsync(Node, page)).Content.ReadAsStringAsync());
        Assert.True(fields.TryGetValue(BrowserSession.AntiforgeryField, out var token), $"no form token for {persona} on {page}");
        _formTokens[persona] = token!;
    }

    /// <summary>A fresh case at the stage, replacing the one there (after an entitled persona changed it).</summary>
    public async Task<FixtureCase> RenewAsync(CaseStage stage)
    {
        var services = Node.Services;
        var guide = (await services.GetRequiredService<MatterCatalog>().GetAsync(FieldFirePermit))!.Value.Guide;
        var materials = guide.Materials.Where(m => m.Mandatory)
            .Select(spec => new SubmittedMaterial(spec.Name) { Sha256 = StoredPdf, FileName = spec.Name + ".pdf" }).ToList();
        var request = new ApplyRequest(FieldFirePermit, ApplicantPerson.Number!, ApplicantPerson.Name, Personas.FilingAgent.UserName!)
        {
            ApplicantPhone = ApplicantPerson.Phone,
            AgentUnit = ApplicantVillage,
            Consent = "刘卫东签字的代办委托书（原件存村便民服务站）",
            ConsentDocumentSha256 = StoredPdf,
            ConsentDocumentFileName = CaseApplications.ConsentFormName + ".pdf",
            Form = new Dictionary<string, object?> { ["area"] = "古井镇古井社区承包林地", ["purpose"] = "烧除美国白蛾虫害枝叶" },
            Materials = materials,
        };
        var filed = Succeeded(await services.GetRequiredService<CaseApplications>().ApplyAsync(request), "apply");
        var actions = services.GetRequiredService<CaseActions>();
        if (stage == CaseStage.AwaitingSupplement)
        {
            Succeeded(await actions.RequestSupplementAsync(filed.Id, "wang.fang", [materials[0].MaterialName]), "ask for a supplement");
        }
        if (stage is CaseStage.InReview or CaseStage.Issued) Succeeded(await actions.AcceptAsync(filed.Id, "wang.fang", "材料齐全，予以受理"), "accept");
        if (stage == CaseStage.Issued)
        {
            Succeeded(await actions.ReviewAsync(filed.Id, "chen.zhiqiang", "用火方案可行"), "review");
            Succeeded(await actions.ApproveAsync(filed.Id, "yang.jianjun", "准予在批准时段用火"), "approve");
            Succeeded(await actions.IssueAsync(filed.Id, "huang.li", null), "issue");
        }
        return _cases[stage] = await ReadAsync(stage, filed.Id);
    }

    private async Task<FixtureCase> ReadAsync(CaseStage stage, string caseId)
    {
        await using var db = await Node.Services.GetRequiredService<IDbContextFactory<HallDbContext>>().CreateDbContextAsync();
        var record = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId);
        var instance = await db.Instances.AsNoTracking().SingleAsync(i => i.Id == caseId);
        var open = await db.WorkItems.AsNoTracking().Where(w => w.InstanceId == caseId).OrderBy(w => w.OpenedAt).FirstOrDefaultAsync();
        var trailItems = await db.TrailEvents.AsNoTracking().Where(e => e.InstanceId == caseId && e.WorkItemId != null)
            .OrderBy(e => e.Sequence).Select(e => new { e.WorkItemId, e.NodeId }).ToListAsync();
        var directory = await Node.Services.GetRequiredService<HallDirectory>().GetAsync();
        var reach = directory.Ancestry(record.HandlingUnit).Select(u => u.Code).Append(record.HandlingUnit).ToHashSet(StringComparer.Ordinal);
        var post = open?.CandidatePost;
        var mayAct = post is null ? [] : Personas.All.Where(p => p.UserName is { } user && reach.Any(unit => directory.Holds(user, post, unit)))
            .Select(p => p.UserName!).ToHashSet(StringComparer.Ordinal);
        return new FixtureCase(stage, record)
        {
            DefinitionKey = instance.DefinitionKey,
            DefinitionVersion = instance.DefinitionVersion,
            WorkItemId = open?.EngineId ?? trailItems.Last().WorkItemId!,
            OpenStepPost = post,
            OpenStepActions = open is null ? [] : await ActionsOfAsync(db, instance.DefinitionKey, instance.DefinitionVersion, open.NodeId),
            FirstStepNodeId = trailItems.First().NodeId!,
            MaterialId = await db.CaseMaterials.AsNoTracking().Where(m => m.CaseId == caseId).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(),
            CertificateIdentifier = await db.Certificates.AsNoTracking().Where(c => c.CaseId == caseId).Select(c => c.Identifier).FirstOrDefaultAsync(),
            MayActOnStep = mayAct,
        };
    }

    private static async Task<IReadOnlyList<string>> ActionsOfAsync(HallDbContext db, string key, int version, string nodeId)
    {
        var bpmn = await db.DefinitionVersions.AsNoTracking().Where(d => d.Key == key && d.Version == version).Select(d => d.Bpmn).SingleAsync();
        var node = System.Xml.Linq.XDocument.Parse(bpmn).Descendants().Single(e => (string?)e.Attribute("id") == nodeId);
        return node.Attributes().FirstOrDefault(a => a.Name.LocalName == "actions")?.Value.Split(',', StringSplitOptions.TrimEntries) ?? [];
    }

    private static CaseRecord Succeeded(HallResult<CaseRecord> result, string step)
    {
        Assert.True(result.Succeeded, $"the matrix case could not {step}: {result.Error}");
        return result.Value!;
    }

    public async ValueTask DisposeAsync()
    {
        await Node.DisposeAsync();
        await _database.DisposeAsync();
    }
}
