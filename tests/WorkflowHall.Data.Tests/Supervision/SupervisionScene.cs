using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Data.Records.Supervision;
using WorkflowHall.Data.Supervision;
using WorkflowHall.Engine.Time;
using static WorkflowHall.Data.Tests.Infrastructure.SampleHall;

namespace WorkflowHall.Data.Tests.Supervision;

using WorkflowHall.Data.Tests.Infrastructure;

/// <summary>
/// The sample county hall with supervisors: 郑 holds the supervising post in the county (the unit above
/// the forestry bureau), 吴 in the city above it, and 钱 in the bureau itself. Cases of the fire-permit
/// matter run the standard process: 受理 5 working days (warning 1 before), 审核 10 (warning 2 before).
/// </summary>
public static class SupervisionScene
{
    public const string CountySupervisor = "zheng.jc";
    public const string CitySupervisor = "wu.jc";
    public const string BureauSupervisor = "qian.jc";

    public static async Task<TestHall> CreateAsync(string provider)
    {
        var hall = await SampleHall.CreateAsync(provider);
        await using (var db = await hall.Contexts.CreateDbContextAsync())
        {
            foreach (var (user, unit) in new[] { (CountySupervisor, County), (CitySupervisor, "bz"), (BureauSupervisor, Forestry) })
            {
                db.People.Add(new PersonRecord { UserName = user, Name = user, Kind = "staff" });
                db.PostHoldings.Add(new PostHoldingRecord { UserName = user, Post = "supervision", UnitCode = unit });
            }
            await db.SaveChangesAsync();
        }
        hall.Directory.Invalidate();
        return hall;
    }

    /// <summary>A China wall-clock time in December 2026 (T0 is Tue 12-01 09:00).</summary>
    public static DateTimeOffset December(int day, int hour, int minute = 0) => new(2026, 12, day, hour, minute, 0, HallTime.Offset);

    /// <summary>The end of a China day in December 2026, as the log stores it (UTC).</summary>
    public static DateTime EndOfDecember(int day) => new DateTimeOffset(2026, 12, day, 23, 59, 59, HallTime.Offset).UtcDateTime;

    public static void MoveTo(this TestHall hall, DateTimeOffset at) => hall.Clock.Advance(at - hall.Clock.GetUtcNow());

    public static async Task<CaseRecord> ApplyAsync(TestHall hall)
    {
        var form = await hall.Materials.SaveAsync(new MemoryStream(Pdf), "申请表.pdf", Pdf.Length);
        var id = await hall.Materials.SaveAsync(new MemoryStream(Pdf), "身份证.pdf", Pdf.Length);
        var applied = await hall.Applications.ApplyAsync(new ApplyRequest(MatterCode, Applicant, "王强", "applicant-wang")
        {
            Form = new Dictionary<string, object?> { ["area"] = "古井镇北山林地", ["days"] = 2 },
            Materials = [new SubmittedMaterial("野外用火申请表") { Sha256 = form.Value!.Sha256 }, new SubmittedMaterial("申请人身份证明") { Sha256 = id.Value!.Sha256 }],
        });
        Assert.True(applied.Succeeded, applied.Error?.ToString());
        return applied.Value!;
    }

    public static void Ok(HallResult<CaseRecord> result) => Assert.True(result.Succeeded, result.Error?.ToString());

    public static async Task<List<SupervisionRecord>> LogAsync(TestHall hall)
    {
        await using var db = await hall.Contexts.CreateDbContextAsync();
        return await db.SupervisionLog.AsNoTracking().OrderBy(r => r.Sequence).ToListAsync();
    }

    public static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    public static string StepId(string caseId, string nodeId, List<SupervisionRecord> log) =>
        log.First(r => r.CaseId == caseId && r.NodeId == nodeId).SubjectId;
}
