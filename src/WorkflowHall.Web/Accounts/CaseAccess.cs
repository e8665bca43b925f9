using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Identity;
using WorkflowHall.Domain.Organisations;
using WorkflowHall.Engine.Execution;

namespace WorkflowHall.Web.Accounts;

/// <summary>
/// Who may open a case: its applicant and the agent who filed it (until the applicant revokes the filing); clerks
/// who hold a post in the case's handling unit, in a unit above it (a county's supervision covers its departments),
/// or in the village it came from (a village agent's post is for filing, not for reading villagers' cases, unless
/// the workflow gives that post an open step of the case); administrators and auditors. A clerk of another county sees nothing of it. What each sees of the applicant is
/// <see cref="PersonalDataView"/>'s business, by <see cref="RelationOf"/>; what a clerk may <em>do</em> to it is
/// the case actions' business (the post of the open step).
/// </summary>
public static class CaseAccess
{
    public static bool MayView(HallUser user, CaseRecord c, OrgDirectory directory, InstanceState? state = null) =>
        RelationOf(user, c, directory, state) != CaseRelation.None;

    /// <param name="state">The case's instance, when the door has it: whoever holds the post of an open staff step handles the case.</param>
    public static CaseRelation RelationOf(HallUser user, CaseRecord c, OrgDirectory directory, InstanceState? state = null)
    {
        if (!user.IsAuthenticated) return CaseRelation.None;
        var handlingReach = directory.Ancestry(c.HandlingUnit).Select(u => u.Code).Append(c.HandlingUnit).ToHashSet(StringComparer.Ordinal);
        var handles = (user.IsClerk && user.Units.Any(handlingReach.Contains)) || HoldsOpenStep(user, c, directory, state);
        var inVillage = user.IsClerk && c.ApplicantVillage is { } village
            && user.Posts.Any(p => p.Unit == village && p.Post != CaseApplications.VillageAgentPost);
        return CaseRelations.Of(IsApplicant(user, c), IsFilingAgent(user, c), handles, user.IsAdmin, user.IsAuditor, isOtherStaff: inVillage);
    }

    /// <summary>A staff step (one with a post, not the applicant's own 补正) open now whose post the user holds where it is done.</summary>
    public static bool HoldsOpenStep(HallUser user, CaseRecord c, OrgDirectory directory, InstanceState? state) =>
        user.IsClerk && state is not null
        && state.WorkItems.Any(w => w.CandidatePost is not null && w.Assignee is null && CaseActions.MayAct(directory, c, state, w, user.UserName));

    /// <summary>The applicant themself (by account or by one number) or the agent who applied for them, while the consent stands.</summary>
    public static bool IsOwner(HallUser user, CaseRecord c) => IsApplicant(user, c) || IsFilingAgent(user, c);

    public static bool IsApplicant(HallUser user, CaseRecord c) =>
        user.IsAuthenticated && (c.ApplicantUserName == user.UserName || (user.IsApplicant && user.Number is not null && c.ApplicantNumber == user.Number));

    public static bool IsFilingAgent(HallUser user, CaseRecord c) =>
        user.IsAuthenticated && c.AgentUserName == user.UserName && c.ConsentRevokedAt is null;
}
