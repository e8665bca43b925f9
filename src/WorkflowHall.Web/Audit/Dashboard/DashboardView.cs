using WorkflowHall.Data.Supervision;
using WorkflowHall.Web.Portal.Public;

namespace WorkflowHall.Web.Audit.Dashboard;

/// <summary>Everything the supervision dashboard shows for one period and reach, named for the reader.</summary>
public sealed record DashboardView
{
    public required DateOnly From { get; init; }
    public required DateOnly To { get; init; }
    public required IReadOnlyList<DashboardRow<OnTimeFigure>> OnTimeByUnit { get; init; }
    public required IReadOnlyList<DashboardRow<OnTimeFigure>> OnTimeByMatter { get; init; }
    public required IReadOnlyList<DashboardRow<OverdueFigure>> OverdueByUnit { get; init; }
    public required IReadOnlyList<DashboardRow<OverdueFigure>> OverdueByMatter { get; init; }
    public required IReadOnlyList<DashboardRow<TimeLimitFigure>> TimeLimits { get; init; }
    public required IReadOnlyList<DashboardRow<OnlineFigure>> OnlineByUnit { get; init; }
    /// <summary>Applications of the period per channel code (A.5).</summary>
    public required IReadOnlyList<(string Channel, int Cases)> Channels { get; init; }
    public required IReadOnlyList<RatingRow> Ratings { get; init; }
    public required IReadOnlyList<DashboardRow<RectificationTally>> Rectifications { get; init; }
    public required IReadOnlyList<StuckStepFigure> Stuck { get; init; }
    /// <summary>Cases with an open step now.</summary>
    public required int OpenCases { get; init; }

    public OnTimeFigure OnTime => new("", OnTimeByUnit.Sum(r => r.Figures.Decided), OnTimeByUnit.Sum(r => r.Figures.OnTime));

    public OnlineFigure Online => new(OnlineByUnit.Sum(r => r.Figures.Total), OnlineByUnit.Sum(r => r.Figures.Online));

    public int OverdueSteps => OverdueByUnit.Sum(r => r.Figures.OverdueSteps);

    public int OverdueCases => OverdueByUnit.Sum(r => r.Figures.OverdueCases);
}
