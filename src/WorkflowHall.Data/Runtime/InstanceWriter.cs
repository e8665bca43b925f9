using System.Globalization;
using WorkflowHall.Data.Records;
using WorkflowHall.Data.Records.Supervision;
using WorkflowHall.Domain.Cases;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Time;
using WorkflowHall.Engine.Trail;
using WorkflowHall.Engine.Variables;

namespace WorkflowHall.Data.Runtime;

/// <summary>
/// Turns one accepted step into row changes on the tracked context: the instance row (guarded by
/// its revision), the inbox rows, timers, service calls and the new trail events. The caller saves
/// them in one SaveChanges, i.e. one transaction. A bulk load gives it an in-memory row set instead,
/// so that its rows are the ones a step through the runtime would have written.
/// </summary>
internal sealed class InstanceWriter(IInstanceRows rows, WorkingDayCalendar calendar)
{
    public InstanceWriter(HallDbContext db, WorkingDayCalendar calendar)
        : this(new TrackedInstanceRows(db), calendar)
    {
    }

    public static DateTime NoDueDate => WorkItemRecord.NoDueDate;

    public void Write(InstanceRecord record, InstanceState before, StepResult result, DateTimeOffset now)
    {
        var after = result.State;
        record.Status = after.Status.ToString();
        record.DefinitionVersion = after.DefinitionVersion;
        record.EndedAt = after.EndedAt?.UtcDateTime;
        record.EndNodeId = after.EndNodeId;
        record.UpdatedAt = now.UtcDateTime;
        record.Revision = after.Revision;
        record.TrailLength = after.TrailLength;
        record.TrailHead = after.TrailHead;
        if (rows is not IDeferredStateRows) record.StateJson = InstanceStateJson.Serialize(after);

        var clockMoved = !ReferenceEquals(before.Clock, after.Clock) || before.DefinitionVersion != after.DefinitionVersion;
        var units = CaseUnits.FromVariables(after.Variables);
        Sync(before.WorkItems, after.WorkItems, w => w.Id, (old, now2) => clockMoved || old != now2, item => WorkItem(record, item, units, after.Clock, now));
        RecordClosures(record, before, after, units, now);
        Sync(before.Timers, after.Timers, t => t.Id, (old, now2) => old != now2, timer => Timer(record, timer));
        Sync(before.ServiceCalls, after.ServiceCalls, c => c.Id, (_, _) => false, call => ServiceCall(record, call, after, now));
        foreach (var e in result.Events) rows.Add(Trail(e));
    }

    public static string RowId(string instanceId, string engineId) => instanceId + "/" + engineId;

