using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Cases;
using WorkflowHall.Domain.Matters;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data.Cases;

/// <summary>Keeps a case row in step with its instance: status, decision and closing times, and the legal due dates.</summary>
internal static class CaseStepWriter
{
    public static void Apply(CaseRecord record, InstanceState after, ServiceGuide guide, WorkingDayCalendar calendar, DateTimeOffset now)
    {
        var status = CaseStatusRules.Derive(after, record.ExtensionDays > 0);
        record.Status = status.ToString();
        record.Revision++;
        if (status is CaseStatus.NotAccepted or CaseStatus.Refused or CaseStatus.Approved && record.DecidedAt is null) record.DecidedAt = now.UtcDateTime;
        if (after.IsEnded && record.ClosedAt is null) record.ClosedAt = now.UtcDateTime;
        if (status == CaseStatus.Closed && record.DecidedAt is null) record.DecidedAt = now.UtcDateTime;

        if (record.AcceptedAt is { } accepted)
        {
            var deadline = CaseClock.Compute(StoredTime.FromStored(accepted),
                guide.StatutoryLimit.Amount, guide.PromisedLimit.Amount, record.ExtensionDays, after.Clock.Pauses, calendar, now);
            record.StatutoryDueAt = deadline.StatutoryDue.UtcDateTime;
            record.PromisedDueAt = deadline.PromisedDue.UtcDateTime;
            record.DueProvisional = deadline.Provisional;
        }
        // Every change is the supervision sweep's to look at: new deadlines, a decision, a stopped clock.
        record.SuperviseAt = now.UtcDateTime;
    }
}
