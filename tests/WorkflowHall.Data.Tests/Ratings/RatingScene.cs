using WorkflowHall.Data.Ratings;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Cases;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data.Tests.Ratings;

using WorkflowHall.Data.Tests.Infrastructure;

/// <summary>A hall database with the rating services on it, and cases written straight into it.</summary>
internal sealed class RatingScene : IAsyncDisposable
{
    public const string Applicant = "zhangsan";
    public const string Agent = "village-agent";
    public const string CivilAffairs = "510104-civil";
    public const string Housing = "510104-housing";
    public const string LowIncome = "11510104MB0000001X4510104001";
    public const string Disability = "11510104MB0000001X4510104002";

    private int _serial;

    private RatingScene(TestHall hall, RatingOptions options)
    {
        Hall = hall;
        Options = options;
        Ratings = new RatingService(hall.Contexts, TestHall.Calendar, options, hall.Clock);
        Rectifications = new RectificationService(hall.Contexts, TestHall.Calendar, options, hall.Clock);
    }

    public TestHall Hall { get; }
    public RatingOptions Options { get; }
    public RatingService Ratings { get; }
    public RectificationService Rectifications { get; }

    public static async Task<RatingScene> CreateAsync(string provider, RatingOptions? options = null) =>
        new(await TestHall.CreateAsync(provider), options ?? new RatingOptions());

    /// <summary>A time of day in China.</summary>
    public static DateTimeOffset China(int year, int month, int day, int hour = 10, int minute = 0) =>
        new(year, month, day, hour, minute, 0, HallTime.Offset);

    public static DateTimeOffset EndOfDay(int year, int month, int day) => new(year, month, day, 23, 59, 59, HallTime.Offset);

    public DateTimeOffset Now => Hall.Clock.GetUtcNow();

    public void SetClock(DateTimeOffset at) => Hall.Clock.Advance(at - Hall.Clock.GetUtcNow());

    public async Task<string> AddCaseAsync(CaseStatus status = CaseStatus.Closed, string matter = LowIncome, string unit = CivilAffairs,
        string? applicant = Applicant, string? agent = null)
    {
        var id = $"case-{++_serial:D4}";
        await using var db = await Hall.Contexts.CreateDbContextAsync();
        db.Cases.Add(new CaseRecord
        {
            Id = id, CaseNumber = $"{matter}20260901{_serial:D4}", ImplementationCode = matter, MatterVersion = 1, MatterName = "最低生活保障待遇认定",
            ApplicantNumber = "510104199001011237", ApplicantKind = "Person", ApplicantName = "张三", ApplicantUserName = applicant,
            AgentUserName = agent, HandlingUnit = unit, Status = status.ToString(), FormJson = "{}", Channel = "online",
            SubmittedAt = new DateTime(2026, 9, 1, 1, 0, 0, DateTimeKind.Utc),
        });
        await db.SaveChangesAsync();
        return id;
    }

    public ValueTask DisposeAsync() => Hall.DisposeAsync();
}
