using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data;
using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Matters;
using WorkflowHall.Data.Organisations;
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
    CaseTimelineReader timelines,
    IDbContextFactory<HallDbContext> contexts)
{
    public async Task<WorkbenchCase?> LoadAsync(string caseNumber, HallUser user, CancellationToken cancellationToken = default)
    {
        if (await dossiers.ByNumberAsync(caseNumber, cancellationToken) is not { } dossier) return null;
        var tree = await directory.GetAsync(cancellationToken);
        var c = dossier.Case;
        var relation = CaseAccess.RelationOf(user, c, tree, dossier.State);
        if (relation == Domain.Identity.CaseRelation.None) return new WorkbenchCase(dossier, null, tree, [], new Dictionary<string, string>(), [], MayView: false);

        var guide = (await matters.GetAsync(c.ImplementationCode, c.MatterVersion, cancellationToken))?.Guide;
        var userNames = dossier.Trail.Select(e => e.Actor)
            .Concat([c.AgentUserName, c.ApplicantUserName, c.ExtensionApprovedBy])
            .Concat(dossier.SpecialProcedures.SelectMany(p => new[] { p.StartedBy, p.EndedBy }))
            .Concat(dossier.Materials.Select(m => m.AddedBy))
            .Concat(tree.HoldersOf(CaseActions.AgencyHeadPost, c.HandlingUnit))
            .OfType<string>().Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var people = await db.People.AsNoTracking().Where(p => userNames.Contains(p.UserName))
            .ToDictionaryAsync(p => p.UserName, p => p.Name, cancellationToken);
        people.TryAdd(CaseTimelineReader.SystemActor, "系统");

        var timeline = await timelines.ReadAsync(dossier, TimelineAudience.Staff, cancellationToken);
        // Steps this clerk may do here; the applicant's 补正 (even when their agent is a clerk) is answered elsewhere.
        var mine = dossier.State.WorkItems.Where(w => user.IsAuthenticated && CaseActions.MayAct(tree, c, dossier.State, w, user.UserName) && WorkbenchActionNames.ForStep(w).Count > 0).ToList();
        return new WorkbenchCase(dossier, guide, tree, timeline, people, mine, MayView: true) { Relation = relation };
    }

}
