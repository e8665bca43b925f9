using System.Globalization;
using WorkflowHall.Data.Seeding;
using WorkflowHall.Domain.Ratings;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data.Tests.Supervision;

using WorkflowHall.Data.Tests.Infrastructure;

/// <summary>
/// The demo hall with cases in every state, made by the seeder through the real services, the
/// supervision sweep run on them, and some closed cases rated (bad ones opening rectifications, one
/// of them completed): what the dashboard counts.
/// </summary>
public static class DashboardScene
{
    /// <summary>The seeded hall's "now": nothing happened after it. The test clock (T0, 12-01 09:00) is the next morning.</summary>
    public static readonly DateTimeOffset Until = new(2026, 11, 30, 18, 0, 0, HallTime.Offset);

    public static async Task<TestHall> CreateAsync(string provider, int cases = 40)
    {
        var hall = await TestHall.CreateAsync(provider);
        await hall.DemoLoader.LoadAsync(TestHall.DemoSource);
        var seeder = new HallSeeder(hall.Contexts, hall.Options, hall.Definitions, hall.Matters, hall.Directory, TestHall.Calendar);
        await seeder.RunAsync(new SeedOptions { Cases = cases, Seed = 7, From = Until.AddMonths(-3), Until = Until }, Applicants(12), hall.Materials, SeedMode.Services);
        await hall.Sweep.RunAsync();
        await RateAsync(hall);
        return hall;
    }

    /// <summary>Citizens of 谯城区's villages with valid ID numbers (GB 11643).</summary>
    public static IReadOnlyList<SeedApplicant> Applicants(int count)
    {
        string[] villages = ["bz-qc-gj-gujing", "bz-qc-gj-zhangji", "bz-qc-hxl-xianning", "bz-qc-hxl-dayushou"];
        return [.. Enumerable.Range(1, count).Select(i =>
        {
            var number = CitizenId("341602", new DateOnly(1960 + i, 1 + i % 12, 1 + i), i);
            return new SeedApplicant($"dash.p{i:D3}", $"申请人{i}", SeedApplicant.Person, number, $"1390000{i:D4}", villages[i % villages.Length], $"谯城区{i}号");
        })];
    }

    private static async Task RateAsync(TestHall hall)
    {
        var ratings = new Data.Ratings.RatingService(hall.Contexts, TestHall.Calendar, new Data.Ratings.RatingOptions(), hall.Clock);
        var rectifications = new Data.Ratings.RectificationService(hall.Contexts, TestHall.Calendar, new Data.Ratings.RatingOptions(), hall.Clock);
        await using var db = await hall.Contexts.CreateDbContextAsync();
        var ended = db.Cases.Where(c => (c.Status == "Closed" || c.Status == "Refused") && c.ApplicantUserName != null)
            .OrderBy(c => c.CaseNumber).Select(c => new { c.Id, c.ApplicantUserName }).ToList();
        RatingGrade[] grades = [RatingGrade.VerySatisfied, RatingGrade.Dissatisfied, RatingGrade.Satisfied, RatingGrade.VeryDissatisfied];
        for (var i = 0; i < ended.Count; i++)
        {
            var rated = await ratings.RateAsync(ended[i].Id, ended[i].ApplicantUserName!, grades[i % grades.Length], null, RatingChannel.Pc);
            Assert.True(rated.Succeeded, rated.Error?.ToString());
            if (rated.Value!.Rectification is { } opened && i % 3 == 1)
            {
                Assert.True((await rectifications.ReviewAsync(opened.Id, valid: true, null, "auditor")).Succeeded);
                Assert.True((await rectifications.StartAsync(opened.Id, "clerk")).Succeeded);
                Assert.True((await rectifications.CompleteAsync(opened.Id, "已向申请人解释并改进", "clerk")).Succeeded);
            }
        }
    }

    private static string CitizenId(string region, DateOnly birth, int sequence)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var first17 = region + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("D3", CultureInfo.InvariantCulture);
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }
}
