namespace WorkflowHall.Web.Security;

public static class HallRoles
{
    public const string Admin = "admin";
    public const string Clerk = "clerk";
    public const string Applicant = "applicant";
}
