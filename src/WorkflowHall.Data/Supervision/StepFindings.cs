using WorkflowHall.Data.Records;
using WorkflowHall.Data.Records.Supervision;
using WorkflowHall.Engine.Time;
using static WorkflowHall.Data.Supervision.SupervisionTime;

namespace WorkflowHall.Data.Supervision;

/// <summary>The rules for an open step: yellow when its warning time passes, red when its deadline does.</summary>
internal static class StepFindings
{
    /// <summary>What is due for <paramref name="item"/> at <paramref name="now"/>, and when to look at it next (null: nothing left).</summary>
    public static (List<SupervisionFinding> Found, DateTime? Next) Evaluate(WorkItemRecord item, CaseFacts? c, string? matterType, SweepScope scope, DateTime now)
    {
        var found = new List<SupervisionFinding>(2);
        var due = item.DueAt!.Value;
        var warning = item.WarningAt is { } w && w < due ? w : (DateTime?)null;
        if (warning is { } warnAt && warnAt <= now) found.Add(Warning(item, c, matterType, warnAt, due, now));
        if (due <= now) found.Add(Breach(item, c, matterType, scope, due, now));
        DateTime? next = due <= now ? null : warning is { } later && later > now ? later : due;
        return (found, next);
    }

    private static SupervisionFinding Warning(WorkItemRecord item, CaseFacts? c, string? matterType, DateTime warnAt, DateTime due, DateTime now) =>
        new(Content(item, c, matterType, SupervisionRules.StepWarning, SupervisionLevel.Warning, warnAt, now, 0,
            $"环节“{Step(item)}”将于 {HallTime.FormatMinute(due)} 到期（预警时间 {HallTime.FormatMinute(warnAt)}），请抓紧办理；岗位 {item.CandidatePost ?? "无"}，承办人 {item.Assignee ?? "未签收"}",
            SupervisionFinding.Key(SupervisionRules.StepSubject, item.Id, SupervisionRules.StepWarning, SupervisionLevel.Warning, warnAt)));

    private static SupervisionFinding Breach(WorkItemRecord item, CaseFacts? c, string? matterType, SweepScope scope, DateTime due, DateTime now)
    {
        // 环节超时 while the case as a whole is still within its promised limit is a rule of its own (DOMAIN.md §4).
        var caseWithinLimit = c is { ClockRuns: true, PromisedDueAt: { } promised } && promised > now;
        var rule = caseWithinLimit ? SupervisionRules.StepOverOwnLimit : SupervisionRules.StepOverdue;
        var late = now - due;
        var description = $"环节“{Step(item)}”已超过办理时限（{HallTime.FormatMinute(due)}），超期 {Span(late)}；岗位 {item.CandidatePost ?? "无"}，承办人 {item.Assignee ?? "未签收"}"
            + (caseWithinLimit ? $"；办件尚在承诺时限内（{HallTime.FormatMinute(c!.PromisedDueAt!.Value)}）" : "");
        // The key names the trigger (the step's deadline), not the rule: which rule applies depends on the case when it is
        // noticed, and a second notice must still find the first.
        var key = SupervisionFinding.Key(SupervisionRules.StepSubject, item.Id, SupervisionRules.StepOverdue, SupervisionLevel.Breach, due);
        return new SupervisionFinding(Content(item, c, matterType, rule, SupervisionLevel.Breach, due, now, (long)late.TotalMinutes, description, key))
        {
            OpensBreach = true,
            Notify = scope.SupervisorsAbove(item.HandlingUnit ?? c?.HandlingUnit),
        };
    }

    private static SupervisionRecord Content(WorkItemRecord item, CaseFacts? c, string? matterType, string rule, SupervisionLevel level, DateTime dueAt,
        DateTime now, long overdueMinutes, string description, string key) => new()
    {
        RecordNumber = "", CaseId = item.InstanceId, CaseNumber = c?.CaseNumber, MatterType = matterType, ImplementationCode = c?.ImplementationCode,
        UnitCode = c?.HandlingUnit ?? item.HandlingUnit, ResponsibleUnit = item.HandlingUnit,
        SubjectKind = SupervisionRules.StepSubject, SubjectId = item.Id, NodeId = item.NodeId, StepName = item.NodeName, Post = item.CandidatePost,
        Assignee = item.Assignee, RuleCode = rule, Level = (int)level, DueAt = dueAt, NoticedAt = now, OverdueMinutes = Math.Max(0, overdueMinutes),
        Description = description, DedupKey = key, PreviousHash = "", Hash = "",
    };

    private static string Step(WorkItemRecord item) => item.NodeName ?? item.NodeId;
}
