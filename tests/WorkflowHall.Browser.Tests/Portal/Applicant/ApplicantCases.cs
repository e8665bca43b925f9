using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Browser.Tests.Infrastructure;
using WorkflowHall.Data;
using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Materials;
using WorkflowHall.Data.Matters;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Matters;
using WorkflowHall.Web.Cases;

namespace WorkflowHall.Browser.Tests.Portal.Applicant;

/// <summary>The demo matters these tests use, and cases arranged through the hall's own services (as a clerk at the window would).</summary>
internal static class ApplicantCases
{
    /// <summary>野外用火审批 (谯城区林业局, standard approval): liu.weidong's demo matter.</summary>
    public const string FieldFirePermit = "11341602003060412P4000100361000";
    /// <summary>最低生活保障 (town accepts; village agent submits): li.xiuying's, through zhang.jianguo of 张集村.</summary>
    public const string MinimumLivingAllowance = "1134160200305993X34000700321000";
    /// <summary>城市公共租赁住房保障资格认定: zhang.li's demo matter.</summary>
    public const string PublicRentalHousing = "11341602003060842H4000700436000";
    /// <summary>残疾人证核发: wang.jianguo's demo matter; its result is a certificate other matters accept as a material.</summary>
    public const string DisabilityCertificate = "13341602003062522N4002000412001";

    /// <summary>A small file the material store takes for a PDF (it checks the first bytes), padded to <paramref name="size"/> bytes when given.</summary>
    public static byte[] Pdf(string text, int size = 0)
    {
        var bytes = Encoding.UTF8.GetBytes($"%PDF-1.4\n% {text}\n%%EOF\n");
        return size > bytes.Length ? [.. bytes, .. Enumerable.Repeat((byte)' ', size - bytes.Length)] : bytes;
    }

    public static T Service<T>(this HallServer hall) where T : notnull
    {
        _ = hall.BaseUrl; // the services are the running server's
        return hall.Services.GetRequiredService<T>();
    }

    public static async Task<ServiceGuide> GuideAsync(this HallServer hall, string implementationCode) =>
        (await hall.Service<MatterCatalog>().GetAsync(implementationCode))!.Value.Guide;

    public static Task<CaseDossier?> DossierAsync(this HallServer hall, string caseNumber) => hall.Service<CaseDossierQuery>().ByNumberAsync(caseNumber);

    public static async Task<int> CaseCountAsync(this HallServer hall)
    {
        await using var db = await hall.Service<IDbContextFactory<HallDbContext>>().CreateDbContextAsync();
        return await db.Cases.CountAsync();
    }

    /// <summary>A demo person applies for a matter with a PDF for every required material.</summary>
    public static async Task<CaseRecord> ApplyAsync(this HallServer hall, string userName, string implementationCode)
    {
        PersonRecord person;
        await using (var db = await hall.Service<IDbContextFactory<HallDbContext>>().CreateDbContextAsync())
        {
            person = await db.People.SingleAsync(p => p.UserName == userName);
        }
        var guide = await hall.GuideAsync(implementationCode);
        var materials = new List<SubmittedMaterial>();
        foreach (var spec in guide.Materials.Where(m => m.Mandatory))
        {
            var bytes = Pdf(spec.Name);
            var stored = await hall.Service<MaterialStore>().SaveAsync(new MemoryStream(bytes), spec.Name + ".pdf", bytes.Length);
            materials.Add(new SubmittedMaterial(spec.Name) { Sha256 = stored.Value!.Sha256, FileName = spec.Name + ".pdf" });
        }
        var applied = await hall.Service<CaseApplications>().ApplyAsync(new ApplyRequest(implementationCode, person.Number!, person.Name, userName)
        {
            ApplicantPhone = person.Phone,
            Form = new Dictionary<string, object?> { ["contactPhone"] = person.Phone, ["purpose"] = "演示申请" },
            Materials = materials,
        });
        Assert.True(applied.Succeeded, applied.Error?.ToString());
        return applied.Value!;
    }

    public static async Task<CaseRecord> SucceedsAsync(this Task<HallResult<CaseRecord>> action)
    {
        var result = await action;
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Value!;
    }
}
