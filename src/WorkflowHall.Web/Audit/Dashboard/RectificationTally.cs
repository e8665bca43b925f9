using WorkflowHall.Domain.Ratings;

namespace WorkflowHall.Web.Audit.Dashboard;

/// <summary>A department's rectifications by status, and those still open past their deadline.</summary>
public sealed record RectificationTally(IReadOnlyDictionary<RectificationStatus, int> ByStatus, int Overdue)
{
    public int Total => ByStatus.Values.Sum();

    public int Count(RectificationStatus status) => ByStatus.GetValueOrDefault(status);

    public int Open => RectificationStatuses.Open.Sum(Count);
}
