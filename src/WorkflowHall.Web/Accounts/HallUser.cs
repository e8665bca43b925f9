using WorkflowHall.Web.Security;

namespace WorkflowHall.Web.Accounts;

/// <summary>
/// Who is signed in, as the hall sees them: roles from the account, and from the hall's directory the
/// person's one number (applicants), their village, and the posts they hold in units (clerks).
/// </summary>
public sealed record HallUser(string UserName, string DisplayName, IReadOnlySet<string> Roles)
{
    public static HallUser Anonymous { get; } = new("", "", new HashSet<string>());

    public bool IsAuthenticated => UserName.Length > 0;
    /// <summary>Citizen ID number or unified social credit code, for applicants.</summary>
    public string? Number { get; init; }
    public string? Kind { get; init; }
    public string? Phone { get; init; }
    public string? VillageCode { get; init; }
    public IReadOnlyList<(string Post, string Unit)> Posts { get; init; } = [];

    public bool IsIn(string role) => Roles.Contains(role);
    public bool IsApplicant => IsIn(HallRoles.Applicant);
    public bool IsAgent => IsIn(HallRoles.Agent);
    public bool IsClerk => IsIn(HallRoles.Clerk);
    public bool IsAdmin => IsIn(HallRoles.Admin);
    public bool IsAuditor => IsIn(HallRoles.Auditor);
    public IEnumerable<string> Units => Posts.Select(p => p.Unit).Distinct();
}
