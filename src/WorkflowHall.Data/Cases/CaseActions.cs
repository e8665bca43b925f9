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
using WorkflowHall.Data.Certificates;
using WorkflowHall.Data.Matters;
using WorkflowHall.Data.Organisations;

namespace WorkflowHall.Data.Cases;

/// <summary>
/// The one way to act on a case — from a page, the API, the seed or a job. What may be done, by whom, when
/// and with which fields is <see cref="CaseRules"/>'s (行政许可法: refusals carry reasons and a legal basis,
/// the supplement notice lists everything at once and only once, special procedures stop the clock, the one
/// extension is at most 10 working days and approved by the agency head). Each act then runs as one engine
/// step whose transaction also updates the case row (<see cref="CaseStepWriter"/>), its materials,
/// procedures and certificate; the runtime refuses commands on a case's instance that do not come from here.
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
    public const string AgencyHeadPost = CaseRules.AgencyHeadPost;
    public const int MaxExtensionDays = CaseRules.MaxExtensionDays;
    public const int SupplementNoticeDays = CaseRules.SupplementNoticeDays;

    public Task<HallResult<CaseRecord>> AcceptAsync(string caseId, string clerk, string? opinion, CancellationToken ct = default) =>
        ActAsync(caseId, new CaseRequest(HallActions.Accept, clerk) { Opinion = opinion }, cancellationToken: ct);

    public Task<HallResult<CaseRecord>> RefuseAcceptAsync(string caseId, string clerk, string reason, string legalBasis, CancellationToken ct = default) =>
        ActAsync(caseId, new CaseRequest(HallActions.RefuseAccept, clerk) { Reason = reason, LegalBasis = legalBasis }, cancellationToken: ct);

    /// <summary>一次性告知: every missing or faulty material in one notice, once.</summary>
    public Task<HallResult<CaseRecord>> RequestSupplementAsync(string caseId, string clerk, IReadOnlyList<string> items, CancellationToken ct = default) =>
        ActAsync(caseId, new CaseRequest(HallActions.RequestSupplement, clerk) { Items = items }, cancellationToken: ct);

    /// <summary>The applicant (or their agent) hands in the supplemented materials.</summary>
    public Task<HallResult<CaseRecord>> SubmitSupplementAsync(string caseId, string applicant, IReadOnlyList<SubmittedMaterial> materials, CancellationToken ct = default) =>
        RunAsync(caseId, new CaseRequest(HallActions.Supplement, applicant), null, materials, ct);

    /// <summary>A step that only needs doing (村级代办提交, 残疾评定 …): its one action is <c>complete</c>.</summary>
    public Task<HallResult<CaseRecord>> CompleteStepAsync(string caseId, string actor, string? opinion, CancellationToken ct = default) =>
        ActAsync(caseId, new CaseRequest(HallActions.Complete, actor) { Opinion = opinion }, cancellationToken: ct);

    public Task<HallResult<CaseRecord>> ReviewAsync(string caseId, string clerk, string? opinion, CancellationToken ct = default) =>
        ActAsync(caseId, new CaseRequest(HallActions.Review, clerk) { Opinion = opinion }, cancellationToken: ct);

    public Task<HallResult<CaseRecord>> ReturnAsync(string caseId, string clerk, string opinion, CancellationToken ct = default) =>
        ActAsync(caseId, new CaseRequest(HallActions.Return, clerk) { Opinion = opinion }, cancellationToken: ct);

    public Task<HallResult<CaseRecord>> ApproveAsync(string caseId, string clerk, string? opinion, CancellationToken ct = default) =>
        ActAsync(caseId, new CaseRequest(HallActions.Approve, clerk) { Opinion = opinion }, cancellationToken: ct);

    /// <summary>不予许可: 第38条 requires the reasons and the applicant's right to review or sue.</summary>
    public Task<HallResult<CaseRecord>> RefuseAsync(string caseId, string clerk, string reason, string legalBasis, CancellationToken ct = default) =>
        ActAsync(caseId, new CaseRequest(HallActions.Refuse, clerk) { Reason = reason, LegalBasis = legalBasis }, cancellationToken: ct);

    /// <summary>办结·发证: when the matter's result is a certificate, it is issued, signed, with the step.</summary>
    public Task<HallResult<CaseRecord>> IssueAsync(string caseId, string clerk, string? note, CancellationToken ct = default) =>
        ActAsync(caseId, new CaseRequest(HallActions.Issue, clerk) { Opinion = note }, cancellationToken: ct);

    /// <summary>特别程序 (听证, 检验, 检测, 鉴定, 专家评审 …): the clock stops until it ends (第45条).</summary>
    public Task<HallResult<CaseRecord>> StartSpecialProcedureAsync(string caseId, string clerk, string kind, string reason, string? legalBasis,
        CancellationToken ct = default) =>
        ActAsync(caseId, new CaseRequest(CaseActs.StartProcedure, clerk) { ProcedureKind = kind, Reason = reason, LegalBasis = legalBasis }, cancellationToken: ct);

    public Task<HallResult<CaseRecord>> EndSpecialProcedureAsync(string caseId, string clerk, string result, CancellationToken ct = default) =>
        ActAsync(caseId, new CaseRequest(CaseActs.EndProcedure, clerk) { Result = result }, cancellationToken: ct);

    /// <summary>延长审批期限 (第42条): once, at most 10 working days, approved by the agency head, the reason told to the applicant.</summary>
    public Task<HallResult<CaseRecord>> ExtendAsync(string caseId, string clerk, int days, string reason, string approvedBy, CancellationToken ct = default) =>
        ActAsync(caseId, new CaseRequest(CaseActs.Extend, clerk) { Days = days, Reason = reason, ApprovedBy = approvedBy }, cancellationToken: ct);

    /// <summary>撤回: the applicant (or their agent) withdraws before a decision, saying why.</summary>
    public Task<HallResult<CaseRecord>> WithdrawAsync(string caseId, string applicant, string? reason, CancellationToken ct = default) =>
        ActAsync(caseId, new CaseRequest(CaseActs.Withdraw, applicant) { Reason = reason }, cancellationToken: ct);

    /// <summary>
    /// Any act of <see cref="CaseActs"/> (not 补正, which brings materials: <see cref="SubmitSupplementAsync"/>).
    /// With <paramref name="expectedRevision"/> (the instance revision the caller saw) a changed case is refused.
    /// </summary>
    public Task<HallResult<CaseRecord>> ActAsync(string caseId, CaseRequest request, int? expectedRevision = null, CancellationToken cancellationToken = default) =>
        RunAsync(caseId, request, expectedRevision, [], cancellationToken);

    /// <summary>
    /// An act on one open step that does not complete it — 签收, 转办, 委派, 交回, 加签, 减签, 退回到指定步骤 — with the
    /// same post checks as completing it (<see cref="CaseRules.CheckItemAct"/>).
    /// </summary>
    public async Task<HallResult<CaseRecord>> ItemActAsync(string caseId, EngineCommand command, CancellationToken cancellationToken = default)
    {
        var (workItemId, takers, opinion, opinionRequired) = command switch
        {
            ClaimWorkItem claim => (claim.WorkItemId, [], null, false),
            ReassignWorkItem reassign => (reassign.WorkItemId, [reassign.NewAssignee], reassign.Reason, false),
            DelegateWorkItem delegation => (delegation.WorkItemId, [delegation.Delegate], delegation.Reason, false),
            ResolveDelegation resolve => (resolve.WorkItemId, [], resolve.Opinion, false),
            AddSigners add => (add.WorkItemId, add.Signers.ToArray(), add.Reason, false),
            RemoveSigner remove => (remove.WorkItemId, [], remove.Reason, false),
            ReturnToStep back => (back.WorkItemId, [], back.Opinion, true),
            _ => ((string?)null, Array.Empty<string>(), (string?)null, false),
        };
        if (workItemId is null) return Error(CaseRefusals.UnknownAct(command.GetType().Name));
        var loaded = await LoadAsync(caseId, cancellationToken);
        if (!loaded.Succeeded) return loaded.Error!;
        var (snapshot, state, tree) = loaded.Value;
        var verdict = CaseRules.CheckItemAct(tree, Facts(snapshot), state, command.Actor, workItemId, takers, opinion, opinionRequired);
        if (!verdict.Allowed) return Error(verdict.Refusal!);
        var guide = await GuideAsync(snapshot, cancellationToken);
        return await StepAsync(caseId, command, guide, (_, _, _) => Task.CompletedTask, cancellationToken);
    }

    /// <summary>What the actor may do to the case now: the acts a page offers.</summary>
    public async Task<IReadOnlyList<string>> ActsForAsync(CaseRecord c, InstanceState state, string actor, CancellationToken cancellationToken = default) =>
        CaseRules.ActsFor(await directory.GetAsync(cancellationToken), Facts(c), state, actor);

    /// <summary>A step is done by whoever holds its post in its unit or above, or by the person it is assigned to (<see cref="CaseRules.MayAct"/>).</summary>
    public static bool MayAct(OrgDirectory dir, CaseRecord c, InstanceState state, WorkItem item, string actor) =>
        CaseRules.MayAct(dir, Facts(c), state, item, actor);

    /// <summary>The facts of a case row that the rules read.</summary>
    public static CaseFacts Facts(CaseRecord c) => new(c.CaseNumber, c.HandlingUnit, c.ApplicantNumber)
    {
        ApplicantUserName = c.ApplicantUserName,
        AgentUserName = c.AgentUserName,
        AcceptedAt = StoredTime.FromStored(c.AcceptedAt),
        DecidedAt = StoredTime.FromStored(c.DecidedAt),
        SupplementRequestedAt = StoredTime.FromStored(c.SupplementRequestedAt),
        ExtensionDays = c.ExtensionDays,
    };

    /// <summary>The engine command an allowed request becomes, on the open step the rules chose for step acts.</summary>
    public static EngineCommand Command(CaseRequest r, WorkItem? item) => r.Act switch
    {
        CaseActs.StartProcedure => new PauseClock(r.Actor, ClockPauseKind.SpecialProcedure, $"{r.ProcedureKind}：{r.Reason}"),
        CaseActs.EndProcedure => new ResumeClock(r.Actor) { Result = r.Result },
        CaseActs.Extend => new AnnotateInstance(r.Actor, "extension", $"延长 {r.Days} 个工作日，理由：{r.Reason}，批准人：{r.ApprovedBy}"),
        CaseActs.Withdraw => new WithdrawInstance(r.Actor) { Reason = r.Reason },
        HallActions.RefuseAccept or HallActions.Refuse => Complete(r, item, r.Reason, Vars(("refusalReason", r.Reason), ("refusalBasis", r.LegalBasis))),
        HallActions.RequestSupplement => Complete(r, item, string.Join("；", CaseRules.NoticeItems(r.Items)), Vars(("supplementItems", CaseRules.NoticeItems(r.Items).ToList()))),
        HallActions.Supplement => Complete(r, item, null, null),
        _ => Complete(r, item, r.Opinion, null),
    };

    private async Task<HallResult<CaseRecord>> RunAsync(string caseId, CaseRequest request, int? expectedRevision, IReadOnlyList<SubmittedMaterial> materials,
        CancellationToken ct)
    {
        var loaded = await LoadAsync(caseId, ct);
        if (!loaded.Succeeded) return loaded.Error!;
        var (snapshot, state, tree) = loaded.Value;
        var facts = Facts(snapshot);
        var verdict = CaseRules.Check(tree, facts, state, request);
        if (!verdict.Allowed) return Error(verdict.Refusal!);
        if (request.Act == CaseActs.Extend && CaseRules.ExtensionApprover(tree, facts, request.ApprovedBy) is { } approver) return Error(approver);

        var guide = await GuideAsync(snapshot, ct);
        CertificateRecord? certificate = null;
        if (request.Act == HallActions.Issue && guide.Result?.CertificateTypeCode is not null)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            if (!await db.Certificates.AnyAsync(c => c.CaseId == caseId, ct))
            {
                var prepared = await certificates.PrepareAsync(snapshot, guide, clock.GetUtcNow(), cancellationToken: ct);
                if (!prepared.Succeeded) return prepared.Error!;
                certificate = prepared.Value;
            }
        }
        var command = Command(request, verdict.Item) with { ExpectedRevision = expectedRevision };
        return await StepAsync(caseId, command, guide, (db, c, now) => WriteAsync(db, c, request, materials, certificate, calendar, now, ct), ct);
    }

    private async Task<HallResult<(CaseRecord Case, InstanceState State, OrgDirectory Directory)>> LoadAsync(string caseId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var snapshot = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, ct);
        var instance = await db.Instances.AsNoTracking().SingleOrDefaultAsync(i => i.Id == caseId, ct);
        if (snapshot is null || instance is null) return new HallError("case.unknown", $"没有办件 {caseId}", $"There is no case {caseId}");
        return (snapshot, InstanceStateJson.Deserialize(instance.StateJson), await directory.GetAsync(ct));
    }

    /// <summary>One engine step, with the case service's pass, whose transaction also writes the case's rows.</summary>
    private async Task<HallResult<CaseRecord>> StepAsync(string caseId, EngineCommand command, ServiceGuide guide,
        Func<HallDbContext, CaseRecord, DateTimeOffset, Task> write, CancellationToken ct)
    {
        CaseRecord? updated = null;
        var outcome = await runtime.ExecuteAsync(caseId, command, async (db, _, _, result, _) =>
        {
            var now = result.Events.Length > 0 ? result.Events[0].At : clock.GetUtcNow();
            updated = await db.Cases.SingleAsync(c => c.Id == caseId, ct);
            await write(db, updated, now);
            CaseStepWriter.Apply(updated, result.State, guide, calendar, now);
        }, CaseStepPass.Instance, ct);
        return outcome.IsAccepted ? updated! : HallErrors.From(outcome);
    }

    /// <summary>What each act writes to the case's own rows besides its status and dates (<see cref="CaseRowChanges"/>), and the certificate it issues.</summary>
    private static async Task WriteAsync(HallDbContext db, CaseRecord c, CaseRequest r, IReadOnlyList<SubmittedMaterial> materials, CertificateRecord? certificate,
        WorkingDayCalendar calendar, DateTimeOffset now, CancellationToken ct)
    {
        var open = r.Act == CaseActs.EndProcedure
            ? await db.SpecialProcedures.Where(p => p.CaseId == c.Id && p.EndedAt == null).OrderByDescending(p => p.StartedAt).FirstOrDefaultAsync(ct)
            : null;
        var added = CaseRowChanges.Apply(c, r, materials, open, calendar, now);
        db.CaseMaterials.AddRange(added.Materials);
        if (added.Procedure is not null) db.SpecialProcedures.Add(added.Procedure);
        if (r.Act == HallActions.Issue && certificate is not null) db.Certificates.Add(certificate);
    }

    private async Task<ServiceGuide> GuideAsync(CaseRecord c, CancellationToken ct) =>
        (await matters.GetAsync(c.ImplementationCode, c.MatterVersion, ct))?.Guide
        ?? throw new InvalidOperationException($"Matter {c.ImplementationCode} version {c.MatterVersion} is gone.");

    private static CompleteWorkItem Complete(CaseRequest r, WorkItem? item, string? opinion, Dictionary<string, object?>? variables) =>
        new(r.Actor, item?.Id ?? throw new InvalidOperationException($"No open step was chosen for {r.Act}."))
        {
            Outcome = r.Act, Opinion = opinion, Variables = VariableMap.From(variables),
        };

    private static HallError Error(CaseRefusal refusal) => new(refusal.Code, refusal.MessageZh, refusal.MessageEn) { Target = refusal.Target };

    private static Dictionary<string, object?> Vars(params (string Name, object? Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);
}
