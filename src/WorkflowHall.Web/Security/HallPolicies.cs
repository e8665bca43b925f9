namespace WorkflowHall.Web.Security;

/// <summary>Authorization policies; everything else needs only an authenticated caller (the fallback policy).</summary>
public static class HallPolicies
{
    /// <summary>Publishing and retiring definitions, migrating instances, retention.</summary>
    public const string Admin = "admin";
}
