using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Organisations;

namespace WorkflowHall.Web.Accounts;

/// <summary>
/// Who may open a case: its applicant and the agent who filed it; clerks who hold a post in the case's
/// handling unit, in a unit above it (a county's supervision covers its departments), or in the
/// village it came from; administrators and auditors. A clerk of another county sees nothing of it.
/// What a clerk may <em>do</em> to it is the case actions' business (the post of the open step).
/// </summary>
public static class CaseAccess
{
    public static bool MayView(HallUser user, CaseRecord c, OrgDirectory directory)
    {
        if (!user.IsAuthenticated) return false;
        if (user.IsAdmin || user.IsAuditor) return true;
        if (IsOwner(user, c)) return true;
        if (!user.IsClerk) return false;
        var reach = directory.Ancestry(c.HandlingUnit).Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        reach.Add(c.HandlingUnit);
        if (c.ApplicantVillage is { } village) reach.Add(village);
        return user.Units.Any(reach.Contains);
    }

    /// <summary>The applicant themself (by account or by one number) or the agent who applied for them.</summary>
    public static bool IsOwner(HallUser user, CaseRecord c) =>
        user.IsAuthenticated && (c.ApplicantUserName == user.UserName || c.AgentUserName == user.UserName
            || (user.IsApplicant && user.Number is not null && c.ApplicantNumber == user.Number));
}
