using WorkflowHall.Data.Records.Supervision;

namespace WorkflowHall.Web.Audit.Supervision;

/// <summary>One page of the filtered log, newest first, with the records the page's corrections and breaches point to.</summary>
public sealed record SupervisionLogView(
    IReadOnlyList<SupervisionRecord> Records,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyDictionary<long, SupervisionLogLink> Corrects,
    IReadOnlyDictionary<long, SupervisionLogLink> CorrectedBy)
{
    public static SupervisionLogView Empty { get; } = new([], 0, 1, SupervisionLogListing.PageSize, new Dictionary<long, SupervisionLogLink>(), new Dictionary<long, SupervisionLogLink>());

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public bool HasMore => Page < Pages;
}
