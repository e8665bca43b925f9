namespace WorkflowHall.Web.Security;

/// <summary>The hall's roles, for API keys and accounts alike. Posts and units (what a clerk may act on) live in the hall's directory.</summary>
public static class HallRoles
{
    public const string Admin = "admin";
    public const string Clerk = "clerk";
    /// <summary>A citizen or an enterprise applying for itself.</summary>
    public const string Applicant = "applicant";
    /// <summary>A village agent (村级代办员) applying on behalf of villagers.</summary>
    public const string Agent = "agent";
    public const string Auditor = "auditor";
    /// <summary>
    /// Another system that starts bare workflow instances of its own definitions through <c>POST /api/instances</c>,
    /// within the units its key names. Cases are never started this way: they start from an application.
    /// </summary>
    public const string Integration = "integration";

    public static readonly IReadOnlyList<string> All = [Applicant, Agent, Clerk, Admin, Auditor, Integration];
}
