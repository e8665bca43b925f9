namespace WorkflowHall.Web.Workbench;

/// <summary>The clerks' workbench: its queries and actions, and the material preview endpoint.</summary>
internal static class WorkbenchConfiguration
{
    public static IServiceCollection AddHallWorkbench(this IServiceCollection services)
    {
        services.AddSingleton<WorkbenchInbox>();
        services.AddSingleton<WorkbenchCaseQuery>();
        services.AddSingleton<WorkbenchActions>();
        services.AddSingleton<AgentApplications>();
        return services;
    }

    public static void MapHallWorkbench(this IEndpointRouteBuilder routes) => CaseMaterialEndpoint.Map(routes);
}
