using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Data.Runtime.ServiceCalls;
using WorkflowHall.Web.Api.Problems;
using WorkflowHall.Web.Security;

namespace WorkflowHall.Web.Api.Admin;

/// <summary>Administration: running the retention sweep now; the service calls that became incidents (故障), and retrying one.</summary>
public static class AdminEndpoints
{
    public static RouteGroupBuilder MapAdminEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/admin").WithTags("Administration").RequireAuthorization(HallPolicies.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/retention/run", RunRetentionAsync)
            .WithSummary("执行保存期限清理（归档或删除到期办件） / Run the retention sweep now");
        group.MapGet("/incidents", ListIncidentsAsync)
            .WithSummary("自动服务故障（重试次数用尽、不再自动重试的服务调用） / Service calls that ran out of attempts and wait for an administrator");
        group.MapPost("/incidents/{instanceId}/{callId}/retry", RetryIncidentAsync)
            .WithSummary("立即重试一个故障（重新开始重试计划） / Retry an incident now (its retry schedule starts afresh)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Ok<RetentionRunResponse>> RunRetentionAsync(ClaimsPrincipal user, RetentionSweep sweep, RetentionOptions options,
        CancellationToken cancellationToken)
    {
        var removed = await sweep.RunAsync(user.Actor(), cancellationToken);
        return TypedResults.Ok(new RetentionRunResponse(removed, options.Years, options.Mode.ToString(), options.Years is > 0));
    }

    private static async Task<Ok<IReadOnlyList<ServiceCallIncident>>> ListIncidentsAsync(ServiceCallIncidents incidents, CancellationToken cancellationToken) =>
        TypedResults.Ok(await incidents.ListAsync(cancellationToken));

    private static async Task<Results<Ok<IncidentRetryResponse>, ProblemHttpResult>> RetryIncidentAsync(string instanceId, string callId, ClaimsPrincipal user,
        WorkflowRuntime runtime, CancellationToken cancellationToken) =>
        await runtime.RetryIncidentAsync(instanceId, callId, user.Actor(), cancellationToken) switch
        {
            ServiceCallRetryResult.Completed => TypedResults.Ok(new IncidentRetryResponse(nameof(ServiceCallRetryResult.Completed),
                "已重试，自动服务已完成，办件继续办理", "Retried: the service call completed and the case moved on")),
            ServiceCallRetryResult.FailedAgain => TypedResults.Ok(new IncidentRetryResponse(nameof(ServiceCallRetryResult.FailedAgain),
                "已重试，仍然失败；已按重试计划重新排队", "Retried and failed again; it is back on its retry schedule")),
            _ => HallProblems.NotFound($"办件 {instanceId} 没有服务调用 {callId} 的故障（可能已重试或已完成）",
                $"Instance {instanceId} has no incident for service call {callId} (it may have been retried or completed)"),
        };
}
