using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Browser.Tests.Infrastructure;
using WorkflowHall.Data;
using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Materials;
using WorkflowHall.Data.Organisations;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Web.Accounts;
using WorkflowHall.Web.Security;

namespace WorkflowHall.Browser.Tests.Workbench;

/// <summary>Cases of the demo hall arranged through the hall's own services, as an applicant or an agent would file them.</summary>
internal static class WorkbenchCases
{
    public const string FirePermit = "11341602003060412P4000100361000";
    public const string RentalHousing = "11341602003060842H4000700436000";
    public const string LivingAllowance = "1134160200305993X34000700321000";

    public const string LiuWeidongNumber = "341602196802270531";
    public const string LiuWeidongPhone = "13637187450";
    public const string IdCardType = "111000000000193186001";
    public const string IdCardIdentifier = "1.2.156.3005.2.111000000000193186001.11100000000013338W.2020LWD.001.X";

    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"u8.ToArray();

    /// <summary>A 160×100 green chequered PNG (a scanned plan stands in).</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAKAAAABkCAIAAACO1KzYAAABDUlEQVR42u3coQ0AIAxFwU6EYD8GRuKQ3aGiorkE/5N3tiHev+W3zi4/uz27ITRgoQELDRgwYLuA7QK2Cxiw0ICFBiw0YLuA7QK2Cxiw0ICFBiw0YMCtwGLN3gUMWGjAQgMGDNguYLuA7QIGLDRgoQELDdguYLuA7QIGLDRgoQELDRhwL7BYriqFBiw0YMCA7QK2C9guYMBCAxYasNCA7QK2C9guYMBCAxYasNCAAQO2658su64q7QIGLDRgoQELDdguYLuA7QIGLDRgoQELDdguYLuA7QIGLDRgoQEL7Z8sSK4q7QK2C9guYMBCAxYasNCA7QK2C9guYMBCAxYasNCAAQO2C9guYMBCj95N+Hgjfu5Tk4oAAAAASUVORK5CYII=");

    /// <summary>刘卫东's field-fire permit: the application form and the burning plan (a picture) uploaded, the ID card a certificate he holds.</summary>
    public static async Task<CaseRecord> ApplyForFirePermitAsync(HallServer hall)
    {
        await HoldIdCardAsync(hall);
        var form = await UploadAsync(hall, Pdf, "野外用火申请表.pdf");
        var plan = await UploadAsync(hall, Png, "用火方案.png");
        var land = await UploadAsync(hall, Pdf, "林地承包合同.pdf");
        return await ApplyAsync(hall, new ApplyRequest(FirePermit, LiuWeidongNumber, "刘卫东", "liu.weidong")
        {
            ApplicantPhone = LiuWeidongPhone,
            Form = new Dictionary<string, object?> { ["用火地点"] = "古井镇古井社区东山林地", ["用火天数"] = 2 },
            Materials =
            [
                new SubmittedMaterial("野外用火申请表") { Sha256 = form, FileName = "野外用火申请表.pdf" },
                new SubmittedMaterial("申请人（或经办人）居民身份证") { CertificateIdentifier = IdCardIdentifier },
                new SubmittedMaterial("用火方案及防火措施") { Sha256 = plan, FileName = "用火方案.png" },
                new SubmittedMaterial("林地权属证明或经营者同意用火的书面材料") { Sha256 = land, FileName = "林地承包合同.pdf" },
            ],
        });
    }

    /// <summary>张丽's public rental housing application (谯城区住建局, where 王芳 and 李娜 both accept).</summary>
    public static async Task<CaseRecord> ApplyForRentalHousingAsync(HallServer hall)
    {
        var file = await UploadAsync(hall, Pdf, "材料.pdf");
        string[] names = ["公共租赁住房申请表", "申请人及共同申请家庭成员居民身份证", "居民户口簿", "婚姻状况证明", "收入证明", "住房、收入、财产信息核查授权书"];
        return await ApplyAsync(hall, new ApplyRequest(RentalHousing, "34160219960509048X", "张丽", "zhang.li")
        {
            ApplicantPhone = "15055814627",
            Materials = [.. names.Select(n => new SubmittedMaterial(n) { Sha256 = file, FileName = n + ".pdf" })],
        });
    }

