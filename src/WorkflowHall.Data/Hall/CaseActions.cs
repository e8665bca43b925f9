using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Domain.Cases;
using WorkflowHall.Domain.Matters;
using WorkflowHall.Domain.Organisations;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Time;
using WorkflowHall.Engine.Variables;

namespace WorkflowHall.Data.Hall;

/// <summary>
/// What clerks (and applicants answering a supplement notice) do to a case, stage by stage, with the
/// rules of 行政许可法: refusals carry reasons and a legal basis, the supplement notice lists everything
/// at once and only once, special procedures stop the clock, the one extension is at most 10 working
/// days and approved by the agency head. Each action checks that the actor holds the step's post in
/// the right unit, then runs as one engine step whose transaction also updates the case row.
/// </summary>
public sealed class CaseActions(
    IDbContextFactory<HallDbContext> contexts,
    MatterCatalog matters,
    HallDirectory directory,
    WorkflowRuntime runtime,
    CertificateService certificates,
    WorkingDayCalendar calendar,
    TimeProvider clock)
{
    public const string AgencyHeadPost = "agency-head";
    public const int MaxExtensionDays = 10;
    public const int SupplementNoticeDays = 5;

    public Task<HallResult<CaseRecord>> AcceptAsync(string caseId, string clerk, string? opinion, CancellationToken ct = default) =>
        CompleteAsync(caseId, clerk, HallActions.Accept, opinion, null, (c, now) =>
        {
            // 第32条: if the applicant was not told within 5 days what to supplement, acceptance dates from receipt.
            var late = c.SupplementRequestedAt is { } asked && calendar.CountWorkingDays(StoredTime.FromStored(c.SubmittedAt), StoredTime.FromStored(asked)) > SupplementNoticeDays;
            c.AcceptedAt = late ? c.SubmittedAt : now.UtcDateTime;
        }, ct);

    public Task<HallResult<CaseRecord>> RefuseAcceptAsync(string caseId, string clerk, string reason, string legalBasis, CancellationToken ct = default) =>
        Reasoned(reason, legalBasis, "不予受理") ?? CompleteAsync(caseId, clerk, HallActions.RefuseAccept, reason,
            Vars(("refusalReason", reason), ("refusalBasis", legalBasis)), (c, _) => (c.DecisionReason, c.DecisionBasis) = (reason, legalBasis), ct);

    /// <summary>一次性告知: every missing or faulty material in one notice, once.</summary>
    public async Task<HallResult<CaseRecord>> RequestSupplementAsync(string caseId, string clerk, IReadOnlyList<string> items, CancellationToken ct = default)
    {
        var list = items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).Distinct().ToList();
        if (list.Count == 0) return new HallError("supplement.empty", "补正告知须列明全部需要补正的材料", "A supplement notice must list every material to supplement");
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            var existing = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, ct);
            if (existing?.SupplementRequestedAt is { } earlier)
            {
                return new HallError("supplement.once", $"已于 {Local(earlier):yyyy-MM-dd} 一次性告知补正，不能再次要求补正",
                    $"The one supplement notice was already given on {Local(earlier):yyyy-MM-dd}; it cannot be repeated");
            }
        }
        return await CompleteAsync(caseId, clerk, HallActions.RequestSupplement, string.Join("；", list), Vars(("supplementItems", list)), (c, now) =>
        {
            c.SupplementRequestedAt = now.UtcDateTime;
            c.SupplementItemsJson = CanonicalJson.Serialize(list);
        }, ct);
    }

    /// <summary>The applicant (or their agent) hands in the supplemented materials.</summary>
    public Task<HallResult<CaseRecord>> SubmitSupplementAsync(string caseId, string applicant, IReadOnlyList<SubmittedMaterial> materials, CancellationToken ct = default) =>
        CompleteAsync(caseId, applicant, HallActions.Supplement, null, null, (_, _) => { }, ct, (db, c, now) =>
        {
            foreach (var m in materials)
            {
                db.CaseMaterials.Add(new CaseMaterialRecord
                {
                    CaseId = c.Id, MaterialName = m.MaterialName, Sha256 = m.Sha256, FileName = m.FileName,
                    CertificateIdentifier = m.CertificateIdentifier, AddedAt = now.UtcDateTime, AddedBy = applicant,
                });
            }
        });

    /// <summary>A step that only needs doing (村级代办提交, 残疾评定 …): its one action is <c>complete</c>.</summary>
    public Task<HallResult<CaseRecord>> CompleteStepAsync(string caseId, string actor, string? opinion, CancellationToken ct = default) =>
        CompleteAsync(caseId, actor, HallActions.Complete, opinion, null, (_, _) => { }, ct);

    public Task<HallResult<CaseRecord>> ReviewAsync(string caseId, string clerk, string? opinion, CancellationToken ct = default) =>
        CompleteAsync(caseId, clerk, HallActions.Review, opinion, null, (_, _) => { }, ct);

    public Task<HallResult<CaseRecord>> ReturnAsync(string caseId, string clerk, string opinion, CancellationToken ct = default) =>
        string.IsNullOrWhiteSpace(opinion)
            ? Task.FromResult<HallResult<CaseRecord>>(new HallError("return.opinion", "退回须说明理由", "A return needs its reason"))
            : CompleteAsync(caseId, clerk, HallActions.Return, opinion, null, (_, _) => { }, ct);

    public Task<HallResult<CaseRecord>> ApproveAsync(string caseId, string clerk, string? opinion, CancellationToken ct = default) =>
        CompleteAsync(caseId, clerk, HallActions.Approve, opinion, null, (_, _) => { }, ct);

    /// <summary>不予许可: 第38条 requires the reasons and the applicant's right to review or sue.</summary>
    public Task<HallResult<CaseRecord>> RefuseAsync(string caseId, string clerk, string reason, string legalBasis, CancellationToken ct = default) =>
        Reasoned(reason, legalBasis, "不予许可") ?? CompleteAsync(caseId, clerk, HallActions.Refuse, reason,
            Vars(("refusalReason", reason), ("refusalBasis", legalBasis)), (c, _) => (c.DecisionReason, c.DecisionBasis) = (reason, legalBasis), ct);

    /// <summary>办结·发证: when the matter's result is a certificate, it is issued, signed, with the step.</summary>
    public async Task<HallResult<CaseRecord>> IssueAsync(string caseId, string clerk, string? note, CancellationToken ct = default)
    {
        CertificateRecord? certificate = null;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            if (await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, ct) is { } snapshot
                && await GuideAsync(snapshot, ct) is { Result.CertificateTypeCode: not null } guide
                && !await db.Certificates.AnyAsync(c => c.CaseId == caseId, ct))
            {
                var prepared = await certificates.PrepareAsync(snapshot, guide, clock.GetUtcNow(), cancellationToken: ct);
                if (!prepared.Succeeded) return prepared.Error!;
                certificate = prepared.Value;
            }
        }
        return await CompleteAsync(caseId, clerk, HallActions.Issue, note, null, (_, _) => { }, ct,
            certificate is null ? null : (db, _, _) => db.Certificates.Add(certificate));
    }

    /// <summary>特别程序 (听证, 检验, 检测, 鉴定, 专家评审 …): the clock stops until it ends (第45条).</summary>
    public async Task<HallResult<CaseRecord>> StartSpecialProcedureAsync(string caseId, string clerk, string kind, string reason, string? legalBasis,
        CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(kind) || string.IsNullOrWhiteSpace(reason))
        {
            return new HallError("procedure.reason", "特别程序须写明种类和理由", "A special procedure needs its kind and reason");
        }
        return await RunAsync(caseId, clerk, (c, state, dir) => c.AcceptedAt is null
                ? new HallError("procedure.not-accepted", "受理前不能启动特别程序", "A special procedure can only start after acceptance")
                : Authorised(state, dir, c, clerk) ?? (HallResult<EngineCommand>)new PauseClock(clerk, ClockPauseKind.SpecialProcedure, $"{kind}：{reason}"),
            (db, c, now) => db.SpecialProcedures.Add(new SpecialProcedureRecord
            {
                CaseId = c.Id, Kind = kind, Reason = reason, LegalBasis = legalBasis, StartedAt = now.UtcDateTime, StartedBy = clerk,
            }), ct);
    }

    public Task<HallResult<CaseRecord>> EndSpecialProcedureAsync(string caseId, string clerk, string result, CancellationToken ct = default) =>
        RunAsync(caseId, clerk, (c, state, dir) => Authorised(state, dir, c, clerk) ?? (HallResult<EngineCommand>)new ResumeClock(clerk) { Result = result },
            async (db, c, now) =>
            {
                var open = await db.SpecialProcedures.Where(p => p.CaseId == c.Id && p.EndedAt == null).OrderByDescending(p => p.StartedAt).FirstOrDefaultAsync(ct);
                if (open is null) return;
                open.EndedAt = now.UtcDateTime;
                open.EndedBy = clerk;
                open.Result = result;
            }, ct);

    /// <summary>延长审批期限 (第42条): once, at most 10 working days, approved by the agency head, the reason told to the applicant.</summary>
    public Task<HallResult<CaseRecord>> ExtendAsync(string caseId, string clerk, int days, string reason, string approvedBy, CancellationToken ct = default) =>
        RunAsync(caseId, clerk, (c, state, dir) =>
        {
            if (c.AcceptedAt is null) return new HallError("extension.not-accepted", "受理后才能延期", "Only an accepted case can be extended");
            if (c.ExtensionDays > 0)
            {
                return new HallError("extension.once", $"本件已延期 {c.ExtensionDays} 个工作日，只能延期一次",
                    $"This case was already extended by {c.ExtensionDays} working days; it can be extended once only");
            }
            if (days is < 1 or > MaxExtensionDays)
            {
                return new HallError("extension.days", $"延期为 1 至 {MaxExtensionDays} 个工作日，申请了 {days} 个", $"An extension is 1 to {MaxExtensionDays} working days; {days} were asked");
            }
            if (string.IsNullOrWhiteSpace(reason)) return new HallError("extension.reason", "延期须说明理由并告知申请人", "An extension needs a reason, told to the applicant");
            if (!dir.Holds(approvedBy, AgencyHeadPost, c.HandlingUnit))
            {
                return new HallError("extension.approver", $"{approvedBy} 不是 {c.HandlingUnit} 的机关负责人，不能批准延期",
                    $"{approvedBy} is not the agency head of {c.HandlingUnit} and cannot approve an extension");
            }
            return Authorised(state, dir, c, clerk) ?? (HallResult<EngineCommand>)new AnnotateInstance(clerk, "extension",
                $"延长 {days} 个工作日，理由：{reason}，批准人：{approvedBy}");
        }, (_, c, _) =>
        {
            c.ExtensionDays = days;
            c.ExtensionReason = reason;
            c.ExtensionApprovedBy = approvedBy;
        }, ct);

    /// <summary>撤回: the applicant (or their agent) withdraws before a decision.</summary>
    public Task<HallResult<CaseRecord>> WithdrawAsync(string caseId, string applicant, string? reason, CancellationToken ct = default) =>
        RunAsync(caseId, applicant, (c, _, _) =>
        {
            if (applicant != c.ApplicantUserName && applicant != c.AgentUserName)
            {
                return new HallError("withdraw.applicant", "只有申请人或其代办员可以撤回申请", "Only the applicant or their agent can withdraw the application");
            }
            if (c.DecidedAt is not null) return new HallError("withdraw.decided", "已作出决定的办件不能撤回", "A case that has been decided cannot be withdrawn");
            return new WithdrawInstance(applicant) { Reason = reason };
        }, (_, _, _) => { }, ct);

    private Task<HallResult<CaseRecord>> CompleteAsync(string caseId, string actor, string action, string? opinion, Dictionary<string, object?>? variables,
        Action<CaseRecord, DateTimeOffset> update, CancellationToken ct, Action<HallDbContext, CaseRecord, DateTimeOffset>? alsoWrite = null) =>
        RunAsync(caseId, actor, (c, state, dir) =>
        {
            // In parallel steps several items may allow the action: take the one this actor may do.
            var candidates = state.WorkItems.Where(w => !w.AllowedActions.IsDefaultOrEmpty && w.Allows(action)).ToList();
            if (candidates.Count == 0) candidates = state.WorkItems.Where(w => w.AllowedActions.IsDefaultOrEmpty).ToList();
            var item = candidates.FirstOrDefault(w => MayAct(dir, c, state, w, actor)) ?? candidates.FirstOrDefault();
            if (item is null)
            {
                var open = string.Join("、", state.WorkItems.Select(w => $"{w.NodeName ?? w.NodeId}（{string.Join("/", w.AllowedActions)}）"));
                return new HallError("action.step", $"办件当前的步骤不能执行“{action}”。当前步骤：{(open.Length > 0 ? open : "无")}",
                    $"No open step of this case allows “{action}”. Open steps: {(open.Length > 0 ? open : "none")}");
            }
            if (!MayAct(dir, c, state, item, actor))
            {
                var unit = UnitOf(c, state, item);
                return new HallError("action.post", $"{actor} 不在 {unit} 的“{item.CandidatePost}”岗位，不能办理“{item.NodeName}”",
                    $"{actor} does not hold post “{item.CandidatePost}” in {unit} and cannot act on “{item.NodeName}”");
            }
            return new CompleteWorkItem(actor, item.Id) { Outcome = action, Opinion = opinion, Variables = VariableMap.From(variables) };
        }, (db, c, now) =>
        {
            update(c, now);
            alsoWrite?.Invoke(db, c, now);
        }, ct);

    private Task<HallResult<CaseRecord>> RunAsync(string caseId, string actor, Func<CaseRecord, InstanceState, OrgDirectory, HallResult<EngineCommand>> decide,
        Action<HallDbContext, CaseRecord, DateTimeOffset> write, CancellationToken ct) =>
        RunAsync(caseId, actor, decide, (db, c, now) =>
        {
            write(db, c, now);
            return Task.CompletedTask;
        }, ct);

    private async Task<HallResult<CaseRecord>> RunAsync(string caseId, string actor, Func<CaseRecord, InstanceState, OrgDirectory, HallResult<EngineCommand>> decide,
        Func<HallDbContext, CaseRecord, DateTimeOffset, Task> write, CancellationToken ct)
    {
        CaseRecord? snapshot;
        InstanceState state;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            snapshot = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, ct);
            var instance = await db.Instances.AsNoTracking().SingleOrDefaultAsync(i => i.Id == caseId, ct);
            if (snapshot is null || instance is null) return new HallError("case.unknown", $"没有办件 {caseId}", $"There is no case {caseId}");
            state = InstanceStateJson.Deserialize(instance.StateJson);
        }
        if (state.IsEnded)
        {
            return new HallError("case.ended", $"办件 {snapshot.CaseNumber} 已结束（{snapshot.Status}），不能再办理", $"Case {snapshot.CaseNumber} has ended ({snapshot.Status}); nothing more can be done");
        }

        var decision = decide(snapshot, state, await directory.GetAsync(ct));
        if (!decision.Succeeded) return decision.Error!;
        var guide = await GuideAsync(snapshot, ct);

        CaseRecord? updated = null;
        var outcome = await runtime.ExecuteAsync(caseId, decision.Value!, async (db, _, _, result, _) =>
        {
            var now = result.Events.Length > 0 ? result.Events[0].At : clock.GetUtcNow();
            updated = await db.Cases.SingleAsync(c => c.Id == caseId, ct);
            await write(db, updated, now);
            CaseStepWriter.Apply(updated, result.State, guide, calendar, now);
        }, ct);
        return outcome.IsAccepted ? updated! : HallErrors.From(outcome);
    }

    private async Task<ServiceGuide> GuideAsync(CaseRecord c, CancellationToken ct) =>
        (await matters.GetAsync(c.ImplementationCode, c.MatterVersion, ct))?.Guide
        ?? throw new InvalidOperationException($"Matter {c.ImplementationCode} version {c.MatterVersion} is gone.");

    /// <summary>A step is done by whoever holds its post in its unit, or by the person it is assigned to (the applicant for 补正).</summary>
    public static bool MayAct(OrgDirectory dir, CaseRecord c, InstanceState state, WorkItem item, string actor)
    {
        if (item.Assignee is { } assignee) return assignee == actor || (assignee == c.ApplicantNumber && actor == c.AgentUserName);
        if (item.CandidatePost is not { } post) return true;
        return dir.Holds(actor, post, UnitOf(c, state, item));
    }

    private static string? UnitOf(CaseRecord c, InstanceState state, WorkItem item) =>
        CaseUnits.FromVariables(state.Variables)?.For(item.UnitRule) ?? c.HandlingUnit;

    /// <summary>Case-level acts (special procedures, extensions) are for those who hold the post of an open step.</summary>
    private static HallError? Authorised(InstanceState state, OrgDirectory dir, CaseRecord c, string actor) =>
        state.WorkItems.Any(w => MayAct(dir, c, state, w, actor)) ? null
            : new HallError("action.post", $"{actor} 不是本件当前步骤的办理人", $"{actor} does not handle any open step of this case");

    private static Task<HallResult<CaseRecord>>? Reasoned(string reason, string basis, string decision) =>
        string.IsNullOrWhiteSpace(reason) || string.IsNullOrWhiteSpace(basis)
            ? Task.FromResult<HallResult<CaseRecord>>(new HallError("decision.reasons", $"{decision}须写明理由和法律依据", $"{(decision == "不予受理" ? "A refusal to accept" : "A refusal")} must state its reasons and legal basis"))
            : null;

    private static Dictionary<string, object?> Vars(params (string Name, object? Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);

    private static DateTime Local(DateTime utc) => StoredTime.FromStored(utc).ToOffset(TimeSpan.FromHours(8)).DateTime;
}