    /// <summary>Adds rows for new items, updates changed ones and deletes the ones that are gone.</summary>
    private void Sync<T, TRecord>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> id, Func<T, T, bool> changed, Func<T, TRecord> toRecord)
        where TRecord : class
    {
        var old = before.ToDictionary(id);
        foreach (var item in after)
        {
            if (!old.Remove(id(item), out var previous)) rows.Add(toRecord(item));
            else if (changed(previous, item)) rows.Update(toRecord(item));
        }
        foreach (var gone in old.Values) rows.Remove(toRecord(gone));
    }

    /// <summary>Steps with a time limit that closed in this step: when they closed against when they were due, for supervision.</summary>
    private void RecordClosures(InstanceRecord instance, InstanceState before, InstanceState after, CaseUnits? units, DateTimeOffset now)
    {
        foreach (var item in before.WorkItems)
        {
            if (after.WorkItems.Any(w => w.Id == item.Id)) continue;
            var row = WorkItem(instance, item, units, after.Clock, now);
            if (!row.HasDueDate) continue;
            var closed = after.ClosedWorkItems.LastOrDefault(c => c.Id == item.Id);
            rows.Add(new StepClosureRecord
            {
                WorkItemId = row.Id,
                InstanceId = row.InstanceId,
                NodeId = row.NodeId,
                NodeName = row.NodeName,
                HandlingUnit = row.HandlingUnit,
                CandidatePost = row.CandidatePost,
                ClosedBy = closed?.ClosedBy,
                Reason = closed?.Reason.ToString() ?? "Removed",
                OpenedAt = row.OpenedAt,
                DueAt = row.DueAt!.Value,
                ClosedAt = (closed?.ClosedAt ?? now).UtcDateTime,
            });
        }
    }

    private WorkItemRecord WorkItem(InstanceRecord instance, WorkItem item, CaseUnits? units, ClockState clock, DateTimeOffset now)
    {
        var deadline = StepDeadline.For(item, clock, calendar, now);
        return new WorkItemRecord
        {
            Id = RowId(instance.Id, item.Id),
            InstanceId = instance.Id,
            EngineId = item.Id,
            DefinitionKey = instance.DefinitionKey,
            NodeId = item.NodeId,
            NodeName = item.NodeName,
            Status = item.Status.ToString(),
            Assignee = item.Assignee,
            Owner = item.Owner,
            CandidatePost = item.CandidatePost,
            CandidateGroups = Members(item.CandidateGroups),
            CandidateUsers = Members(item.CandidateUsers),
            // The unit the step's post is looked up in: the case's units decide (handling, parent, applicant's village).
            HandlingUnit = units?.For(item.UnitRule) ?? instance.HandlingUnit,
            Stage = item.Stage?.ToString(),
            OpenedAt = item.OpenedAt.UtcDateTime,
            DueAt = deadline?.Due.At.UtcDateTime ?? NoDueDate,
            DueProvisional = deadline?.Due.Provisional ?? false,
            WarningAt = deadline?.WarningAt.At.UtcDateTime,
            // The supervision sweep looks at the warning, then the deadline; not while the clock stands still.
            SuperviseAt = deadline is null || deadline.ClockPaused ? null
                : deadline.WarningAt.At < deadline.Due.At ? deadline.WarningAt.At.UtcDateTime : deadline.Due.At.UtcDateTime,
        };
    }

    private static string? Members(System.Collections.Immutable.ImmutableArray<string> values) =>
        values.IsDefaultOrEmpty ? null : "," + string.Join(",", values) + ",";

    private static TimerRecord Timer(InstanceRecord instance, ScheduledTimer timer) => new()
    {
        Id = RowId(instance.Id, timer.Id),
        InstanceId = instance.Id,
        EngineId = timer.Id,
        NodeId = timer.NodeId,
        DueAt = timer.DueAt.UtcDateTime,
    };

    private static ServiceCallRecord ServiceCall(InstanceRecord instance, ServiceCall call, InstanceState state, DateTimeOffset now) => new()
    {
        Id = RowId(instance.Id, call.Id),
        InstanceId = instance.Id,
        EngineId = call.Id,
        NodeId = call.NodeId,
        Handler = call.Handler,
        VariablesJson = CanonicalJson.Serialize(state.Variables),
        CreatedAt = now.UtcDateTime,
        NextAttemptAt = now.UtcDateTime,
    };

    public static TrailEventRecord Trail(TrailEvent e) => new()
    {
        InstanceId = e.InstanceId,
        Sequence = e.Sequence,
        At = e.At.UtcDateTime,
        Actor = e.Actor,
        Kind = e.Kind.ToString(),
        NodeId = e.NodeId,
        WorkItemId = e.WorkItemId,
        Outcome = e.Outcome,
        Opinion = e.Opinion,
        Detail = e.Detail,
        VariablesJson = e.VariablesJson,
        Command = e.Command,
        StateHash = e.StateHash,
        PreviousHash = e.PreviousHash,
        Hash = e.Hash,
    };

    /// <summary>The event a row holds; null when its kind is not one the engine records (see <see cref="StoredTrail"/>).</summary>
    // Exactly a name the engine writes: TryParse alone also takes numbers, padding and comma lists.
    public static TrailEvent? TryTrail(TrailEventRecord r) =>
        Enum.TryParse<TrailEventKind>(r.Kind, ignoreCase: false, out var kind) && kind.ToString() == r.Kind ? Trail(r, kind) : null;

    private static TrailEvent Trail(TrailEventRecord r, TrailEventKind kind) => new()
    {
        Sequence = r.Sequence,
        InstanceId = r.InstanceId,
        At = StoredTime.FromStored(r.At),
        Actor = r.Actor,
        Kind = kind,
        NodeId = r.NodeId,
        WorkItemId = r.WorkItemId,
        Outcome = r.Outcome,
        Opinion = r.Opinion,
        Detail = r.Detail,
        VariablesJson = r.VariablesJson,
        Command = r.Command,
        StateHash = r.StateHash,
        PreviousHash = r.PreviousHash,
        Hash = r.Hash,
    };
}
