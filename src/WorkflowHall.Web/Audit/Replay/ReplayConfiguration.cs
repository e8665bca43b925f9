namespace WorkflowHall.Web.Audit.Replay;

/// <summary>The auditors' case list and case replay.</summary>
internal static class ReplayConfiguration
{
    public static IServiceCollection AddHallReplay(this IServiceCollection services)
    {
        services.AddSingleton<AuditCaseSearch>();
        services.AddSingleton<CaseReplayQuery>();
        return services;
    }
}
