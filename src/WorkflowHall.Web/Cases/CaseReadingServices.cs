namespace WorkflowHall.Web.Cases;

/// <summary>Registers the reads every case page shares: the dossier and the timeline.</summary>
internal static class CaseReadingServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton<CaseDossierQuery>();
        services.AddSingleton<CaseTimelineReader>();
    }
}
