using WorkflowHall.Data.Records.Supervision;
using WorkflowHall.Engine.Time;
using static WorkflowHall.Data.Supervision.SupervisionTime;

namespace WorkflowHall.Data.Supervision;

/// <summary>
/// The rules for a case: yellow a working day before its promised deadline, red when the promised and
/// when the statutory deadline pass, red when a refusal carries no reasons.
/// </summary>
internal static class CaseFindings
{
    public static (List<SupervisionFinding> Found, DateTime? Next) Evaluate(CaseFacts c, string? matterType, SweepScope scope, WorkingDayCalendar calendar,
        DateTime now)
    {
        var found = new List<SupervisionFinding>();
        if (c.IsRefusal && string.IsNullOrWhiteSpace(c.DecisionReason) && c.DecidedAt is { } decided)
        {
            var what = c.Status == "NotAccepted" ? "不予受理" : "不予许可";
            found.Add(new SupervisionFinding(Content(c, matterType, SupervisionRules.RefusalWithoutReasons, SupervisionLevel.Breach, decided, now, 0,
                $"办件于 {HallTime.FormatMinute(decided)} 作出{what}决定，未说明理由（行政许可法第三十二条、第三十八条）",
                SupervisionFinding.Key(SupervisionRules.CaseSubject, c.Id, SupervisionRules.RefusalWithoutReasons, SupervisionLevel.Breach, decided)))
            {
                Notify = scope.SupervisorsAbove(c.HandlingUnit),
            });
        }
        if (!c.ClockRuns || c.PromisedDueAt is not { } promised) return (found, null);

        var warnAt = Stored(WorkingDaysBefore(Instant(promised), scope.Options.CaseWarningWorkingDays, calendar));
        var thresholds = new List<(DateTime At, SupervisionLevel Level, string Rule, string Text)>();
        if (warnAt < promised) thresholds.Add((warnAt, SupervisionLevel.Warning, SupervisionRules.CasePromisedWarning, $"办件距承诺办结期限（{HallTime.FormatMinute(promised)}）不足 {scope.Options.CaseWarningWorkingDays} 个工作日，请抓紧办理"));
        thresholds.Add((promised, SupervisionLevel.Breach, SupervisionRules.CasePromisedOverdue, $"办件已超过承诺办结期限（{HallTime.FormatMinute(promised)}）"));
        if (c.StatutoryDueAt is { } statutory) thresholds.Add((statutory, SupervisionLevel.Breach, SupervisionRules.CaseStatutoryOverdue, $"办件已超过法定办结期限（{HallTime.FormatMinute(statutory)}）"));

        DateTime? next = null;
        foreach (var (at, level, rule, text) in thresholds)
        {
            if (at > now)
            {
                next = next is { } n && n < at ? n : at;
                continue;
            }
            var late = level == SupervisionLevel.Breach ? now - at : TimeSpan.Zero;
            var description = level == SupervisionLevel.Breach ? $"{text}，超期 {Span(late)}；受理于 {HallTime.FormatMinute(c.AcceptedAt!.Value)}" : text;
            found.Add(new SupervisionFinding(Content(c, matterType, rule, level, at, now, (long)late.TotalMinutes, description,
                SupervisionFinding.Key(SupervisionRules.CaseSubject, c.Id, rule, level, at)))
            {
                OpensBreach = level == SupervisionLevel.Breach,
                Notify = level == SupervisionLevel.Breach ? scope.SupervisorsAbove(c.HandlingUnit) : [],
            });
        }
        return (found, next);
    }

    public static SupervisionRecord Content(CaseFacts c, string? matterType, string rule, SupervisionLevel level, DateTime dueAt, DateTime now,
        long overdueMinutes, string description, string key) => new()
    {
        RecordNumber = "", CaseId = c.Id, CaseNumber = c.CaseNumber, MatterType = matterType, ImplementationCode = c.ImplementationCode,
        UnitCode = c.HandlingUnit, ResponsibleUnit = c.HandlingUnit, SubjectKind = SupervisionRules.CaseSubject, SubjectId = c.Id,
        RuleCode = rule, Level = (int)level, DueAt = dueAt, NoticedAt = now, OverdueMinutes = Math.Max(0, overdueMinutes),
        Description = description, DedupKey = key, PreviousHash = "", Hash = "",
    };
}
