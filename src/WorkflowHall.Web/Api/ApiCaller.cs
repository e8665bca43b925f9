using System.Security.Claims;
using WorkflowHall.Domain.Organisations;
using WorkflowHall.Web.Security;

namespace WorkflowHall.Web.Api;

/// <summary>
/// Who is calling the API and how far they reach: the roles of their key, and for clerks the units where
/// they hold a post in the hall's directory or that their key names. A unit reaches the units below it
/// (a county's clerks supervise its departments); administrators reach everything.
/// </summary>
public sealed class ApiCaller(ClaimsPrincipal user, IReadOnlySet<string> units, OrgDirectory directory)
{
    public string Actor { get; } = user.Actor();
    public bool IsAdmin => user.IsInRole(HallRoles.Admin);
    public bool IsClerk => user.IsInRole(HallRoles.Clerk);
    public bool IsAuditor => user.IsInRole(HallRoles.Auditor);

    /// <summary>Applicants and agents: they see and act on their own applications only.</summary>
    public bool ActsForThemselves => !IsAdmin && !IsClerk && !IsAuditor;

    public bool Reaches(string? unit) =>
        IsAdmin || units.Contains(ApiKeyDefaults.AllUnits)
        || (unit is not null && (units.Contains(unit) || directory.Ancestry(unit).Any(u => units.Contains(u.Code))));

    /// <summary>Holding a post in that very unit (a village's agent in their village), not above it.</summary>
    public bool IsIn(string? unit) => IsAdmin || units.Contains(ApiKeyDefaults.AllUnits) || (unit is not null && units.Contains(unit));

    /// <summary>Acting on an instance's work: administrators, and clerks within its unit.</summary>
    public bool MayHandle(string? handlingUnit) => IsAdmin || (IsClerk && Reaches(handlingUnit));

    /// <summary>Reading an instance: auditors and administrators, clerks within its unit, and whoever started it.</summary>
    public bool MayRead(string? handlingUnit, string startedBy) => IsAuditor || MayHandle(handlingUnit) || startedBy == Actor;
}
