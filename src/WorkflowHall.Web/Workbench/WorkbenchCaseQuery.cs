using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data;
using WorkflowHall.Data.Hall;
using WorkflowHall.Data.Records;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Domain.Cases;
using WorkflowHall.Domain.Organisations;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Trail;
using WorkflowHall.Web.Accounts;
using WorkflowHall.Web.Cases;

namespace WorkflowHall.Web.Workbench;

/// <summary>Reads a <see cref="WorkbenchCase"/>: the dossier and what the case page needs around it.</summary>
public sealed class WorkbenchCaseQuery(
    CaseDossierQuery dossiers,
    MatterCatalog matters,
    HallDirectory directory,
    DefinitionStore definitions,
    IDbContextFactory<HallDbContext> contexts)
{
    public const string SystemActor = "system";

    /// <summary>The events a person sees in the trail: what each command did, and the case's end.</summary>
    private static readonly HashSet<string> Shown =
    [
        nameof(TrailEventKind.InstanceStarted), nameof(TrailEventKind.WorkItemCompleted), nameof(TrailEventKind.ReturnedToStep),
        nameof(TrailEventKind.WorkItemClaimed), nameof(TrailEventKind.WorkItemReassigned), nameof(TrailEventKind.WorkItemDelegated),
        nameof(TrailEventKind.DelegationResolved), nameof(TrailEventKind.SignersAdded), nameof(TrailEventKind.SignerRemoved),
        nameof(TrailEventKind.InstanceWithdrawn), nameof(TrailEventKind.InstanceCancelled), nameof(TrailEventKind.ClockPaused),
        nameof(TrailEventKind.ClockResumed), nameof(TrailEventKind.TimerFired), nameof(TrailEventKind.Annotated),
        nameof(TrailEventKind.InstanceCompleted),
    ];

    public async Task<WorkbenchCase?> LoadAsync(string caseNumber, HallUser user, CancellationToken cancellationToken = default)
    {
        if (await dossiers.ByNumberAsync(caseNumber, cancellationToken) is not { } dossier) return null;
        var tree = await directory.GetAsync(cancellationToken);
        var c = dossier.Case;
        if (!CaseAccess.MayView(user, c, tree)) return new WorkbenchCase(dossier, null, tree, [], new Dictionary<string, string>(), [], MayView: false);

        var guide = (await matters.GetAsync(c.ImplementationCode, c.MatterVersion, cancellationToken))?.Guide;
        var definition = (await definitions.GetAsync(dossier.State.DefinitionKey, dossier.State.DefinitionVersion, cancellationToken))?.Definition;
        string? StepName(string? nodeId) =>
            nodeId is null ? null : definition is not null && definition.Graph.TryGetNode(nodeId, out var node) ? node.DisplayName : nodeId;

        var userNames = dossier.Trail.Select(e => e.Actor)
            .Concat([c.AgentUserName, c.ApplicantUserName, c.ExtensionApprovedBy])
            .Concat(dossier.SpecialProcedures.SelectMany(p => new[] { p.StartedBy, p.EndedBy }))
            .Concat(dossier.Materials.Select(m => m.AddedBy))
            .Concat(tree.HoldersOf(CaseActions.AgencyHeadPost, c.HandlingUnit))
            .OfType<string>().Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var people = await db.People.AsNoTracking().Where(p => userNames.Contains(p.UserName))
            .ToDictionaryAsync(p => p.UserName, p => p.Name, cancellationToken);
        people.TryAdd(SystemActor, "系统");

        var timeline = dossier.Trail.Where(e => Shown.Contains(e.Kind))
            .Select(e => Entry(e, people.GetValueOrDefault(e.Actor) ?? e.Actor, StepName(e.NodeId)))
            .ToList();
        // Steps this clerk may do here; the applicant's 补正 (even when their agent is a clerk) is answered elsewhere.
        var mine = dossier.State.WorkItems.Where(w => MayAct(tree, c, dossier.State, w, user.UserName) && WorkbenchActionNames.ForStep(w).Count > 0).ToList();
        return new WorkbenchCase(dossier, guide, tree, timeline, people, mine, MayView: true);
    }

    /// <summary>
    /// Mirrors the rule of <see cref="CaseActions"/> (which has the final word): a step is done by whoever
    /// holds its post in its unit, or by the person it is assigned to.
    /// </summary>
    public static bool MayAct(OrgDirectory tree, CaseRecord c, InstanceState state, WorkItem item, string actor)
    {
        if (actor.Length == 0) return false;
        if (item.Assignee is { } assignee) return assignee == actor || (assignee == c.ApplicantNumber && actor == c.AgentUserName);
        if (item.CandidatePost is not { } post) return true;
        return tree.Holds(actor, post, CaseUnits.FromVariables(state.Variables)?.For(item.UnitRule) ?? c.HandlingUnit);
    }

    private static TimelineEntry Entry(TrailEventRecord e, string actorName, string? step)
    {
        var (what, detail) = e.Kind switch
        {
            nameof(TrailEventKind.InstanceStarted) => ("提交申请", null),
            nameof(TrailEventKind.WorkItemCompleted) => (WorkbenchActionNames.Chinese(e.Outcome), null),
            nameof(TrailEventKind.ReturnedToStep) => ("退回", e.Detail),
            nameof(TrailEventKind.WorkItemClaimed) => ("签收", null),
            nameof(TrailEventKind.WorkItemReassigned) => ("转办", e.Detail),
            nameof(TrailEventKind.WorkItemDelegated) => ("委派", e.Detail),
            nameof(TrailEventKind.DelegationResolved) => ("委派办毕", null),
            nameof(TrailEventKind.SignersAdded) => ("加签", e.Detail),
            nameof(TrailEventKind.SignerRemoved) => ("减签", e.Detail),
            nameof(TrailEventKind.InstanceWithdrawn) => ("撤回申请", e.Detail),
            nameof(TrailEventKind.InstanceCancelled) => ("强制终止", e.Detail),
            // The engine writes "<pause kind>: <kind of procedure>：<reason>"; people need the part after the pause kind.
            nameof(TrailEventKind.ClockPaused) => ("启动特别程序", e.Detail is { } d && d.IndexOf(": ", StringComparison.Ordinal) is var i and >= 0 ? d[(i + 2)..] : e.Detail),
            nameof(TrailEventKind.ClockResumed) => ("结束特别程序", e.Detail),
            nameof(TrailEventKind.TimerFired) => ("时限到期", null),
            nameof(TrailEventKind.Annotated) when e.Outcome == HallActions.Extend || e.Outcome == "extension" => ("延长办理期限", e.Detail),
            nameof(TrailEventKind.Annotated) => (e.Outcome ?? "备注", e.Detail),
            nameof(TrailEventKind.InstanceCompleted) => ("办理结束", null),
            _ => (e.Kind, e.Detail),
        };
        var byPerson = e.Actor != SystemActor && e.Kind is not (nameof(TrailEventKind.InstanceCompleted) or nameof(TrailEventKind.TimerFired));
        // A step named like the act (受理 at 受理, 提交申请 at the start) says nothing more.
        return new TimelineEntry(e.At, e.Actor, actorName, what) { Step = step == what ? null : step, Opinion = e.Opinion, Detail = detail, IsAct = byPerson };
    }
}
