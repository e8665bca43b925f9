namespace WorkflowHall.Web.Security;

/// <summary>Authorization policies; everything else needs only an authenticated caller (the fallback policy).</summary>
public static class HallPolicies
{
    /// <summary>Publishing and retiring definitions, migrating instances, retention.</summary>
    public const string Admin = "admin";

    /// <summary>Reading definitions, instances and trails: the hall's own staff (clerks, administrators, auditors), never applicants.</summary>
    public const string Staff = "staff";

    /// <summary>Acting on work items: clerks (within their units) and administrators; applicants and auditors never.</summary>
    public const string Handling = "handling";
}
