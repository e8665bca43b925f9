namespace WorkflowHall.Web.Admin.Workflows;

/// <summary>
/// The administrators' workflow designer and version management: the pages are Razor components in
/// <c>Components/Admin/Workflows</c>; their queries and the designer island's endpoints are here.
/// </summary>
internal static class WorkflowDesignerConfiguration
{
    public static IServiceCollection AddHallWorkflowDesigner(this IServiceCollection services)
    {
        services.AddSingleton<WorkflowCatalog>();
        services.AddSingleton<WorkflowDrafts>();
        return services;
    }

    public static void MapHallWorkflowDesigner(this IEndpointRouteBuilder routes) => routes.MapDesignerEndpoints();
}
