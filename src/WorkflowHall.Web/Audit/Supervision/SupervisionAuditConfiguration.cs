using WorkflowHall.Data.Supervision;
using WorkflowHall.Web.Audit.Dashboard;

namespace WorkflowHall.Web.Audit.Supervision;

/// <summary>The auditors' supervision log and dashboard: their queries, who may read them, the CSV export.</summary>
internal static class SupervisionAuditConfiguration
{
    public static IServiceCollection AddHallSupervisionAudit(this IServiceCollection services)
    {
        services.AddScoped<SupervisionReader>();
        services.AddSingleton<SupervisionLogListing>();
        services.AddSingleton<DashboardQueries>();
        services.AddSingleton<SupervisionDashboard>();
        return services;
    }

    public static void MapHallSupervisionAudit(this IEndpointRouteBuilder routes) => SupervisionCsvEndpoint.Map(routes);
}
