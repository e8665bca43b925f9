namespace WorkflowHall.Web.Tests.Authorization;

/// <summary>The people of the matrix: every relation to the case, through both doors (login cookie and API key).</summary>
public static class Personas
{
    public const string Password = "Hall@2026";

    public static readonly Persona Anonymous = new("anonymous", null, "", CaseRelation.None);
    public static readonly Persona Applicant = new("the applicant", "liu.weidong", "applicant", CaseRelation.Applicant);
    public static readonly Persona OtherApplicant = new("another applicant", "li.xiuying", "applicant", CaseRelation.None);
    public static readonly Persona FilingAgent = new("the agent who filed it", "sun.li", "clerk,agent", CaseRelation.FilingAgent);
    public static readonly Persona OtherAgent = new("another village's agent", "zhang.jianguo", "clerk,agent", CaseRelation.None);
    public static readonly Persona WindowClerk = new("window clerk of the handling unit", "wang.fang", "clerk", CaseRelation.UnitStaff);
    public static readonly Persona SectionClerk = new("clerk of another post in the unit", "chen.zhiqiang", "clerk", CaseRelation.UnitStaff);
    public static readonly Persona CountySupervisor = new("supervision of the county above", "zhao.jing", "clerk", CaseRelation.UnitStaff);
    public static readonly Persona UnrelatedClerk = new("clerk of an unrelated unit", "hu.wenbin", "clerk", CaseRelation.None);
    public static readonly Persona Auditor = new("the auditor", "feng.xue", "auditor", CaseRelation.Auditor);
    // Last: an administrator may change the directory and the workflows, which the others' cells rely on.
    public static readonly Persona Administrator = new("the administrator", "qian.lei", "admin", CaseRelation.Administrator);

    public static readonly IReadOnlyList<Persona> All =
    [
        Anonymous, Applicant, OtherApplicant, FilingAgent, OtherAgent, WindowClerk, SectionClerk, CountySupervisor, UnrelatedClerk, Auditor,
        Administrator,
    ];

    public static string ApiKey(Persona persona) => "matrix-" + persona.UserName;
}
