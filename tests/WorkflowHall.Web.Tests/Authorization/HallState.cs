using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Data;

namespace WorkflowHall.Web.Tests.Authorization;

/// <summary>
/// A fingerprint of the database taken around every mutating request: the matrix's cases in full, and counts
/// of what else a request could create or change (instances, cases in the applicant's name, the hall's own setup).
/// </summary>
public sealed record HallState(IReadOnlyDictionary<CaseStage, CaseState> Cases, int Instances, int AllCases, int CasesInApplicantsName,
    IReadOnlyDictionary<string, string> Setup)
{
    public static async Task<HallState> ReadAsync(MatrixHall hall)
    {
        await using var db = await hall.Services.GetRequiredService<IDbContextFactory<HallDbContext>>().CreateDbContextAsync();
        var cases = new Dictionary<CaseStage, CaseState>();
        foreach (var fixture in hall.Cases)
        {
            var id = fixture.InstanceId;
            var row = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == id);
            var instance = await db.Instances.AsNoTracking().SingleAsync(i => i.Id == id);
            var steps = await db.WorkItems.AsNoTracking().Where(w => w.InstanceId == id).OrderBy(w => w.Id)
                .Select(w => w.NodeId + ":" + w.Status + ":" + w.Assignee).ToListAsync();
            cases[fixture.Stage] = new CaseState(JsonSerializer.Serialize(row), row.Revision, row.Status, instance.Status, instance.Revision, instance.TrailLength,
                string.Join(",", steps),
                await db.CaseMaterials.CountAsync(m => m.CaseId == id),
                await db.Ratings.CountAsync(r => r.CaseId == id),
                await db.Certificates.CountAsync(c => c.CaseId == id),
                await db.SpecialProcedures.CountAsync(s => s.CaseId == id));
        }
        var number = hall.ApplicantPerson.Number!;
        var setup = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["definition versions"] = Digest(await db.DefinitionVersions.AsNoTracking().Select(d => d.Key + d.Version + d.RetiredAt).ToListAsync()),
            ["definition drafts"] = Digest(await db.DefinitionDrafts.AsNoTracking().ToListAsync()),
            ["matters"] = Digest(await db.Matters.AsNoTracking().ToListAsync()),
            ["matter versions"] = (await db.MatterVersions.CountAsync()).ToString(),
            ["organisation units"] = Digest(await db.OrgUnits.AsNoTracking().ToListAsync()),
            ["post holdings"] = Digest(await db.PostHoldings.AsNoTracking().Select(h => h.UserName + h.Post + h.UnitCode).ToListAsync()),
            ["people"] = Digest(await db.People.AsNoTracking().ToListAsync()),
            ["calendar years"] = Digest(await db.CalendarYears.AsNoTracking().Select(y => y.Year + y.Json).ToListAsync()),
            ["hall settings"] = Digest(await db.HallSettings.AsNoTracking().Select(h => h.Key + h.Json).ToListAsync()),
        };
        return new HallState(cases, await db.Instances.CountAsync(), await db.Cases.CountAsync(),
            await db.Cases.CountAsync(c => c.ApplicantNumber == number), setup);
    }

    /// <summary>How many rows and a hash of them all: a change of any row shows, and the count says what kind.</summary>
    private static string Digest<T>(IReadOnlyCollection<T> rows) =>
        $"{rows.Count} rows #{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            string.Join("\n", rows.Select(r => JsonSerializer.Serialize(r)).Order(StringComparer.Ordinal)))))[..12]}";
}
