using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Time;
using WorkflowHall.Data.Matters;

namespace WorkflowHall.Data.Cases;

/// <summary>
/// The case service's side of the runtime's own steps on a case (a due timer, a finished service call, a
/// migration): the case row follows the instance, through <see cref="CaseStepWriter"/> like every case step.
/// </summary>
internal sealed class CaseRowFollower(MatterCatalog matters, WorkingDayCalendar calendar) : ICaseStepFollower
{
    public async Task FollowAsync(HallDbContext db, string caseId, InstanceState after, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var c = await db.Cases.SingleAsync(r => r.Id == caseId, cancellationToken);
        var guide = (await matters.GetAsync(c.ImplementationCode, c.MatterVersion, cancellationToken))?.Guide
            ?? throw new InvalidOperationException($"Matter {c.ImplementationCode} version {c.MatterVersion} is gone.");
        CaseStepWriter.Apply(c, after, guide, calendar, now);
    }
}