    /// <summary>张集村's agent 张建国 applies for 李秀英's minimum living allowance, with her signed authorisation.</summary>
    public static async Task<CaseRecord> AgentAppliesForLivingAllowanceAsync(HallServer hall)
    {
        var file = await UploadAsync(hall, Pdf, "材料.pdf");
        string[] names = ["最低生活保障申请书", "申请人居民身份证", "居民户口簿", "家庭经济状况核对授权书", "家庭收入和财产状况声明"];
        return await ApplyAsync(hall, new ApplyRequest(LivingAllowance, "341602195203140626", "李秀英", "zhang.jianguo")
        {
            ApplicantPhone = "13956701248",
            AgentUnit = "bz-qc-gj-zhangji",
            Consent = "李秀英在张集村便民服务点当面签署",
            ConsentDocumentSha256 = file,
            ConsentDocumentFileName = "代办委托书.pdf",
            Materials = [.. names.Select(n => new SubmittedMaterial(n) { Sha256 = file, FileName = n + ".pdf" })],
        });
    }

    /// <summary>A clerk of 涡阳县, who must see nothing of 谯城区's cases.</summary>
    public static async Task CreateOtherCountyClerkAsync(HallServer hall, string userName)
    {
        await using (var scope = hall.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<HallAccount>>();
            var account = new HallAccount { UserName = userName, DisplayName = "涡阳县窗口" };
            Assert.True((await users.CreateAsync(account, HallServer.DemoPassword)).Succeeded);
            Assert.True((await users.AddToRoleAsync(account, HallRoles.Clerk)).Succeeded);
        }
        await using (var db = await Contexts(hall).CreateDbContextAsync())
        {
            db.People.Add(new PersonRecord { UserName = userName, Name = "孟涡阳", Kind = "staff" });
            db.PostHoldings.Add(new PostHoldingRecord { UserName = userName, Post = "window-acceptance", UnitCode = "bz-gy" });
            await db.SaveChangesAsync();
        }
        hall.Services.GetRequiredService<HallDirectory>().Invalidate();
    }

    public static async Task<CaseRecord> LoadAsync(HallServer hall, string caseId)
    {
        await using var db = await Contexts(hall).CreateDbContextAsync();
        return await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId);
    }

    public static async Task<int> TrailLengthAsync(HallServer hall, string caseId)
    {
        await using var db = await Contexts(hall).CreateDbContextAsync();
        return await db.TrailEvents.CountAsync(e => e.InstanceId == caseId);
    }

    /// <summary>Moves the open step's deadline (and its warning) in the inbox's read model, to see how the inbox colours it.</summary>
    public static async Task SetStepDeadlineAsync(HallServer hall, string caseId, DateTime dueAt, DateTime? warningAt)
    {
        await using var db = await Contexts(hall).CreateDbContextAsync();
        var item = await db.WorkItems.SingleAsync(w => w.InstanceId == caseId);
        item.DueAt = dueAt;
        item.WarningAt = warningAt;
        await db.SaveChangesAsync();
    }

    public static IDbContextFactory<HallDbContext> Contexts(HallServer hall) => hall.Services.GetRequiredService<IDbContextFactory<HallDbContext>>();

    private static async Task HoldIdCardAsync(HallServer hall)
    {
        await using var db = await Contexts(hall).CreateDbContextAsync();
        db.Certificates.Add(new CertificateRecord
        {
            Identifier = IdCardIdentifier, CaseId = "earlier", ImplementationCode = "id-card", TypeCode = IdCardType, Name = "居民身份证",
            HolderNumber = LiuWeidongNumber, HolderName = "刘卫东", IssuerUscc = "11100000000013338W", IssuerName = "亳州市公安局谯城分局",
            IssuedAt = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), Status = "Valid", SurfaceJson = "{}", Signature = "s", KeyId = "k",
        });
        await db.SaveChangesAsync();
    }

    public static async Task<string> UploadAsync(HallServer hall, byte[] bytes, string fileName)
    {
        var saved = await hall.Services.GetRequiredService<MaterialStore>().SaveAsync(new MemoryStream(bytes), fileName, bytes.Length);
        Assert.True(saved.Succeeded, saved.Error?.ToString());
        return saved.Value!.Sha256;
    }

    private static async Task<CaseRecord> ApplyAsync(HallServer hall, ApplyRequest request)
    {
        var applied = await hall.Services.GetRequiredService<CaseApplications>().ApplyAsync(request);
        Assert.True(applied.Succeeded, applied.Error?.ToString());
        return applied.Value!;
    }
}
