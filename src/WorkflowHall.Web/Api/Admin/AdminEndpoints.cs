using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Web.Security;

namespace WorkflowHall.Web.Api.Admin;

/// <summary>Administration: running the retention sweep now.</summary>
public static class AdminEndpoints
{
    public static RouteGroupBuilder MapAdminEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/admin").WithTags("Administration").RequireAuthorization(HallPolicies.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/retention/run", RunRetentionAsync)
            .WithSummary("执行保存期限清理（归档或删除到期办件） / Run the retention sweep now");
        return group;
    }

    private static async Task<Ok<RetentionRunResponse>> RunRetentionAsync(ClaimsPrincipal user, RetentionSweep sweep, RetentionOptions options,
        CancellationToken cancellationToken)
    {
        var removed = await sweep.RunAsync(user.Actor(), cancellationToken);
        return TypedResults.Ok(new RetentionRunResponse(removed, options.Years, options.Mode.ToString(), options.Years is > 0));
    }
}
