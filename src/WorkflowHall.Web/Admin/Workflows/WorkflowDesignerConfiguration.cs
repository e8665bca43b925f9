namespace WorkflowHall.Web.Admin.Workflows;

/// <summary>
/// The administrators' workflow designer and version management: the pages are Razor components in
/// <c>Components/Admin/Workflows</c>; their queries and the designer island's endpoints are here.
/// </summary>
internal static class WorkflowDesignerConfiguration
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton<WorkflowCatalog>();
        services.AddSingleton<WorkflowDrafts>();
    }

    public static void Map(IEndpointRouteBuilder routes) => routes.MapDesignerEndpoints();
}
