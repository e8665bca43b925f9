using WorkflowHall.Data.Organisations;
using WorkflowHall.Data.Supervision;
using WorkflowHall.Web.Accounts;

namespace WorkflowHall.Web.Audit.Supervision;

/// <summary>The signed-in person's <see cref="SupervisionReach"/> for this request.</summary>
public sealed class SupervisionReader(CurrentHallUser current, HallDirectory directory, SupervisionOptions options)
{
    /// <summary>Null when the person may not read supervision.</summary>
    public async Task<SupervisionReach?> ReachAsync(CancellationToken cancellationToken = default) =>
        SupervisionReach.Of(await current.GetAsync(cancellationToken), await directory.GetAsync(cancellationToken), options.SupervisingPost);
}
