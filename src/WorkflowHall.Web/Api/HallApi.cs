using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data;
using WorkflowHall.Web.Api.Admin;
using WorkflowHall.Web.Api.Cases;
using WorkflowHall.Web.Api.Definitions;
using WorkflowHall.Web.Api.Health;
using WorkflowHall.Web.Api.Instances;
using WorkflowHall.Web.Api.Migrations;
using WorkflowHall.Web.Api.Problems;
using WorkflowHall.Web.Api.WorkItems;

namespace WorkflowHall.Web.Api;

public static class HallApi
{
    /// <summary>The REST API's services: JSON as the hall writes it, problem details, the OpenAPI document, health, and what the endpoints share.</summary>
    public static IServiceCollection AddHallApi(this IServiceCollection services)
    {
        // Chinese stays Chinese in JSON, instead of \u escapes.
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            options.SerializerOptions.RespectNullableAnnotations = true;
            options.SerializerOptions.RespectRequiredConstructorParameters = true;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        services.AddProblemDetails(options => options.CustomizeProblemDetails = HallProblems.Customize);
        services.AddOpenApi(options => options.AddDocumentTransformer<ApiKeySecurityTransformer>());
        services.AddHealthChecks().AddDbContextCheck<HallDbContext>("database", customTestQuery: async (db, cancellationToken) =>
            await db.Database.CanConnectAsync(cancellationToken) && !await HallDatabase.HasPendingMigrationsAsync(db, cancellationToken));
        services.AddSingleton<InstanceViews>();
        services.AddSingleton<CommandSender>();
        services.AddSingleton<ApiCallers>();
        return services;
    }

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
