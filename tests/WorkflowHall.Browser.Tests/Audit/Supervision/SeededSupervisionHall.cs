using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Browser.Tests.Infrastructure;
using WorkflowHall.Data;
using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Materials;
using WorkflowHall.Data.Matters;
using WorkflowHall.Data.Organisations;
using WorkflowHall.Data.Ratings;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Data.Seeding;
using WorkflowHall.Data.Supervision;
using WorkflowHall.Domain.Ratings;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Browser.Tests.Audit.Supervision;

/// <summary>
/// One hall for the <see cref="SeededSupervisionCollection"/>, filled as the CLI's <c>seed</c> fills one: the demo hall, then cases in every
/// state made through the real services by the seeder (over three months up to eight days ago), then the
/// supervision sweep run on them a week ago and today, the applicant of one red case withdrawing it in
/// between (so the log has corrections), and closed cases rated, some bad ratings rectified.
/// </summary>
public sealed class SeededSupervisionHall : IAsyncLifetime
{
    public const int Cases = 60;

    public HallServer Hall { get; } = new();

    public DateTimeOffset Until { get; private set; }

    /// <summary>The case whose withdrawal corrected its red records.</summary>
    public string WithdrawnCaseNumber { get; private set; } = "";

    public IDbContextFactory<HallDbContext> Contexts => Hall.Services.GetRequiredService<IDbContextFactory<HallDbContext>>();

    public T Get<T>() where T : notnull => Hall.Services.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        var now = Get<TimeProvider>().GetUtcNow();
        Until = now.AddDays(-8);
        var seeder = new HallSeeder(Contexts, Get<HallDatabaseOptions>(), Get<DefinitionStore>(), Get<MatterCatalog>(), Get<HallDirectory>(), Get<WorkingDayCalendar>());
        await seeder.RunAsync(new SeedOptions { Cases = Cases, Seed = 2026, From = Until.AddMonths(-3), Until = Until }, Applicants(16), Get<MaterialStore>(), SeedMode.Services);

        // The sweep a day after the last action (time moved back), then today's, after one red case was withdrawn:
        // warnings of the cases still open have turned red since, and the withdrawn case's breaches are corrected.
        await SweepAt(Until.AddDays(1)).RunAsync();
        await WithdrawOneRedCaseAsync();
        await Get<SupervisionSweep>().RunAsync();
        await RateAsync();
    }

    public async Task DisposeAsync() => await Hall.DisposeAsync();

    /// <summary>The sweep as the scheduler runs it, but with its clock at <paramref name="now"/>.</summary>
    private SupervisionSweep SweepAt(DateTimeOffset now) =>
        new(Contexts, Get<SupervisionLog>(), Get<HallDirectory>(), Get<MatterCatalog>(), Get<WorkingDayCalendar>(), Get<SupervisionOptions>(), new ManualClock(now));

    private async Task WithdrawOneRedCaseAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var red = await (from r in db.SupervisionLog
                         join c in db.Cases on r.CaseId equals c.Id
                         where r.Level == (int)SupervisionLevel.Breach && c.ApplicantUserName != null && c.AgentUserName == null
                               && c.DecidedAt == null && c.ClosedAt == null
                         orderby r.Sequence
                         select new { c.Id, c.CaseNumber, c.ApplicantUserName }).FirstAsync();
        var withdrawn = await Get<CaseActions>().WithdrawAsync(red.Id, red.ApplicantUserName!, "情况变化，不再申请");
        Assert.True(withdrawn.Succeeded, withdrawn.Error?.ToString());
        WithdrawnCaseNumber = red.CaseNumber;
    }

    private async Task RateAsync()
    {
        var ratings = Get<RatingService>();
        var rectifications = Get<RectificationService>();
        await using var db = await Contexts.CreateDbContextAsync();
        var ended = await db.Cases.Where(c => (c.Status == "Closed" || c.Status == "Refused") && c.ApplicantUserName != null)
            .OrderBy(c => c.CaseNumber).Select(c => new { c.Id, c.ApplicantUserName }).ToListAsync();
        RatingGrade[] grades = [RatingGrade.VerySatisfied, RatingGrade.Dissatisfied, RatingGrade.Satisfied, RatingGrade.VeryDissatisfied, RatingGrade.BasicallySatisfied];
        for (var i = 0; i < ended.Count; i++)
        {
            var rated = await ratings.RateAsync(ended[i].Id, ended[i].ApplicantUserName!, grades[i % grades.Length], null, RatingChannel.Pc);
            Assert.True(rated.Succeeded, rated.Error?.ToString());
            if (rated.Value!.Rectification is not { } opened || i % 3 == 0) continue;
            Assert.True((await rectifications.ReviewAsync(opened.Id, valid: true, null, "zhao.jing")).Succeeded);
            if (i % 3 == 1)
            {
                Assert.True((await rectifications.StartAsync(opened.Id, "zhao.jing")).Succeeded);
                Assert.True((await rectifications.CompleteAsync(opened.Id, "已向申请人说明并改进", "zhao.jing")).Succeeded);
            }
        }
    }

    /// <summary>Citizens of 谯城区's villages with valid ID numbers (GB 11643), as the CLI's generator makes them.</summary>
    private static List<SeedApplicant> Applicants(int count)
    {
        string[] villages = ["bz-qc-gj-gujing", "bz-qc-gj-zhangji", "bz-qc-hxl-xianning", "bz-qc-hxl-dayushou"];
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        return [.. Enumerable.Range(1, count).Select(i =>
        {
            var first17 = "341602" + new DateOnly(1955 + i, 1 + i % 12, 1 + i).ToString("yyyyMMdd", CultureInfo.InvariantCulture) + i.ToString("D3", CultureInfo.InvariantCulture);
            var number = first17 + "10X98765432"[first17.Select((c, k) => (c - '0') * weights[k]).Sum() % 11];
            return new SeedApplicant($"audit.p{i:D3}", $"申请人{i}", SeedApplicant.Person, number, $"1380000{i:D4}", villages[i % villages.Length], $"谯城区幸福路{i}号");
        })];
    }
}
