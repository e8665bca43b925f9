namespace WorkflowHall.Web.Cases;

/// <summary>The reads every case page shares: the dossier and the timeline.</summary>
internal static class CaseReadingConfiguration
{
    public static IServiceCollection AddHallCaseReading(this IServiceCollection services)
    {
        services.AddSingleton<CaseDossierQuery>();
        services.AddSingleton<CaseTimelineReader>();
        return services;
    }
}
