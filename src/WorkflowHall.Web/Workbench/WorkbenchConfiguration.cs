namespace WorkflowHall.Web.Workbench;

/// <summary>The clerks' workbench: its queries and actions, and the material preview endpoint.</summary>
internal static class WorkbenchConfiguration
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton<WorkbenchInbox>();
        services.AddSingleton<WorkbenchCaseQuery>();
        services.AddSingleton<WorkbenchActions>();
        services.AddSingleton<AgentApplications>();
    }

    public static void Map(IEndpointRouteBuilder routes) => CaseMaterialEndpoint.Map(routes);
}
