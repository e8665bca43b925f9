using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Browser.Tests.Infrastructure;
using WorkflowHall.Data;
using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Materials;
using WorkflowHall.Data.Records;
using WorkflowHall.Data.Records.Hall;

namespace WorkflowHall.Browser.Tests.Admin.Workflows;

/// <summary>Cases and definitions of the demo hall, arranged and read through the hall's own services.</summary>
internal static class DesignerCases
{
    /// <summary>谯城区's field-fire permit (野外用火审批), which runs the standard approval workflow.</summary>
    public const string FirePermit = "11341602003060412P4000100361000";
    public const string FirePermitWorkflow = "standard-approval";

    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"u8.ToArray();

    /// <summary>刘卫东 applies for a field-fire permit with every material uploaded.</summary>
    public static async Task<CaseRecord> ApplyForFirePermitAsync(HallServer hall)
    {
        var store = hall.Services.GetRequiredService<MaterialStore>();
        var saved = await store.SaveAsync(new MemoryStream(Pdf), "材料.pdf", Pdf.Length);
        Assert.True(saved.Succeeded, saved.Error?.ToString());
        string[] names = ["野外用火申请表", "申请人（或经办人）居民身份证", "用火方案及防火措施", "林地权属证明或经营者同意用火的书面材料"];
        var applied = await hall.Services.GetRequiredService<CaseApplications>().ApplyAsync(
            new ApplyRequest(FirePermit, "341602196802270531", "刘卫东", "liu.weidong")
            {
                ApplicantPhone = "13637187450",
                Form = new Dictionary<string, object?> { ["用火地点"] = "古井镇古井社区东山林地", ["用火天数"] = 2 },
                Materials = [.. names.Select(n => new SubmittedMaterial(n) { Sha256 = saved.Value!.Sha256, FileName = n + ".pdf" })],
            });
        Assert.True(applied.Succeeded, applied.Error?.ToString());
        return applied.Value!;
    }

    public static async Task<InstanceRecord> InstanceAsync(HallServer hall, string caseId)
    {
        await using var db = await Contexts(hall).CreateDbContextAsync();
        return await db.Instances.AsNoTracking().SingleAsync(i => i.Id == caseId);
    }

    public static async Task<WorkItemRecord> OpenStepAsync(HallServer hall, string caseId)
    {
        await using var db = await Contexts(hall).CreateDbContextAsync();
        return await db.WorkItems.AsNoTracking().SingleAsync(w => w.InstanceId == caseId);
    }

    private static IDbContextFactory<HallDbContext> Contexts(HallServer hall) => hall.Services.GetRequiredService<IDbContextFactory<HallDbContext>>();
}
