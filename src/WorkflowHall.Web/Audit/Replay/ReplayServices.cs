namespace WorkflowHall.Web.Audit.Replay;

/// <summary>The auditors' case list and case replay.</summary>
internal static class ReplayServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton<AuditCaseSearch>();
        services.AddSingleton<CaseReplayQuery>();
    }
}
