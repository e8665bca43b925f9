using WorkflowHall.Data.Records;
using WorkflowHall.Data.Records.Supervision;
using WorkflowHall.Engine.Time;
using static WorkflowHall.Data.Supervision.SupervisionTime;

namespace WorkflowHall.Data.Supervision;

/// <summary>
/// A breach put right is a record of its own (纠正), never an edit of the red one: the step closed, the
/// case was decided, or the deadline moved (an extension, a pause that ended).
/// </summary>
internal static class CorrectionFindings
{
    public static SupervisionFinding ForStep(OpenBreachRecord breach, SupervisionRecord red, StepClosureRecord? closure, WorkItemRecord? current, DateTime now)
    {
        string description;
        DateTime resolvedAt;
        if (current is { DueAt: { } movedTo })
        {
            resolvedAt = now;
            description = $"环节“{red.StepName ?? red.NodeId}”办理期限已调整为 {HallTime.FormatMinute(movedTo)}（原期限 {HallTime.FormatMinute(breach.DueAt)}）";
        }
        else
        {
            resolvedAt = closure?.ClosedAt ?? now;
            var how = closure?.Reason switch
            {
                "Completed" or null => "办结",
                "Returned" => "退回",
                "Withdrawn" => "撤回",
                "Cancelled" => "终止",
                _ => "关闭",
            };
            description = $"环节“{red.StepName ?? red.NodeId}”已于 {HallTime.FormatMinute(resolvedAt)} {how}，超期 {Span(resolvedAt - breach.DueAt)}";
        }
        return Finding(breach, red, description + $"；纠正监察记录 {red.RecordNumber}", resolvedAt, now, closure?.ClosedBy ?? red.Assignee);
    }

    public static SupervisionFinding ForCase(OpenBreachRecord breach, SupervisionRecord red, CaseFacts? c, DateTime now)
    {
        var which = breach.RuleCode == SupervisionRules.CaseStatutoryOverdue ? "法定" : "承诺";
        string description;
        DateTime resolvedAt;
        if (c is { DecidedAt: null, ClosedAt: null })
        {
            resolvedAt = now;
            var movedTo = breach.RuleCode == SupervisionRules.CaseStatutoryOverdue ? c.StatutoryDueAt : c.PromisedDueAt;
            description = movedTo is { } to ? $"办件{which}办结期限已调整为 {HallTime.FormatMinute(to)}（原期限 {HallTime.FormatMinute(breach.DueAt)}）" : $"办件{which}办结期限已撤销";
        }
        else
        {
            resolvedAt = c?.DecidedAt ?? c?.ClosedAt ?? now;
            description = $"办件已于 {HallTime.FormatMinute(resolvedAt)} 作出决定或办结，超出{which}期限 {Span(resolvedAt - breach.DueAt)}";
        }
        return Finding(breach, red, description + $"；纠正监察记录 {red.RecordNumber}", resolvedAt, now, red.Assignee);
    }

    private static SupervisionFinding Finding(OpenBreachRecord breach, SupervisionRecord red, string description, DateTime resolvedAt, DateTime now, string? assignee) =>
        new(new SupervisionRecord
        {
            RecordNumber = "", CaseId = red.CaseId, CaseNumber = red.CaseNumber, MatterType = red.MatterType, ImplementationCode = red.ImplementationCode,
            UnitCode = red.UnitCode, ResponsibleUnit = red.ResponsibleUnit, SubjectKind = red.SubjectKind, SubjectId = red.SubjectId,
            NodeId = red.NodeId, StepName = red.StepName, Post = red.Post, Assignee = assignee,
            RuleCode = SupervisionRules.Corrected, Level = (int)SupervisionLevel.Correction, DueAt = breach.DueAt, NoticedAt = now,
            OverdueMinutes = Math.Max(0, (long)(resolvedAt - breach.DueAt).TotalMinutes), Description = description,
            DedupKey = SupervisionRules.Corrected + "|" + breach.DedupKey, CorrectsSequence = breach.Sequence, PreviousHash = "", Hash = "",
        })
        {
            ClosesBreach = breach.DedupKey,
        };
}
