using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Cases;
using WorkflowHall.Domain.Identity;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Cli.Tests.Seeding;

public sealed class SeedCommandTests
{
    private static readonly string[] EveryStatus =
    [
        .. new[]
        {
            CaseStatus.Submitted, CaseStatus.SupplementRequested, CaseStatus.NotAccepted, CaseStatus.Accepted, CaseStatus.InReview, CaseStatus.Suspended,
            CaseStatus.Extended, CaseStatus.Approved, CaseStatus.Refused, CaseStatus.Closed, CaseStatus.Withdrawn,
        }.Select(s => s.ToString()).Order(StringComparer.Ordinal),
    ];

    private static readonly TimeSpan China = HallTime.Offset;

    [Fact]
    public async Task Two_hundred_cases_go_through_the_services_to_every_status_with_unique_numbers_and_trails_that_verify()
    {
        await using var hall = new SeededHall();

        var run = await hall.SeedAsync("--cases", "200", "--seed", "42");

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        Assert.Contains("through the services", run.Output);
        Assert.Contains("12 matters (12 published)", run.Output);
        await using var db = await hall.Contexts.CreateDbContextAsync();
        var cases = await db.Cases.AsNoTracking().ToListAsync();
        Assert.Equal(200, cases.Count);
        Assert.Equal(EveryStatus, cases.Select(c => c.Status).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(12, cases.Select(c => c.ImplementationCode).Distinct().Count());
        Assert.Equal(["1", "2", "3", "4"], cases.Select(c => c.Channel).Distinct().Order());
        Assert.True(cases.Select(c => c.HandlingUnit).Distinct().Count() >= 10);
        Assert.Contains(cases, c => c.AgentUserName is not null && c.ConsentRecordedAt is not null);
        NumbersAreUniqueAndFollowTheSubmissionOrder(cases);

        var applicants = await db.People.AsNoTracking().Where(p => p.UserName.StartsWith("seed1.")).ToListAsync();
        Assert.Equal(160, applicants.Count);
        Assert.All(applicants, p => Assert.True(ApplicantNumber.Parse(p.Number, new DateOnly(2026, 11, 20)).IsValid, p.Number));
        Assert.All(cases, c => Assert.Contains(c.ApplicantNumber, applicants.Select(p => p.Number)));
        Assert.Contains(applicants, p => p.Kind == "enterprise");

        // Clerks act in office hours on working days; nothing happens after the end of the window.
        var calendar = WorkingDayCalendar.LoadDirectory(Checkout.Combine("workflows", "calendars"));
        foreach (var accepted in cases.Where(c => c.AcceptedAt is not null && c.AcceptedAt != c.SubmittedAt).Select(c => Local(c.AcceptedAt!.Value)))
        {
            Assert.True(calendar.IsWorkingDay(DateOnly.FromDateTime(accepted.DateTime)), $"accepted on {accepted}");
            Assert.InRange(accepted.TimeOfDay, new TimeSpan(8, 30, 0), new TimeSpan(17, 30, 0));
        }
        var until = new DateTimeOffset(2026, 11, 20, 18, 0, 0, China);
        Assert.All(await db.TrailEvents.AsNoTracking().Select(e => e.At).ToListAsync(), at => Assert.True(Local(at) <= until));
        Assert.InRange(cases.Min(c => Local(c.SubmittedAt)), until.AddMonths(-4).AddDays(-1), until.AddMonths(-3));

        foreach (var status in EveryStatus)
        {
            var sample = cases.First(c => c.Status == status);
            var verification = await hall.VerifyTrailAsync(sample.Id);
            Assert.True(verification.IsValid, $"{status} {sample.CaseNumber}: {verification}");
        }
        var open = cases.Where(c => c.Status is not ("Closed" or "Refused" or "NotAccepted" or "Withdrawn")).Select(c => c.Id).ToHashSet();
        var withItems = (await db.WorkItems.AsNoTracking().Select(w => w.InstanceId).Distinct().ToListAsync()).ToHashSet();
        Assert.Equal(open.Order(), withItems.Order());
        Assert.True(await db.SpecialProcedures.AnyAsync(p => p.EndedAt == null));
        Assert.True(await db.SpecialProcedures.AnyAsync(p => p.EndedAt != null));
        Assert.True(await db.Cases.AnyAsync(c => c.ExtensionDays > 0 && c.ExtensionApprovedBy != null));

        Assert.Contains("cases by status", run.Output);
        Assert.Contains("cases per second", run.Output);
    }

    [Fact]
    public async Task A_second_seed_adds_new_applicants_and_cases_and_keeps_numbering_on()
    {
        await using var hall = new SeededHall();
        Assert.Equal(0, (await hall.SeedAsync("--cases", "30")).ExitCode);

        var again = await hall.SeedAsync("--cases", "30", "--seed", "7");

        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains("12 matters (0 published)", again.Output);
        await using var db = await hall.Contexts.CreateDbContextAsync();
        Assert.Equal(60, await db.Cases.CountAsync());
        Assert.Equal(24, await db.People.CountAsync(p => p.UserName.StartsWith("seed2.")));
        NumbersAreUniqueAndFollowTheSubmissionOrder(await db.Cases.AsNoTracking().ToListAsync(), followOrder: false);
    }

    [Theory]
    [InlineData("--cases", "0")]
    [InlineData("--cases", "many")]
    [InlineData("--provider", "oracle")]
    [InlineData("--mode", "fast")]
    [InlineData("--until", "20/11/2026")]
    public async Task A_wrong_seed_command_line_exits_2(string option, string value)
    {
        await using var hall = new SeededHall();

        var run = await hall.SeedAsync(option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("workflowhall seed:", run.Error);
        Assert.False(File.Exists(hall.FilePath));
    }

    [Fact]
    public async Task Seeding_SQL_Server_is_refused_in_both_languages()
    {
        var run = await CliRun.RunAsync("seed", "--database", "Server=localhost;Database=hall", "--provider", "sqlserver", "--cases", "10");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("还不能写入 SQL Server", run.Error);
        Assert.Contains("cannot write to SQL Server", run.Error);
    }

    [Fact]
    public async Task Seed_needs_a_database()
    {
        var run = await CliRun.RunAsync("seed", "--cases", "10");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--database", run.Error);
    }

    internal static void NumbersAreUniqueAndFollowTheSubmissionOrder(IReadOnlyList<CaseRecord> cases, bool followOrder = true)
    {
        Assert.Equal(cases.Count, cases.Select(c => c.CaseNumber).Distinct().Count());
        foreach (var day in cases.GroupBy(c => (c.ImplementationCode, Day: DateOnly.FromDateTime(Local(c.SubmittedAt).DateTime))))
        {
            var ordered = day.OrderBy(c => c.SubmittedAt).ThenBy(c => c.CaseNumber, StringComparer.Ordinal).ToList();
            var number = CaseNumber.Parse(ordered[0].CaseNumber).Value!;
            Assert.Equal((day.Key.ImplementationCode, day.Key.Day), (number.ImplementationCode, number.Date));
            if (followOrder)
            {
                Assert.Equal(Enumerable.Range(1, ordered.Count), ordered.Select(c => CaseNumber.Parse(c.CaseNumber).Value!.Serial));
            }
        }
    }

    private static DateTimeOffset Local(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(China);
}
