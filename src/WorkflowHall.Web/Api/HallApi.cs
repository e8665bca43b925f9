using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using WorkflowHall.Web.Api.Admin;
using WorkflowHall.Web.Api.Cases;
using WorkflowHall.Web.Api.Definitions;
using WorkflowHall.Web.Api.Health;
using WorkflowHall.Web.Api.Instances;
using WorkflowHall.Web.Api.Migrations;
using WorkflowHall.Web.Api.WorkItems;

namespace WorkflowHall.Web.Api;

public static class HallApi
{
    /// <summary>Maps the REST API (authenticated by the fallback policy), its OpenAPI document and <c>/health</c>.</summary>
    public static IEndpointRouteBuilder MapHallApi(this IEndpointRouteBuilder routes)
    {
        routes.MapDefinitionEndpoints();
        routes.MapInstanceEndpoints();
        routes.MapWorkItemEndpoints();
        routes.MapMigrationEndpoints();
        routes.MapAdminEndpoints();
        routes.MapCaseEndpoints();
        routes.MapCaseActionEndpoints();

        routes.MapOpenApi().AllowAnonymous();
        routes.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync }).AllowAnonymous();
        return routes;
    }
}
