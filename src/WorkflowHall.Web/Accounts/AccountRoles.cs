using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Web.Security;

namespace WorkflowHall.Web.Accounts;

/// <summary>Which roles a person of the hall's directory signs in with: by kind, and for staff by the posts they hold.</summary>
internal static class AccountRoles
{
    public static IReadOnlyList<string> For(PersonRecord person, IEnumerable<string> posts) => person.Kind switch
    {
        "person" or "enterprise" => [HallRoles.Applicant],
        "administrator" => [HallRoles.Admin],
        "auditor" => [HallRoles.Auditor],
        _ => posts.Contains(CaseApplications.VillageAgentPost) ? [HallRoles.Clerk, HallRoles.Agent] : [HallRoles.Clerk],
    };
}
