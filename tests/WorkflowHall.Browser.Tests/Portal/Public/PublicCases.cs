using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Browser.Tests.Infrastructure;
using WorkflowHall.Data;
using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Certificates;
using WorkflowHall.Data.Materials;
using WorkflowHall.Data.Ratings;
using WorkflowHall.Data.Records.Hall;

namespace WorkflowHall.Browser.Tests.Portal.Public;

/// <summary>
/// Cases for the public pages, arranged through the hall's own services: 刘卫东 applies for the field-fire
/// permit of 谯城区林业局 and its clerks take it as far as a test needs.
/// </summary>
internal sealed class PublicCases(HallServer hall)
{
    public const string FireMatter = "11341602003060412P4000100361000";
    public const string ApplicantUser = "liu.weidong";
    public const string ApplicantName = "刘卫东";
    public const string ApplicantNumber = "341602196802270531";
    public const string ApplicantPhone = "13637187450";

    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8.ToArray();

    private T Service<T>() where T : notnull
    {
        _ = hall.BaseUrl; // the server (and its seeded demo hall) is up before its services are used
        return hall.Services.GetRequiredService<T>();
    }

    public async Task<CaseRecord> ApplyAsync()
    {
        var store = Service<MaterialStore>();
        var materials = new List<SubmittedMaterial>();
        foreach (var name in new[] { "野外用火申请表", "申请人（或经办人）居民身份证", "用火方案及防火措施", "林地权属证明或经营者同意用火的书面材料" })
        {
            var saved = await store.SaveAsync(new MemoryStream(Pdf), name + ".pdf", Pdf.Length);
            Assert.True(saved.Succeeded, saved.Error?.ToString());
            materials.Add(new SubmittedMaterial(name) { Sha256 = saved.Value!.Sha256, FileName = name + ".pdf" });
        }
        var applied = await Service<CaseApplications>().ApplyAsync(new ApplyRequest(FireMatter, ApplicantNumber, ApplicantName, ApplicantUser)
        {
            ApplicantPhone = ApplicantPhone,
            Form = new Dictionary<string, object?> { ["area"] = "古井镇古井社区承包林地", ["days"] = 1 },
            Materials = materials,
        });
        Assert.True(applied.Succeeded, applied.Error?.ToString());
        return applied.Value!;
    }

    public async Task AcceptAsync(CaseRecord applied) =>
        Ok(await Service<CaseActions>().AcceptAsync(applied.Id, "wang.fang", "材料齐全，予以受理"));

    /// <summary>Applies and drives the case to its certificate (受理 → 审核 → 审批 → 发证); returns the case and the certificate's identifier.</summary>
    public async Task<(CaseRecord Case, string Certificate)> IssuedAsync()
    {
        var applied = await ApplyAsync();
        var actions = Service<CaseActions>();
        await AcceptAsync(applied);
        Ok(await actions.ReviewAsync(applied.Id, "chen.zhiqiang", "用火方案可行"));
        Ok(await actions.ApproveAsync(applied.Id, "yang.jianjun", "同意"));
        Ok(await actions.IssueAsync(applied.Id, "huang.li", "电子证照"));
        await using var db = await Service<IDbContextFactory<HallDbContext>>().CreateDbContextAsync();
        var identifier = await db.Certificates.Where(c => c.CaseId == applied.Id).Select(c => c.Identifier).SingleAsync();
        return (applied, identifier);
    }

    public CertificateService Certificates => Service<CertificateService>();

    public RatingService Ratings => Service<RatingService>();

    private static void Ok(HallResult<CaseRecord> result) => Assert.True(result.Succeeded, result.Error?.ToString());
}
