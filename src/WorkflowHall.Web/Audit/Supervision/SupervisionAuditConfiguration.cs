using WorkflowHall.Data.Supervision;
using WorkflowHall.Web.Audit.Dashboard;

namespace WorkflowHall.Web.Audit.Supervision;

/// <summary>The auditors' supervision log and dashboard: their queries, who may read them, the CSV export.</summary>
internal static class SupervisionAuditConfiguration
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<SupervisionReader>();
        services.AddSingleton<SupervisionLogListing>();
        services.AddSingleton<DashboardQueries>();
        services.AddSingleton<SupervisionDashboard>();
    }

    public static void Map(IEndpointRouteBuilder routes) => SupervisionCsvEndpoint.Map(routes);
}
