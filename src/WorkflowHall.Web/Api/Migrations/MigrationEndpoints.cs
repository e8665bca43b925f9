using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Web.Api.Problems;
using WorkflowHall.Web.Security;

namespace WorkflowHall.Web.Api.Migrations;

/// <summary>Migrating every running instance of a version: dry run first, then applied only when the plan fits them all.</summary>
public static class MigrationEndpoints
{
    public static RouteGroupBuilder MapMigrationEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/migrations").WithTags("Migrations").RequireAuthorization(HallPolicies.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("", MigrateAsync).WithSummary("批量迁移某版本的在办办件（默认试运行） / Migrate all running instances of a version (dry run by default)");
        return group;
    }

    private static async Task<Results<Ok<MigrationReportResponse>, ProblemHttpResult>> MigrateAsync(MigrationPlanRequest body, ClaimsPrincipal user,
        DefinitionStore definitions, InstanceMigrations migrations, CancellationToken cancellationToken)
    {
        foreach (var version in new[] { body.FromVersion, body.ToVersion })
        {
            if (await definitions.GetAsync(body.Key, version, cancellationToken) is null)
            {
                return HallProblems.NotFound($"流程 \"{body.Key}\" 没有第 {version} 版", $"Definition \"{body.Key}\" has no version {version}");
            }
        }

        var request = new MigrationRequest(body.Key, body.FromVersion, body.ToVersion, user.Actor())
        {
            NodeMapping = body.NodeMapping ?? [],
            Reason = body.Reason,
        };
        if (body.DryRun) return TypedResults.Ok(MigrationReportResponse.From(await migrations.DryRunAsync(request, cancellationToken), dryRun: true));

        var report = await migrations.ApplyAsync(request, cancellationToken);
        return report.Migrated == 0 && !report.Problems.IsEmpty
            ? HallProblems.Migration(report.Problems)
            : TypedResults.Ok(MigrationReportResponse.From(report, dryRun: false));
    }
}
